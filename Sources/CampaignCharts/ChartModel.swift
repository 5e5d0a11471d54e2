import CampaignEngine
import CampaignOutput
import Localization
import ScenarioKit

/// What a chart shows, independent of where it is drawn: the SVG writer and the terminal use
/// the same model, so both show the same numbers.
public struct ChartModel: Sendable, Equatable {
    /// Lines over the consent rate, or one point per strategy (the profit–exposure trade-off).
    public enum Kind: String, Sendable { case lines, scatter }

    /// How an axis writes its values.
    public enum Unit: Sendable, Equatable {
        /// A fraction shown as a percentage.
        case percent
        /// An amount in euros, abbreviated for millions.
        case euros
        /// A plain number.
        case number
    }

    /// One strategy's line or point.
    public struct Series: Sendable, Equatable {
        /// The strategy drawn.
        public var strategy: StrategyName
        /// The name in the legend, with "(counterexample)" or "(ceiling)" where it is one.
        public var name: String
        /// The line's points in x order, or the single point of a scatter chart.
        public var points: [Point]
    }

    /// One point in axis units.
    public struct Point: Sendable, Equatable {
        /// The value on the x axis.
        public var x: Double
        /// The value on the y axis.
        public var y: Double
    }

    /// Lines or scatter.
    public var kind: Kind
    /// The chart's title.
    public var title: String
    /// The x axis's caption.
    public var xLabel: String
    /// The y axis's caption.
    public var yLabel: String
    /// How the x axis writes its values.
    public var xUnit: Unit
    /// How the y axis writes its values.
    public var yUnit: Unit
    /// One series per strategy shown, in the order given (scatter charts leave out `oracle`).
    public var series: [Series]
    /// The current consent rate, drawn as a vertical line on line charts.
    public var cursor: Double?
    /// The text beside the cursor line, if any.
    public var cursorLabel: String?
    /// For scatter charts: the series on the efficient frontier, in order of exposure.
    public var frontier: [Int]
    /// The language of the chart's texts and numbers.
    public var language: Language

    /// A value on an axis as text: "40 %", "€1.2 M" / "1,2 M€", "12".
    public func text(_ value: Double, _ unit: Unit) -> String {
        switch unit {
        case .percent: NumberText.decimal(value * 100, 0, language) + " %"
        case .euros: NumberText.compactEuros(value, language)
        case .number: NumberText.decimal(value, abs(value) < 10 && value != value.rounded() ? 1 : 0, language)
        }
    }
}

extension ChartModel {
    /// The legend name of a strategy, marked when it is the counterexample or the ceiling.
    static func name(_ s: StrategyName, _ l: Language) -> String { s.markedTitle(l) }

    static func unit(_ key: FigureKey) -> Unit {
        switch FigureCatalog.figure(key).format {
        case .percent, .signedPercent: .percent
        case .euros, .fineCap: .euros
        default: .number
        }
    }

    /// `metric` of every strategy over the sweep's consent rates, with the current rate marked.
    public static func sweep(_ results: [RateResult], strategies: [StrategyName], metric: FigureKey, cursor: Double?,
                             scenario: String, language l: Language) -> ChartModel {
        let label = FigureCatalog.figure(metric).label(l)
        let series = strategies.map { s in
            Series(strategy: s, name: name(s, l), points: results.compactMap { r in
                r[s].flatMap(metric.value).map { Point(x: r.consentRate, y: $0) }
            })
        }.filter { !$0.points.isEmpty }
        return ChartModel(kind: .lines, title: loc("%1 by consent rate — %2", l, label, scenario),
                          xLabel: loc("Consent rate", l), yLabel: label, xUnit: .percent, yUnit: unit(metric), series: series,
                          cursor: cursor, cursorLabel: cursor.map { loc("consent %1", l, NumberText.decimal($0 * 100, 0, l) + " %") },
                          frontier: [], language: l)
    }

    /// Expected profit against exposure at one consent rate, with the efficient frontier of the
    /// compliant strategies (oracle left out: it has no exposure; the counterexample a point only).
    public static func frontier(_ result: RateResult, strategies: [StrategyName], scenario: String, language l: Language) -> ChartModel {
        let shown = strategies.compactMap { s -> Series? in
            guard let f = result[s], let p = f.privacy else { return nil }
            return Series(strategy: s, name: name(s, l), points: [Point(x: p.exposureIndex, y: f.expectedProfitEUR)])
        }
        // The frontier joins compliant strategies only: the counterexample is shown as a labelled
        // point, never as a corner of what a firm may choose (issue 30).
        let compliant = shown.indices.filter { shown[$0].strategy.role == nil }
        let efficient = EfficientFrontier.indices(exposure: compliant.map { shown[$0].points[0].x }, profit: compliant.map { shown[$0].points[0].y })
            .map { compliant[$0] }
        let rate = NumberText.decimal(result.consentRate * 100, 0, l) + " %"
        return ChartModel(kind: .scatter, title: loc("Expected profit against exposure at %1 consent — %2", l, rate, scenario),
                          xLabel: FigureCatalog.figure(.exposureIndex).label(l), yLabel: FigureCatalog.figure(.expectedProfitEUR).label(l),
                          xUnit: .number, yUnit: .euros, series: shown, cursor: nil, cursorLabel: nil, frontier: efficient, language: l)
    }

    /// `metric` of every strategy week by week at one consent rate (a campaign of several weeks),
    /// with week `cursor` marked; oracle is left out of privacy figures, where it has none.
    public static func weeks(_ result: RateResult, strategies: [StrategyName], metric: WeekFigureKey, cursor: Int?,
                             scenario: String, language l: Language) -> ChartModel {
        let label = metric.label(l)
        let series = strategies.map { s in
            Series(strategy: s, name: name(s, l), points: result.weeks.compactMap { w in
                w[s].flatMap(metric.value).map { Point(x: Double(w.week), y: $0) }
            })
        }.filter { !$0.points.isEmpty }
        let rate = NumberText.decimal(result.consentRate * 100, 0, l) + " %"
        return ChartModel(kind: .lines, title: loc("%1 by week at %2 consent — %3", l, label, rate, scenario),
                          xLabel: loc("Week", l), yLabel: label, xUnit: .number,
                          yUnit: metric.isEuros ? .euros : metric.isFraction ? .percent : .number, series: series,
                          cursor: cursor.map(Double.init), cursorLabel: cursor.map { loc("week %1", l, $0) }, frontier: [], language: l)
    }
}
