/// The explanation's sentences in English and German: one table, so a missing translation is a
/// compile error (every entry returns both languages).
public struct ExplainText: Sendable {
    let de: Bool
    public init(language: String) { de = language == "de" }

    public var title: String { pick("Why am I seeing this offer?", "Warum sehe ich dieses Angebot?") }
    public var customerLabel: String { pick("Customer", "Kunde/Kundin") }
    public var consentsLabel: String { pick("consents", "Einwilligung") }
    public var yes: String { pick("yes", "ja") }
    public var no: String { pick("no", "nein") }
    public var offerLabel: String { pick("Offer", "Angebot") }
    public var notContactedLabel: String { pick("not contacted", "nicht angesprochen") }
    public var parametersLabel: String { pick("Main parameters", "Wichtigste Parameter") }
    public var dataLabel: String { pick("Data used", "Genutzte Daten") }
    public var noneLabel: String { pick("none", "keine") }
    public var basisLabel: String { pick("Legal basis", "Rechtsgrundlage") }
    public var changeLabel: String { pick("How to change", "Ändern oder widerrufen") }
    public var violationsLabel: String { pick("Violations", "Verstöße") }
    public var consentRateLabel: String { pick("consent rate", "Einwilligungsquote") }
    public var disclaimer: String {
        pick("Simulated customer; teaching material, not legal advice.",
             "Simulierte Person; Lehrmaterial, keine Rechtsberatung.")
    }

    private func pick(_ en: String, _ de: String) -> String { self.de ? de : en }

