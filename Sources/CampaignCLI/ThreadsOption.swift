import ArgumentParser
import CampaignEngine
import Foundation
import CampaignStatistics
import Localization
import ScenarioKit

/// `--threads N`, shared by every command that computes.
struct ThreadsOption: ParsableArguments {
    @Option(help: ArgumentHelp("Worker threads (default: all cores). Results do not depend on it.", valueName: "N"))
    var threads: Int?

    func validate() throws {
        if let threads, !(1...1024).contains(threads) { throw ValidationError(loc("--threads must be from 1 to 1024, got %1", CLIText.language, threads)) }
    }

    /// The threads asked for, else every core.
    var count: Int { threads ?? ProcessInfo.processInfo.activeProcessorCount }
}
