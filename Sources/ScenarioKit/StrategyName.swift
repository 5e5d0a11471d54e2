/// The six strategies of MODEL.md §4, in their canonical order.
public enum StrategyName: String, Sendable, CaseIterable, Comparable {
    case broadcast, contextual, segment, personalized, unconstrained, oracle

    /// Display title for tables and the TUI.
    public var title: String {
        switch self {
        case .broadcast: "Broadcast"
        case .contextual: "Contextual"
        case .segment: "Segment"
        case .personalized: "Personalised"
        case .unconstrained: "Unconstrained"
        case .oracle: "Oracle"
        }
    }

    /// Whether the strategy follows the consent, minor and vulnerability rules.
    public var isCompliant: Bool { self != .unconstrained && self != .oracle }

    /// The label that marks the two non-compliant references wherever they are shown.
    public var role: StrategyRole? {
        switch self {
        case .unconstrained: .counterexample
        case .oracle: .ceiling
        default: nil
        }
    }

    /// Position in the canonical order.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: StrategyName, b: StrategyName) -> Bool { a.order < b.order }
}

/// Why a strategy that is not a way to run a campaign is shown at all.
public enum StrategyRole: String, Sendable {
    /// `unconstrained`: what the data would allow without any rule, to show what the rules prevent.
    case counterexample
    /// `oracle`: the value of perfect information, an upper bound.
    case ceiling
}
