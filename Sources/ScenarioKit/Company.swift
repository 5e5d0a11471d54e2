import Localization

/// Company facts for the statutory fine caps.
public struct Company: Sendable, Equatable {
    /// Worldwide annual turnover in euros.
    public var annualTurnoverEUR: Double = 0
    /// Whether the SME rule of AI Act Art. 99(6) applies.
    public var sme: Bool = false
    /// Creates the defaults of MODEL.md.
    public init() {}
}
