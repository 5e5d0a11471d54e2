/// Light or dark background: with only the 8 basic colours, green, cyan and yellow (bright when
/// bold, as xterm draws them) cannot be read on white, so a light background gets colours that can.
public enum Theme: String, Sendable, CaseIterable {
    /// A dark background (the default where nothing says otherwise).
    case dark
    /// A light background, as on most projectors' presentation settings.
    case light

    /// The theme `CAMPAIGN_SIM_THEME` (light or dark) asks for, else what the terminal tells in
    /// `COLORFGBG` ("foreground;background", set by rxvt, Konsole and others; a background of 7 or
    /// 15 is light), else dark.
    public static func detect(environment: [String: String]) -> Theme {
        if let asked = environment["CAMPAIGN_SIM_THEME"].flatMap({ Theme(rawValue: $0.lowercased()) }) { return asked }
        if let pair = environment["COLORFGBG"], let background = pair.split(separator: ";").last.flatMap({ Int($0) }) {
            return background == 7 || background == 15 ? .light : .dark
        }
        return .dark
    }

    /// The basic colour to draw `color` with on an 8-colour terminal: on a light background the
    /// hues too light for white become the nearest that read (green and cyan blue, yellow red).
    public func basic(_ color: TerminalColor) -> TerminalColor {
        guard self == .light else { return color }
        switch color {
        case .green, .cyan: return .blue
        case .yellow: return .red
        default: return color
        }
    }

    /// Whether bold may go with a colour: on a light 8-colour terminal bold turns a colour into its
    /// bright variant, which white swallows.
    public var boldColours: Bool { self == .dark }
}
