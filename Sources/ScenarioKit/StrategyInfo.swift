import Localization

/// Everything the tool says and draws about one strategy besides how it decides: its names, its
/// role, its texts, what it keeps and on which basis, and how its series looks. One record per
/// strategy (`StrategyName.info`); tables, charts, the dashboard, reports, explanations and the
/// compliance facts all read it, so a new strategy adds its record here and its rules to the engine.
///
/// Texts are English keys of the one localisation table: `loc(info.summary, language)`.
public struct StrategyInfo: Sendable {
    /// What a strategy keeps about customers after the campaign.
    public enum Records: Sendable, Equatable {
        /// Nothing.
        case none
        /// Aggregate statistics only (segment's table).
        case aggregate
        /// One pseudonymised record per profiled customer.
        case pseudonymised
        /// One identified record per customer.
        case identified
        /// A thought experiment that runs on no data (the oracle).
        case hypothetical

        /// Whether the strategy keeps records a person could ask about (`campaign-sim records`).
        public var areKept: Bool { self == .aggregate || self == .pseudonymised || self == .identified }
    }

    /// A series colour, mapped to the terminal palette and to SVG by CampaignCharts' `SeriesStyle`.
    public enum Color: Sendable, Equatable {
        /// The terminal's own foreground (near-black on paper).
        case foreground
        /// Cyan.
        case cyan
        /// Blue.
        case blue
        /// Green.
        case green
        /// Red.
        case red
        /// Magenta.
        case magenta
    }

    /// The marker drawn at each sampled point of a chart.
    public enum Marker: Sendable, Equatable {
        /// A circle.
        case circle
        /// A square.
        case square
        /// A triangle.
        case triangle
        /// A diamond.
        case diamond
    }

    /// The strategy.
    public let name: StrategyName
    /// The long title ("Personalised").
    public let title: String
    /// The title where a column is narrow ("Personal").
    public let shortTitle: String
    /// Why a strategy that is not a way to run a campaign is shown (nil: it is one).
    public let role: StrategyRole?
    /// One line: the strategy's idea.
    public let summary: String
    /// How the strategy decides, in a paragraph.
    public let decides: String
    /// What personal data it uses and what it stores, in a sentence.
    public let dataAndStorage: String
    /// The report's "data used" cell.
    public let dataUsed: String
    /// The report's "records stored" cell.
    public let recordsStored: String
    /// The report's "legal basis" cell.
    public let legalBasis: String
    /// What it keeps.
    public let records: Records
    /// Whether its profiles rest on the customers' consent (GDPR Art. 6(1)(a)).
    public let profilesOnConsent: Bool
    /// Whether it picks offers automatically per visit, segment or person (the AI Act screening's question).
    public let selectsOffers: Bool
    /// Series colour.
    public let color: Color
    /// Whether its series and title are drawn bold on screen.
    public let bold: Bool
    /// SVG stroke-dasharray ("" for solid), so lines stay apart in grey print.
    public let dash: String
    /// Chart marker.
    public let marker: Marker
    /// The letter that marks its line in a terminal chart and its column in the table.
    public let letter: Character

    /// Whether it follows the consent, minor and vulnerability rules (no role).
    public var isCompliant: Bool { role == nil }
    /// Whether it has privacy figures (a real strategy, not a thought experiment).
    public var hasPrivacyFigures: Bool { records != .hypothetical }
}
