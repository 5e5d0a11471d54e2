import CampaignEngine
import Localization
import ScenarioKit

/// A text in both languages the tool speaks; every text of a lesson has both.
public struct LessonText: Sendable, Equatable {
    /// The English text.
    public var en: String
    /// The German text.
    public var de: String

    /// A text given in English and German.
    public init(en: String, de: String) {
        self.en = en
        self.de = de
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .de ? de : en }
}
