// The localisation table: every user-facing English text and its German translation.
// Keys are the English texts (with %1, %2, … for values); `loc` looks them up.
// A test finds every loc("…") in the sources and fails when one lacks an entry here.

/// English text → German text.
enum LocalizationTable {
    static let german: [String: String] = [
        " (adults only)":
            " (nur Erwachsene)",
        "%1 linked activity events":
            "%1 verknüpfte Aktivitätsereignisse",
        "(a) Profiling":
            "(a) Profiling",
        "(b) Special categories":
            "(b) Besondere Kategorien",
        "(c) Public monitoring":
            "(c) Öffentliche Überwachung",
        ", SME":
            ", KMU",
        "1. The scenario":
            "1. Das Szenario",
        "2. Strategies and their figures":
            "2. Strategien und Kennzahlen",
        "3. Data categories and legal basis":
            "3. Datenkategorien und Rechtsgrundlage",
        "4. DPIA screening (GDPR Art. 35(3))":
            "4. DSFA-Vorprüfung (DSGVO Art. 35(3))",
        "5. AI Act classification":
            "5. Einordnung nach der KI-Verordnung",
        "6. Obligations that apply":
            "6. Geltende Pflichten",
        "7. Violations and fine caps":
            "7. Verstöße und Bußgeldobergrenzen",
        "8. Good-practice checklist":
            "8. Checkliste guter Praxis",
        "Art. 35(3) makes a DPIA mandatory for (a) systematic and extensive automated evaluation, including profiling, with legal or similarly significant effects, (b) large-scale processing of special categories, (c) large-scale monitoring of public areas. Profiling at scale, or where minors or vulnerable people are reached, is screened as 'DPIA recommended'.":
            "Art. 35(3) schreibt eine DSFA vor bei (a) systematischer und umfassender automatisierter Bewertung einschließlich Profiling mit rechtlicher oder ähnlich erheblicher Wirkung, (b) umfangreicher Verarbeitung besonderer Kategorien, (c) umfangreicher Überwachung öffentlicher Bereiche. Profiling in großem Umfang oder mit Reichweite zu Minderjährigen oder Schutzbedürftigen wird als „DSFA empfohlen“ eingestuft.",
        "Art. 4 (AI literacy, from 2 Feb 2025) applies to every automated selection: train the staff who run it.":
            "Art. 4 (KI-Kompetenz, seit 2. Februar 2025) gilt für jede automatisierte Auswahl: das betreibende Personal schulen.",
        "Art. 50 transparency (from 2 Aug 2026) usually does not reach an offer selector; it does if a chatbot presents offers or creatives are AI-generated.":
            "Die Transparenzpflichten des Art. 50 (ab 2. August 2026) erfassen eine Angebotsauswahl meist nicht; anders, wenn ein Chatbot Angebote präsentiert oder Werbemittel KI-generiert sind.",
        "Audit the algorithms regularly: minors, vulnerable customers, consent, re-identification risk.":
            "Algorithmen regelmäßig prüfen: Minderjährige, Schutzbedürftige, Einwilligung, Re-Identifizierungsrisiko.",
        "Bind vendors by contract (data processing agreements, GDPR Art. 28).":
            "Dienstleister vertraglich binden (Auftragsverarbeitung, Art. 28 DSGVO).",
        "Cap":
            "Obergrenze",
        "Classify the AI systems and document the classification (AI Act Art. 5, Art. 50, Annex III).":
            "KI-Systeme einordnen und die Einordnung dokumentieren (KI-VO Art. 5, Art. 50, Anhang III).",
        "Cohorts: %1":
            "Kohorten: %1",
        "Company: worldwide annual turnover %1":
            "Unternehmen: weltweiter Jahresumsatz %1",
        "Consent was given, but this counterexample ignores consent for everyone else.":
            "Eine Einwilligung liegt vor, doch dieses Gegenbeispiel übergeht sie bei allen anderen.",
        "Contacted":
            "Angesprochen",
        "Conversions":
            "Abschlüsse",
        "Customer":
            "Kunde/Kundin",
        "Customers of your age band (%1) and region (%2) as a group — at least %3 consenting people — prefer this category.":
            "Kundschaft Ihrer Altersgruppe (%1) und Region (%2) als Gruppe — mindestens %3 einwilligende Personen — bevorzugt diese Kategorie.",
        "Customers: %1, of whom %2 minors and %3 vulnerable":
            "Kundschaft: %1, davon %2 Minderjährige und %3 Schutzbedürftige",
        "DPIA recommended":
            "DSFA empfohlen",
        "Data used":
            "Genutzte Daten",
        "Exp. profit":
            "Erw. Gewinn",
        "Exposure":
            "Exposition",
        "How to change":
            "Ändern oder widerrufen",
        "Hypothetical: your true interests (top: %1) — no real system knows them.":
            "Hypothetisch: Ihre wahren Interessen (vor allem %1) — kein reales System kennt sie.",
        "If you want offers that fit your interests, you can consent in the privacy settings; you can withdraw it any time.":
            "Wenn Sie passende Angebote möchten, können Sie in den Datenschutzeinstellungen einwilligen; ein Widerruf ist jederzeit möglich.",
        "In this counterexample your choices are ignored — which is exactly what the law forbids.":
            "In diesem Gegenbeispiel werden Ihre Entscheidungen übergangen — genau das verbietet das Recht.",
        "Largest fine cap":
            "Höchste Bußgeldgrenze",
        "Legal basis":
            "Rechtsgrundlage",
        "Legitimate interests (GDPR Art. 6(1)(f)): coarse, expected data, balanced against your interests.":
            "Berechtigte Interessen (DSGVO Art. 6(1)(f)): grobe, erwartbare Daten, abgewogen gegen Ihre Interessen.",
        "Main parameters":
            "Wichtigste Parameter",
        "NOT suppressed":
            "NICHT gesperrt",
        "No strategy contacts vulnerable customers: no sign of the Art. 5(1)(b) prohibited practice.":
            "Keine Strategie spricht Schutzbedürftige an: kein Hinweis auf die verbotene Praxis nach Art. 5(1)(b).",
        "No strategy in this comparison violates a rule the simulation can see.":
            "Keine Strategie dieses Vergleichs verstößt gegen eine Regel, die die Simulation erkennen kann.",
        "None needed: no personal data is used.":
            "Keine nötig: Es werden keine personenbezogenen Daten genutzt.",
        "None: profiling without consent (or of a minor) has no lawful basis here.":
            "Keine: Profiling ohne Einwilligung (oder von Minderjährigen) hat hier keine Rechtsgrundlage.",
        "Not applicable: a hypothetical ceiling, not a way to run a campaign.":
            "Entfällt: eine hypothetische Obergrenze, keine Art, eine Kampagne zu betreiben.",
        "Not contacted: no offer may be shown to a minor here (all are adults-only).":
            "Nicht angesprochen: Minderjährigen darf hier kein Angebot gezeigt werden (alle nur für Erwachsene).",
        "Not contacted: the customer is on the suppression list (vulnerable).":
            "Nicht angesprochen: Die Person steht auf der Sperrliste (schutzbedürftig).",
        "Not high-risk: marketing personalisation is not among the eight Annex III areas, unless it feeds a listed decision such as credit.":
            "Kein Hochrisiko: Personalisierung im Marketing gehört nicht zu den acht Bereichen des Anhangs III, außer sie fließt in eine gelistete Entscheidung wie einen Kredit ein.",
        "Nothing to change: no personal data was used.":
            "Nichts zu ändern: Es wurden keine personenbezogenen Daten genutzt.",
        "Obligation":
            "Pflicht",
        "Offer":
            "Angebot",
        "Offers: %1":
            "Angebote: %1",
        "People affected":
            "Betroffene",
        "Privacy and compliance report: %1":
            "Datenschutz- und Compliance-Bericht: %1",
        "Profiled":
            "Profiliert",
        "Prohibited-practice risk (Art. 5(1)(b), exploiting vulnerabilities): %1 contacts vulnerable customers.":
            "Risiko einer verbotenen Praxis (Art. 5(1)(b), Ausnutzung von Schwächen): %1 spricht Schutzbedürftige an.",
        "Provision":
            "Vorschrift",
        "Re-id max":
            "Re-Id. max.",
        "Records stored":
            "Gespeicherte Datensätze",
        "Result":
            "Ergebnis",
        "Review the data strategy: which data does the offer choice really need (Art. 5(1)(c), Art. 25)?":
            "Datenstrategie überprüfen: Welche Daten braucht die Angebotsauswahl wirklich (Art. 5(1)(c), Art. 25)?",
        "Screen for a DPIA and run one where indicated (Art. 35).":
            "DSFA-Vorprüfung durchführen und, wo angezeigt, eine DSFA (Art. 35).",
        "Settings: consent rate %1 %, k = %2, ε = %3, vulnerable customers %4":
            "Einstellungen: Einwilligungsquote %1 %, k = %2, ε = %3, Schutzbedürftige %4",
        "Simulated customer; teaching material, not legal advice.":
            "Simulierte Person; Lehrmaterial, keine Rechtsberatung.",
        "Statutory maximum fines for the breaches the simulation shows — ceilings, not predictions; caps for different breaches are not simply added.":
            "Gesetzliche Höchstbußgelder für die Verstöße der Simulation — Obergrenzen, keine Vorhersagen; Obergrenzen verschiedener Verstöße werden nicht einfach addiert.",
        "Strategy":
            "Strategie",
        "Teaching material, not legal advice. Law as of %1; check later changes before relying on it.":
            "Lehrmaterial, keine Rechtsberatung. Rechtsstand %1; spätere Änderungen vor Verwendung prüfen.",
        "Tell customers why they see an offer and how to change or withdraw (DSA Art. 26(1)(d), GDPR Arts. 7(3), 21).":
            "Kundschaft erklären, warum sie ein Angebot sieht, und wie sie es ändert oder widerruft (DSA Art. 26(1)(d), DSGVO Art. 7(3), 21).",
        "The page you are on (%1); nothing about you is stored.":
            "Die Seite, auf der Sie sind (%1); über Sie wird nichts gespeichert.",
        "The same offer every minor sees; adults-only offers are never shown to minors.":
            "Dasselbe Angebot für alle Minderjährigen; Angebote nur für Erwachsene werden Minderjährigen nie gezeigt.",
        "The same offer everyone sees: it has the best expected profit for the average customer.":
            "Dasselbe Angebot für alle: Es hat den besten erwarteten Gewinn für die durchschnittliche Kundschaft.",
        "This report compares six ways of running the campaign at a consent rate of %1 %, with the personal data each uses, its legal basis, a DPIA screening, the AI Act classification and the obligations that apply (catalogue as of %2). The figures come from a simulation of synthetic customers; use them to structure your own records and screening.":
            "Dieser Bericht vergleicht sechs Wege, die Kampagne bei einer Einwilligungsquote von %1 % zu fahren: mit den jeweils genutzten personenbezogenen Daten, der Rechtsgrundlage, einer DSFA-Vorprüfung, der Einordnung nach der KI-Verordnung und den geltenden Pflichten (Katalog mit Stand %2). Die Zahlen stammen aus einer Simulation synthetischer Kundschaft; nutzen Sie sie als Gerüst für Ihr Verzeichnis und Ihre Vorprüfung.",
        "Train staff (AI literacy, AI Act Art. 4).":
            "Personal schulen (KI-Kompetenz, KI-VO Art. 4).",
        "Violations":
            "Verstöße",
        "What the organisation must do (compliant strategies)":
            "Was das Unternehmen tun muss (regelkonforme Strategien)",
        "Why am I seeing this offer?":
            "Warum sehe ich dieses Angebot?",
        "Withdraw your consent in the privacy settings at any time, as easily as you gave it (GDPR Art. 7(3)); you can also object to direct marketing (Art. 21(2)).":
            "Widerrufen Sie Ihre Einwilligung jederzeit in den Datenschutzeinstellungen, so einfach wie erteilt (DSGVO Art. 7(3)); Sie können auch der Direktwerbung widersprechen (Art. 21(2)).",
        "You are under 18: no personal data is used.":
            "Sie sind unter 18: Es werden keine personenbezogenen Daten genutzt.",
        "You can object to the use of your data for direct marketing at any time (GDPR Art. 21(2)); it will then no longer be used.":
            "Sie können der Nutzung Ihrer Daten für Direktwerbung jederzeit widersprechen (DSGVO Art. 21(2)); danach werden sie dafür nicht mehr genutzt.",
        "You have not consented to personalised advertising, so no profile is used.":
            "Sie haben personalisierter Werbung nicht zugestimmt; es wird kein Profil genutzt.",
        "You were identified as vulnerable and shown the strongest incentive.":
            "Sie wurden als schutzbedürftig erkannt und erhielten den stärksten Anreiz.",
        "Your age-and-region group has fewer than %1 consenting people, so its statistics are not used: you see the general offer.":
            "Ihre Gruppe aus Altersgruppe und Region hat weniger als %1 einwilligende Personen; ihre Statistik wird nicht genutzt: Sie sehen das allgemeine Angebot.",
        "Your consent (GDPR Art. 6(1)(a)).":
            "Ihre Einwilligung (DSGVO Art. 6(1)(a)).",
        "Your data is not used for targeting (protected customer).":
            "Ihre Daten werden nicht zur Ausspielung genutzt (geschützte Person).",
        "Your full activity history: %1.":
            "Ihr gesamter Aktivitätsverlauf: %1.",
        "Your pseudonymous profile, built with your consent from your linked activity: %1.":
            "Ihr pseudonymes Profil, mit Ihrer Einwilligung aus Ihrer verknüpften Aktivität gebildet: %1.",
        "a minor profiled for advertising (DSA Art. 28(2))":
            "Minderjährige für Werbung profiliert (DSA Art. 28(2))",
        "a vulnerable person targeted with the strongest incentive (AI Act Art. 5(1)(b))":
            "schutzbedürftige Person mit dem stärksten Anreiz angesprochen (KI-VO Art. 5(1)(b))",
        "age band %1":
            "Altersgruppe %1",
        "age band, region":
            "Altersgruppe, Region",
        "age band, region, full activity history of everyone":
            "Altersgruppe, Region, gesamter Aktivitätsverlauf aller",
        "age band, region, linked activity history (consenting adults)":
            "Altersgruppe, Region, verknüpfter Aktivitätsverlauf (einwilligende Erwachsene)",
        "aggregate table of segments with ≥ k contributors":
            "Aggregattabelle der Segmente mit ≥ k Beitragenden",
        "all %1 activity events":
            "alle %1 Aktivitätsereignisse",
        "ceiling":
            "Obergrenze",
        "consent rate":
            "Einwilligungsquote",
        "consent, GDPR Art. 6(1)(a), and ePrivacy Art. 5(3) for tracking":
            "Einwilligung, DSGVO Art. 6(1)(a), und ePrivacy Art. 5(3) für das Tracking",
        "consents":
            "Einwilligung",
        "counterexample":
            "Gegenbeispiel",
        "document the screening":
            "Vorprüfung dokumentieren",
        "hypothetical: true interests":
            "hypothetisch: wahre Interessen",
        "legitimate interests, GDPR Art. 6(1)(f) (document the balancing test)":
            "berechtigte Interessen, DSGVO Art. 6(1)(f) (Abwägung dokumentieren)",
        "mostly %1 (%2 of %3 events)":
            "überwiegend %1 (%2 von %3 Ereignissen)",
        "no":
            "nein",
        "no DPIA indicated":
            "keine DSFA angezeigt",
        "no events observed":
            "keine Ereignisse beobachtet",
        "none":
            "keine",
        "none for customers without consent and for minors: unlawful":
            "keine für Personen ohne Einwilligung und für Minderjährige: rechtswidrig",
        "none needed (no personal data)":
            "keine nötig (keine personenbezogenen Daten)",
        "not contacted":
            "nicht angesprochen",
        "not modelled: check the category list":
            "nicht modelliert: Kategorienliste prüfen",
        "off":
            "aus",
        "one identified record per customer":
            "ein identifizierter Datensatz je Person",
        "one pseudonymised record per profiled customer":
            "ein pseudonymisierter Datensatz je profilierter Person",
        "page category (transient, not stored)":
            "Seitenkategorie (flüchtig, nicht gespeichert)",
        "profiled without consent (GDPR Art. 6(1)(a))":
            "ohne Einwilligung profiliert (DSGVO Art. 6(1)(a))",
        "region %1":
            "Region %1",
        "suppressed":
            "gesperrt",
        "true interests (hypothetical)":
            "wahre Interessen (hypothetisch)",
        "yes":
            "ja",
        "yes, %1 profiles":
            "ja, %1 Profile",
        "✓ applies, ✗ applies and the simulation shows a breach, – does not apply.":
            "✓ gilt, ✗ gilt und die Simulation zeigt einen Verstoß, – gilt nicht.",
    ]
}
