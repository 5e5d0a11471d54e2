import ArgumentParser
import CampaignEngine
import CampaignOutput
import Foundation
import Localization
import ScenarioKit

/// `campaign-sim records`: the records a strategy stores, as CSV, so an auditor can recompute
/// the re-identification figures with their own tools (docs/model.md shows how).
struct RecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "Export the records a strategy stores (\(keeping.map(\.rawValue).joined(separator: ", "))) as CSV.")

    /// The strategies that keep records (the strategy table says which).
    static let keeping = StrategyName.allCases.filter { $0.info.records.areKept }

    @OptionGroup var source: ScenarioOptions

    @Option(help: "personalized (pseudonymised records), segment (stored cells) or unconstrained (identified records).")
    var strategy: String

    @OptionGroup var rate: ConsentOption

    @OptionGroup var file: OutputFileOption

    func run() throws {
        let strategy = try SimulationOptions.parseStrategies(self.strategy)[0]
        guard Self.keeping.contains(strategy) else {
            throw CLIError.usage(loc("--strategy %1 stores no records; use %2", CLIText.language, strategy.rawValue, Self.keeping.map(\.rawValue).joined(separator: ", ")))
        }
        let scenario = try source.load()
        try file.refuseExisting()
        // Records are those of a one-shot campaign (a campaign of several weeks keeps them week by
        // week, which the records table does not show): the campaign's first week.
        var oneShot = scenario
        oneShot.campaign.weeks = 1
        let simulator = Simulator(scenario: oneShot, threads: source.threads.count)
        let result = simulator.evaluate(rate: rate.rate(for: scenario))
        guard let records = simulator.storedRecords(strategy, result: result) else { return }
        let text = RecordsFormatter.csv(records, scenario: scenario)
        try Console.deliver(text, to: file.output, force: file.force)
        // Say exactly what the noise covers: a reader of the CSV should not take the whole export for ε-DP.
        if strategy == .segment, scenario.privacy.epsilon != nil {
            Console.error(loc("note: only the category totals carry Laplace noise (ε-differentially private); the contributors column and which cells pass the k cut-off are exact, so the export as a whole is not differentially private.", CLIText.language))
        }
    }
}
