import ScenarioKit
import TerminalKit

/// Each strategy's colour and dash pattern, the same in the terminal and in SVG: colours from the
/// colour-blind-safe palette (TerminalKit's `Palette`), and a dash pattern so that a line stays
/// distinguishable in grey print or for readers who cannot tell the hues apart.
public enum SeriesStyle {
    /// The terminal colour of a strategy (nil: the terminal's own foreground).
    public static func color(_ s: StrategyName) -> TerminalColor? {
        switch s {
        case .broadcast: nil
        case .contextual: .cyan
        case .segment: .blue
        case .personalized: .green
        case .unconstrained: .red
        case .oracle: .magenta
        }
    }

    /// "#rrggbb" for SVG; broadcast, the terminal's foreground on screen, is near-black on paper.
    public static func hex(_ s: StrategyName) -> String { color(s).map { Palette.entry($0).hex } ?? "#222222" }

    /// An SVG stroke-dasharray ("" for solid).
    public static func dash(_ s: StrategyName) -> String {
        switch s {
        case .broadcast: ""
        case .contextual: "14 6"
        case .segment: "4 5"
        case .personalized: ""
        case .unconstrained: "16 5 4 5"
        case .oracle: "2 6"
        }
    }

    /// The marker drawn at each sampled point: circle, square, triangle or diamond.
    public enum Marker: Sendable { case circle, square, triangle, diamond }

    public static func marker(_ s: StrategyName) -> Marker {
        switch s {
        case .broadcast, .unconstrained: .circle
        case .contextual, .oracle: .square
        case .segment: .triangle
        case .personalized: .diamond
        }
    }
}
