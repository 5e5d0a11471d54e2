import CampaignEngine
import Localization

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

    /// The figure's value in `f`, written for the text table.
    public static func table(_ figure: Figure, _ f: StrategyFigures, _ l: Language) -> String { text(figure, f, .table, l) }
    /// The figure's value in `f`, written for the screen.
    public static func compact(_ figure: Figure, _ f: StrategyFigures, _ l: Language) -> String { text(figure, f, .compact, l) }
    /// The figure's value in `f`, written for the audit report.
    public static func report(_ figure: Figure, _ f: StrategyFigures, _ l: Language) -> String { text(figure, f, .report, l) }

    /// The value of `figure` for `f` in `style`.
    public static func text(_ figure: Figure, _ f: StrategyFigures, _ style: Style, _ l: Language) -> String {
        text(figure, value: figure.key.value(of: f), style, l)
    }

    /// A value of `figure` (a mean over replications, say) in `style`.
    public static func text(_ figure: Figure, value: Double?, _ style: Style, _ l: Language) -> String {
        guard let v = value else { return "—" }
        switch figure.format {
        // A mean over replications is rounded, not cut: 2,227.8 is 2,228 (a single run's counts are whole).
        case .count: return NumberText.grouped(Int(v.rounded()), l)
        case .violation:
            let mark = style == .table ? "!" : style == .compact ? "! " : ""
            return v > 0 ? mark + NumberText.grouped(Int(v.rounded()), l) : "0"
        case .decimal(let d): return NumberText.decimal(v, d, l)
        case .percent(let d): return NumberText.percent(v, d, l)
        case .signedPercent: return NumberText.signedPercent(v, 1, l)
        case .euros: return euros(v, style, l)
        case .fineCap:
            if style == .table { return NumberText.millions(v, l) }
            return v > 0 ? (style == .compact ? "! " : "") + euros(v, style, l) : "—"
        }
    }

    /// The half-width of an interval around a value of `figure`, without its unit: "85", "0.05".
    public static func halfWidth(_ figure: Figure, _ half: Double, mean: Double, _ l: Language) -> String {
        switch figure.format {
        case .count, .violation: NumberText.grouped(Int(half.rounded()), l)
        case .decimal(let d): NumberText.decimal(half, d, l)
        case .percent(let d): NumberText.decimal(half * 100, d, l)
        case .signedPercent: NumberText.decimal(half * 100, 1, l)
        // Whole euros where the value itself is written in whole euros.
        case .euros: abs(mean) >= 1000 || half >= 1000 ? NumberText.decimal(half, 0, l) : NumberText.decimal(half, 2, l)
        case .fineCap: NumberText.decimal(half / 1_000_000, 1, l)
        }
    }

    /// The half-width for the screen, in the unit the value is shortened to: "€61 k ±0.5" is
    /// €61 k ± €0.5 k, "€1.2 M ±0.03" is ± €0.03 M.
    public static func compactHalfWidth(_ figure: Figure, _ half: Double, mean: Double, _ l: Language) -> String {
        guard figure.format == .euros else { return halfWidth(figure, half, mean: mean, l) }
        let m = abs(mean)
        // In the mean's unit, said again: "€265 k ±0.7 k", never "±0.7" that reads as euros.
        if m >= 1_000_000 { return NumberText.decimal(half / 1_000_000, m >= 10_000_000 ? 1 : 2, l) + (l == .de ? " M€" : " M") }
        if m >= 10_000 { return NumberText.decimal(half / 1000, half >= 10_000 ? 0 : 1, l) + (l == .de ? " T€" : " k") }
        return NumberText.decimal(half, m >= 100 ? 0 : 2, l)
    }

    private static func euros(_ v: Double, _ style: Style, _ l: Language) -> String {
        switch style {
        case .table: NumberText.euros(v, l)
        case .compact: NumberText.compactEuros(v, l)
        case .report: NumberText.reportEuros(v, l)
        }
    }
}
