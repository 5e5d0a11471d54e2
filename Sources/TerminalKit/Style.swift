/// Terminal colours the views use; the backend maps them to curses colour pairs.
public enum TerminalColor: Int, Sendable, CaseIterable {
    /// The seven colours, numbered as curses numbers them.
    case red = 1, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Colours are dropped under NO_COLOR or on monochrome terminals;
/// bold, reverse and underline stay, so nothing important is carried by colour alone.
public struct Style: Sendable, Equatable, Hashable {
    /// The foreground colour; nil for the terminal's default.
    public var color: TerminalColor?
    /// Bold text.
    public var bold = false
    /// Foreground and background swapped.
    public var reverse = false
    /// Underlined text.
    public var underline = false
    /// Dimmed text.
    public var dim = false
    /// Dark ink on light paper whatever the terminal's colours: for a QR code, which must scan.
    public var paper = false

    /// A style with the given colour and attributes.
    public init(color: TerminalColor? = nil, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.color = color
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// No colour, no attributes.
    public static let plain = Style()
    /// Bold only.
    public static let bold = Style(bold: true)
    /// Reverse video only.
    public static let reverse = Style(reverse: true)
    /// Dimmed only.
    public static let dim = Style(dim: true)
    /// Black on white, for QR codes.
    public static let paperStyle: Style = { var s = Style(); s.paper = true; return s }()
    /// Bold red, for violations and errors.
    public static let warning = Style(color: .red, bold: true)
    /// Green: the efficient frontier and the slider's filled track.
    public static let good = Style(color: .green)
    /// Bold cyan, for focus and highlights.
    public static let accent = Style(color: .cyan, bold: true)
}
