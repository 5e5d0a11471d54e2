import ArgumentParser
import CampaignEngine
import Foundation
import CampaignStatistics
import Localization
import ScenarioKit

/// `--replications R` (MODEL.md §8.1), shared by run, sweep, explain and report.
struct ReplicationsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Run R replications on fresh synthetic populations and report means with 95 % intervals (1–1000; 1 is the one-shot run).", valueName: "R"))
    var replications: Int = 1

    func validate() throws {
        if !(1...Replications.maximum).contains(replications) {
            throw ValidationError(loc("--replications must be from 1 to %1, got %2", CLIText.language, Replications.maximum, replications))
        }
    }
}
