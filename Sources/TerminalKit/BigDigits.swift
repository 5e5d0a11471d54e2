/// Numbers in block digits five rows tall, for a projector at the back of a room (presenter mode).
public enum BigDigits {
    /// Glyphs three columns wide (narrower for separators); other characters are left out.
    static let font: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"], "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
        // The decimal comma has a tail, so it cannot pass for a point.
        ".": [" ", " ", " ", " ", "█"], ",": [" ", " ", " ", "█", "█"],
        "%": ["█ █", "  █", " █ ", "█  ", "█ █"], "€": [" ██", "█  ", "██ ", "█  ", " ██"],
        "-": ["   ", "   ", "███", "   ", "   "], "+": ["   ", " █ ", "███", " █ ", "   "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// The five rows of `text` (characters the font lacks are skipped), with `ink` for the blocks.
    public static func rows(_ text: String, ink: Character = "█") -> [String] {
        var rows = [String](repeating: "", count: 5)
        for c in text {
            // Thin and no-break spaces as ordinary spaces; digits of other scripts are not expected.
            let key: Character = c == "\u{202F}" || c == "\u{00A0}" ? " " : c
            guard let glyph = font[key] else { continue }
            for r in 0..<5 {
                rows[r] += (ink == "█" ? glyph[r] : String(glyph[r].map { $0 == "█" ? ink : $0 })) + " "
            }
        }
        return rows
    }

    /// `text` with each digit-group separator (between digits, before three more digits) as a
    /// narrow space: groups read alike in every language, and the decimal mark alone remains.
    public static func grouped(_ text: String, groupSeparator: Character) -> String {
        let c = Array(text)
        var out = ""
        for (i, ch) in c.enumerated() {
            let between = i > 0 && c[i - 1].isNumber && i + 3 < c.count + 1 && c[(i + 1)...].prefix(3).count == 3
                && c[(i + 1)...].prefix(3).allSatisfy(\.isNumber) && (i + 4 >= c.count || !c[i + 4].isNumber)
            out.append(ch == groupSeparator && between ? "\u{202F}" : ch)
        }
        return out
    }

    /// Whether every character of `text` can be drawn in block digits.
    public static func canDraw(_ text: String) -> Bool { text.allSatisfy { font[$0] != nil || $0 == "\u{202F}" || $0 == "\u{00A0}" } }
}
