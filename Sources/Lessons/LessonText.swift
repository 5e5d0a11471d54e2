import CampaignEngine
import Localization
import ScenarioKit

/// A text in both languages the tool speaks; every text of a lesson has both.
public struct LessonText: Sendable, Equatable {
    public var en: String
    public var de: String

    public init(en: String, de: String) {
        self.en = en
        self.de = de
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .de ? de : en }
}
