/// Terminal control characters in text from files: C0 controls, DEL and C1 controls can move the
/// cursor, clear the screen or retitle the window, so no text from a file reaches a terminal raw.
public enum ControlCharacters {
    /// Whether `scalar` is a control character a terminal would act on (tab and newline aside).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A) || (0x7F...0x9F).contains(v)
    }

    /// `text` with every control character shown in caret notation (ESC as `^[`, DEL as `^?`) or,
    /// for a C1 control, as `<U+009B>`: visible, and inert in any terminal.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar) else { out.append(scalar); continue }
            let v = scalar.value
            let shown = v < 0x20 ? "^" + String(Unicode.Scalar(UInt8(v + 0x40))) : v == 0x7F ? "^?" : "<U+" + String(v, radix: 16, uppercase: true).leftPadded(4) + ">"
            out.append(contentsOf: shown.unicodeScalars)
        }
        return String(out)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
