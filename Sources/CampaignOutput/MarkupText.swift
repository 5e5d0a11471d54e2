/// Text for HTML and SVG (XML): the five characters markup gives meaning to, escaped.
public enum MarkupText {
    /// `s` with &, <, > and " replaced by their entities, and the characters XML 1.0 does not allow
    /// even as references (C0 controls but tab, line feed and return; U+FFFE, U+FFFF), DEL and the C1
    /// controls shown as the terminal output shows them (`^[` for escape, `^?`, `<U+009B>`), so an SVG
    /// stays well-formed and holds no control byte whatever a file's names hold.
    public static func escape<S: StringProtocol>(_ s: S) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t", "\n", "\r": out.append(u)
            case "\u{0}"..."\u{1F}": out.append("^"); out.append(Unicode.Scalar(u.value + 0x40)!)
            // DEL and the C1 controls are legal XML but act on a terminal that shows the file: shown too.
            case "\u{7F}": out.append(contentsOf: "^?".unicodeScalars)
            case "\u{80}"..."\u{9F}": out.append(contentsOf: "&lt;U+00\(String(u.value, radix: 16, uppercase: true))&gt;".unicodeScalars)
            case "\u{FFFE}", "\u{FFFF}": out.append("\u{FFFD}")
            default: out.append(u)
            }
        }
        return String(out)
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
