/// Replaces characters a non-UTF-8 terminal cannot show with plain ASCII look-alikes.
public enum AsciiFallback {
    /// The character itself if it is ASCII, else its ASCII look-alike.
    public static func map(_ character: Character) -> Character {
        if character.isASCII { return character }
        switch character {
        case "─", "━", "—", "–", "−": return "-"
        case "│", "┊": return "|"
        case "┌", "┐", "└", "┘": return "+"
        case "●": return "O"
        case "▸", "▶", "→", "▲": return ">"
        case "◂", "←": return "<"
        case "↑": return "^"
        case "↓": return "v"
        case "·", "•": return "."
        case "…": return "~"
        case "€": return "E"
        case "ε": return "e"
        case "β": return "b"
        case "ρ": return "p"
        case "×", "✗": return "x"
        case "✓": return "+"
        case "≥": return ">"
        case "≤": return "<"
        // "about": an interval's half-width, a near-equality (one column, so rows keep their layout).
        case "±", "≈": return "~"
        case "█": return "#"
        case "░": return "."
        case "ä": return "a"
        case "ö": return "o"
        case "ü": return "u"
        case "Ä": return "A"
        case "Ö": return "O"
        case "Ü": return "U"
        case "ß": return "s"
        // One column each: "§ 25" reads "S 25" (paragraph), quotes become plain ones.
        case "§": return "S"
        case "„", "“", "”": return "\""
        default: return "?"
        }
    }
}
