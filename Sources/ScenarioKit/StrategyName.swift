import Localization

/// The strategies of MODEL.md §4, in their canonical order; `info` holds all the tool says and
/// draws about each.
public enum StrategyName: String, Sendable, CaseIterable, Comparable {
    /// The six strategies, by their machine-readable names, in canonical order.
    case broadcast, contextual, segment, personalized, unconstrained, oracle

    /// Display title for tables and the TUI (an English key of the localisation table).
    public var title: String { info.title }

    /// The title in `language`.
    public func title(_ language: Language) -> String { loc(info.title, language) }

    /// Whether the strategy follows the consent, minor and vulnerability rules.
    public var isCompliant: Bool { info.isCompliant }

    /// The label that marks the non-compliant references wherever they are shown.
    public var role: StrategyRole? { info.role }

    /// The strategy table: one record per strategy.
    public var info: StrategyInfo {
        switch self {
        case .broadcast:
            StrategyInfo(
                name: self, title: loc("Broadcast", .en), shortTitle: loc("Bcast", .en), role: nil,
                summary: loc("One message for everyone", .en),
                decides: loc("Shows every customer the offer with the best expected profit for the average customer. Minors get a second offer if the first is adults-only.", .en),
                dataAndStorage: loc("Uses no personal data; stores nothing.", .en),
                dataUsed: loc("none", .en), recordsStored: loc("none", .en), legalBasis: loc("none needed for the choice (model assumption: an anonymous visitor; nothing about them is used)", .en),
                records: .none, profilesOnConsent: false, selectsOffers: false,
                // The terminal's own foreground: white vanished on light backgrounds.
                color: .foreground, bold: false, dash: "", marker: .circle, letter: "B")
        case .contextual:
            StrategyInfo(
                name: self, title: loc("Contextual", .en), shortTitle: loc("Context", .en), role: nil,
                summary: loc("Cookieless: the offer follows the page, not the person", .en),
                decides: loc("Leans the average interests toward the category of the page the visitor is on right now, then picks the most profitable offer for that guess.", .en),
                dataAndStorage: loc("Uses one transient signal (the page category), not stored; no profile.", .en),
                dataUsed: loc("page category (transient, not stored)", .en), recordsStored: loc("none", .en),
                legalBasis: loc("none needed for the choice (model assumption: an anonymous visitor; the own server picks the offer from the page it serves, nothing is read from the device or stored)", .en),
                records: .none, profilesOnConsent: false, selectsOffers: true,
                color: .cyan, bold: false, dash: "14 6", marker: .square, letter: "C")
        case .segment:
            StrategyInfo(
                name: self, title: loc("Segment", .en), shortTitle: loc("Segment", .en), role: nil,
                summary: loc("k-anonymous segments of age band and region", .en),
                decides: loc("Pools the history of consenting adults in each age-band-and-region segment. A segment with at least k contributors gets an offer fitted to its statistics (with Laplace noise when ε is set); smaller segments get the broadcast offer. Minors get the fallback.", .en),
                dataAndStorage: loc("Uses two data points (age band, region) where the segment has statistics; stores only the aggregate table.", .en),
                dataUsed: loc("age band, region", .en), recordsStored: loc("aggregate table of segments with ≥ k contributors", .en),
                legalBasis: loc("profiling by age band and region (GDPR Art. 4(4)) on legitimate interests, Art. 6(1)(f), with the right to object (Art. 21(2)); the browsing behind its statistics was collected with consent", .en),
                records: .aggregate, profilesOnConsent: false, selectsOffers: true,
                color: .blue, bold: true, dash: "4 5", marker: .triangle, letter: "S")
        case .personalized:
            StrategyInfo(
                name: self, title: loc("Personalised", .en), shortTitle: loc("Personal", .en), role: nil,
                summary: loc("Consent-gated profiles on pseudonymised records", .en),
                decides: loc("For consenting adults who are not vulnerable, builds a profile from their linked history, shrunk toward the average, and picks the offer that fits it. Everyone else gets the fallback.", .en),
                dataAndStorage: loc("Uses 2 + the linked events of each profiled customer; stores one pseudonymised record per profiled customer.", .en),
                dataUsed: loc("age band, region, linked activity history (consenting adults)", .en),
                recordsStored: loc("one pseudonymised record per profiled customer", .en),
                legalBasis: loc("consent, GDPR Art. 6(1)(a), and ePrivacy Art. 5(3) (in Germany § 25 TDDDG) for tracking", .en),
                records: .pseudonymised, profilesOnConsent: true, selectsOffers: true,
                color: .green, bold: true, dash: "", marker: .diamond, letter: "P")
        case .unconstrained:
            StrategyInfo(
                name: self, title: loc("Unconstrained", .en), shortTitle: loc("Unconstr.", .en), role: .counterexample,
                summary: loc("Counterexample: everything the data allows, consent or not", .en),
                decides: loc("Profiles every customer from their full history, ignoring consent, age and vulnerability; vulnerable customers get the strongest incentive. This is what the rules exist to prevent.", .en),
                dataAndStorage: loc("Uses 2 + every event of every customer; stores one identified record per customer.", .en),
                dataUsed: loc("age band, region, full activity history of everyone", .en),
                recordsStored: loc("one identified record per customer", .en),
                legalBasis: loc("none for customers without consent and for minors: unlawful", .en),
                records: .identified, profilesOnConsent: false, selectsOffers: true,
                color: .red, bold: true, dash: "16 5 4 5", marker: .circle, letter: "U")
        case .oracle:
            StrategyInfo(
                name: self, title: loc("Oracle", .en), shortTitle: loc("Oracle", .en), role: .ceiling,
                summary: loc("Ceiling: perfect knowledge of every customer", .en),
                decides: loc("Knows each customer's true interests, base rate and sensitivity and picks the offer with the highest true expected profit. No real strategy can do better.", .en),
                dataAndStorage: loc("Hypothetical: no privacy figures.", .en),
                dataUsed: loc("hypothetical: true interests", .en), recordsStored: "—", legalBasis: "—",
                records: .hypothetical, profilesOnConsent: false, selectsOffers: false,
                color: .magenta, bold: false, dash: "2 6", marker: .square, letter: "O")
        }
    }

    /// Position in the canonical order.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Orders strategies canonically.
    public static func < (a: StrategyName, b: StrategyName) -> Bool { a.order < b.order }
}

/// Why a strategy that is not a way to run a campaign is shown at all.
public enum StrategyRole: String, Sendable {
    /// `unconstrained`: what the data would allow without any rule, to show what the rules prevent.
    case counterexample
    /// `oracle`: the value of perfect information, an upper bound.
    case ceiling

    /// The mark shown beside the strategy's title (an English key of the localisation table).
    public var mark: String {
        switch self {
        case .counterexample: loc("counterexample", .en)
        case .ceiling: loc("ceiling", .en)
        }
    }

    /// The mark where a column is narrow (at most 10 characters).
    public var shortMark: String {
        switch self {
        case .counterexample: loc("no consent", .en)
        case .ceiling: loc("ceiling", .en)
        }
    }
}

extension StrategyName {
    /// The title with its role's mark where it has one: "Unconstrained (counterexample)".
    public func markedTitle(_ language: Language) -> String {
        role.map { title(language) + " (" + loc($0.mark, language) + ")" } ?? title(language)
    }
}
