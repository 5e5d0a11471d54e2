import ArgumentParser
import CampaignEngine
import Foundation
import CampaignStatistics
import Localization
import ScenarioKit

/// `--lang`, shared by every command that writes text for people.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language: en or de (default: de when LC_ALL or LANG starts with de, else en).")
    var lang: Language?

    /// The language asked for, else the one the environment names.
    var language: Language { Language.resolve(lang?.rawValue, environment: ProcessInfo.processInfo.environment) }
}
