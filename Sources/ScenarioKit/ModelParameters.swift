import Localization

/// Parameters of the response model and of the strategies' estimates (MODEL.md §1 `model.*`).
public struct ModelParameters: Sendable, Equatable {
    /// β: how strongly interest in the offer's category moves the odds.
    public var relevanceWeight: Double = 1.0
    /// κ: how strongly estimates shrink toward the population mean.
    public var priorStrength: Double = 4
    /// Dirichlet weight of a category a cohort does not list.
    public var interestDefault: Double = 0.2
    /// Incentive sensitivity multiplier of vulnerable customers.
    public var vulnerableSensitivity: Double = 2.0
    /// d½: data points at which a customer's exposure reaches half.
    public var exposureHalf: Double = 10
    /// Whether strategies know the response model or learn it from feedback (MODEL.md §12).
    public var learning: Learning = .known
    /// Creates the defaults of MODEL.md.
    public init() {}
}
