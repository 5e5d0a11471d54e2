import ScenarioKit

/// The audit report's text in English and German: every entry returns both languages.
struct ReportText {
    let de: Bool
    private func pick(_ en: String, _ de: String) -> String { self.de ? de : en }

    func title(_ name: String) -> String { pick("Privacy and compliance report: \(name)", "Datenschutz- und Compliance-Bericht: \(name)") }
    func intro(rate: Int, asOf: String) -> String {
        pick("This report compares six ways of running the campaign at a consent rate of \(rate) %, with the personal data each uses, its legal basis, a DPIA screening, the AI Act classification and the obligations that apply (catalogue as of \(asOf)). The figures come from a simulation of synthetic customers; use them to structure your own records and screening.",
             "Dieser Bericht vergleicht sechs Wege, die Kampagne bei einer Einwilligungsquote von \(rate) % zu fahren: mit den jeweils genutzten personenbezogenen Daten, der Rechtsgrundlage, einer DSFA-Vorprüfung, der Einordnung nach der KI-Verordnung und den geltenden Pflichten (Katalog mit Stand \(asOf)). Die Zahlen stammen aus einer Simulation synthetischer Kundschaft; nutzen Sie sie als Gerüst für Ihr Verzeichnis und Ihre Vorprüfung.")
    }
    func disclaimer(asOf: String) -> String {
        pick("Teaching material, not legal advice. Law as of \(asOf); check later changes before relying on it.",
             "Lehrmaterial, keine Rechtsberatung. Rechtsstand \(asOf); spätere Änderungen vor Verwendung prüfen.")
    }
    var scenarioHeading: String { pick("1. The scenario", "1. Das Szenario") }
    func customers(_ n: Int, minors: Int, vulnerable: Int) -> String {
        pick("Customers: \(AuditReport.group(n)), of whom \(AuditReport.group(minors)) minors and \(AuditReport.group(vulnerable)) vulnerable",
             "Kundschaft: \(AuditReport.group(n)), davon \(AuditReport.group(minors)) Minderjährige und \(AuditReport.group(vulnerable)) Schutzbedürftige")
    }
    func cohorts(_ text: String) -> String { pick("Cohorts: \(text)", "Kohorten: \(text)") }
    func offers(_ text: String) -> String { pick("Offers: \(text)", "Angebote: \(text)") }
    var adultsOnlyMark: String { pick(" (adults only)", " (nur Erwachsene)") }
    func company(turnover: Double, sme: Bool) -> String {
        pick("Company: worldwide annual turnover \(AuditReport.euros(turnover))\(sme ? ", SME" : "")",
             "Unternehmen: weltweiter Jahresumsatz \(AuditReport.euros(turnover))\(sme ? ", KMU" : "")")
    }
    func consent(rate: Int, k: Int, epsilon: Double?, protect: Bool) -> String {
        let eps = epsilon.map { AuditReport.fixed($0, 2) } ?? pick("off", "aus")
        return pick("Settings: consent rate \(rate) %, k = \(k), ε = \(eps), vulnerable customers \(protect ? "suppressed" : "NOT suppressed")",
                    "Einstellungen: Einwilligungsquote \(rate) %, k = \(k), ε = \(eps), Schutzbedürftige \(protect ? "gesperrt" : "NICHT gesperrt")")
    }
    func role(_ role: String) -> String {
        role == "counterexample" ? pick("counterexample", "Gegenbeispiel") : pick("ceiling", "Obergrenze")
    }
    var figuresHeading: String { pick("2. Strategies and their figures", "2. Strategien und Kennzahlen") }
    var figureHeaders: [String] {
        de ? ["Strategie", "Angesprochen", "Abschlüsse", "Erw. Gewinn", "Profiliert", "Verstöße", "Exposition", "Re-Id. max.", "Höchste Bußgeldgrenze"]
           : ["Strategy", "Contacted", "Conversions", "Exp. profit", "Profiled", "Violations", "Exposure", "Re-id max", "Largest fine cap"]
    }
    var dataHeading: String { pick("3. Data categories and legal basis", "3. Datenkategorien und Rechtsgrundlage") }
    var dataHeaders: [String] { de ? ["Strategie", "Genutzte Daten", "Gespeicherte Datensätze", "Rechtsgrundlage"] : ["Strategy", "Data used", "Records stored", "Legal basis"] }
    func dataUsed(_ s: StrategyName) -> String {
        switch s {
        case .broadcast: return pick("none", "keine")
        case .contextual: return pick("page category (transient, not stored)", "Seitenkategorie (flüchtig, nicht gespeichert)")
        case .segment: return pick("age band, region", "Altersgruppe, Region")
        case .personalized: return pick("age band, region, linked activity history (consenting adults)", "Altersgruppe, Region, verknüpfter Aktivitätsverlauf (einwilligende Erwachsene)")
        case .unconstrained: return pick("age band, region, full activity history of everyone", "Altersgruppe, Region, gesamter Aktivitätsverlauf aller")
        case .oracle: return pick("hypothetical: true interests", "hypothetisch: wahre Interessen")
        }
    }
    func records(_ s: StrategyName) -> String {
        switch s {
        case .broadcast, .contextual: return pick("none", "keine")
        case .segment: return pick("aggregate table of segments with ≥ k contributors", "Aggregattabelle der Segmente mit ≥ k Beitragenden")
        case .personalized: return pick("one pseudonymised record per profiled customer", "ein pseudonymisierter Datensatz je profilierter Person")
        case .unconstrained: return pick("one identified record per customer", "ein identifizierter Datensatz je Person")
        case .oracle: return "—"
        }
    }
    func basis(_ s: StrategyName) -> String {
        switch s {
        case .broadcast, .contextual: return pick("none needed (no personal data)", "keine nötig (keine personenbezogenen Daten)")
        case .segment: return pick("legitimate interests, GDPR Art. 6(1)(f) (document the balancing test)", "berechtigte Interessen, DSGVO Art. 6(1)(f) (Abwägung dokumentieren)")
        case .personalized: return pick("consent, GDPR Art. 6(1)(a), and ePrivacy Art. 5(3) for tracking", "Einwilligung, DSGVO Art. 6(1)(a), und ePrivacy Art. 5(3) für das Tracking")
        case .unconstrained: return pick("none for customers without consent and for minors: unlawful", "keine für Personen ohne Einwilligung und für Minderjährige: rechtswidrig")
        case .oracle: return "—"
        }
    }
    var dpiaHeading: String { pick("4. DPIA screening (GDPR Art. 35(3))", "4. DSFA-Vorprüfung (DSGVO Art. 35(3))") }
    var dpiaIntro: String {
        pick("Art. 35(3) makes a DPIA mandatory for (a) systematic and extensive automated evaluation, including profiling, with legal or similarly significant effects, (b) large-scale processing of special categories, (c) large-scale monitoring of public areas. Profiling at scale, or where minors or vulnerable people are reached, is screened as 'DPIA recommended'.",
             "Art. 35(3) schreibt eine DSFA vor bei (a) systematischer und umfassender automatisierter Bewertung einschließlich Profiling mit rechtlicher oder ähnlich erheblicher Wirkung, (b) umfangreicher Verarbeitung besonderer Kategorien, (c) umfangreicher Überwachung öffentlicher Bereiche. Profiling in großem Umfang oder mit Reichweite zu Minderjährigen oder Schutzbedürftigen wird als „DSFA empfohlen“ eingestuft.")
    }
    var dpiaHeaders: [String] { de ? ["Strategie", "(a) Profiling", "(b) Besondere Kategorien", "(c) Öffentliche Überwachung", "Ergebnis"] : ["Strategy", "(a) Profiling", "(b) Special categories", "(c) Public monitoring", "Result"] }
    func profilingYes(_ n: Int) -> String { pick("yes, \(AuditReport.group(n)) profiles", "ja, \(AuditReport.group(n)) Profile") }
    var no: String { pick("no", "nein") }
    var specialCategories: String { pick("not modelled: check the category list", "nicht modelliert: Kategorienliste prüfen") }
    var dpiaRecommended: String { pick("DPIA recommended", "DSFA empfohlen") }
    var dpiaDocument: String { pick("document the screening", "Vorprüfung dokumentieren") }
    var dpiaNotNeeded: String { pick("no DPIA indicated", "keine DSFA angezeigt") }
    var aiActHeading: String { pick("5. AI Act classification", "5. Einordnung nach der KI-Verordnung") }
    var aiNotHighRisk: String {
        pick("Not high-risk: marketing personalisation is not among the eight Annex III areas, unless it feeds a listed decision such as credit.",
             "Kein Hochrisiko: Personalisierung im Marketing gehört nicht zu den acht Bereichen des Anhangs III, außer sie fließt in eine gelistete Entscheidung wie einen Kredit ein.")
    }
    var aiLiteracy: String {
        pick("Art. 4 (AI literacy, from 2 Feb 2025) applies to every automated selection: train the staff who run it.",
             "Art. 4 (KI-Kompetenz, seit 2. Februar 2025) gilt für jede automatisierte Auswahl: das betreibende Personal schulen.")
    }
    var aiArt50: String {
        pick("Art. 50 transparency (from 2 Aug 2026) usually does not reach an offer selector; it does if a chatbot presents offers or creatives are AI-generated.",
             "Die Transparenzpflichten des Art. 50 (ab 2. August 2026) erfassen eine Angebotsauswahl meist nicht; anders, wenn ein Chatbot Angebote präsentiert oder Werbemittel KI-generiert sind.")
    }
    var aiNoProhibited: String {
        pick("No strategy contacts vulnerable customers: no sign of the Art. 5(1)(b) prohibited practice.",
             "Keine Strategie spricht Schutzbedürftige an: kein Hinweis auf die verbotene Praxis nach Art. 5(1)(b).")
    }
    func aiProhibited(_ names: String) -> String {
        pick("Prohibited-practice risk (Art. 5(1)(b), exploiting vulnerabilities): \(names) contacts vulnerable customers.",
             "Risiko einer verbotenen Praxis (Art. 5(1)(b), Ausnutzung von Schwächen): \(names) spricht Schutzbedürftige an.")
    }
    var obligationsHeading: String { pick("6. Obligations that apply", "6. Geltende Pflichten") }
    var obligationsIntro: String {
        pick("✓ applies, ✗ applies and the simulation shows a breach, – does not apply.",
             "✓ gilt, ✗ gilt und die Simulation zeigt einen Verstoß, – gilt nicht.")
    }
    var citation: String { pick("Obligation", "Pflicht") }
    var appliesMark: String { "✓" }
    var violatedMark: String { "✗" }
    var dutiesHeading: String { pick("What the organisation must do (compliant strategies)", "Was das Unternehmen tun muss (regelkonforme Strategien)") }
    var violationsHeading: String { pick("7. Violations and fine caps", "7. Verstöße und Bußgeldobergrenzen") }
    var violationsIntro: String {
        pick("Statutory maximum fines for the breaches the simulation shows — ceilings, not predictions; caps for different breaches are not simply added.",
             "Gesetzliche Höchstbußgelder für die Verstöße der Simulation — Obergrenzen, keine Vorhersagen; Obergrenzen verschiedener Verstöße werden nicht einfach addiert.")
    }
    var violationHeaders: [String] { de ? ["Strategie", "Vorschrift", "Betroffene", "Obergrenze"] : ["Strategy", "Provision", "People affected", "Cap"] }
    var noViolations: String { pick("No strategy in this comparison violates a rule the simulation can see.", "Keine Strategie dieses Vergleichs verstößt gegen eine Regel, die die Simulation erkennen kann.") }
    var checklistHeading: String { pick("8. Good-practice checklist", "8. Checkliste guter Praxis") }
    var checklist: [String] {
        de ? ["Datenstrategie überprüfen: Welche Daten braucht die Angebotsauswahl wirklich (Art. 5(1)(c), Art. 25)?",
              "KI-Systeme einordnen und die Einordnung dokumentieren (KI-VO Art. 5, Art. 50, Anhang III).",
              "DSFA-Vorprüfung durchführen und, wo angezeigt, eine DSFA (Art. 35).",
              "Kundschaft erklären, warum sie ein Angebot sieht, und wie sie es ändert oder widerruft (DSA Art. 26(1)(d), DSGVO Art. 7(3), 21).",
              "Personal schulen (KI-Kompetenz, KI-VO Art. 4).",
              "Algorithmen regelmäßig prüfen: Minderjährige, Schutzbedürftige, Einwilligung, Re-Identifizierungsrisiko.",
              "Dienstleister vertraglich binden (Auftragsverarbeitung, Art. 28 DSGVO)."]
           : ["Review the data strategy: which data does the offer choice really need (Art. 5(1)(c), Art. 25)?",
              "Classify the AI systems and document the classification (AI Act Art. 5, Art. 50, Annex III).",
              "Screen for a DPIA and run one where indicated (Art. 35).",
              "Tell customers why they see an offer and how to change or withdraw (DSA Art. 26(1)(d), GDPR Arts. 7(3), 21).",
              "Train staff (AI literacy, AI Act Art. 4).",
              "Audit the algorithms regularly: minors, vulnerable customers, consent, re-identification risk.",
              "Bind vendors by contract (data processing agreements, GDPR Art. 28)."]
    }
}
