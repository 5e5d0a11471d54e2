import ArgumentParser
import CampaignEngine
import Foundation
import CampaignStatistics
import Localization
import ScenarioKit

/// `--consent`, shared by the commands that evaluate one consent rate.
struct ConsentOption: ParsableArguments {
    @Option(name: .customLong(Dial.consentRate.cliOption!), help: ArgumentHelp("Consent rate r in [0, 1] (default: the scenario's consent.rate).", valueName: "R"))
    var consent: Double?

    func validate() throws { try Self.check(consent) }

    /// Refuses a rate the consent dial does not take.
    static func check(_ consent: Double?) throws {
        if let consent, !Dial.consentRate.accepts(.number(consent)) {
            throw ValidationError(loc("--consent must be in [0, 1], got %1", CLIText.language, consent))
        }
    }

    /// The rate asked for, else the scenario's.
    func rate(for scenario: Scenario) -> Double { consent ?? scenario.consent.rate }
}
