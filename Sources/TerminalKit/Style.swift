/// Terminal colours the views use; the backend maps them to curses colour pairs.
public enum TerminalColor: Int, Sendable, CaseIterable {
    case red = 1, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Colours are dropped under NO_COLOR or on monochrome terminals;
/// bold, reverse and underline stay, so nothing important is carried by colour alone.
public struct Style: Sendable, Equatable, Hashable {
    public var color: TerminalColor?
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(color: TerminalColor? = nil, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let reverse = Style(reverse: true)
    public static let dim = Style(dim: true)
    public static let warning = Style(color: .red, bold: true)
    public static let good = Style(color: .green)
    public static let accent = Style(color: .cyan, bold: true)
}
