/// The series colours, chosen to read on dark and light backgrounds alike and to stay apart for
/// colour-blind readers: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008),
/// darkened where a hue was too light for a white background, snapped to the xterm 256-colour cube.
/// The SVG charts use the same RGB values.
public enum Palette {
    /// One colour: its RGB value and its index in the xterm 256-colour table.
    public struct Entry: Sendable, Equatable {
        /// The colour's name in the Okabe–Ito palette.
        public var name: String
        /// sRGB channels, 0–255.
        public var red: Int, green: Int, blue: Int
        /// Index in the xterm 256-colour table.
        public var xterm: Int
        /// "#rrggbb" for SVG and HTML.
        public var hex: String {
            let digits = Array("0123456789abcdef")
            return "#" + [red, green, blue].map { String([digits[$0 / 16], digits[$0 % 16]]) }.joined()
        }
    }

    /// The colour a terminal colour stands for when the terminal has 256 colours.
    public static func entry(_ color: TerminalColor) -> Entry {
        switch color {
        case .red: Entry(name: "vermillion", red: 0xd7, green: 0x5f, blue: 0x00, xterm: 166)
        case .green: Entry(name: "bluish green", red: 0x00, green: 0x87, blue: 0x5f, xterm: 29)
        case .yellow: Entry(name: "ochre", red: 0xaf, green: 0x87, blue: 0x00, xterm: 136)
        case .blue: Entry(name: "blue", red: 0x00, green: 0x5f, blue: 0xaf, xterm: 25)
        case .magenta: Entry(name: "reddish purple", red: 0xaf, green: 0x5f, blue: 0x87, xterm: 132)
        case .cyan: Entry(name: "sky blue (darkened)", red: 0x00, green: 0x87, blue: 0xaf, xterm: 31)
        case .white: Entry(name: "grey", red: 0x87, green: 0x87, blue: 0x87, xterm: 102)
        }
    }

    /// WCAG 2.x relative luminance of an sRGB colour.
    public static func luminance(_ e: Entry) -> Double {
        func channel(_ v: Int) -> Double {
            let c = Double(v) / 255
            return c <= 0.04045 ? c / 12.92 : pow25((c + 0.055) / 1.055)
        }
        return 0.2126 * channel(e.red) + 0.7152 * channel(e.green) + 0.0722 * channel(e.blue)
    }

    /// WCAG contrast ratio of a colour against white (light background) or black (dark background).
    public static func contrast(_ e: Entry, onWhite: Bool) -> Double {
        let l = luminance(e)
        return onWhite ? 1.05 / (l + 0.05) : (l + 0.05) / 0.05
    }

    /// x^2.4 without Foundation (TerminalKit has no dependencies): exp(2.4·ln x) by the series the stdlib lacks.
    static func pow25(_ x: Double) -> Double {
        // x^2.4 = x^2 · x^0.4, and x^0.4 = (x^2)^(1/5) by Newton's method on y^5 = x^2.
        guard x > 0 else { return 0 }
        let target = x * x
        var y = 1.0
        for _ in 0..<60 { y -= (y * y * y * y * y - target) / (5 * y * y * y * y) }
        return x * x * y
    }
}
