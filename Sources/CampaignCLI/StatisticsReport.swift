import Localization
import ArgumentParser
import CampaignApp
import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Foundation
import ScenarioKit
import TerminalKit

/// Replications and plausible worlds at the sizes of issue 12's targets.
struct StatisticsReport {
    /// `run --replications 20` at one rate.
    var replications: Timing
    var replicationCustomers: Int
    /// `robustness --worlds 200` (plus the tornado's worlds).
    var worlds: Timing
    var worldCustomers: Int
    var worldParameters: Int
    /// A 12-week campaign (1 % weekly withdrawal, 8 weeks kept) over the 11-rate sweep at the
    /// replications' size, beside the one-shot build and sweep at that size, and its peak RSS.
    var weeks: Timing
    var oneShot: Timing
    var weeksPeakRSSBytes: Int
    /// The same 12-week sweep with learning firms (MODEL.md §12), and its peak RSS.
    var learning: Timing
    var learningPeakRSSBytes: Int
}
