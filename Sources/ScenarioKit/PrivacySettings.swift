import Localization

/// Privacy settings for segment statistics, pseudonyms and suppression.
public struct PrivacySettings: Sendable, Equatable {
    /// k-anonymity threshold for segment statistics.
    public var k: Int = 10
    /// Differential privacy budget for segment statistics; nil means off.
    public var epsilon: Double? = nil
    /// Maximum events one customer contributes to segment statistics.
    public var historyClip: Int = 20
    /// ρ: share of a customer's events that can be linked to the pseudonym.
    public var pseudonymLinkage: Double = 0.8
    /// What compliant strategies fall back to.
    public var fallback: Fallback = .contextual
    /// Compliant strategies do not contact vulnerable customers.
    public var protectVulnerable: Bool = true
    /// W: weeks of history the firm keeps; nil means no limit (MODEL.md §9).
    public var retentionWeeks: Int? = nil
    /// Creates the defaults of MODEL.md.
    public init() {}
}
