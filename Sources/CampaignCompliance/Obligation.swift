import CampaignEngine
import Foundation
import Localization

/// Text in the two languages the tool speaks.
public struct LocalizedText: Sendable, Equatable {
    /// The English text.
    public var en: String
    /// The German text.
    public var de: String

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .de ? de : en }
}

/// A fact about a strategy and its scenario that decides whether an obligation applies or is violated.
public enum Condition: String, Sendable, CaseIterable {
    /// Every campaign.
    case always
    /// The strategy uses personal data (data points > 0).
    case personalData = "personal_data"
    /// It chooses offers from individual profiles.
    case profiles
    /// It relies on consent for profiling (personalised).
    case consentBasis = "consent_basis"
    /// It stores per-person records (pseudonymised or identified).
    case storesRecords = "stores_records"
    /// It reads or stores information on the visitor's device (tracking).
    case deviceAccess = "device_access"
    /// The scenario has minors among its customers.
    case minorsPresent = "minors_present"
    /// The scenario has vulnerable customers.
    case vulnerablePresent = "vulnerable_present"
    /// The scenario has adult-only offers.
    case adultOnlyOffers = "adult_only_offers"
    /// An automated system selects offers per visit, segment or person.
    case aiTargeting = "ai_targeting"
    /// It profiles at scale, or where minors or vulnerable people are present.
    case largeScaleProfiling = "large_scale_profiling"
    /// Violation: customers profiled without consent (count > 0).
    case profiledWithoutConsent = "profiled_without_consent"
    /// Violation: minors profiled (count > 0).
    case minorsProfiled = "minors_profiled"
    /// Violation: vulnerable customers targeted (count > 0).
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
    /// The entry's unique id, e.g. `gdpr-4-4`.
    public var id: String
    /// The citation as English and German readers write it (GDPR / DSGVO, AI Act / KI-VO).
    public var citation: LocalizedText
    /// The law it comes from: GDPR, ePrivacy, DSA or AI Act.
    public var law: String
    /// All must hold for the obligation to apply.
    public var appliesWhen: Set<Condition>
    /// All must hold for it to be violated (empty: the tool cannot see a violation of it).
    public var violatedWhen: Set<Condition>
    /// The statutory fine cap a violation exposes the company to (one of `FigureKey.fineCaps`).
    public var fine: FigureKey?
    /// A short title.
    public var title: LocalizedText
    /// What the law says, in the project's own words.
    public var summary: LocalizedText
    /// What the organisation has to do.
    public var duty: LocalizedText
}
