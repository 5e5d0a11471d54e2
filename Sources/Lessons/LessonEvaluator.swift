import CampaignEngine
import CampaignStatistics
import Foundation
import ScenarioKit

/// Computes a lesson's answers and checks its conditions with the real simulator. Figures are
/// cached per setting, so a lesson's reveals cost one run each. Not thread-safe.
public final class LessonEvaluator {
    /// The lesson's scenario, before any step's settings.
    public let scenario: Scenario
    /// Worker threads each engine run uses.
    public let threads: Int
    /// Figures by the settings they were computed at (the scenario is the evaluator's own).
    private var cache: [LessonSettings: RateResult] = [:]
    /// One-shot populations by the values of the dials that need a new one (`Dial.rebuildsPopulation`):
    /// settings that differ only in consent, k, ε or time share a population.
    private var engines: [[Dial: Dial.Value]: Engine] = [:]

    /// An evaluator of `scenario` with an empty cache.
    public init(scenario: Scenario, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.scenario = scenario
        self.threads = threads
    }

    /// The figures at `settings` (campaign totals with weeks where the campaign has several).
    public func result(_ settings: LessonSettings) -> RateResult {
        if let cached = cache[settings] { return cached }
        let applied = settings.apply(to: scenario)
        let result = simulator(applied, settings).evaluate(rate: applied.consent.rate, k: applied.privacy.k, epsilon: .some(applied.privacy.epsilon))
        cache[settings] = result
        return result
    }

    /// A simulator of `applied` (the scenario at `settings`) that reuses a population built for the
    /// same population dials; k and ε are passed to each evaluation, since a shared population's own
    /// scenario may have other values.
    private func simulator(_ applied: Scenario, _ settings: LessonSettings) -> Simulator {
        guard Simulator.kind(for: applied, mode: .memory) == .inMemory else { return Simulator(scenario: applied, threads: threads) }
        let key = settings.values.filter { $0.key.rebuildsPopulation }
        if let engine = engines[key] { return Simulator(scenario: applied, sharing: engine) }
        let simulator = Simulator(scenario: applied, threads: threads)
        engines[key] = simulator.engine
        return simulator
    }

    /// The answer of `quantity` at `settings`.
    public func answer(_ quantity: LessonQuantity, at settings: LessonSettings) -> LessonAnswer {
        switch quantity {
        case .figure(let key, let s):
            return .number(result(settings)[s].flatMap(key.value))
        case .difference(let key, let a, let b):
            let r = result(settings)
            guard let x = r[a].flatMap(key.value), let y = r[b].flatMap(key.value) else { return .number(nil) }
            return .number(x - y)
        case .best(let key, let among):
            let r = result(settings)
            var best = among[0], bestValue = -Double.infinity
            for s in among {
                if let v = r[s].flatMap(key.value), v > bestValue { best = s; bestValue = v }
            }
            return .choice(.strategy(best))
        case .crossover(let key, let a, let b):
            let applied = settings.apply(to: scenario)
            let rates = (0...100).map { Double($0) / 100 }
            let results = simulator(applied, settings).sweep(rates, k: applied.privacy.k, epsilon: .some(applied.privacy.epsilon))
            for r in results {
                if let x = r[a].flatMap(key.value), let y = r[b].flatMap(key.value), x > y { return .number(r.consentRate) }
            }
            return .number(nil)
        case .weekFigure(let key, let s, let week):
            let r = result(settings)
            guard week >= 1 && week <= r.weeks.count else { return .number(nil) }
            return .number(r.weeks[week - 1][s].flatMap(key.value))
        case .distinguishable(let key, let s, let replications):
            let applied = settings.apply(to: scenario)
            // Replication 0 is the settings' own figures, computed once.
            let units = Replications.run(applied, units: Array(0..<replications), rates: [applied.consent.rate], threads: threads,
                                         first: [result(settings)])
            let summary = ReplicatedResult.summarize(units: units)[0]
            let clear = summary[s]?.vsBroadcast[key]?.excludesZero ?? false
            return .choice(clear ? .yes : .no)
        }
    }

    /// Whether every comparison holds at `settings`.
    public func holds(_ condition: [LessonComparison], at settings: LessonSettings) -> Bool {
        let r = result(settings)
        return condition.allSatisfy { $0.holds(in: r) }
    }
}
