/// Text for HTML and SVG (XML): the five characters markup gives meaning to, escaped.
public enum MarkupText {
    /// `s` with &, <, > and " replaced by their entities.
    public static func escape<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Markdown whose text came from files: a `<` that could open an HTML tag, comment or
    /// processing instruction becomes `&lt;`, so a renderer shows it instead of running it; a `<`
    /// before a space or digit ("k < 10") stays as written.
    public static func markdownSafe(_ s: String) -> String {
        guard s.contains("<") else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        var previousWasOpen = false
        for c in s {
            if previousWasOpen {
                out += c.isLetter || c == "/" || c == "!" || c == "?" ? "&lt;" : "<"
                previousWasOpen = false
            }
            if c == "<" { previousWasOpen = true; continue }
            out.append(c)
        }
        if previousWasOpen { out += "<" }
        return out
    }
}