    var noEvents: String { pick("no events observed", "keine Ereignisse beobachtet") }
    func topCategory(_ category: String, _ count: Int, _ total: Int) -> String {
        pick("mostly \(category) (\(count) of \(total) events)", "überwiegend \(category) (\(count) von \(total) Ereignissen)")
    }
    func notContacted(suppressed: Bool) -> String {
        suppressed ? pick("Not contacted: the customer is on the suppression list (vulnerable).",
                          "Nicht angesprochen: Die Person steht auf der Sperrliste (schutzbedürftig).")
            : pick("Not contacted: no offer may be shown to a minor here (all are adults-only).",
                   "Nicht angesprochen: Minderjährigen darf hier kein Angebot gezeigt werden (alle nur für Erwachsene).")
    }
    func sameForEveryone(minor: Bool) -> String {
        minor ? pick("The same offer every minor sees; adults-only offers are never shown to minors.",
                     "Dasselbe Angebot für alle Minderjährigen; Angebote nur für Erwachsene werden Minderjährigen nie gezeigt.")
            : pick("The same offer everyone sees: it has the best expected profit for the average customer.",
                   "Dasselbe Angebot für alle: Es hat den besten erwarteten Gewinn für die durchschnittliche Kundschaft.")
    }
    func pageContext(_ category: String) -> String {
        pick("The page you are on (\(category)); nothing about you is stored.",
             "Die Seite, auf der Sie sind (\(category)); über Sie wird nichts gespeichert.")
    }
    var minorFallback: String {
        pick("You are under 18: no personal data is used.",
             "Sie sind unter 18: Es werden keine personenbezogenen Daten genutzt.")
    }
    var vulnerableFallback: String {
        pick("Your data is not used for targeting (protected customer).",
             "Ihre Daten werden nicht zur Ausspielung genutzt (geschützte Person).")
    }
    var noConsentFallback: String {
        pick("You have not consented to personalised advertising, so no profile is used.",
             "Sie haben personalisierter Werbung nicht zugestimmt; es wird kein Profil genutzt.")
    }
    func segment(_ age: String, _ region: String, k: Int) -> String {
        pick("Customers of your age band (\(age)) and region (\(region)) as a group — at least \(k) consenting people — prefer this category.",
             "Kundschaft Ihrer Altersgruppe (\(age)) und Region (\(region)) als Gruppe — mindestens \(k) einwilligende Personen — bevorzugt diese Kategorie.")
    }
    func segmentBelowK(k: Int) -> String {
        pick("Your age-and-region group has fewer than \(k) consenting people, so its statistics are not used: you see the general offer.",
             "Ihre Gruppe aus Altersgruppe und Region hat weniger als \(k) einwilligende Personen; ihre Statistik wird nicht genutzt: Sie sehen das allgemeine Angebot.")
    }
    func profile(_ top: String) -> String {
        pick("Your pseudonymous profile, built with your consent from your linked activity: \(top).",
             "Ihr pseudonymes Profil, mit Ihrer Einwilligung aus Ihrer verknüpften Aktivität gebildet: \(top).")
    }
    func fullHistory(_ top: String) -> String {
        pick("Your full activity history: \(top).", "Ihr gesamter Aktivitätsverlauf: \(top).")
    }
    var vulnerablePushed: String {
        pick("You were identified as vulnerable and shown the strongest incentive.",
             "Sie wurden als schutzbedürftig erkannt und erhielten den stärksten Anreiz.")
    }
    func oracle(_ category: String) -> String {
        pick("Hypothetical: your true interests (top: \(category)) — no real system knows them.",
             "Hypothetisch: Ihre wahren Interessen (vor allem \(category)) — kein reales System kennt sie.")
    }
    func ageBand(_ band: String) -> String { pick("age band \(band)", "Altersgruppe \(band)") }
    func region(_ region: String) -> String { pick("region \(region)", "Region \(region)") }
    func linkedEvents(_ n: Int) -> String { pick("\(n) linked activity events", "\(n) verknüpfte Aktivitätsereignisse") }
    func allEvents(_ n: Int) -> String { pick("all \(n) activity events", "alle \(n) Aktivitätsereignisse") }
    var trueInterests: String { pick("true interests (hypothetical)", "wahre Interessen (hypothetisch)") }
    var noPersonalData: String { pick("None needed: no personal data is used.", "Keine nötig: Es werden keine personenbezogenen Daten genutzt.") }
    var legitimateInterests: String {
        pick("Legitimate interests (GDPR Art. 6(1)(f)): coarse, expected data, balanced against your interests.",
             "Berechtigte Interessen (DSGVO Art. 6(1)(f)): grobe, erwartbare Daten, abgewogen gegen Ihre Interessen.")
    }
    var consent: String { pick("Your consent (GDPR Art. 6(1)(a)).", "Ihre Einwilligung (DSGVO Art. 6(1)(a)).") }
    var consentButCounterexample: String {
        pick("Consent was given, but this counterexample ignores consent for everyone else.",
             "Eine Einwilligung liegt vor, doch dieses Gegenbeispiel übergeht sie bei allen anderen.")
    }
    var noLawfulBasis: String {
        pick("None: profiling without consent (or of a minor) has no lawful basis here.",
             "Keine: Profiling ohne Einwilligung (oder von Minderjährigen) hat hier keine Rechtsgrundlage.")
    }
    var hypothetical: String { pick("Not applicable: a hypothetical ceiling, not a way to run a campaign.", "Entfällt: eine hypothetische Obergrenze, keine Art, eine Kampagne zu betreiben.") }
    var noChoiceNeeded: String { pick("Nothing to change: no personal data was used.", "Nichts zu ändern: Es wurden keine personenbezogenen Daten genutzt.") }
    var objectToMarketing: String {
        pick("You can object to the use of your data for direct marketing at any time (GDPR Art. 21(2)); it will then no longer be used.",
             "Sie können der Nutzung Ihrer Daten für Direktwerbung jederzeit widersprechen (DSGVO Art. 21(2)); danach werden sie dafür nicht mehr genutzt.")
    }
    var withdrawConsent: String {
        pick("Withdraw your consent in the privacy settings at any time, as easily as you gave it (GDPR Art. 7(3)); you can also object to direct marketing (Art. 21(2)).",
             "Widerrufen Sie Ihre Einwilligung jederzeit in den Datenschutzeinstellungen, so einfach wie erteilt (DSGVO Art. 7(3)); Sie können auch der Direktwerbung widersprechen (Art. 21(2)).")
    }
    var giveConsent: String {
        pick("If you want offers that fit your interests, you can consent in the privacy settings; you can withdraw it any time.",
             "Wenn Sie passende Angebote möchten, können Sie in den Datenschutzeinstellungen einwilligen; ein Widerruf ist jederzeit möglich.")
    }
    var counterexampleChange: String {
        pick("In this counterexample your choices are ignored — which is exactly what the law forbids.",
             "In diesem Gegenbeispiel werden Ihre Entscheidungen übergangen — genau das verbietet das Recht.")
    }
    var violationNoConsent: String { pick("profiled without consent (GDPR Art. 6(1)(a))", "ohne Einwilligung profiliert (DSGVO Art. 6(1)(a))") }
    var violationMinor: String { pick("a minor profiled for advertising (DSA Art. 28(2))", "Minderjährige für Werbung profiliert (DSA Art. 28(2))") }
    var violationVulnerable: String {
        pick("a vulnerable person targeted with the strongest incentive (AI Act Art. 5(1)(b))",
             "schutzbedürftige Person mit dem stärksten Anreiz angesprochen (KI-VO Art. 5(1)(b))")
    }
}
