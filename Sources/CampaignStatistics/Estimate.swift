import CampaignEngine
import ScenarioKit

/// A mean with its 95 % interval (Student's t over replications).
public struct Estimate: Sendable, Equatable {
    /// The mean over replications.
    public var mean: Double
    /// The lower end of the 95 % interval.
    public var low: Double
    /// The upper end of the 95 % interval.
    public var high: Double

    /// Whether the interval excludes zero (for differences: the strategies are distinguishable).
    public var excludesZero: Bool { low > 0 || high < 0 }

    /// The mean and interval of `values`, in their order (so the result never depends on how the
    /// replications were scheduled). One value gives a zero-width interval.
    public init(_ values: [Double]) {
        let n = Double(values.count)
        var sum = 0.0
        for v in values { sum += v }
        mean = sum / n
        guard values.count > 1 else { low = mean; high = mean; return }
        var squares = 0.0
        for v in values { squares += (v - mean) * (v - mean) }
        let sd = (squares / (n - 1)).squareRoot()
        let half = StudentT.quantile975(degreesOfFreedom: values.count - 1) * sd / n.squareRoot()
        low = mean - half
        high = mean + half
    }

    /// Half the interval's width.
    public var halfWidth: Double { (high - low) / 2 }
}
