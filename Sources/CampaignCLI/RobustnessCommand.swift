import ArgumentParser
import CampaignEngine
import CampaignOutput
import Localization
import CampaignStatistics
import Foundation
import ScenarioKit

/// `campaign-sim robustness`: which conclusions survive the scenario's uncertain parameters (MODEL.md §8.2).
struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        abstract: "Draw plausible worlds from the scenario's ranges and say which strategy wins how often, and why.",
        discussion: "Values given as {low, high} or {low, mode, high} in the scenario vary by Latin hypercube sampling; every world uses the same customers. The table says the conclusion first, then quantiles, P(best), the win matrix and a tornado of the parameters that move the difference between two strategies most.")

    @OptionGroup var source: ScenarioOptions

    @Option(help: ArgumentHelp("Plausible worlds to draw (1–10000, default 200).", valueName: "W"))
    var worlds = 200

    @Option(help: ArgumentHelp("Evaluate every world at this consent rate (a range on consent.rate is then ignored; default: each world's own rate).", valueName: "R"))
    var consent: Double?

    @Option(help: ArgumentHelp("The two strategies of the tornado (default: the two compliant ones with the highest expected profit in the central world).", valueName: "A,B"))
    var compare: String?

    @Option(help: "Output format: table or json (MODEL.md §8.2).")
    var format: Format = .table


    @OptionGroup var language: LanguageOption

    @OptionGroup var quiet: QuietOption

    @Option(help: ArgumentHelp("Compute only shard K of N of the worlds and print a partial result for `campaign-sim merge`.", valueName: "K/N"))
    var shard: String?

    enum Format: String, ExpressibleByArgument { case table, json }

    func validate() throws {
        if !(1...Robustness.maximumWorlds).contains(worlds) { throw ValidationError(loc("--worlds must be from 1 to %1, got %2", CLIText.language, Robustness.maximumWorlds, worlds)) }
        try ConsentOption.check(consent)
        if let compare {
            let pair = try SimulationOptions.parseStrategies(compare)
            guard pair.count == 2 else { throw ValidationError(loc("--compare takes two strategies, e.g. personalized,contextual", CLIText.language)) }
        }
        if let shard, Shard(shard) == nil { throw ValidationError(loc("--shard takes K/N with 1 ≤ K ≤ N ≤ 10000, got %1", CLIText.language, shard)) }
    }

    /// The figures of robustness units `units` (worlds, the central world, the tornado's worlds), as
    /// a shard prints them and `merge --verify` recomputes them.
    static func evaluate(_ scenario: Scenario, worlds: Int, consent: Double?, units: [Int], threads: Int) -> [(unit: Int, figures: [UnitFigures])] {
        // The worlds share the population's draws (MODEL.md §8.2: common random numbers).
        let draws = Robustness.sharedDraws(scenario, threads: threads)
        let plan = Robustness.units(scenario, worlds: worlds, fixedRate: consent)
        return units.map { j in
            let (world, rate) = Robustness.world(scenario, fixedRate: consent, values: plan[j])
            return (unit: j, figures: [UnitFigures(Simulator(scenario: world, threads: threads, draws: draws).evaluate(rate: rate))])
        }
    }

    func run() throws {
        let scenario = try source.load()
        var pair: (StrategyName, StrategyName)?
        if let compare {
            let names = try SimulationOptions.parseStrategies(compare)
            for name in names where !scenario.strategies.contains(name) {
                throw CLIError.usage("--compare: \(name.rawValue) is not among the scenario's strategies (\(scenario.strategies.map(\.rawValue).joined(separator: ", ")))")
            }
            pair = (names[0], names[1])
        }
        let threadCount = source.threads.count
        if let text = shard, let shard = Shard(text) {
            // Worlds are units (MODEL.md §8.3): this shard evaluates every N-th of them.
            let plan = Robustness.units(scenario, worlds: worlds, fixedRate: consent)
            let units = Self.evaluate(scenario, worlds: worlds, consent: consent, units: shard.units(of: plan.count), threads: threadCount)
            let yaml = ScenarioWriter.yaml(scenario)
            let options = PartialResult.RobustnessRun(worlds: worlds, consent: consent, compare: pair.map { [$0.0.rawValue, $0.1.rawValue] })
            let digest = PartialMerge.robustnessDigest(modelVersion: Engine.modelVersion, scenario: yaml, run: options, format: format.rawValue)
            Console.out(PartialResult(modelVersion: Engine.modelVersion, run: digest, format: format.rawValue, units: plan.count, shard: shard,
                                      scenario: yaml, rates: consent.map { [$0] } ?? [], results: units, robustness: options).encoded())
            return
        }
        let plan = Robustness.units(scenario, worlds: worlds, fixedRate: consent)
        let units = try Self.evaluate(plan, scenario: scenario, fixedRate: consent, threads: threadCount, quiet: quiet.quiet)
        let result = Robustness.summarize(scenario, worlds: worlds, fixedRate: consent, compare: pair, units: units)
        Self.print(result, scenario: scenario, format: format, language: language.language)
    }

    /// Every unit's figures; small worlds run side by side, one thread each (the same bytes either way).
    /// Shows progress on stderr and stops cleanly on Ctrl-C (exit 130) unless `quiet`.
    static func evaluate(_ plan: [[Double]], scenario: Scenario, fixedRate: Double?, threads: Int, quiet: Bool = true) throws -> [UnitFigures] {
        try LongWork("worlds", quiet: quiet).run { control in
            // The worlds share the population's draws (MODEL.md §8.2: common random numbers).
            let draws = Robustness.sharedDraws(scenario, threads: threads)
            return UnitRunner.evaluate(plan.count, threads: threads, sideBySide: scenario.totalCustomers <= 200_000, control: control) { j, threads in
                let (world, rate) = Robustness.world(scenario, fixedRate: fixedRate, values: plan[j])
                return UnitFigures(Simulator(scenario: world, threads: threads, draws: draws).evaluate(rate: rate))
            }
        }
    }

    static func print(_ result: Robustness.Result, scenario: Scenario, format: Format, language: Language) {
        switch format {
        case .json: Console.out(RobustnessFormatter.json(scenario: scenario, result: result))
        case .table: Console.out(RobustnessFormatter.table(scenario: scenario, result: result, language: language))
        }
    }
}
