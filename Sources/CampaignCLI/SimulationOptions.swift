import Localization
import ArgumentParser
import CampaignEngine
import CampaignStatistics
import Foundation
import ScenarioKit

/// Output formats of `run` and `sweep`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

extension PopulationMode: ExpressibleByArgument {}

/// Options shared by `run` and `sweep`.
struct SimulationOptions: ParsableArguments {
    @OptionGroup var source: ScenarioOptions

    @OptionGroup var rate: ConsentOption

    @Option(help: ArgumentHelp("Comma-separated consent rates, e.g. 0,0.25,0.5.", valueName: "R,R,..."))
    var rates: String?

    @Option(help: "Output format: table (for people), json or csv (MODEL.md §7).")
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("Seed for all randomness (default: the scenario's seed).", valueName: "S"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("Comma-separated strategies to compare, in display order.", valueName: "a,b,..."))
    var strategies: String?

    @Option(help: ArgumentHelp("How to hold the population: auto (in memory up to 2,000,000 customers, streamed in chunks above), memory, or stream. Results are identical; streaming keeps memory flat for national-scale runs.", valueName: "mode"))
    var population: PopulationMode = .auto

    @OptionGroup var replicationsOption: ReplicationsOption

    /// The table's language; JSON and CSV never change with it.
    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var quiet: QuietOption

    @Flag(help: "With a campaign of several weeks, add a week-by-week table of the figures that move (table format).")
    var weeksTable = false

    var replications: Int { replicationsOption.replications }

    @Option(help: ArgumentHelp("Compute only shard K of N of the replications and print a partial result for `campaign-sim merge` (needs --replications 2 or more).", valueName: "K/N"))
    var shard: String?

    func validate() throws {
        if let shard {
            guard Shard(shard) != nil else { throw ValidationError(loc("--shard takes K/N with 1 ≤ K ≤ N ≤ 10000, got %1", CLIText.language, shard)) }
            guard replications > 1 else { throw ValidationError(loc("--shard splits replications: give --replications 2 or more", CLIText.language)) }
        }
        if rate.consent != nil && rates != nil { throw ValidationError(loc("use either --consent or --rates, not both", CLIText.language)) }
        if let rates { _ = try Self.parseRates(rates) }
        if let strategies { _ = try Self.parseStrategies(strategies) }
    }

    static func parseRates(_ text: String) throws -> [Double] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, parts.count <= 1001 else { throw ValidationError(loc("--rates takes 1 to 1001 rates", CLIText.language)) }
        return try parts.map { part in
            guard let value = Double(part), Dial.consentRate.accepts(.number(value)) else {
                throw ValidationError(loc("--rates: \"%1\" is not a rate in [0, 1]", CLIText.language, part))
            }
            return value
        }
    }

    static func parseStrategies(_ text: String) throws -> [StrategyName] {
        var result: [StrategyName] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            let name = part == "personalised" ? "personalized" : part
            guard let strategy = StrategyName(rawValue: name) else {
                throw ValidationError(loc("--strategies: unknown strategy \"%1\"; expected %2", CLIText.language, part, StrategyName.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            if result.contains(strategy) { throw ValidationError(loc("--strategies: \"%1\" is listed twice", CLIText.language, part)) }
            result.append(strategy)
        }
        return result
    }

    /// The scenario with the command-line overrides applied.
    func loadScenario() throws -> Scenario {
        try ScenarioSource.prepare(source.scenario, customers: source.customers, threads: threadCount, mode: population) { scenario in
            if let seed { scenario.seed = seed }
            if let strategies { scenario.strategies = try Self.parseStrategies(strategies) }
            try source.time.apply(to: &scenario)
        }
    }

    var threadCount: Int { source.threads.count }
}
