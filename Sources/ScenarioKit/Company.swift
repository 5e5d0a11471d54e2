import Localization

/// Who the business is (MODEL.md §1 `company.*`): what decides which acts bind it and the
/// statutory fine caps.
public struct Company: Sendable, Equatable {
    /// Worldwide annual turnover in euros.
    public var annualTurnoverEUR: Double = 0
    /// Enterprise size class (Recommendation 2003/361/EC; small mid-caps: Recommendation 2025/1099).
    public var size: EnterpriseSize = .large
    /// Whether the business runs an online platform (DSA Art. 3(i)), e.g. a marketplace with partner sellers.
    public var onlinePlatform = false
    /// Whether it is a designated very large online platform (DSA Art. 33).
    public var veryLargePlatform = false
    /// The sector whose own rules apply on top of the EU acts.
    public var sector: Sector = .other
    /// The strategies the business builds as AI systems (AI Act Art. 3(1)): a visible assumption.
    public var aiSystems: [StrategyName] = Company.defaultAISystems
    /// Whether `aiSystems` was given in the file (or by a dial) rather than left at its default.
    public var aiSystemsGiven = false
    /// Whether the strategies learn from feedback (`model.learning: thompson`, MODEL.md §12); kept
    /// in step with the scenario's model by `Scenario`.
    public var strategiesLearn = false

    /// The strategies taken to be AI systems when a scenario does not say: the two that learn
    /// offers from individual browsing. Fixed rules and simple statistics are not (the
    /// Commission's guidelines on the AI-system definition, Feb 2025).
    public static let defaultAISystems: [StrategyName] = [.personalized, .unconstrained]

    /// Creates the defaults of MODEL.md.
    public init() {}

    /// Whether the business is a micro, small or medium enterprise (the v2 key `company.sme`:
    /// setting it true makes a large business medium, setting it false makes an SME large).
    public var sme: Bool {
        get { size.isSME }
        set { if newValue != size.isSME { size = newValue ? .medium : .large } }
    }

    /// Whether DSA Section 3 of Chapter III (Arts. 20–28) binds the business: an online platform
    /// that is not a micro or small enterprise (Art. 19), or a very large online platform.
    public var dsaPlatformRulesBind: Bool { onlinePlatform && (veryLargePlatform || !size.isMicroOrSmall) }

    /// Whether it is a designated very large online platform: only an online platform can be one
    /// (a dial may switch the platform off and on again without losing the designation).
    public var isVeryLargePlatform: Bool { onlinePlatform && veryLargePlatform }

    /// Whether `strategy` is built as an AI system in the sense of AI Act Art. 3(1).
    /// Under learning every strategy that learns (all but the oracle) is one unless the scenario
    /// lists its AI systems itself (MODEL.md §1 `company.ai_systems`).
    public func isAISystem(_ strategy: StrategyName) -> Bool {
        if strategiesLearn && !aiSystemsGiven { return strategy != .oracle }
        return aiSystems.contains(strategy)
    }

    /// The strategies taken to be AI systems, of `strategies`, in their order.
    public func aiSystems(among strategies: [StrategyName]) -> [StrategyName] { strategies.filter(isAISystem) }

    /// Whether the AI Act's lower-of rule for fines (Art. 99(6), as amended for small mid-caps) applies.
    public var aiActLowerOfFine: Bool { size != .large }
}

/// An enterprise size class.
public enum EnterpriseSize: String, Sendable, CaseIterable {
    /// Fewer than 10 staff and at most €2 M turnover or balance sheet.
    case micro
    /// Fewer than 50 staff and at most €10 M.
    case small
    /// Fewer than 250 staff and at most €50 M turnover or €43 M balance sheet.
    case medium
    /// Fewer than 750 staff and at most €150 M turnover or €129 M balance sheet (Recommendation 2025/1099).
    case smallMidcap = "small_midcap"
    /// Everything larger.
    case large

    /// The class's name (an English key of the localisation table).
    public var title: String {
        switch self {
        case .micro: loc("micro", .en)
        case .small: loc("small", .en)
        case .medium: loc("medium", .en)
        case .smallMidcap: loc("small mid-cap", .en)
        case .large: loc("large", .en)
        }
    }

    /// Micro, small and medium enterprises are SMEs.
    public var isSME: Bool { self == .micro || self == .small || self == .medium }
    /// The classes DSA Art. 19 exempts from the platform rules.
    public var isMicroOrSmall: Bool { self == .micro || self == .small }
}

/// The sector whose own rules apply (MODEL.md §1 `company.sector`).
public enum Sector: String, Sendable, CaseIterable {
    case retail, streaming, gambling, other
}

/// Where the offer is shown (MODEL.md §13).
public enum Channel: String, Sendable, CaseIterable {
    case web, app, email
}
