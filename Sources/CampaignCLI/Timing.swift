import Localization
import ArgumentParser
import CampaignApp
import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Foundation
import ScenarioKit
import TerminalKit

/// Median, minimum and maximum of repeated timings, in milliseconds.
struct Timing {
    var samples: [Double]
    var median: Double { let s = samples.sorted(); return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2 }
    var min: Double { samples.min() ?? 0 }
    var max: Double { samples.max() ?? 0 }
}
