import ArgumentParser
import CampaignEngine
import CampaignOutput
import Localization
import CampaignStatistics
import ScenarioKit

/// `campaign-sim run`: figures at one consent rate (or a few).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a scenario at one consent rate and compare the strategies.")

    @OptionGroup var options: SimulationOptions

    func run() throws {
        let scenario = try options.loadScenario()
        let rates = try options.rates.map(SimulationOptions.parseRates) ?? [options.rate.rate(for: scenario)]
        try Simulation.runAndPrint(scenario: scenario, rates: rates, options: options)
    }
}
