import CampaignEngine

/// Writes a figure's value in one of the three styles the tool uses. "—" marks a figure that
/// does not apply (privacy figures of `oracle`, rates without contacts).
public enum FigureText {
    /// Where a figure is written.
    public enum Style: Sendable {
        /// The headless text table: full numbers ("€242,832"), violations as "!122,992".
        case table
        /// The screen, short enough for 80 columns: "€243 k", violations as "! 130,303".
        case compact
        /// The audit report: whole euros, millions from €1 M, plain counts.
        case report
    }

    public static func table(_ figure: Figure, _ f: StrategyFigures) -> String { text(figure, f, .table) }
    public static func compact(_ figure: Figure, _ f: StrategyFigures) -> String { text(figure, f, .compact) }
    public static func report(_ figure: Figure, _ f: StrategyFigures) -> String { text(figure, f, .report) }

    /// The value of `figure` for `f` in `style`.
    public static func text(_ figure: Figure, _ f: StrategyFigures, _ style: Style) -> String {
        guard let v = figure.key.value(of: f) else { return "—" }
        switch figure.format {
        case .count: return NumberText.grouped(Int(v))
        case .violation:
            let mark = style == .table ? "!" : style == .compact ? "! " : ""
            return v > 0 ? mark + NumberText.grouped(Int(v)) : "0"
        case .decimal(let d): return NumberText.decimal(v, d)
        case .percent(let d): return NumberText.percent(v, d)
        case .signedPercent: return NumberText.signedPercent(v)
        case .euros: return euros(v, style)
        case .fineCap:
            if style == .table { return NumberText.millions(v) }
            return v > 0 ? (style == .compact ? "! " : "") + euros(v, style) : "—"
        }
    }

    private static func euros(_ v: Double, _ style: Style) -> String {
        switch style {
        case .table: NumberText.euros(v)
        case .compact: NumberText.compactEuros(v)
        case .report: NumberText.reportEuros(v)
        }
    }
}
