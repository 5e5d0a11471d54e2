import ScenarioKit

/// Why an obligation that needs a condition does not apply where it does not hold, and what a
/// breach of a breach condition concerns: the sentences the assessment gives as its reasons.
extension Condition {
    /// Why an obligation that needs this condition does not apply to `company`'s campaign.
    public func unmetReason(_ company: Company) -> LocalizedText {
        switch self {
        case .always, .profiledWithoutConsent, .minorsProfiled, .minorsShownSponsored, .vulnerableTargeted, .keepsEverything, .ignoresWithdrawal:
            return LocalizedText(en: "Its conditions do not hold.", de: "Seine Voraussetzungen liegen nicht vor.")
        case .onlinePlatform:
            return LocalizedText(en: "The business is not an online platform (DSA Art. 3(i)): it does not store and disseminate its users' information to the public.",
                                 de: "Das Unternehmen betreibt keine Online-Plattform (DSA Art. 3(i)): Es speichert und verbreitet keine Informationen seiner Nutzer öffentlich.")
        case .dsaPlatformRules:
            guard company.onlinePlatform else { return Condition.onlinePlatform.unmetReason(company) }
            return LocalizedText(en: "DSA Art. 19 exempts online platforms that are micro or small enterprises, and not very large platforms, from Arts. 20–28.",
                                 de: "DSA Art. 19 nimmt Online-Plattformen, die Kleinst- oder Kleinunternehmen und keine sehr großen Plattformen sind, von Art. 20–28 aus.")
        case .veryLargePlatform:
            return LocalizedText(en: "The business is not a designated very large online platform (DSA Art. 33: 45 million monthly active recipients in the EU).",
                                 de: "Das Unternehmen ist keine benannte sehr große Online-Plattform (DSA Art. 33: 45 Millionen aktive Nutzer im Monat in der EU).")
        case .sponsoredOffers:
            return LocalizedText(en: "No offer is paid for by a third party, so none is an advertisement (DSA Art. 3(r)); the business's own bonus is not one.",
                                 de: "Kein Angebot wird von einem Dritten bezahlt, also ist keines Werbung (DSA Art. 3(r)); der eigene Bonus des Unternehmens ist keine.")
        case .aiSystem:
            return LocalizedText(en: "Not built as an AI system in this scenario (company.ai_systems): fixed rules and simple statistics generally are not one (Commission guidelines on AI Act Art. 3(1)).",
                                 de: "In diesem Szenario nicht als KI-System gebaut (company.ai_systems): Feste Regeln und einfache Statistik sind in der Regel keines (Leitlinien der Kommission zu KI-VO Art. 3(1)).")
        case .email:
            return LocalizedText(en: "The offer is shown on a page or in an app, not sent by e-mail.",
                                 de: "Das Angebot erscheint auf einer Seite oder in einer App, nicht per E-Mail.")
        case .gambling:
            return LocalizedText(en: "The business does not offer gambling.", de: "Das Unternehmen bietet kein Glücksspiel an.")
        case .personalData:
            return LocalizedText(en: "The strategy uses no personal data to choose or send the offer.",
                                 de: "Die Strategie nutzt keine personenbezogenen Daten, um das Angebot zu wählen oder zu senden.")
        case .evaluatesPerson:
            return LocalizedText(en: "The strategy evaluates nothing about the person: it shows everyone the same offer, or chooses from the page alone.",
                                 de: "Die Strategie bewertet nichts an der Person: Sie zeigt allen dasselbe Angebot oder wählt allein nach der Seite.")
        case .profiles:
            return LocalizedText(en: "No offer is chosen from an individual profile.", de: "Kein Angebot wird aus einem individuellen Profil gewählt.")
        case .consentBasis:
            return LocalizedText(en: "The strategy does not rest its profiling on consent.", de: "Die Strategie stützt ihr Profiling nicht auf eine Einwilligung.")
        case .legitimateInterests:
            return LocalizedText(en: "The strategy does not rest its targeting on legitimate interests.", de: "Die Strategie stützt ihre Ausspielung nicht auf berechtigte Interessen.")
        case .storesRecords:
            return LocalizedText(en: "The strategy stores no per-person records.", de: "Die Strategie speichert keine Datensätze zu einzelnen Personen.")
        case .deviceAccess:
            return LocalizedText(en: "Nothing is read from the visitor's device, and no opens or clicks are tracked.",
                                 de: "Nichts wird vom Endgerät gelesen, und keine Öffnungen oder Klicks werden verfolgt.")
        case .minorsPresent:
            return LocalizedText(en: "No minors are among the customers.", de: "Unter den Kunden sind keine Minderjährigen.")
        case .vulnerablePresent:
            return LocalizedText(en: "No vulnerable people are among the customers.", de: "Unter den Kunden sind keine schutzbedürftigen Personen.")
        case .atRiskPresent:
            return LocalizedText(en: "No minors and no vulnerable people are among the customers.",
                                 de: "Unter den Kunden sind weder Minderjährige noch schutzbedürftige Personen.")
        case .pseudonymisedRecords:
            return LocalizedText(en: "The strategy keeps no pseudonymised records: none, only aggregate statistics, or identified records.",
                                 de: "Die Strategie speichert keine pseudonymisierten Datensätze: keine, nur aggregierte Statistik oder identifizierte Datensätze.")
        case .suppressionList:
            return LocalizedText(en: "No suppression list is kept: no vulnerable customers, or protect_vulnerable is off.",
                                 de: "Keine Sperrliste wird geführt: keine Schutzbedürftigen, oder protect_vulnerable ist aus.")
        case .adultOnlyOffers:
            return LocalizedText(en: "No offer is for adults only, so no age gate is needed.", de: "Kein Angebot ist nur für Erwachsene, also braucht es keine Altersschranke.")
        case .aiTargeting:
            return LocalizedText(en: "Nothing selects offers automatically per visit, segment or person.",
                                 de: "Nichts wählt Angebote automatisch je Besuch, Segment oder Person.")
        case .largeScaleProfiling:
            return LocalizedText(en: "No profiling at scale, and none of minors or vulnerable people.",
                                 de: "Kein Profiling in großem Umfang und keines von Minderjährigen oder Schutzbedürftigen.")
        case .holdsHistory:
            return LocalizedText(en: "No per-person history is held beyond one week.", de: "Kein Verlauf zu einzelnen Personen wird länger als eine Woche gehalten.")
        case .retentionLimit:
            return LocalizedText(en: "No retention limit shorter than the campaign is set.", de: "Keine Speicherfrist kürzer als die Kampagne ist gesetzt.")
        case .consentWithdrawn:
            return LocalizedText(en: "Nobody withdrew consent during the campaign.", de: "Niemand hat die Einwilligung während der Kampagne widerrufen.")
        }
    }

    /// What a breach of this condition concerns, with `%1` for the number of customers (nil for facts that are not breaches).
    public var breachText: LocalizedText? {
        switch self {
        case .profiledWithoutConsent: LocalizedText(en: "%1 customers profiled without consent", de: "%1 Personen ohne Einwilligung profiliert")
        case .minorsProfiled: LocalizedText(en: "%1 minors profiled", de: "%1 Minderjährige profiliert")
        case .minorsShownSponsored: LocalizedText(en: "%1 profiled minors shown a sponsored offer", de: "%1 profilierten Minderjährigen ein gesponsertes Angebot gezeigt")
        case .vulnerableTargeted: LocalizedText(en: "%1 vulnerable customers contacted", de: "%1 Schutzbedürftige angesprochen")
        case .keepsEverything: LocalizedText(en: "%1 customers' whole history kept for the whole campaign", de: "der ganze Verlauf von %1 Personen über die ganze Kampagne behalten")
        case .ignoresWithdrawal: LocalizedText(en: "%1 customers' data still used after they withdrew consent", de: "die Daten von %1 Personen nach ihrem Widerruf weiter genutzt")
        default: nil
        }
    }
}
