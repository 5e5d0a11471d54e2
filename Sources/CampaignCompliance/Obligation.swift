import CampaignEngine
import Foundation
import Localization

/// Text in the two languages the tool speaks.
public struct LocalizedText: Sendable, Equatable {
    public var en: String
    public var de: String

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .de ? de : en }
}

/// A fact about a strategy and its scenario that decides whether an obligation applies or is violated.
public enum Condition: String, Sendable, CaseIterable {
    case always
    case personalData = "personal_data"
    case profiles
    case consentBasis = "consent_basis"
    case storesRecords = "stores_records"
    case deviceAccess = "device_access"
    case minorsPresent = "minors_present"
    case vulnerablePresent = "vulnerable_present"
    case adultOnlyOffers = "adult_only_offers"
    case aiTargeting = "ai_targeting"
    case largeScaleProfiling = "large_scale_profiling"
    case profiledWithoutConsent = "profiled_without_consent"
    case minorsProfiled = "minors_profiled"
    case vulnerableTargeted = "vulnerable_targeted"
    /// Over several weeks (MODEL.md §9): it holds per-person records longer than one week.
    case holdsHistory = "holds_history"
    /// A retention limit shorter than the campaign is set.
    case retentionLimit = "retention_limit"
    /// It keeps every event of everyone for the whole campaign (the counterexample).
    case keepsEverything = "keeps_everything"
    /// Someone withdrew consent during the campaign.
    case consentWithdrawn = "consent_withdrawn"
    /// It goes on using and holding the data of people who withdrew.
    case ignoresWithdrawal = "ignores_withdrawal"

    /// The violation count behind a violation condition (nil for the facts that are not violations).
    public var violationFigure: FigureKey? {
        switch self {
        case .profiledWithoutConsent: .profiledWithoutConsent
        case .minorsProfiled: .minorsProfiled
        case .vulnerableTargeted: .vulnerableTargeted
        default: nil
        }
    }
}

/// One entry of the obligations catalogue.
public struct Obligation: Sendable, Equatable {
    public var id: String
    /// The citation as English and German readers write it (GDPR / DSGVO, AI Act / KI-VO).
    public var citation: LocalizedText
    public var law: String
    /// All must hold for the obligation to apply.
    public var appliesWhen: Set<Condition>
    /// All must hold for it to be violated (empty: the tool cannot see a violation of it).
    public var violatedWhen: Set<Condition>
    /// The statutory fine cap a violation exposes the company to (one of `FigureKey.fineCaps`).
    public var fine: FigureKey?
    public var title: LocalizedText
    public var summary: LocalizedText
    public var duty: LocalizedText
}
