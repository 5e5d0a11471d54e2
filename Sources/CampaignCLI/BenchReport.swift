import Localization
import ArgumentParser
import CampaignApp
import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Foundation
import ScenarioKit
import TerminalKit

/// One population size's figures; the in-memory ones are nil with `--stream-only`.
struct BenchReport {
    var customers: Int
    /// Build plus 11-rate sweep without keeping the population (`sweep --population stream`).
    var streamedSweep: Timing
    var streamedPeakRSSBytes: Int
    var memory: MemoryFigures?

    struct MemoryFigures {
        var build: Timing
        var evaluate: Timing
        var sweep: Timing
        /// Build plus 11-rate sweep: what `campaign-sim sweep --population memory` does.
        var buildAndSweep: Timing
        var consentRecompute: Timing
        var kRecompute: Timing
        /// A dial that changes the population (pseudonym linkage): rebuild, sweep and figures.
        var rebuildRecompute: Timing
        /// Recording the population's draws, which the TUI does in the background after a build.
        var drawRecording: Timing
        var bytesPerCustomer: Double
        var peakRSSBytes: Int
    }
}
