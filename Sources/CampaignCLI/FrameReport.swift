import Localization
import ArgumentParser
import CampaignApp
import CampaignEngine
import CampaignOutput
import CampaignStatistics
import Foundation
import ScenarioKit
import TerminalKit

/// The first frames of the TUI, measured in process (without terminal set-up, a few ms).
struct FrameReport {
    var loadingFrameMs: Double
    var firstFiguresMs: Double
    var customers: Int
}
