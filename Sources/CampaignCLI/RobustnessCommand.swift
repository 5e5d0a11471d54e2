import ArgumentParser
import CampaignEngine
import CampaignOutput
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

    @Option(help: ArgumentHelp("Worker threads (default: all cores). Results do not depend on it.", valueName: "N"))
    var threads: Int?

    enum Format: String, ExpressibleByArgument { case table, json }

    func validate() throws {
        if !(1...Robustness.maximumWorlds).contains(worlds) { throw ValidationError("--worlds must be from 1 to \(Robustness.maximumWorlds), got \(worlds)") }
        if let consent, !(0...1).contains(consent) { throw ValidationError("--consent must be in [0, 1], got \(consent)") }
        if let compare {
            let pair = try SimulationOptions.parseStrategies(compare)
            guard pair.count == 2 else { throw ValidationError("--compare takes two strategies, e.g. personalized,contextual") }
        }
        if let threads, !(1...1024).contains(threads) { throw ValidationError("--threads must be from 1 to 1024, got \(threads)") }
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
        let threadCount = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let result = Robustness.run(scenario, worlds: worlds, fixedRate: consent, compare: pair) { world, rate in
            Engine(scenario: world, threads: threadCount).evaluate(rate: rate)
        }
        switch format {
        case .json: Console.out(RobustnessFormatter.json(scenario: scenario, result: result))
        case .table: Console.out(RobustnessFormatter.table(scenario: scenario, result: result))
        }
    }
}
