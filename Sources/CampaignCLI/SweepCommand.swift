import ArgumentParser
import CampaignEngine
import CampaignOutput
import Localization
import CampaignStatistics
import ScenarioKit

/// `campaign-sim sweep`: figures over the scenario's consent grid.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a scenario over its consent sweep (default 0, 0.1, …, 1).")

    @OptionGroup var options: SimulationOptions

    func validate() throws {
        if options.rate.consent != nil { throw ValidationError(loc("sweep visits many rates; use --rates to choose them instead of --consent", CLIText.language)) }
    }

    func run() throws {
        let scenario = try options.loadScenario()
        let rates = try options.rates.map(SimulationOptions.parseRates) ?? scenario.consent.sweep
        try Simulation.runAndPrint(scenario: scenario, rates: rates, options: options)
    }
}
