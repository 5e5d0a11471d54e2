import Localization

/// The consent rate and the rates a sweep visits.
public struct ConsentSettings: Sendable, Equatable {
    /// r: share of customers who grant consent to personalised advertising.
    public var rate: Double = 0.5
    /// Rates for the sweep, in the order given.
    public var sweep: [Double] = ConsentSettings.defaultSweep
    /// q: weekly probability that a consenting customer withdraws consent (MODEL.md §9).
    public var withdrawalWeekly: Double = 0
    /// 0, 0.1, …, 1.
    public static let defaultSweep: [Double] = (0...10).map { Double($0) / 10 }
    /// Creates the defaults of MODEL.md.
    public init() {}
}
