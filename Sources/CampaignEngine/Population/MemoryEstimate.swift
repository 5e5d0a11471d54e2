import ScenarioKit

/// How much memory building a scenario's population will take, before building it.
public enum MemoryEstimate {
    /// Bytes per customer held by the population arrays (see `Population`).
    public static let arrayBytesPerCustomer = 41
    /// Build-time scratch per customer, freed after the build: re-identification keys (8 bytes) and
    /// the table that numbers the classes (up to two slots of 12 bytes per customer). Measured:
    /// 7.35 GB peak for 100 M customers of the built-in scenario held in memory.
    public static let buildScratchBytesPerCustomer = 32
    /// Fixed overhead: the runtime, tables, output.
    public static let baseBytes = 64 << 20

    /// Estimated peak bytes for `scenario`: arrays, clipped events (one byte each, for adults),
    /// build scratch and a fixed overhead.
    public static func peakBytes(_ scenario: Scenario) -> Int {
        var events = 0.0
        for cohort in scenario.cohorts {
            events += Double(cohort.size) * min(cohort.historyMean, Double(scenario.privacy.historyClip))
        }
        let perCustomer = Double(arrayBytesPerCustomer + buildScratchBytesPerCustomer)
        return baseBytes + Int(Double(scenario.totalCustomers) * perCustomer + events * 1.05)
    }
}
