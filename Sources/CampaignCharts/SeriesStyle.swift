import ScenarioKit
import TerminalKit

/// Each strategy's colour, dash pattern and marker, the same in the terminal and in SVG, read from
/// the strategy table (`StrategyName.info`): colours from the colour-blind-safe palette
/// (TerminalKit's `Palette`), and a dash pattern so that a line stays distinguishable in grey
/// print or for readers who cannot tell the hues apart.
public enum SeriesStyle {
    /// The terminal colour of a strategy (nil: the terminal's own foreground).
    public static func color(_ s: StrategyName) -> TerminalColor? {
        switch s.info.color {
        case .foreground: nil
        case .cyan: .cyan
        case .blue: .blue
        case .green: .green
        case .red: .red
        case .magenta: .magenta
        }
    }

    /// The terminal style of a strategy's series and title.
    public static func style(_ s: StrategyName) -> Style { Style(color: color(s), bold: s.info.bold) }

    /// "#rrggbb" for SVG; broadcast, the terminal's foreground on screen, is near-black on paper.
    public static func hex(_ s: StrategyName) -> String { color(s).map { Palette.entry($0).hex } ?? "#222222" }

    /// An SVG stroke-dasharray ("" for solid).
    public static func dash(_ s: StrategyName) -> String { s.info.dash }

    /// The marker drawn at each sampled point.
    public typealias Marker = StrategyInfo.Marker

    /// The marker of a strategy's points.
    public static func marker(_ s: StrategyName) -> Marker { s.info.marker }
}
