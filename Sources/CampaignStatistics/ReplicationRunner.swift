import CampaignEngine
import ScenarioKit

extension Replications {
    /// The figures of replications `units` of `scenario` at `rates` (MODEL.md §8.1), in unit order:
    /// the one replication path of `run`, `sweep`, `report`, `explain`, the lessons and the TUI.
    ///
    /// Replication 0 is the scenario itself: pass its figures as `first` (the same rates) and it is
    /// not computed again. Small populations run side by side, one thread each (a small build cannot
    /// keep several threads busy); the figures are the same either way. With a `control`, progress
    /// counts whole replications and a cancelled run throws `WorkCancelled` before any figures leak.
    public static func run(_ scenario: Scenario, units: [Int], rates: [Double], threads: Int, mode: PopulationMode = .memory,
                           k: Int? = nil, epsilon: Double?? = nil, first: [RateResult]? = nil,
                           control: WorkControl) throws(WorkCancelled) -> [[UnitFigures]] {
        guard let figures = figures(scenario, units: units, rates: rates, threads: threads, mode: mode, k: k, epsilon: epsilon,
                                    first: first, control: control) else { throw WorkCancelled() }
        return figures
    }

    /// As `run(_:units:rates:threads:mode:k:epsilon:first:control:)`, uncancellable.
    public static func run(_ scenario: Scenario, units: [Int], rates: [Double], threads: Int, mode: PopulationMode = .memory,
                           k: Int? = nil, epsilon: Double?? = nil, first: [RateResult]? = nil) -> [[UnitFigures]] {
        // Without a control nothing can stop the units, so every one of them has figures.
        guard let figures = figures(scenario, units: units, rates: rates, threads: threads, mode: mode, k: k, epsilon: epsilon,
                                    first: first, control: nil) else { preconditionFailure("an uncancellable run was cancelled") }
        return figures
    }

    private static func figures(_ scenario: Scenario, units: [Int], rates: [Double], threads: Int, mode: PopulationMode,
                                k: Int?, epsilon: Double??, first: [RateResult]?, control: WorkControl?) -> [[UnitFigures]]? {
        let sideBySide = Simulator.kind(for: scenario, mode: mode) != .streamed && scenario.totalCustomers <= sideBySideLimit
        return UnitRunner.evaluate(units.count, threads: threads, sideBySide: sideBySide, control: control) { i, threads in
            let j = units[i]
            if j == 0, let first { return first.map(UnitFigures.init) }
            return figures(of: scenario, replication: j, rates: rates, threads: threads, mode: mode, k: k, epsilon: epsilon).map(UnitFigures.init)
        }
    }

    /// The figures of replication `j` of `scenario` at `rates`: a population of its own, built and dropped here.
    public static func figures(of scenario: Scenario, replication j: Int, rates: [Double], threads: Int, mode: PopulationMode = .memory,
                               k: Int? = nil, epsilon: Double?? = nil) -> [RateResult] {
        Simulator(scenario: Replications.scenario(scenario, replication: j), threads: threads, mode: mode).sweep(rates, k: k, epsilon: epsilon)
    }

    /// As `figures(of:replication:rates:threads:mode:k:epsilon:)` under `control`, which can stop
    /// it within the build (the TUI runs replications one by one and posts each as it lands).
    public static func figures(of scenario: Scenario, replication j: Int, rates: [Double], threads: Int, mode: PopulationMode = .memory,
                               k: Int? = nil, epsilon: Double?? = nil, control: WorkControl) throws(WorkCancelled) -> [RateResult] {
        let simulator = try Simulator.build(scenario: Replications.scenario(scenario, replication: j), threads: threads, mode: mode, control: control)
        return try simulator.sweep(rates, k: k, epsilon: epsilon, control: control)
    }

    /// Populations up to this size run their replications side by side.
    public static let sideBySideLimit = 500_000
}
