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
}
