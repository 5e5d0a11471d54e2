import ArgumentParser
import CampaignEngine
import CampaignOutput
import Localization
import CampaignStatistics
import ScenarioKit

/// Shared by `run` and `sweep`.
enum Simulation {
    static func runAndPrint(scenario: Scenario, rates: [Double], options: SimulationOptions) throws {
        let mode = options.population
        let passes = StreamingSweep.passes(for: rates)
        if Simulator.kind(for: scenario, mode: mode) == .streamed && passes > 1 {
            Console.error(loc("note: %1 distinct consent rates take %2 passes over the streamed population", CLIText.language, Set(rates).count, passes))
        }
        guard options.replications > 1 else {
            // A streamed run or a campaign of many weeks can take a while: it shows its chunks and stops on Ctrl-C.
            let results = Simulator.kind(for: scenario, mode: mode) == .inMemory
                ? Simulator(scenario: scenario, threads: options.threadCount).sweep(rates)
                : try LongWork("chunks", quiet: options.quiet.quiet).run { control in
                    try? Simulator.build(scenario: scenario, threads: options.threadCount, mode: mode, control: control).sweep(rates, control: control)
                }
            print(results, scenario: scenario, format: options.format, language: options.languageOption.language,
                  weeksTable: options.weeksTable)
            return
        }
        // Replication j runs on seed s_j (MODEL.md §8.1); each is a full run on its own population.
        if let text = options.shard, let shard = Shard(text) {
            let mine = shard.units(of: options.replications)
            let figures = try replicate(mine, mode: mode, scenario: scenario, rates: rates, threads: options.threadCount, quiet: options.quiet.quiet)
            let units = zip(mine, figures).map { (unit: $0, figures: $1) }
            let yaml = ScenarioWriter.yaml(scenario)
            let partial = PartialResult(modelVersion: Engine.modelVersion, run: runDigest(yaml, rates: rates, options: options),
                                        format: options.format.rawValue, units: options.replications, shard: shard,
                                        scenario: yaml, rates: rates, results: units)
            Console.out(partial.encoded())
            return
        }
        let runs = try replicate(Array(0..<options.replications), mode: mode, scenario: scenario, rates: rates, threads: options.threadCount,
                                 quiet: options.quiet.quiet)
        printReplicated(ReplicatedResult.summarize(units: runs), scenario: scenario, format: options.format, language: options.languageOption.language)
    }

    /// The figures of replications `units`, in that order, through `Replications.run`; `first`
    /// holds replication 0's figures when the command has them already.
    /// Shows progress on stderr and stops cleanly on Ctrl-C (exit 130) unless `quiet`.
    static func replicate(_ units: [Int], mode: PopulationMode = .memory, scenario: Scenario, rates: [Double], threads: Int,
                          first: [RateResult]? = nil, quiet: Bool = true) throws -> [[UnitFigures]] {
        try LongWork("replications", quiet: quiet).run { control in
            try? Replications.run(scenario, units: units, rates: rates, threads: threads, mode: mode, first: first, control: control)
        }
    }

    /// What identifies a sharded run: the model, the scenario after overrides, the rates, the
    /// replications and the output format (threads and population mode change no output).
    static func runDigest(_ yaml: String, rates: [Double], options: SimulationOptions) -> String {
        PartialMerge.replicationDigest(modelVersion: Engine.modelVersion, scenario: yaml, rates: rates, units: options.replications, format: options.format.rawValue)
    }

    static func printReplicated(_ summary: [ReplicatedResult], scenario: Scenario, format: OutputFormat, language: Language) {
        switch format {
        case .json: Console.out(ReplicatedFormatter.json(scenario: scenario, results: summary))
        case .csv: Console.out(ReplicatedFormatter.csv(scenario: scenario, results: summary))
        case .table: Console.out(ReplicatedFormatter.table(scenario: scenario, results: summary, language: language))
        }
    }

    static func print(_ results: [RateResult], scenario: Scenario, format: OutputFormat, language: Language, weeksTable: Bool = false) {
        switch format {
        case .json: Console.out(ResultFormatter.json(scenario: scenario, results: results))
        case .csv: Console.out(ResultFormatter.csv(scenario: scenario, results: results))
        case .table: Console.out(ResultFormatter.table(scenario: scenario, results: results, language: language, weeks: weeksTable))
        }
    }
}
