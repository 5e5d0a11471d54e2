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
///
/// The first group says who the business is (MODEL.md §1 `company.*`, `campaign.channel`): it
/// decides whether an act binds it at all. The rest say what the strategy does, and the last
/// group which breaches the figures show.
public enum Condition: String, Sendable, CaseIterable {
    /// Every campaign.
    case always
    /// The business runs an online platform (DSA Art. 3(i)).
    case onlinePlatform = "online_platform"
    /// DSA Section 3 of Chapter III binds it: an online platform that Art. 19 does not exempt.
    case dsaPlatformRules = "dsa_platform_rules"
    /// It is a designated very large online platform (DSA Art. 33).
    case veryLargePlatform = "very_large_platform"
    /// Some offers are sponsored by a third party: advertisements (DSA Art. 3(r)).
    case sponsoredOffers = "sponsored_offers"
    /// The strategy is built as an AI system (AI Act Art. 3(1); `company.ai_systems`).
    case aiSystem = "ai_system"
    /// The offer goes to a known subscriber's e-mail address (MODEL.md §13).
    case email
    /// The business offers gambling (German GlüStV).
    case gambling
    /// The strategy uses personal data (data points > 0, or the address on e-mail).
    case personalData = "personal_data"
    /// It predicts a person's preference from their data, their age band or region: profiling (GDPR Art. 4(4)).
    case evaluatesPerson = "evaluates_person"
    /// It chooses offers from individual profiles.
    case profiles
    /// It relies on consent for profiling (personalised).
    case consentBasis = "consent_basis"
    /// It relies on legitimate interests for profiling (segment's targeting by age band and region).
    case legitimateInterests = "legitimate_interests"
    /// It stores per-person records (pseudonymised or identified).
    case storesRecords = "stores_records"
    /// It stores pseudonymised per-person records (GDPR Art. 4(5)).
    case pseudonymisedRecords = "pseudonymised_records"
    /// It reads or stores information on the visitor's device, or tracks opens and clicks (tracking).
    case deviceAccess = "device_access"
    /// The scenario has minors among its customers.
    case minorsPresent = "minors_present"
    /// The scenario has vulnerable customers.
    case vulnerablePresent = "vulnerable_present"
    /// The scenario has minors or vulnerable customers: people vulnerable by age or situation.
    case atRiskPresent = "at_risk_present"
    /// Compliant strategies keep vulnerable customers on a suppression list and do not contact them.
    case suppressionList = "suppression_list"
    /// The scenario has adult-only offers, shown behind an age gate.
    case adultOnlyOffers = "adult_only_offers"
    /// An automated system selects offers per visit, segment or person.
    case aiTargeting = "ai_targeting"
    /// It profiles at scale, or where minors or vulnerable people are present.
    case largeScaleProfiling = "large_scale_profiling"
    /// Over several weeks (MODEL.md §9): it holds per-person records longer than one week.
    case holdsHistory = "holds_history"
    /// A retention limit shorter than the campaign is set.
    case retentionLimit = "retention_limit"
    /// Someone withdrew consent during the campaign.
    case consentWithdrawn = "consent_withdrawn"
    /// Violation: customers profiled without consent (count > 0).
    case profiledWithoutConsent = "profiled_without_consent"
    /// Violation: minors profiled (count > 0).
    case minorsProfiled = "minors_profiled"
    /// Violation: profiled minors shown a sponsored offer (count > 0).
    case minorsShownSponsored = "minors_shown_sponsored"
    /// Violation: vulnerable customers targeted (count > 0).
    case vulnerableTargeted = "vulnerable_targeted"
    /// Violation: it keeps every event of everyone for the whole campaign (the counterexample).
    case keepsEverything = "keeps_everything"
    /// Violation: it goes on using and holding the data of people who withdrew.
    case ignoresWithdrawal = "ignores_withdrawal"

    /// The number of customers a breach of this condition concerns (nil for facts that are not breaches).
    public func people(_ figures: StrategyFigures) -> Int? {
        guard let p = figures.privacy else { return nil }
        switch self {
        case .profiledWithoutConsent: return p.profiledWithoutConsent
        case .minorsProfiled: return p.minorsProfiled
        case .minorsShownSponsored: return p.minorsShownSponsored
        case .vulnerableTargeted: return p.vulnerableTargeted
        // Everyone with a stored record: the counterexample keeps every event of each of them.
        case .keepsEverything: return p.storedRecords
        case .ignoresWithdrawal: return figures.withdrawnByEnd ?? 0
        default: return nil
        }
    }

    /// Whether the condition is a breach the figures count.
    public var isBreach: Bool {
        switch self {
        case .profiledWithoutConsent, .minorsProfiled, .minorsShownSponsored, .vulnerableTargeted, .keepsEverything, .ignoresWithdrawal: true
        default: false
        }
    }

    /// The violation count behind a violation condition (nil for the facts that are not counted by a figure key).
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
    /// Who the business must be for the act to bind it (platform, size, channel, sector, AI system); all must hold.
    public var binds: Set<Condition>
    /// All must hold, besides `binds`, for the obligation to apply.
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
