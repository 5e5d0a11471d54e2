import ArgumentParser
import CampaignApp
import CampaignCompliance
import CursesBackend
import Foundation
import Localization
import ScenarioKit
import TerminalKit

/// `campaign-sim tui [SCENARIO]`: the interactive view (also what `campaign-sim` alone opens).
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the interactive view (the default without a subcommand).")

    @Argument(help: "Scenario file or built-in name (default: the built-in fashion-welcome).")
    var scenario: String?

    @Option(help: ArgumentHelp("Scale every cohort so that there are N customers in total.", valueName: "N"))
    var customers: Int?

    @Option(help: ArgumentHelp("Largest population the app will build: caps the customers dial and scenarios opened from the picker (default 5,000,000).", valueName: "N"))
    var maxCustomers: Int = Dial.customerSteps.last!

    @OptionGroup var threads: ThreadsOption

    @OptionGroup var language: LanguageOption

    @OptionGroup var theme: ThemeOption

    func validate() throws {
        if !(1...ScenarioLoader.maxCustomers).contains(maxCustomers) {
            throw ValidationError(loc("--max-customers must be from 1 to %1, got %2", CLIText.language, ScenarioLoader.maxCustomers, maxCustomers))
        }
        try ScenarioOptions.validate(customers: customers)
    }

    func run() throws {
        theme.apply()
        try TUISession.run(scenarioArgument: scenario, customers: customers, threads: threads.threads, maxCustomers: maxCustomers, language: language.language)
    }
}
