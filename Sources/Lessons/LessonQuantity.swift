import CampaignEngine
import ScenarioKit

/// A computed answer (docs/lesson-format.md, "Computed answers"): what a predict step asks
/// for, evaluated by the simulator at reveal time, never typed into the lesson file.
public enum LessonQuantity: Sendable, Equatable {
    /// A figure of one strategy: `{figure: uplift_vs_broadcast, strategy: personalized}`.
    case figure(FigureKey, StrategyName)
    /// Strategy A's figure minus strategy B's: `{difference: expected_profit_eur, strategies: [segment, broadcast]}`.
    case difference(FigureKey, StrategyName, StrategyName)
    /// Which of the strategies has the largest figure: `{best: expected_profit_eur, among: compliant}`. A choice answer.
    case best(FigureKey, [StrategyName])
    /// The lowest consent rate (on a grid of 0, 0.01, …, 1) at which A's figure exceeds B's; none if it never does.
    case crossover(FigureKey, StrategyName, StrategyName)
    /// A figure of one week of a campaign: `{week_figure: reid_risk_mean, strategy: personalized, week: 12}`.
    case weekFigure(WeekFigureKey, StrategyName, week: Int)
    /// Whether the paired difference to broadcast over R replications excludes zero (MODEL.md §8.1):
    /// `{distinguishable: expected_profit_eur, strategy: segment, replications: 20}`. A yes/no answer.
    case distinguishable(FigureKey, StrategyName, replications: Int)

    /// The vocabulary's names, as a lesson file writes them.
    public static let names = ["figure", "difference", "best", "crossover", "week_figure", "distinguishable"]

    /// Whether the answer is one of several choices rather than a number.
    public var choices: [LessonChoice]? {
        switch self {
        case .best(_, let among): among.map { .strategy($0) }
        case .distinguishable: [.yes, .no]
        default: nil
        }
    }

    /// The strategies the quantity refers to (each must be among the scenario's strategies).
    public var strategies: [StrategyName] {
        switch self {
        case .figure(_, let s), .weekFigure(_, let s, _), .distinguishable(_, let s, _): [s]
        case .difference(_, let a, let b), .crossover(_, let a, let b): [a, b]
        case .best(_, let among): among
        }
    }
}

/// One choice of a predict step whose answer is not a number.
public enum LessonChoice: Sendable, Equatable {
    /// A strategy, for `best`.
    case strategy(StrategyName)
    /// Yes or no, for `distinguishable`.
    case yes, no
}

/// The value of a computed answer.
public enum LessonAnswer: Sendable, Equatable {
    /// nil where the figure does not apply (or a crossover that never happens).
    case number(Double?)
    /// The right choice, for answers that are not numbers.
    case choice(LessonChoice)
}

/// A checkable condition over the live figures (an explore step holds when all of its
/// comparisons do): `{figure: exposure_index, strategy: personalized, below: 5}` or
/// `{figure: expected_profit_eur, strategy: personalized, above_strategy: contextual}`.
public struct LessonComparison: Sendable, Equatable {
    /// How the figure must compare, by its key in a lesson file.
    public enum Relation: String, Sendable, CaseIterable {
        /// Below or above the bound `value`.
        case below, above
        /// Below the same figure of the `other` strategy.
        case belowStrategy = "below_strategy"
        /// Above the same figure of the `other` strategy.
        case aboveStrategy = "above_strategy"
    }

    /// The figure compared.
    public var figure: FigureKey
    /// The strategy whose figure is compared.
    public var strategy: StrategyName
    /// How it must compare.
    public var relation: Relation
    /// The bound for `below` / `above`.
    public var value: Double?
    /// The other strategy for `below_strategy` / `above_strategy`.
    public var other: StrategyName?

    /// Whether the comparison holds in `result` (false where a figure does not apply).
    public func holds(in result: RateResult) -> Bool {
        guard let f = result[strategy], let left = figure.value(of: f) else { return false }
        switch relation {
        case .below: return left < value!
        case .above: return left > value!
        case .belowStrategy, .aboveStrategy:
            guard let g = result[other!], let right = figure.value(of: g) else { return false }
            return relation == .belowStrategy ? left < right : left > right
        }
    }
}
