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
        "Art. 35(3) makes a DPIA mandatory for (a) systematic and extensive automated evaluation, including profiling, with legal or similarly significant effects, (b) large-scale processing of special categories (Art. 9) or of criminal-offence data (Art. 10), (c) large-scale monitoring of public areas. Profiling at scale, or where minors or vulnerable people are reached, is screened as 'DPIA recommended'. 'At scale' means at least 10,000 profiles: the project's teaching threshold, not a legal one (WP248 names no number).":
            "Art. 35(3) schreibt eine DSFA vor bei (a) systematischer und umfassender automatisierter Bewertung einschließlich Profiling mit rechtlicher oder ähnlich erheblicher Wirkung, (b) umfangreicher Verarbeitung besonderer Kategorien (Art. 9) oder von Daten über Straftaten (Art. 10), (c) umfangreicher Überwachung öffentlicher Bereiche. Profiling in großem Umfang oder mit Reichweite zu Minderjährigen oder Schutzbedürftigen wird als „DSFA empfohlen“ eingestuft. „In großem Umfang“ heißt mindestens 10.000 Profile: eine Lehrschwelle des Projekts, keine rechtliche (WP248 nennt keine Zahl).",
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
        "Customers of your age band %1 in region %2 as a group — at least %3 consenting people — prefer this category.":
            "Kundschaft Ihrer Altersgruppe %1 in der Region %2 als Gruppe — mindestens %3 einwilligende Personen — bevorzugt diese Kategorie.",
        "Customers: %1, of whom %2 minors and %3 vulnerable":
            "Kundschaft: %1, davon %2 Minderjährige und %3 Schutzbedürftige",
        "DPIA recommended":
            "DSFA empfohlen",
        "Data used":
            "Genutzte Daten",
        "Below k":
            "Unter k",
        "Bonus cost":
            "Bonuskosten",
        "Cap AI Act":
            "Grenze KI-VO",
        "Cap DSA":
            "Grenze DSA",
        "Cap GDPR":
            "Grenze DSGVO",
        "Exp. conv.":
            "Erw. Abschl.",
        "Expected conversions":
            "Erwartete Abschlüsse",
        "Expected profit":
            "Erwarteter Gewinn",
        "Exposure index (0-100)":
            "Expositionsindex (0–100)",
        "Fine cap AI Act 99(3)":
            "Bußgeldgrenze KI-VO 99(3)",
        "Fine cap DSA 52(3)":
            "Bußgeldgrenze DSA 52(3)",
        "Fine cap GDPR 83(5)":
            "Bußgeldgrenze DSGVO 83(5)",
        "Minors profiled":
            "Minderjährige profiliert",
        "Minors":
            "Minderjährige",
        "No consent":
            "Ohne Einw.",
        "Profiled w/o consent":
            "Ohne Einwilligung profiliert",
        "Re-id mean":
            "Re-Id. Mittel",
        "Re-id risk max":
            "Re-Id.-Risiko max.",
        "Re-id risk mean":
            "Re-Id.-Risiko Mittel",
        "Records below k":
            "Datensätze unter k",
        "Revenue":
            "Umsatz",
        "Vulnerable targeted":
            "Schutzbedürftige angesprochen",
        "Vulnerable":
            "Schutzbed.",
        "Intervals on (%1 replications); dim uplift: not distinguishable from broadcast":
            "Intervalle an (%1 Wiederh.); blass: nicht von einheitlich unterscheidbar",
        "Intervals off":
            "Intervalle aus",
        "± 95 % interval · dim: not distinguishable from broadcast":
            "± 95-%-Intervall · blass: von einheitlich nicht unterscheidbar",
        "dim: ≈ broadcast":
            "blass: ≈ einheitlich",
        "intervals: 20 replications or none":
            "Intervalle: 20 Wiederholungen oder keine",
        "Figures are means over %1 synthetic populations, ± the half-width of their 95 % interval (Student's t). Each strategy's expected profit compared with broadcast on the same customers (paired, 95 % interval):":
            "Die Zahlen sind Mittelwerte über %1 synthetische Populationen, ± die halbe Breite ihres 95-%-Intervalls (Student-t). Der erwartete Gewinn jeder Strategie im Vergleich mit der einheitlichen Ansprache bei denselben Kunden (gepaart, 95-%-Intervall):",
        "%1: %2 against broadcast (%3 to %4); the difference is clear at 95 %.":
            "%1: %2 gegenüber einheitlich (%3 bis %4); der Unterschied ist bei 95 % eindeutig.",
        "%1: %2 against broadcast (%3 to %4); not distinguishable from broadcast at 95 %.":
            "%1: %2 gegenüber einheitlich (%3 bis %4); bei 95 % nicht von einheitlich zu unterscheiden.",
        "Over %1 synthetic populations: conversions %2 ± %3, expected profit %4 ± %5":
            "Über %1 synthetische Populationen: Abschlüsse %2 ± %3, erwarteter Gewinn %4 ± %5",
        "; its difference to broadcast is clear at 95 %":
            "; der Unterschied zu einheitlich ist bei 95 % eindeutig",
        "; not distinguishable from broadcast at 95 %":
            "; bei 95 % nicht von einheitlich zu unterscheiden",
        "Plausible worlds":
            "Plausible Welten",
        "Plausible worlds at %1 consent":
            "Plausible Welten bei %1 Einwilligung",
        "drawing worlds…":
            "Welten werden gezogen …",
        "This scenario gives no ranges: add {low, mode, high} to its least certain values (docs/scenario-format.md).":
            "Dieses Szenario gibt keine Spannen an: für seine unsichersten Werte {low, mode, high} eintragen (docs/scenario-format.md).",
        "P(best) among compliant strategies, %1 worlds":
            "P(beste) unter den regelkonformen Strategien, %1 Welten",
        "Profit gap %1 − %2 (central %3): what moves it":
            "Gewinnabstand %1 − %2 (zentral %3): was ihn bewegt",
        "plausible worlds: which strategy wins how often":
            "plausible Welten: welche Strategie wie oft gewinnt",
        "worlds":
            "Welten",
        "No compliant strategy is compared.":
            "Keine regelkonforme Strategie wird verglichen.",
        "%1 has the highest expected profit among the compliant strategies in %2 of %3 plausible worlds":
            "%1 hat in %2 von %3 plausiblen Welten den höchsten erwarteten Gewinn unter den regelkonformen Strategien",
        "no linked events, so the average interests of all customers chose the offer":
            "keine verknüpften Ereignisse, daher bestimmten die durchschnittlichen Interessen aller Kunden das Angebot",
        "no clear favourite (%1 events)":
            "kein klarer Favorit (%1 Ereignisse)",
        "most often %1 (%2 of %3 events)":
            "am häufigsten %1 (%2 von %3 Ereignissen)",
        "The offer is not in your most frequent category: with your profile, its discount and margin give the best expected profit.":
            "Das Angebot liegt nicht in Ihrer häufigsten Kategorie: Bei Ihrem Profil ergeben sein Rabatt und seine Marge den höchsten erwarteten Gewinn.",
        "A general offer: with your profile it gives the best expected profit.":
            "Ein allgemeines Angebot: Bei Ihrem Profil ergibt es den höchsten erwarteten Gewinn.",
        "no clear favourite":
            "kein klarer Favorit",
        "Profit exp.":
            "Gewinn erw.",
        "“applies”: the duty is in force for the strategy, and nothing in the simulation shows a breach (it is not a finding of compliance). “BREACHED”: the simulation shows the strategy breaking it. “n/a”: it does not apply to the strategy.":
            "„gilt“: Die Pflicht trifft die Strategie, und die Simulation zeigt keinen Verstoß (das ist keine Feststellung der Rechtskonformität). „VERLETZT“: Die Simulation zeigt, dass die Strategie sie verletzt. „entfällt“: Sie gilt für die Strategie nicht.",
        "BREACHED":
            "VERLETZT",
        "set by national law":
            "nach nationalem Recht",
        "Provenance":
            "Herkunft",
        "Item":
            "Angabe",
        "Value":
            "Wert",
        "Generated (UTC)":
            "Erstellt (UTC)",
        "Tool":
            "Werkzeug",
        "Scenario source":
            "Szenarioquelle",
        "Scenario digest":
            "Prüfsumme des Szenarios",
        "Seed and customers":
            "Seed und Personen",
        "seed %1, %2 customers":
            "Seed %1, %2 Personen",
        "Options":
            "Optionen",
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
        "Nothing to change: nothing about you chose this offer.":
            "Nichts zu ändern: Nichts über Sie hat dieses Angebot gewählt.",
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
        "Tell customers why they see an offer and how to change or withdraw (GDPR Arts. 13/14, 7(3), 21; on an online platform, DSA Art. 26(1)(d) for sponsored offers).":
            "Kundschaft erklären, warum sie ein Angebot sieht, und wie sie es ändert oder widerruft (DSGVO Art. 13/14, 7(3), 21; auf einer Online-Plattform für gesponserte Angebote DSA Art. 26(1)(d)).",
        "The page you are on (%1); nothing about you is stored.":
            "Die Seite, auf der Sie sind (%1); über Sie wird nichts gespeichert.",
        "The same offer every minor sees; adults-only offers are never shown to minors.":
            "Dasselbe Angebot für alle Minderjährigen; Angebote nur für Erwachsene werden Minderjährigen nie gezeigt.",
        "The same offer everyone sees: it has the best expected profit for the average customer.":
            "Dasselbe Angebot für alle: Es hat den besten erwarteten Gewinn für die durchschnittliche Kundschaft.",
        "This report describes one way of running the campaign at a consent rate of %1 %, with the personal data it uses, its legal basis, a DPIA screening, the AI Act classification and the obligations that apply (catalogue as of %2). The figures come from a simulation of synthetic customers; use them to structure your own records and screening.":
            "Dieser Bericht beschreibt einen Weg, die Kampagne bei einer Einwilligungsquote von %1 % zu fahren: mit den genutzten personenbezogenen Daten, der Rechtsgrundlage, einer DSFA-Vorprüfung, der Einordnung nach der KI-Verordnung und den geltenden Pflichten (Katalog mit Stand %2). Die Zahlen stammen aus einer Simulation synthetischer Kundschaft; nutzen Sie sie als Gerüst für Ihr Verzeichnis und Ihre Vorprüfung.",
        "This report compares %3 ways of running the campaign at a consent rate of %1 %, with the personal data each uses, its legal basis, a DPIA screening, the AI Act classification and the obligations that apply (catalogue as of %2). The figures come from a simulation of synthetic customers; use them to structure your own records and screening.":
            "Dieser Bericht vergleicht %3 Wege, die Kampagne bei einer Einwilligungsquote von %1 % zu fahren: mit den jeweils genutzten personenbezogenen Daten, der Rechtsgrundlage, einer DSFA-Vorprüfung, der Einordnung nach der KI-Verordnung und den geltenden Pflichten (Katalog mit Stand %2). Die Zahlen stammen aus einer Simulation synthetischer Kundschaft; nutzen Sie sie als Gerüst für Ihr Verzeichnis und Ihre Vorprüfung.",
        "Support the AI literacy of the staff who run AI systems (AI Act Art. 4, as amended; Official Journal publication not confirmed).":
            "Die KI-Kompetenz des Personals unterstützen, das KI-Systeme betreibt (KI-VO Art. 4, in geänderter Fassung; Amtsblatt nicht bestätigt).",
        "Violations":
            "Verstöße",
        "Violations adds three counts: customers profiled without consent, minors profiled and vulnerable customers contacted; one customer can count in two of them. Section 7 lists each breach with the people it concerns.":
            "Verstöße zählt drei Größen zusammen: ohne Einwilligung profilierte Personen, profilierte Minderjährige und angesprochene Schutzbedürftige; eine Person kann in zwei davon zählen. Abschnitt 7 nennt jeden Verstoß mit den betroffenen Personen.",
        "What the organisation must do (compliant strategies)":
            "Was das Unternehmen tun muss (regelkonforme Strategien)",
        "Why am I seeing this offer?":
            "Warum sehe ich dieses Angebot?",
        "Withdraw your consent in the privacy settings at any time, as easily as you gave it (GDPR Art. 7(3)); you can also object to direct marketing (Art. 21(2)).":
            "Widerrufen Sie Ihre Einwilligung jederzeit in den Datenschutzeinstellungen, so einfach wie erteilt (DSGVO Art. 7(3)); Sie können auch der Direktwerbung widersprechen (Art. 21(2)).",
        "You can object to the use of your data for direct marketing at any time (GDPR Art. 21(2)); it will then no longer be used.":
            "Sie können der Nutzung Ihrer Daten für Direktwerbung jederzeit widersprechen (DSGVO Art. 21(2)); danach werden sie dafür nicht mehr genutzt.",
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
        "consent, GDPR Art. 6(1)(a), and ePrivacy Art. 5(3) (in Germany § 25 TDDDG) for tracking":
            "Einwilligung, DSGVO Art. 6(1)(a), und ePrivacy Art. 5(3) (in Deutschland § 25 TDDDG) für das Tracking",
        "consents":
            "Einwilligung",
        "counterexample":
            "Gegenbeispiel",
        "document the screening":
            "Vorprüfung dokumentieren",
        "hypothetical: true interests":
            "hypothetisch: wahre Interessen",
        "profiling by age band and region (GDPR Art. 4(4)) on legitimate interests, Art. 6(1)(f), with the right to object (Art. 21(2)); the browsing behind its statistics was collected with consent":
            "Profiling nach Altersgruppe und Region (DSGVO Art. 4(4)) auf Grundlage berechtigter Interessen, Art. 6(1)(f), mit Widerspruchsrecht (Art. 21(2)); der Surfverlauf hinter der Statistik wurde mit Einwilligung erhoben",
        "mostly %1 (%2 of %3 events)":
            "überwiegend %1 (%2 von %3 Ereignissen)",
        "no":
            "nein",
        "no DPIA indicated":
            "keine DSFA angezeigt",
        "none":
            "keine",
        "none for customers without consent and for minors: unlawful":
            "keine für Personen ohne Einwilligung und für Minderjährige: rechtswidrig",
        "none needed for the choice (model assumption: an anonymous visitor; the own server picks the offer from the page it serves, nothing is read from the device or stored)":
            "für die Auswahl keine nötig (Annahme des Modells: ein anonymer Besucher; der eigene Server wählt das Angebot nach der ausgelieferten Seite, nichts wird vom Gerät gelesen oder gespeichert)",
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
        " (invalid)":
            " (ungültig)",
        "%1 (%2 of %3)":
            "%1 (%2 von %3)",
        "%1 exists. Replace it? (y/n)":
            "%1 existiert. Ersetzen? (y/n)",
        "%1: profit %2, exposure %3; last recompute %4":
            "%1: Gewinn %2, Exposition %3; letzte Neuberechnung %4",
        ", exposure %1":
            ", Exposition %1",
        "; statutory maximum fine %1":
            "; gesetzliches Höchstbußgeld %1",
        "Age":
            "Alter",
        "At %1: contacted %2, conversions %3, realised profit %4":
            "Bei %1: angesprochen %2, Abschlüsse %3, realisierter Gewinn %4",
        "Bcast":
            "Einheit.",
        "Broadcast":
            "Einheitlich",
        "CSV figures":
            "CSV-Kennzahlen",
        "Cancelled":
            "Abgebrochen",
        "Catalogue as of %1. Teaching material, not legal advice.":
            "Katalog mit Stand %1. Lehrmaterial, keine Rechtsberatung.",
        "Ceiling: perfect knowledge of every customer":
            "Obergrenze: vollständiges Wissen über jede Person",
        "Compliant strategies do not contact vulnerable customers (a suppression list).":
            "Regelkonforme Strategien sprechen Schutzbedürftige nicht an (eine Sperrliste).",
        "Computing the population…":
            "Population wird berechnet …",
        "Cons.":
            "Einw.",
        "Consent rate":
            "Einwilligungsquote",
        "Consent":
            "Einwilligung",
        "Consent-gated profiles on pseudonymised records":
            "Profile nur mit Einwilligung, auf pseudonymisierten Daten",
        "Context":
            "Kontext",
        "Contextual":
            "Kontextuell",
        "Conv. rate":
            "Abschlussq.",
        "Conversion rate by consent (c)":
            "Abschlussquote nach Einwilligung (c)",
        "Conversion rate":
            "Abschlussquote",
        "Cookieless: the offer follows the page, not the person":
            "Ohne Cookies: Das Angebot folgt der Seite, nicht der Person",
        "Cost per acquisition":
            "Kosten pro Abschluss",
        "Cost/acq.":
            "Kosten/Abs.",
        "Could not write %1: %2":
            "%1 konnte nicht geschrieben werden: %2",
        "Counterexample: everything the data allows, consent or not":
            "Gegenbeispiel: alles, was die Daten hergeben, mit oder ohne Einwilligung",
        "Customers":
            "Kundschaft",
        "Dashboard":
            "Übersicht",
        "Data points / customer":
            "Datenpunkte / Person",
        "Data used: %1":
            "Genutzte Daten: %1",
        "Data/cust.":
            "Daten/Pers.",
        "Enter confirms, Esc cancels":
            "Enter bestätigt, Esc bricht ab",
        "Everywhere":
            "Überall",
        "Expected profit by consent (c)":
            "Erwarteter Gewinn nach Einwilligung (c)",
        "Exposure index by consent":
            "Expositionsindex nach Einwilligung",
        "Fallback":
            "Ersatzstrategie",
        "Fine cap":
            "Bußgeldgr.",
        "For consenting adults who are not vulnerable, builds a profile from their linked history, shrunk toward the average, and picks the offer that fits it. Everyone else gets the fallback.":
            "Bildet für einwilligende, nicht schutzbedürftige Erwachsene ein Profil aus ihrem verknüpften Verlauf, zum Durchschnitt hin geglättet, und wählt das passende Angebot. Alle anderen erhalten die Ersatzstrategie.",
        "How strongly interest in an offer's category moves the odds of converting.":
            "Wie stark das Interesse an der Kategorie eines Angebots die Abschlusschance verändert.",
        "How to change: %1":
            "Ändern: %1",
        "Hypothetical: no privacy figures.":
            "Hypothetisch: keine Datenschutz-Kennzahlen.",
        "JSON figures":
            "JSON-Kennzahlen",
        "Keys — any key closes":
            "Tasten — jede Taste schließt",
        "Knows each customer's true interests, base rate and sensitivity and picks the offer with the highest true expected profit. No real strategy can do better.":
            "Kennt die wahren Interessen, Grundquote und Empfindlichkeit jeder Person und wählt das Angebot mit dem höchsten wahren erwarteten Gewinn. Keine reale Strategie kann es besser.",
        "Laplace noise on segment counts; smaller ε means more noise and more privacy. Off: no noise.":
            "Laplace-Rauschen auf Segmentzählungen; kleineres ε bedeutet mehr Rauschen und mehr Privatsphäre. Aus: kein Rauschen.",
        "Leans the average interests toward the category of the page the visitor is on right now, then picks the most profitable offer for that guess.":
            "Verschiebt die Durchschnittsinteressen zur Kategorie der Seite, auf der die Person gerade ist, und wählt dafür das gewinnträchtigste Angebot.",
        "Legal basis: %1":
            "Rechtsgrundlage: %1",
        "MINOR profiled: %1":
            "MINDERJÄHRIG profiliert: %1",
        "NO CONSENT, profiled: %1":
            "OHNE EINWILLIGUNG profiliert: %1",
        "Not replaced: %1":
            "Nicht ersetzt: %1",
        "Obligations":
            "Pflichten",
        "Offer shown":
            "Gezeigtes Angebot",
        "Offer: %1":
            "Angebot: %1",
        "One message for everyone":
            "Eine Botschaft für alle",
        "Open a scenario — Enter opens":
            "Szenario öffnen — Enter öffnet",
        "Opened %1":
            "%1 geöffnet",
        "Opening %1…":
            "%1 wird geöffnet …",
        "Oracle":
            "Orakel",
        "Parameters — ←/→ change, changes apply at once":
            "Parameter — ←/→ ändern, Änderungen wirken sofort",
        "Parameters":
            "Parameter",
        "Personal":
            "Persönl.",
        "Personalised":
            "Personalisiert",
        "Pools the history of consenting adults in each age-band-and-region segment. A segment with at least k contributors gets an offer fitted to its statistics (with Laplace noise when ε is set); smaller segments get the broadcast offer. Minors get the fallback.":
            "Fasst den Verlauf einwilligender Erwachsener je Segment aus Altersgruppe und Region zusammen. Ein Segment mit mindestens k Beitragenden erhält ein zu seiner Statistik passendes Angebot (mit Laplace-Rauschen, wenn ε gesetzt ist); kleinere Segmente erhalten das einheitliche Angebot. Minderjährige erhalten die Ersatzstrategie.",
        "Population size; every cohort is scaled in proportion. Larger takes longer.":
            "Größe der Population; jede Kohorte wird anteilig skaliert. Größer dauert länger.",
        "Profiled customers":
            "Profilierte Personen",
        "Profiles every customer from their full history, ignoring consent, age and vulnerability; vulnerable customers get the strongest incentive. This is what the rules exist to prevent.":
            "Profiliert jede Person aus ihrem gesamten Verlauf und übergeht Einwilligung, Alter und Schutzbedürftigkeit; Schutzbedürftige erhalten den stärksten Anreiz. Genau das sollen die Regeln verhindern.",
        "Profit vs exposure at %1 · frontier (v)":
            "Gewinn gegen Exposition bei %1 · Effizienzgrenze (v)",
        "Realised profit":
            "Realisierter Gewinn",
        "Real. profit":
            "Real. Gewinn",
        "Protect vulnerable":
            "Schutzbedürftige schützen",
        "Pseudonym linkage ρ":
            "Pseudonym-Verknüpfung ρ",
        "Relevance weight β":
            "Relevanzgewicht β",
        "Sample customers (page %1, n: more)":
            "Beispielpersonen (Seite %1, n: mehr)",
        "Save parameters as scenario file:":
            "Parameter als Szenariodatei speichern:",
        "Scenario picker":
            "Szenarioauswahl",
        "Segment":
            "Segment",
        "Segments need at least k consenting contributors before their statistics are used.":
            "Segmente brauchen mindestens k einwilligende Beitragende, bevor ihre Statistik genutzt wird.",
        "Share of a customer's events that can be linked to their pseudonymous profile.":
            "Anteil der Ereignisse einer Person, die mit ihrem pseudonymen Profil verknüpft werden können.",
        "Share of customers who consent to personalised advertising.":
            "Anteil der Personen, die personalisierter Werbung zustimmen.",
        "Shows every customer the offer with the best expected profit for the average customer. Minors get a second offer if the first is adults-only.":
            "Zeigt allen das Angebot mit dem besten erwarteten Gewinn für die durchschnittliche Kundschaft. Minderjährige erhalten ein zweites Angebot, wenn das erste nur für Erwachsene ist.",
        "Strategy detail":
            "Strategiedetails",
        "scroll the explanation down":
            "Erklärung weiterblättern",
        "scroll the explanation up":
            "Erklärung zurückblättern",
        "PgDn: more (%1 of %2 lines)":
            "Bild↓: mehr (%1 von %2 Zeilen)",
        "PgUp: back (%1 of %2 lines)":
            "Bild↑: zurück (%1 von %2 Zeilen)",
        "  5 % / 95 % of worlds":
            "  5 % / 95 % der Welten",
        "%1 — %2 customers, %3 plausible worlds":
            "%1 — %2 Personen, %3 plausible Welten",
        "%1 — %2 customers, seed %3":
            "%1 — %2 Personen, Seed %3",
        "(no ranges: nothing varies)":
            "(keine Bereiche: nichts variiert)",
        "* Unconstrained ignores consent: a counterexample, not an option. Oracle knows every customer's true interests: a ceiling, not a strategy.":
            "* Unbeschränkt übergeht die Einwilligung: ein Gegenbeispiel, keine Option. Orakel kennt die wahren Interessen jeder Person: eine Obergrenze, keine Strategie.",
        ", %1 replications":
            ", %1 Wiederholungen",
        "Consent %1 %":
            "Einwilligung %1 %",
        "Expected profit, mean":
            "Erwarteter Gewinn, Mittel",
        "Exposure index, mean":
            "Expositionsindex, Mittel",
        "Means over %1 replications ± the half-width of their 95 % interval (Student's t). ↑/↓: higher/lower than":
            "Mittelwerte über %1 Wiederholungen ± die halbe Breite ihres 95-%-Intervalls (Student-t). ↑/↓: höher/niedriger als",
        "broadcast, and the paired 95 % interval of the difference excludes 0; no mark: not distinguishable from broadcast.":
            "einheitlich, und das gepaarte 95-%-Intervall der Differenz schließt 0 aus; ohne Zeichen: von einheitlich nicht unterscheidbar.",
        "Over the worlds":
            "Über die Welten",
        "P(best)":
            "P(beste)",
        "Tornado: %1 − %2 in expected profit; central world %3.":
            "Tornado: %1 − %2 im erwarteten Gewinn; zentrale Welt %3.",
        "Varied (%1): %2; %3.":
            "Variiert (%1): %2; %3.",
        "Wins (row beats column on expected profit, share of worlds)":
            "Siege (Zeile schlägt Spalte beim erwarteten Gewinn, Anteil der Welten)",
        "consent %1 % in every world":
            "Einwilligung %1 % in jeder Welt",
        "each world's consent rate drawn from consent.rate's range":
            "die Einwilligungsquote jeder Welt aus dem Bereich von consent.rate gezogen",
        "none — the scenario gives no ranges, so every world is the same":
            "nichts — das Szenario gibt keine Bereiche an, also sind alle Welten gleich",
        "your entry on the suppression list (kept and checked for every campaign)":
            "Ihr Eintrag in der Sperrliste (wird für jede Kampagne geführt und geprüft)",
        "A licensed gambling operator must check the statutory player exclusion register before you play (GlüStV § 8, in Germany OASIS): a legal obligation (GDPR Art. 6(1)(c)) with Art. 9(2)(g), since an entry may reveal a gambling problem. Keeping excluded and at-risk players out of bonus campaigns too is the operator's own measure (a model assumption). Nothing else about you is used.":
            "Ein lizenzierter Glücksspielanbieter muss vor dem Spiel die gesetzliche Sperrdatei abfragen (GlüStV § 8, in Deutschland OASIS): eine rechtliche Verpflichtung (DSGVO Art. 6(1)(c)) mit Art. 9(2)(g), da ein Eintrag eine Spielsucht offenbaren kann. Gesperrte und gefährdete Spieler auch aus Bonuskampagnen herauszuhalten, ist eine eigene Maßnahme des Anbieters (Annahme des Modells). Sonst wird nichts über Sie genutzt.",
        "The company's legitimate interest in protecting vulnerable people (GDPR Art. 6(1)(f)): it keeps and checks the list so that you are not targeted. Nothing else about you is used.":
            "Das berechtigte Interesse des Unternehmens, schutzbedürftige Menschen zu schützen (DSGVO Art. 6(1)(f)): Es führt und prüft die Liste, damit Sie nicht umworben werden. Sonst wird nichts über Sie genutzt.",
        "You can ask what the register holds about you (GDPR Art. 15); a self-exclusion runs at least three months before it can be lifted on request (GlüStV § 8).":
            "Sie können erfragen, was die Sperrdatei über Sie enthält (DSGVO Art. 15); eine Selbstsperre gilt mindestens drei Monate, bevor sie auf Antrag aufgehoben werden kann (GlüStV § 8).",
        "You can ask what the list holds about you (GDPR Art. 15) and object to being on it (Art. 21(1)); the company must then weigh your reasons against the protection the list gives.":
            "Sie können erfragen, was die Liste über Sie enthält (DSGVO Art. 15), und dem Eintrag widersprechen (Art. 21(1)); das Unternehmen muss Ihre Gründe dann gegen den Schutz abwägen, den die Liste bietet.",
        "Suppression list (all compliant strategies)":
            "Sperrliste (alle regelkonformen Strategien)",
        "whether a visitor is on the list of protected (vulnerable) people; checked for every visitor":
            "ob eine Person auf der Liste geschützter (schutzbedürftiger) Menschen steht; für jeden Besuch geprüft",
        "the list's entries":
            "die Einträge der Liste",
        "legal obligation, GDPR Art. 6(1)(c) with Art. 9(2)(g): the statutory player exclusion register checked before play (in Germany OASIS, GlüStV § 8); at-risk flags beyond it need an Art. 9 exception of their own":
            "rechtliche Verpflichtung, DSGVO Art. 6(1)(c) mit Art. 9(2)(g): die gesetzliche Sperrdatei, vor dem Spiel abgefragt (in Deutschland OASIS, GlüStV § 8); Gefährdungsmerkmale darüber hinaus brauchen eine eigene Ausnahme nach Art. 9",
        "legitimate interests, GDPR Art. 6(1)(f): protecting vulnerable people (document the balancing test)":
            "berechtigte Interessen, DSGVO Art. 6(1)(f): Schutz schutzbedürftiger Menschen (Interessenabwägung dokumentieren)",
        "error: %1":
            "Fehler: %1",
        "Run `campaign-sim help` for usage.":
            "`campaign-sim help` zeigt die Aufrufe.",
        "wrote %1":
            "%1 geschrieben",
        "interrupted: stopped before the end, nothing was written":
            "abgebrochen: vor dem Ende gestoppt, nichts wurde geschrieben",
        "--strategy %1 stores no records; use %2":
            "--strategy %1 speichert keine Datensätze; %2 verwenden",
        "%1 already exists; choose another name or pass --force to replace it":
            "%1 gibt es schon; einen anderen Namen wählen oder mit --force ersetzen",
        "cannot write %1: %2":
            "%1 kann nicht geschrieben werden: %2",
        "%1 is a folder, not a scenario file":
            "%1 ist ein Ordner, keine Szenariodatei",
        "%1: no such file or built-in scenario":
            "%1: keine solche Datei und kein eingebautes Szenario",
        "; did you mean the built-in \"%1\"?":
            "; meinten Sie das eingebaute \"%1\"?",
        " (built-in: %1)":
            " (eingebaut: %1)",
        "%1: ok (%2, %3 customers)":
            "%1: in Ordnung (%2, %3 Personen)",
        "the interactive view needs a terminal; for output to a file or pipe use `campaign-sim run SCENARIO` (see `campaign-sim help run`)":
            "die interaktive Ansicht braucht ein Terminal; für Ausgabe in eine Datei oder Pipe `campaign-sim run SCENARIO` verwenden (siehe `campaign-sim help run`)",
        "campaign-sim: stopped by signal %1":
            "campaign-sim: durch Signal %1 beendet",
        "note: %1 distinct consent rates take %2 passes over the streamed population":
            "Hinweis: %1 verschiedene Einwilligungsquoten brauchen %2 Durchläufe über die gestreamte Population",
        "--compare takes two strategies, e.g. personalized,contextual":
            "--compare nimmt zwei Strategien, z. B. personalized,contextual",
        "--consent must be in [0, 1], got %1":
            "--consent muss in [0, 1] liegen, erhalten: %1",
        "--customer must be 0 or more":
            "--customer muss 0 oder größer sein",
        "--customers must be from 1 to %1, got %2":
            "--customers muss zwischen 1 und %1 liegen, erhalten: %2",
        "--max-customers must be from 1 to %1, got %2":
            "--max-customers muss zwischen 1 und %1 liegen, erhalten: %2",
        "--rates takes 1 to 1001 rates":
            "--rates nimmt 1 bis 1001 Quoten",
        "--rates: \"%1\" is not a rate in [0, 1]":
            "--rates: \"%1\" ist keine Quote in [0, 1]",
        "--replications must be from 1 to %1, got %2":
            "--replications muss zwischen 1 und %1 liegen, erhalten: %2",
        "--runs must be from 1 to 50":
            "--runs muss zwischen 1 und 50 liegen",
        "--sample must be from 1 to 1000":
            "--sample muss zwischen 1 und 1000 liegen",
        "--shard splits replications: give --replications 2 or more":
            "--shard teilt Wiederholungen auf: --replications 2 oder mehr angeben",
        "--shard takes K/N with 1 ≤ K ≤ N ≤ 10000, got %1":
            "--shard nimmt K/N mit 1 ≤ K ≤ N ≤ 10000, erhalten: %1",
        "--sizes takes whole numbers from 1 to %1":
            "--sizes nimmt ganze Zahlen von 1 bis %1",
        "--strategies: \"%1\" is listed twice":
            "--strategies: \"%1\" steht doppelt in der Liste",
        "--strategies: unknown strategy \"%1\"; expected %2":
            "--strategies: unbekannte Strategie \"%1\"; erwartet: %2",
        "--verify must be from 0 to 100000, got %1":
            "--verify muss zwischen 0 und 100000 liegen, erhalten: %1",
        "--threads must be from 1 to 1024, got %1":
            "--threads muss zwischen 1 und 1024 liegen, erhalten: %1",
        "--worlds must be from 1 to %1, got %2":
            "--worlds muss zwischen 1 und %1 liegen, erhalten: %2",
        "name at least one partial result file (or - for standard input)":
            "mindestens eine Teilergebnis-Datei angeben (oder - für die Standardeingabe)",
        "name at least one scenario file":
            "mindestens eine Szenariodatei angeben",
        "sweep visits many rates; use --rates to choose them instead of --consent":
            "sweep durchläuft viele Quoten; sie mit --rates statt --consent wählen",
        "the name must not be empty":
            "der Name darf nicht leer sein",
        "use either --consent or --rates, not both":
            "entweder --consent oder --rates angeben, nicht beides",
        "use either --customer or --sample, not both":
            "entweder --customer oder --sample angeben, nicht beides",
        "%1 by consent rate — %2":
            "%1 nach Einwilligungsquote — %2",
        "consent %1":
            "Einwilligung %1",
        "Expected profit against exposure at %1 consent — %2":
            "Erwarteter Gewinn gegen Exposition bei %1 Einwilligung — %2",
        "--metric: unknown figure \"%1\"":
            "--metric: unbekannte Kennzahl \"%1\"",
        "; did you mean \"%1\"?":
            "; meinten Sie \"%1\"?",
        "letters = table columns":
            "Buchstaben = Tabellenspalten",
        "Expected conversion rate":
            "Erwartete Abschlussquote",
        "Exp. conv. rate":
            "Erw. Abschlussq.",
        "Data points":
            "Datenpunkte",
        "Terminal too small":
            "Terminal zu klein",
        "Unconstr.":
            "Unbeschr.",
        "Unconstrained":
            "Unbeschränkt",
        "Uplift vs broadcast":
            "Zuwachs ggü. einheitlich",
        "Uplift":
            "Zuwachs",
        "Uses 2 + every event of every customer; stores one identified record per customer.":
            "Nutzt 2 + jedes Ereignis jeder Person; speichert einen identifizierten Datensatz je Person.",
        "Uses 2 + the linked events of each profiled customer; stores one pseudonymised record per profiled customer.":
            "Nutzt 2 + die verknüpften Ereignisse jeder profilierten Person; speichert einen pseudonymisierten Datensatz je profilierter Person.",
        "Uses no personal data; stores nothing.":
            "Nutzt keine personenbezogenen Daten; speichert nichts.",
        "Uses one transient signal (the page category), not stored; no profile.":
            "Nutzt ein flüchtiges Signal (die Seitenkategorie), nicht gespeichert; kein Profil.",
        "Uses two data points (age band, region) where the segment has statistics; stores only the aggregate table.":
            "Nutzt zwei Datenpunkte (Altersgruppe, Region), wo das Segment eine Statistik hat; speichert nur die Aggregattabelle.",
        "VULNERABLE: strongest incentive pushed":
            "SCHUTZBEDÜRFTIG: stärkster Anreiz gezeigt",
        "Violations: %1 profiled without consent, %2 minors profiled, %3 vulnerable targeted; largest fine cap %4":
            "Verstöße: %1 ohne Einwilligung profiliert, %2 Minderjährige profiliert, %3 Schutzbedürftige angesprochen; höchste Bußgeldgrenze %4",
        "Violations: %1":
            "Verstöße: %1",
        "What compliant strategies show where they may not use personal data.":
            "Was regelkonforme Strategien zeigen, wo sie keine personenbezogenen Daten nutzen dürfen.",
        "What to do: %1":
            "Zu tun: %1",
        "Why customer #%1 sees this offer (Tab: next customer)":
            "Warum Person #%1 dieses Angebot sieht (Tab: nächste Person)",
        "Why":
            "Warum",
        "Why: %1":
            "Warum: %1",
        "Wrote %1 to %2":
            "%1 nach %2 geschrieben",
        "applies":
            "gilt",
        "back/quit":
            "zurück/Ende",
        "back; quit on dashboard":
            "zurück; in der Übersicht beenden",
        "broadcast":
            "einheitlich",
        "built-in":
            "eingebaut",
        "cap %1":
            "Grenze %1",
        "change":
            "ändern",
        "chart: conversion or profit":
            "Diagramm: Abschlüsse oder Gewinn",
        "charts or trade-off view":
            "Diagramme oder Abwägungsansicht",
        "computing the population…":
            "Population wird berechnet …",
        "consent +1 point":
            "Einwilligung +1 Punkt",
        "consent +10 points":
            "Einwilligung +10 Punkte",
        "consent 0 %":
            "Einwilligung 0 %",
        "consent 100 %":
            "Einwilligung 100 %",
        "consent −1 point":
            "Einwilligung −1 Punkt",
        "consent −10 points":
            "Einwilligung −10 Punkte",
        "consent":
            "Einwilligung",
        "contextual":
            "kontextuell",
        "no consent":
            "ohne Einw.",
        "decrease / previous choice":
            "verringern / vorherige Wahl",
        "detail":
            "Details",
        "enlarge the window, or press q to quit":
            "Fenster vergrößern oder q zum Beenden drücken",
        "explain the next customer":
            "nächste Person erklären",
        "explain the previous customer":
            "vorherige Person erklären",
        "explain":
            "erklären",
        "export figures CSV/JSON":
            "Kennzahlen exportieren (CSV/JSON)",
        "exposure →":
            "Exposition →",
        "full history: %1":
            "gesamter Verlauf: %1",
        "help":
            "Hilfe",
        "increase / next choice":
            "erhöhen / nächste Wahl",
        "invalid scenario":
            "ungültiges Szenario",
        "k %1 · ε %2 · fallback %3":
            "k %1 · ε %2 · Ersatz %3",
        "k (k-anonymity threshold)":
            "k (Schwelle der k-Anonymität)",
        "k-anonymous segments of age band and region":
            "k-anonyme Segmente aus Altersgruppe und Region",
        "loading…":
            "wird geladen …",
        "looking for scenarios…":
            "Szenarien werden gesucht …",
        "minor: fallback, never profiled":
            "minderjährig: Ersatz, nie profiliert",
        "minor: fallback, no data used":
            "minderjährig: Ersatz, keine Daten genutzt",
        "more customers":
            "weitere Personen",
        "n/a":
            "entfällt",
        "need %1×%2, have %3×%4":
            "benötigt %1×%2, vorhanden %3×%4",
        "next obligation":
            "nächste Pflicht",
        "next panel":
            "nächster Bereich",
        "next parameter":
            "nächster Parameter",
        "next sample customers":
            "nächste Beispielpersonen",
        "next scenario":
            "nächstes Szenario",
        "next strategy":
            "nächste Strategie",
        "no consent: fallback":
            "keine Einwilligung: Ersatz",
        "no events yet":
            "noch keine Ereignisse",
        "not contacted: no offer may be shown to a minor":
            "nicht angesprochen: Minderjährigen darf kein Angebot gezeigt werden",
        "not contacted: vulnerable, on the suppression list":
            "nicht angesprochen: schutzbedürftig, auf der Sperrliste",
        "obligation":
            "Pflicht",
        "obligations of the strategy":
            "Pflichten der Strategie",
        "obligations":
            "Pflichten",
        "on":
            "an",
        "open a scenario":
            "Szenario öffnen",
        "open scenario":
            "Szenario öffnen",
        "open the scenario":
            "das Szenario öffnen",
        "open":
            "öffnen",
        "p(conv.)":
            "p(Abs.)",
        "page: %1":
            "Seite: %1",
        "parameters":
            "Parameter",
        "previous obligation":
            "vorherige Pflicht",
        "previous panel":
            "vorheriger Bereich",
        "previous parameter":
            "vorheriger Parameter",
        "previous sample customers":
            "vorherige Beispielpersonen",
        "previous scenario":
            "vorheriges Szenario",
        "previous strategy":
            "vorherige Strategie",
        "profile: %1":
            "Profil: %1",
        "profit":
            "Gewinn",
        "quit at once":
            "sofort beenden",
        "rebuilds population":
            "baut Population neu",
        "recompute %1":
            "Neuberechnung %1",
        "recomputing…":
            "wird neu berechnet …",
        "same offer for every minor":
            "dasselbe Angebot für alle Minderjährigen",
        "same offer for everyone":
            "dasselbe Angebot für alle",
        "save as scenario file":
            "als Szenariodatei speichern",
        "segment %1 below k: average offer":
            "Segment %1 unter k: Durchschnittsangebot",
        "segment %1 statistics":
            "Statistik des Segments %1",
        "select next strategy":
            "nächste Strategie wählen",
        "select previous strategy":
            "vorherige Strategie wählen",
        "select":
            "wählen",
        "strategy detail":
            "Strategiedetails",
        "strategy":
            "Strategie",
        "the scenario":
            "das Szenario",
        "true top interest: %1 (%2)":
            "wahres Hauptinteresse: %1 (%2)",
        "vulnerable: fallback, never profiled":
            "schutzbedürftig: Ersatz, nie profiliert",
        "ε (differential privacy)":
            "ε (Differential Privacy)",
        "ID":
            "Nr.",
        "--weeks must be from 1 to %1, got %2":
            "--weeks muss zwischen 1 und %1 liegen, erhalten: %2",
        "--withdrawal must be from 0 to 1, got %1":
            "--withdrawal muss zwischen 0 und 1 liegen, erhalten: %1",
        "--retention takes weeks from 1 to %1, or none; got %2":
            "--retention nimmt Wochen von 1 bis %1 oder none; erhalten: %2",
        "history kept %1 weeks":
            "Verlauf %1 Wochen gespeichert",
        "history kept without limit":
            "Verlauf ohne Frist gespeichert",
        "Campaign of %1 weeks; %2 of consenting customers withdraw each week; %3.":
            "Kampagne über %1 Wochen; %2 der Einwilligenden widerrufen je Woche; %3.",
        "Week by week at consent %1 %":
            "Woche für Woche bei %1 % Einwilligung",
        "Week":
            "Woche",
        "Consenting":
            "Einwilligend",
        "Withdrawn":
            "Widerrufen",
        "Cum. conv.":
            "Abschl. kum.",
        "Cum. profit":
            "Gewinn kum.",
        "Records":
            "Datensätze",
        "Events":
            "Ereignisse",
        "Figures are campaign totals; add --weeks-table for week by week.":
            "Die Zahlen sind Kampagnensummen; --weeks-table zeigt sie Woche für Woche.",
        "Conversions this week":
            "Abschlüsse dieser Woche",
        "Expected conversions this week":
            "Erwartete Abschlüsse dieser Woche",
        "Revenue this week":
            "Umsatz dieser Woche",
        "Bonus cost this week":
            "Bonuskosten dieser Woche",
        "Realised profit this week":
            "Realisierter Gewinn dieser Woche",
        "Expected profit this week":
            "Erwarteter Gewinn dieser Woche",
        "Cumulative conversions":
            "Kumulierte Abschlüsse",
        "Cumulative realised profit":
            "Kumulierter realisierter Gewinn",
        "Customers consenting":
            "Einwilligende Kundschaft",
        "Consent withdrawn":
            "Einwilligung widerrufen",
        "Profiled this week":
            "Diese Woche profiliert",
        "Data points this week":
            "Datenpunkte dieser Woche",
        "Stored records":
            "Gespeicherte Datensätze",
        "Stored events":
            "Gespeicherte Ereignisse",
        "%1 by week at %2 consent — %3":
            "%1 je Woche bei %2 Einwilligung — %3",
        "week %1":
            "Woche %1",
        "--kind weeks needs a campaign of several weeks: give --weeks 2 or more, or a scenario with campaign.weeks":
            "--kind weeks braucht eine Kampagne über mehrere Wochen: --weeks 2 oder mehr angeben oder ein Szenario mit campaign.weeks",
        "Week by week":
            "Woche für Woche",
        "The figures above are campaign totals over %1 weeks: sums over the weeks, distinct customers for contacts and violations, the records held in the last week. Each week %2 of consenting customers withdraw; %3.":
            "Die Zahlen oben sind Summen der Kampagne über %1 Wochen: Summen über die Wochen, verschiedene Personen bei Kontakten und Verstößen, die in der letzten Woche gehaltenen Datensätze. Jede Woche widerrufen %2 der Einwilligenden; %3.",
        "Segment releases its statistics every week with fresh noise, so the campaign spends ε = %1 in all (sequential composition).":
            "Das Segment veröffentlicht seine Statistiken jede Woche mit frischem Rauschen, die Kampagne verbraucht also insgesamt ε = %1 (sequentielle Komposition).",
        "Cumulative realised profit by week, then what personalised holds at the end of each week:":
            "Kumulierter realisierter Gewinn je Woche, dann was die personalisierte Strategie am Ende jeder Woche speichert:",
        "%1 of %2":
            "%1 von %2",
        "%1 weeks":
            "%1 Wochen",
        "Campaign weeks":
            "Kampagnenwochen",
        "Consenting and withdrawn by week (m)":
            "Einwilligend und widerrufen je Woche (m)",
        "Cumulative profit by week":
            "Kumulierter Gewinn je Woche",
        "How many weeks the campaign runs; each week contacts everyone who has not converted yet. 1 is the one-shot campaign. More weeks take longer. The timeline (t) shows them.":
            "Wie viele Wochen die Kampagne läuft; jede Woche erreicht alle, die noch nicht konvertiert sind. 1 ist die einmalige Kampagne. Mehr Wochen dauern länger. Die Zeitleiste (t) zeigt sie.",
        "New conv.":
            "Neue Abschl.",
        "Re-id risk by week (m)":
            "Re-Id.-Risiko je Woche (m)",
        "Retention (weeks kept)":
            "Speicherfrist (Wochen)",
        "Share of consenting customers who withdraw their consent each week (GDPR Art. 7(3)); their profile is erased.":
            "Anteil der Einwilligenden, die jede Woche widerrufen (DSGVO Art. 7(3)); ihr Profil wird gelöscht.",
        "Stored events by week (m)":
            "Gespeicherte Ereignisse je Woche (m)",
        "This is a one-shot campaign. Set Campaign weeks above 1 on the parameters screen (p) to follow it week by week: consent withdrawn, data piling up, retention limiting it.":
            "Dies ist eine einmalige Kampagne. Kampagnenwochen im Parameter-Bildschirm (p) über 1 setzen, um sie Woche für Woche zu verfolgen: Einwilligungen, die widerrufen werden, Daten, die sich ansammeln, Speicherfristen, die sie begrenzen.",
        "Timeline":
            "Zeitleiste",
        "Violations this week":
            "Verstöße dieser Woche",
        "Weekly withdrawal":
            "Widerruf je Woche",
        "Weeks of history the firm keeps (GDPR Art. 5(1)(e)); older events are deleted. No limit keeps everything.":
            "Wochen Verlauf, die das Unternehmen behält (DSGVO Art. 5(1)(e)); ältere Ereignisse werden gelöscht. Ohne Frist bleibt alles.",
        "chart":
            "Grafik",
        "consent %1 · consenting %2 · withdrawn %3":
            "Einwilligung %1 · einwilligend %2 · widerrufen %3",
        "consenting":
            "einwilligend",
        "first week":
            "erste Woche",
        "last week":
            "letzte Woche",
        "next week":
            "nächste Woche",
        "no limit":
            "ohne Frist",
        "parameters: weeks, withdrawal, retention":
            "Parameter: Wochen, Widerruf, Speicherfrist",
        "previous week":
            "vorige Woche",
        "right chart: re-identification risk, stored events or consenting":
            "rechte Grafik: Re-Identifizierungsrisiko, gespeicherte Ereignisse oder Einwilligende",
        "timeline: the campaign week by week":
            "Zeitleiste: die Kampagne Woche für Woche",
        "week":
            "Woche",
        "weeks":
            "Wochen",
        "withdrawn":
            "widerrufen",
        "Week %1 of %2.":
            "Woche %1 von %2.",
        "Your consent was withdrawn in week %1, yet this counterexample goes on profiling you and keeps all your data (a breach of GDPR Arts. 7(3) and 17(1)(b)).":
            "Ihre Einwilligung wurde in Woche %1 widerrufen, doch dieses Gegenbeispiel profiliert Sie weiter und behält alle Ihre Daten (ein Verstoß gegen DSGVO Art. 7(3) und 17(1)(b)).",
        "Your consent was withdrawn in week %1: your profile was erased (GDPR Art. 17(1)(b)), and from then on your offer is %2.":
            "Ihre Einwilligung wurde in Woche %1 widerrufen: Ihr Profil wurde gelöscht (DSGVO Art. 17(1)(b)), und seitdem ist Ihr Angebot %2.",
        "no retention limit":
            "ohne Speicherfrist",
        "retention %1 weeks":
            "Speicherfrist %1 Wochen",
        "Your consent is active; your profile holds your linked events of weeks %1–%2 (%3).":
            "Ihre Einwilligung gilt; Ihr Profil enthält Ihre verknüpften Ereignisse der Wochen %1–%2 (%3).",
        "You redeemed an offer in week %1; a welcome bonus is redeemed once, so you are not contacted again.":
            "Sie haben in Woche %1 ein Angebot eingelöst; ein Willkommensbonus wird nur einmal eingelöst, daher werden Sie nicht erneut angesprochen.",
        "--week must be 1 or more":
            "--week muss 1 oder mehr sein",
        "--week needs a campaign of several weeks: give --weeks 2 or more, or a scenario with campaign.weeks":
            "--week braucht eine Kampagne über mehrere Wochen: --weeks 2 oder mehr angeben oder ein Szenario mit campaign.weeks",
        "--week %1 is past the campaign's last week, %2":
            "--week %1 liegt nach der letzten Woche der Kampagne, %2",
        "Not contacted this week: a welcome bonus is redeemed once, and you redeemed one in week %1.":
            "Diese Woche nicht angesprochen: Ein Willkommensbonus wird nur einmal eingelöst, und Sie haben ihn in Woche %1 eingelöst.",
        "%1 min":
            "%1 Min.",
        "%1 minutes":
            "%1 Minuten",
        "--list lists every lesson; give no name with it":
            "--list zeigt alle Lektionen; dazu keinen Namen angeben",
        "--notes needs a lesson: campaign-sim lesson NAME --notes":
            "--notes braucht eine Lektion: campaign-sim lesson NAME --notes",
        "Answer: %1":
            "Antwort: %1",
        "Choices":
            "Auswahl",
        "Choose an answer with its number first":
            "Zuerst eine Antwort mit ihrer Nummer wählen",
        "Common misconceptions":
            "Häufige Fehlvorstellungen",
        "Condition met.":
            "Bedingung erfüllt.",
        "Discussion questions":
            "Fragen zur Diskussion",
        "Duration":
            "Dauer",
        "Expected answer (computed)":
            "Erwartete Antwort (berechnet)",
        "Explain":
            "Erklären",
        "Explore":
            "Erkunden",
        "For":
            "Für",
        "Goals":
            "Lernziele",
        "Hints, one at a time":
            "Hinweise, einer nach dem anderen",
        "Leave the lesson? (y/n)":
            "Lektion beenden? (j/n)",
        "Lesson":
            "Lektion",
        "Predict":
            "Vorhersagen",
        "Press a number to choose, then Enter to reveal.":
            "Eine Zahl drücken, um zu wählen, dann Enter zum Auflösen.",
        "Quiz":
            "Quiz",
        "Scenario":
            "Szenario",
        "Sets":
            "Setzt",
        "Show me":
            "Zeig es mir",
        "Shown: %1":
            "Gezeigt: %1",
        "Step %1 of %2 · %3 · score %4 of %5":
            "Schritt %1 von %2 · %3 · %4 von %5 richtig",
        "Steps":
            "Schritte",
        "Tab: back to the lesson · the dashboard's keys work here":
            "Tab: zurück zur Lektion · hier gelten die Tasten des Dashboards",
        "Teaching material, not legal advice. Every figure above comes from the simulator's synthetic customers.":
            "Lehrmaterial, keine Rechtsberatung. Jede Zahl oben stammt von den synthetischen Kundinnen und Kunden des Simulators.",
        "The simulator is computing the answer…":
            "Der Simulator berechnet die Antwort …",
        "Timing":
            "Zeitplan",
        "Type a number, then Enter to reveal.":
            "Eine Zahl eingeben, dann Enter zum Auflösen.",
        "Type your guess first, then Enter":
            "Zuerst die Schätzung eingeben, dann Enter",
        "Your guess: %1":
            "Ihre Schätzung: %1",
        "a good first lesson for %1":
            "eine gute erste Lektion für %1",
        "close enough":
            "nah genug",
        "customers":
            "Personen",
        "fallback %1":
            "Ersatz %1",
        "first lesson for %1":
            "erste Lektion für %1",
        "marketers":
            "Marketing",
        "never (within 0–100 %)":
            "nie (zwischen 0 und 100 %)",
        "not this time":
            "diesmal nicht",
        "off by %1":
            "daneben um %1",
        "points":
            "Punkte",
        "protect vulnerable %1":
            "Schutzbedürftige schützen %1",
        "teachers":
            "Lehrende",
        "trainers":
            "Trainerinnen und Trainer",
        "withdrawal %1 a week":
            "Widerruf %1 je Woche",
        "you said %1":
            "Ihre Antwort %1",
        "%1: ok (lesson %2, %3 steps)":
            "%1: ok (Lektion %2, %3 Schritte)",
        "Lessons":
            "Lektionen",
        "Last step · score %1 of %2":
            "Letzter Schritt · %1 von %2 richtig",
        "hints %1 of %2":
            "Hinweise %1 von %2",
        "Lesson picker":
            "Lektionsauswahl",
        "Leave the lesson?":
            "Lektion beenden?",
        "reveal, or the next step":
            "auflösen oder nächster Schritt",
        "the previous step":
            "voriger Schritt",
        "keys to the dashboard or back to the lesson":
            "Tasten ans Dashboard oder zurück zur Lektion",
        "a hint (explore steps)":
            "ein Hinweis (Erkunden-Schritte)",
        "show me: set the dials to a solution (explore steps)":
            "zeig es mir: die Regler auf eine Lösung stellen (Erkunden-Schritte)",
        "erase the last digit of a guess":
            "letzte Ziffer der Schätzung löschen",
        "leave the lesson (asks first)":
            "Lektion beenden (mit Rückfrage)",
        "previous lesson":
            "vorige Lektion",
        "next lesson":
            "nächste Lektion",
        "quit":
            "beenden",
        "yes, leave (any other key stays)":
            "ja, beenden (jede andere Taste bleibt)",
        "next":
            "weiter",
        "back":
            "zurück",
        "dashboard":
            "Dashboard",
        "hint":
            "Hinweis",
        "show me":
            "zeig es mir",
        "leave":
            "Ende",
        "choose":
            "wählen",
        "start":
            "starten",
        "type a guess":
            "Schätzung tippen",
        "micro":
            "Kleinstunternehmen",
        "small":
            "klein",
        "medium":
            "mittel",
        "small mid-cap":
            "kleine Midcap",
        "large":
            "groß",
        "Online platform":
            "Online-Plattform",
        "Company size":
            "Unternehmensgröße",
        "Whether the business runs an online platform, such as a marketplace with partner sellers (DSA Art. 3(i)). Only platforms are bound by DSA Arts. 20–28; see what changes on the obligations panel (a).":
            "Ob das Unternehmen eine Online-Plattform betreibt, etwa einen Marktplatz mit Partnerhändlern (DSA Art. 3(i)). Nur Plattformen binden DSA Art. 20–28; was sich ändert, zeigt der Pflichten-Bereich (a).",
        "Enterprise size class (Recommendation 2003/361/EC). DSA Art. 19 exempts micro and small platforms unless very large; SMEs get the lower AI Act fine cap (Art. 99(6)).":
            "Größenklasse des Unternehmens (Empfehlung 2003/361/EG). DSA Art. 19 nimmt kleine und Kleinstplattformen aus, außer sie sind sehr groß; KMU erhalten die niedrigere Bußgeldobergrenze der KI-VO (Art. 99(6)).",
        "yes, very large":
            "ja, sehr groß",
        "web":
            "Web",
        "app":
            "App",
        "e-mail":
            "E-Mail",
        "retail":
            "Handel",
        "streaming":
            "Streaming",
        "gambling":
            "Glücksspiel",
        "other":
            "sonstige",
        "breached":
            "verletzt",
        "Online platform: %1 · Size: %2 · Channel: %3 · Sector: %4 · AI systems (assumed): %5":
            "Online-Plattform: %1 · Größe: %2 · Kanal: %3 · Branche: %4 · KI-Systeme (angenommen): %5",
        "%1 at %2: %3 of %4 obligations apply, %5 breached (←→ strategy)":
            "%1 bei %2: %3 von %4 Pflichten gelten, %5 verletzt (←→ Strategie)",
        "Breached in this simulation: %1":
            "In dieser Simulation verletzt: %1",
        "Not applicable: %1":
            "Nicht anwendbar: %1",
        "none needed for the choice (model assumption: an anonymous visitor; nothing about them is used)":
            "für die Auswahl keine nötig (Annahme des Modells: ein anonymer Besucher; nichts über ihn wird genutzt)",
        "%1 contacts vulnerable customers but is not an AI system here: Art. 5(1)(b) does not reach it; the GDPR and consumer law still do.":
            "%1 spricht Schutzbedürftige an, ist hier aber kein KI-System: Art. 5(1)(b) erfasst es nicht; die DSGVO und das Verbraucherrecht schon.",
        "AI systems in this scenario (company.ai_systems, an assumption): %1. The AI Act's rows apply to them.":
            "KI-Systeme in diesem Szenario (company.ai_systems, eine Annahme): %1. Für sie gelten die Zeilen der KI-Verordnung.",
        "Age gate (adults-only offers)":
            "Altersschranke (Angebote nur für Erwachsene)",
        "Art. 4 (AI literacy, from 2 Feb 2025, as amended by the Digital Omnibus; Official Journal publication not confirmed in our sources): support AI literacy among the staff who run the AI systems.":
            "Art. 4 (KI-Kompetenz, seit 2. Februar 2025, geändert durch den Digital-Omnibus; Veröffentlichung im Amtsblatt in unseren Quellen nicht bestätigt): die KI-Kompetenz des Personals unterstützen, das die KI-Systeme betreibt.",
        "No strategy is built as an AI system in this scenario (company.ai_systems), so the AI Act's rows do not apply.":
            "Keine Strategie ist in diesem Szenario als KI-System gebaut (company.ai_systems), die Zeilen der KI-Verordnung gelten daher nicht.",
        "Not listed: %1; fixed rules and simple statistics are generally not AI systems under the Commission's guidelines on AI Act Art. 3(1).":
            "Nicht aufgeführt: %1; feste Regeln und einfache Statistik sind nach den Leitlinien der Kommission zu KI-VO Art. 3(1) in der Regel keine KI-Systeme.",
        "Why an obligation does not apply":
            "Warum eine Pflicht nicht anwendbar ist",
        "an 18+ flag per subscriber (personal data: the subscriber is known)":
            "ein Merkmal 18+ je Abonnent (personenbezogen: die Person ist bekannt)",
        "an 18+ self-declaration per visitor (arguably not personal data while the visitor stays anonymous)":
            "eine Selbstauskunft 18+ je Besucher (wohl nicht personenbezogen, solange der Besucher anonym bleibt)",
        "choosing the offer: %1":
            "Auswahl des Angebots: %1",
        "e-mail address":
            "E-Mail-Adresse",
        "e-mail address, the category of the subscriber's last tracked click":
            "E-Mail-Adresse, die Kategorie des letzten verfolgten Klicks",
        "legal obligation where a law keeps the offer from minors, GDPR Art. 6(1)(c); otherwise legitimate interests, Art. 6(1)(f)":
            "rechtliche Verpflichtung, wo ein Gesetz das Angebot von Minderjährigen fernhält, DSGVO Art. 6(1)(c); sonst berechtigte Interessen, Art. 6(1)(f)",
        "legal obligation, GDPR Art. 6(1)(c): keeping gambling from minors (GlüStV)":
            "rechtliche Verpflichtung, DSGVO Art. 6(1)(c): Glücksspiel von Minderjährigen fernhalten (GlüStV)",
        "none beyond the check":
            "keine über die Prüfung hinaus",
        "up to €10 M or 2 % (GDPR Art. 83(4)), not computed":
            "bis 10 Mio. € oder 2 % (DSGVO Art. 83(4)), nicht berechnet",
        "The age gate checks only whether you are 18 or over; while you stay an anonymous visitor this self-declaration is arguably not personal data. Where it is, its basis is a legal obligation to keep the offer from minors (GDPR Art. 6(1)(c)), or legitimate interests (Art. 6(1)(f)).":
            "Die Altersschranke prüft nur, ob Sie 18 oder älter sind; solange Sie anonym besuchen, ist diese Selbstauskunft wohl nicht personenbezogen. Wo sie es ist, ist ihre Grundlage eine rechtliche Verpflichtung, das Angebot von Minderjährigen fernzuhalten (DSGVO Art. 6(1)(c)), oder berechtigte Interessen (Art. 6(1)(f)).",
        "The age gate keeps an 18+ flag about you: a legal obligation where a law keeps the offer from minors (GDPR Art. 6(1)(c)), otherwise legitimate interests (Art. 6(1)(f)).":
            "Die Altersschranke speichert ein Merkmal 18+ zu Ihnen: eine rechtliche Verpflichtung, wo ein Gesetz das Angebot von Minderjährigen fernhält (DSGVO Art. 6(1)(c)), sonst berechtigte Interessen (Art. 6(1)(f)).",
        "The category of your last tracked click in our e-mails (%1).":
            "Die Kategorie Ihres letzten verfolgten Klicks in unseren E-Mails (%1).",
        "Unsubscribe at any time with the link in every e-mail; you can also object to direct marketing (GDPR Art. 21(2)).":
            "Jederzeit über den Link in jeder E-Mail abbestellen; Sie können auch der Direktwerbung widersprechen (DSGVO Art. 21(2)).",
        "You are under 18, so no profile chooses your offer (GDPR Recital 38; the EDPB-endorsed WP251).":
            "Sie sind unter 18, daher wählt kein Profil Ihr Angebot (DSGVO ErwGr. 38; die vom EDSA übernommene WP251).",
        "a minor profiled for marketing without a lawful basis (GDPR Art. 6(1); Art. 8, Recital 38)":
            "eine minderjährige Person ohne Rechtsgrundlage für Werbung profiliert (DSGVO Art. 6(1); Art. 8, ErwGr. 38)",
        "a profiled minor shown a sponsored offer, an advertisement on a platform (DSA Art. 28(2))":
            "einer profilierten minderjährigen Person ein gesponsertes Angebot gezeigt, Werbung auf einer Plattform (DSA Art. 28(2))",
        "a vulnerable person targeted with the strongest incentive":
            "eine schutzbedürftige Person mit dem stärksten Anreiz angesprochen",
        "a vulnerable person targeted with the strongest incentive (can be a prohibited practice, AI Act Art. 5(1)(b))":
            "eine schutzbedürftige Person mit dem stärksten Anreiz angesprochen (kann eine verbotene Praktik sein, KI-VO Art. 5(1)(b))",
        "the category of your last tracked click":
            "die Kategorie Ihres letzten verfolgten Klicks",
        "whether you are 18 or over (the age gate of adults-only offers)":
            "ob Sie 18 oder älter sind (die Altersschranke bei Angeboten nur für Erwachsene)",
        "your e-mail address":
            "Ihre E-Mail-Adresse",
        "online platform %1":
            "Online-Plattform %1",
        "company size %1":
            "Unternehmensgröße %1",
        "Business":
            "Unternehmen",
        "note: only the category totals carry Laplace noise (ε-differentially private); the contributors column and which cells pass the k cut-off are exact, so the export as a whole is not differentially private.":
            "Hinweis: Nur die Kategoriesummen tragen Laplace-Rauschen (ε-differentiell privat); die Spalte contributors und welche Zellen die k-Schwelle passieren, sind exakt, der Export als Ganzes ist daher nicht differentiell privat.",
        "coarse (a group's statistics or a tracked click), %1 people; no legal or similarly significant effect assumed":
            "grob (Statistik einer Gruppe oder ein verfolgter Klick), %1 Personen; keine rechtliche oder ähnlich erhebliche Wirkung angenommen",
        "your age band (under 18), checked only to keep profiling and adults-only offers from you":
            "Ihre Altersgruppe (unter 18), nur geprüft, um Profiling und Angebote nur für Erwachsene von Ihnen fernzuhalten",
        "Checking your age band to protect you is processing too: a legal obligation where a law keeps offers from minors (GDPR Art. 6(1)(c)), otherwise legitimate interests (Art. 6(1)(f)). Nothing else about you is used.":
            "Ihre Altersgruppe zu Ihrem Schutz zu prüfen, ist auch eine Verarbeitung: eine rechtliche Verpflichtung, wo ein Gesetz Angebote von Minderjährigen fernhält (DSGVO Art. 6(1)(c)), sonst berechtigte Interessen (Art. 6(1)(f)). Sonst wird nichts über Sie genutzt.",
        "your age band and region, looked up only to find your group (too small to use)":
            "Ihre Altersgruppe und Region, nur nachgeschlagen, um Ihre Gruppe zu finden (zu klein, um sie zu nutzen)",
        "(a partner's advertisement, DSA Art. 3(r))":
            "(Werbung eines Partners, DSA Art. 3(r))",
        "Sure things (bought anyway)":
            "Sichere Käufe (ohnehin)",
        "Expected sure things":
            "Erwartete sichere Käufe",
        "Incremental conversions":
            "Zusätzliche Abschlüsse",
        "Expected incremental conversions":
            "Erw. zusätzliche Abschlüsse",
        "Bought without contact":
            "Ohne Kontakt gekauft",
        "Bonuses to sure things":
            "Boni an sichere Käufe",
        "Realised incremental profit":
            "Realis. zusätzlicher Gewinn",
        "Expected incremental profit":
            "Erw. zusätzlicher Gewinn",
        "Cost per incremental acquisition":
            "Kosten je zusätzl. Abschluss",
        "Incremental uplift vs broadcast":
            "Bewirkter Zuwachs ggü. einh.",
        "Sure things":
            "Ohnehin",
        "Exp. sure":
            "Erw. ohneh.",
        "Incr. conv.":
            "Zus. Abschl",
        "Exp. incr.":
            "Erw. zus.",
        "Organic":
            "Organisch",
        "Bonus waste":
            "Boni verl.",
        "Incr. profit":
            "Zus. Gewinn",
        "Incr. exp.":
            "Zus. erw.",
        "Cost/incr.":
            "Kosten/zus.",
        "Incr. lift":
            "Zus. Zuw.",
        "Sending needs your prior consent to e-mail advertising (ePrivacy Art. 13; in Germany § 7(2) Nr. 2 UWG), or, if you bought from us before, the existing-customer rule (§ 7(3) UWG); the GDPR's Art. 6(1) does not govern the sending itself (CJEU C-654/23, Inteligo Media).":
            "Der Versand braucht Ihre vorherige Einwilligung in E-Mail-Werbung (ePrivacy-RL Art. 13; in Deutschland § 7 Abs. 2 Nr. 2 UWG) oder, wenn Sie schon bei uns gekauft haben, die Bestandskundenregel (§ 7 Abs. 3 UWG); Art. 6(1) DSGVO regelt den Versand selbst nicht (EuGH C-654/23, Inteligo Media).",
        "Tracking your clicks needs your consent (§ 25 TDDDG); choosing the offer from them is profiling (GDPR Art. 4(4)) on legitimate interests (Art. 6(1)(f)), which you may object to (Art. 21(2)).":
            "Das Verfolgen Ihrer Klicks braucht Ihre Einwilligung (§ 25 TDDDG); das Angebot danach zu wählen, ist Profiling (DSGVO Art. 4(4)) auf Grundlage berechtigter Interessen (Art. 6(1)(f)), dem Sie widersprechen können (Art. 21(2)).",
        "Your last tracked click still chose the offer: that tracking needs your consent (§ 25 TDDDG), which this model assumes you gave when you subscribed; choosing from it is profiling (GDPR Art. 4(4)) on legitimate interests (Art. 6(1)(f)), which you may object to (Art. 21(2)).":
            "Ihr letzter verfolgter Klick hat das Angebot trotzdem gewählt: Dieses Tracking braucht Ihre Einwilligung (§ 25 TDDDG), die Sie nach der Annahme dieses Modells beim Abonnieren gegeben haben; danach zu wählen, ist Profiling (DSGVO Art. 4(4)) auf Grundlage berechtigter Interessen (Art. 6(1)(f)), dem Sie widersprechen können (Art. 21(2)).",
        "your e-mail address (kept on the mailing list)":
            "Ihre E-Mail-Adresse (auf der Verteilerliste gespeichert)",
        "Not contacted now; the mailing list keeps your address on the basis on which you subscribed (ePrivacy Art. 13; § 7 UWG).":
            "Diesmal nicht angeschrieben; die Verteilerliste speichert Ihre Adresse auf der Grundlage, auf der Sie sich angemeldet haben (ePrivacy-RL Art. 13; § 7 UWG).",
        "your pseudonymous profile (kept, not used this time)":
            "Ihr pseudonymes Profil (gespeichert, diesmal nicht genutzt)",
        "You have not consented to personalised advertising, so no profile of your history is used.":
            "Sie haben nicht in personalisierte Werbung eingewilligt, daher wird kein Profil Ihres Verlaufs genutzt.",
        "None needed: no personal data is used (model assumption: an anonymous visitor on a page or in an app).":
            "Keine nötig: Es werden keine personenbezogenen Daten genutzt (Modellannahme: ein anonymer Besuch auf einer Seite oder in einer App).",
        "sending: prior consent to e-mail advertising (ePrivacy Art. 13; in Germany § 7(2) Nr. 2 UWG) or, for existing customers, § 7(3) UWG; the GDPR's Art. 6(1) does not govern the sending itself (CJEU C-654/23); if opens or clicks are tracked, § 25 TDDDG consent":
            "Versand: vorherige Einwilligung in E-Mail-Werbung (ePrivacy-RL Art. 13; in Deutschland § 7 Abs. 2 Nr. 2 UWG) oder, bei Bestandskunden, § 7 Abs. 3 UWG; Art. 6(1) DSGVO regelt den Versand selbst nicht (EuGH C-654/23); werden Öffnungen oder Klicks verfolgt, eine Einwilligung nach § 25 TDDDG",
        "choosing from a known subscriber's tracked click is profiling (GDPR Art. 4(4)): legitimate interests (Art. 6(1)(f)) with the right to object (Art. 21(2)), the click tracking itself with § 25 TDDDG consent":
            "die Wahl nach dem verfolgten Klick einer bekannten Person ist Profiling (DSGVO Art. 4(4)): berechtigte Interessen (Art. 6(1)(f)) mit Widerspruchsrecht (Art. 21(2)), das Klick-Tracking selbst mit Einwilligung nach § 25 TDDDG",
        "Unsubscribe at any time with the link in every e-mail.":
            "Jederzeit über den Link in jeder E-Mail abbestellen.",
        "In this simulation you would have bought anyway, without any offer: a sure thing, whose bonus changed nothing.":
            "In dieser Simulation hätten Sie ohnehin gekauft, auch ohne Angebot: ein sicherer Kauf, an dem der Bonus nichts geändert hat.",
        "%1 has the highest expected profit among the compliant strategies; the scenario gives no ranges, so there is one world, repeated %2 times.":
            "%1 hat unter den konformen Strategien den höchsten erwarteten Gewinn; das Szenario gibt keine Spannweiten an, also gibt es eine Welt, %2-mal wiederholt.",
        "%1 has the highest expected profit among the compliant strategies in all %2 plausible worlds":
            "%1 hat unter den konformen Strategien in allen %2 plausiblen Welten den höchsten erwarteten Gewinn",
        "; its margin over %1 moves most with %2":
            "; ihr Vorsprung vor %1 bewegt sich am stärksten mit %2",
        "; the conclusion moves most with %1":
            "; das Ergebnis bewegt sich am stärksten mit %1",
        "the relevance weight":
            "dem Relevanzgewicht",
        "the prior strength":
            "der Priorstärke",
        "the pseudonym linkage":
            "der Pseudonym-Verknüpfung",
        "the consent rate":
            "der Einwilligungsquote",
        "the weekly withdrawal rate":
            "der wöchentlichen Widerrufsquote",
        "the base rate":
            "der Grundrate",
        "the spread of base rates":
            "der Streuung der Grundraten",
        "the incentive sensitivity":
            "der Anreizempfindlichkeit",
        "the mean history length":
            "der mittleren Verlaufslänge",
        "the consent bias":
            "der Einwilligungsneigung",
        "the share of vulnerable customers":
            "dem Anteil Schutzbedürftiger",
        "the organic rate":
            "der organischen Kaufrate",
        "the incentive":
            "dem Anreiz",
        "the value":
            "dem Wert",
        "the cost":
            "den Kosten",
        "%1 of cohort %2":
            "%1 der Kohorte %2",
        "%1 of offer %2":
            "%1 des Angebots %2",
        "The compliant strategies tie for the highest expected profit; the scenario gives no ranges, so there is one world, repeated %1 times.":
            "Die konformen Strategien liegen beim erwarteten Gewinn gleichauf vorn; das Szenario gibt keine Spannweiten an, also gibt es eine Welt, %1-mal wiederholt.",
        "relevance weight %1":
            "Relevanzgewicht %1",
        "prior strength %1":
            "Prior-Stärke %1",
        "pseudonym linkage %1":
            "Verknüpfbarkeit der Pseudonyme %1",
        "consent rate %1":
            "Einwilligungsquote %1",
        "weekly withdrawal %1":
            "wöchentlicher Widerruf %1",
        "%1 of %2 cohorts":
            "%1 von %2 Kohorten",
        "%1 of %2 offers":
            "%1 von %2 Angeboten",
        "uncertain: %1 · see worlds (w)":
            "unsicher: %1 · siehe Welten (w)",
        "Uncertain inputs, given as ranges (assumptions, or estimates with their 95 % interval; the scenario file's comments say which): %1. The figures use each range's most likely value; `campaign-sim robustness` shows how the conclusions move across the ranges.":
            "Unsichere Eingaben, als Spannen angegeben (Annahmen oder Schätzungen mit ihrem 95-%-Intervall; die Kommentare der Szenariodatei sagen, was was ist): %1. Die Zahlen verwenden jeweils den wahrscheinlichsten Wert der Spanne; `campaign-sim robustness` zeigt, wie sich die Schlüsse über die Spannen verschieben.",
        "base rate":
            "Basisrate",
        "base-rate spread":
            "Streuung der Basisrate",
        "incentive sensitivity":
            "Anreizempfindlichkeit",
        "history length":
            "Verlaufslänge",
        "consent bias":
            "Einwilligungsneigung",
        "vulnerable share":
            "Anteil Schutzbedürftiger",
        "organic rate":
            "organische Rate",
        "incentive":
            "Anreiz",
        "value":
            "Wert",
        "cost":
            "Kosten",
        "Caused (i)":
            "Bewirkt (i)",
        "Totals (i)":
            "Gesamt (i)",
        "Incremental profit by consent (c)":
            "Zusätzlicher Gewinn nach Einwilligung (c)",
        "Caused conversions by consent (c)":
            "Bewirkte Abschlüsse nach Einwilligung (c)",
        "figures: what the campaign causes, or all conversions":
            "Zahlen: was die Kampagne bewirkt, oder alle Abschlüsse",
        "By construction Personalised rarely loses to %1: it shows %1's offer to all without consent. Read its margin, not only P(best).":
            "Personalisiert verliert schon von der Bauart her selten gegen %1: Es zeigt allen ohne Einwilligung das Angebot von %1. Lesen Sie seinen Vorsprung, nicht nur P(beste).",
        "error: cannot write the output: %1":
            "Fehler: Die Ausgabe kann nicht geschrieben werden: %1",
        "%1 is not a regular file (a device, pipe, folder or link); it is never replaced: choose a file name":
            "%1 ist keine gewöhnliche Datei (ein Gerät, eine Pipe, ein Ordner oder ein Link); sie wird nie ersetzt: Wählen Sie einen Dateinamen",
        "the output file name is empty":
            "der Name der Ausgabedatei ist leer",
        "the file name is %1 bytes; a name may have at most 255":
            "der Dateiname hat %1 Bytes; ein Name darf höchstens 255 haben",
        "the chart":
            "das Diagramm",
        "Export to a file ending in .csv, .json or .svg":
            "Exportieren Sie in eine Datei mit der Endung .csv, .json oder .svg",
        "Export figures (.csv, .json) or the chart (.svg) to:":
            "Zahlen (.csv, .json) oder das Diagramm (.svg) exportieren nach:",
        "error: unknown command \"%1\"":
            "Fehler: unbekannter Befehl „%1“",
        ". In the central world its lead over %1 is only %2 (under 0.5 %): practically a tie":
            ". In der zentralen Welt liegt es nur %2 vor %1 (unter 0,5 %): praktisch ein Gleichstand",
        "%1 of cohort %2 %3":
            "%1 der Kohorte „%2“ %3",
        "%1 of offer %2 %3":
            "%1 des Angebots „%2“ %3",
        "Each bar: one value at its 10 % and its 90 % quantile (low → high), the others central, and the difference at each.":
            "Jeder Balken: ein Wert an seinem 10-%- und 90-%-Quantil (niedrig → hoch), die anderen zentral, und der Unterschied bei beiden.",
        "%1's %2":
            "%2 von %1",
        "below %1":
            "unter %1",
        "above %1":
            "über %1",
        "not yet below %1":
            "noch nicht unter %1",
        "not yet above %1":
            "noch nicht über %1",
        "bonus costs not given (all 0)":
            "Bonuskosten nicht angegeben (alle 0)",
        "this terminal (TERM=%1) cannot show the interactive view; use `campaign-sim run SCENARIO` for the figures as text (see `campaign-sim help run`)":
            "dieses Terminal (TERM=%1) kann die interaktive Ansicht nicht zeigen; `campaign-sim run SZENARIO` gibt die Zahlen als Text aus (siehe `campaign-sim help run`)",
        "start the lesson again for a new group (on its wrap-up)":
            "die Lektion für eine neue Gruppe neu beginnen (in der Zusammenfassung)",
        "Wrap-up · score %1 of %2":
            "Zusammenfassung · %1 von %2 richtig",
        "Answer: %1 (the room: %2)":
            "Antwort: %1 (der Raum: %2)",
        "The numbers":
            "Die Zahlen",
        "To discuss":
            "Zum Besprechen",
        "← back to the last step · r start again for a new group · q leave":
            "← zurück zum letzten Schritt · r neu beginnen für eine neue Gruppe · q verlassen",
        "Tab: back to the lesson":
            "Tab: zurück zur Lektion",
        "start the lesson (where it was left)":
            "die Lektion beginnen (dort, wo sie verlassen wurde)",
        "start fresh for a new group (the saved answers are cleared)":
            "neu beginnen für eine neue Gruppe (die gespeicherten Antworten werden gelöscht)",
        "fresh":
            "neu",
        "done, %1 of %2":
            "fertig, %1 von %2",
        "at step %1 of %2":
            "bei Schritt %1 von %2",
        "The exposure index (0–100) is a heuristic of the model: for each contacted customer, how many data points are used (half the customer's weight once a strategy uses %1 points) times one half plus half the re-identification risk of what is stored; averaged over all customers. A strategy that uses a few data points about everyone (segment: age band and region) can score above one that profiles only the consenting, even where the latter's stored records are more re-identifiable.":
            "Der Expositionsindex (0–100) ist eine Heuristik des Modells: für jede angesprochene Person, wie viele Datenpunkte genutzt werden (die Hälfte des Gewichts, sobald eine Strategie %1 Punkte nutzt), mal ein halb plus die Hälfte des Re-Identifizierungsrisikos des Gespeicherten; gemittelt über alle Personen. Eine Strategie, die wenige Datenpunkte über alle nutzt (Segment: Altersgruppe und Region), kann höher liegen als eine, die nur die Einwilligenden profiliert, selbst wenn deren gespeicherte Datensätze leichter re-identifizierbar sind.",
        "drawing worlds… %1 of %2 runs (%3 worlds, then %4 for the tornado)":
            "Welten werden gezogen … %1 von %2 Läufen (%3 Welten, dann %4 für den Tornado)",
        "%1 customers │ seed %2":
            "%1 Personen │ Seed %2",
        "So far, %1 worlds:":
            "Bisher %1 Welten:",
        "The firm":
            "Das Unternehmen",
        "Whether the firm knows how customers respond from the start, or learns which offer works from weekly feedback by Thompson sampling (MODEL.md §12). A learner may learn only from the customers it may keep data of.":
            "Ob das Unternehmen von Anfang an weiß, wie Kundinnen und Kunden reagieren, oder aus wöchentlichen Rückmeldungen per Thompson-Sampling lernt, welches Angebot wirkt (MODEL.md §12). Ein lernendes System darf nur aus den Kundinnen und Kunden lernen, deren Daten es behalten darf.",
        "learns from feedback":
            "lernt aus Rückmeldungen",
        "knows the response":
            "kennt die Reaktion",
        "the firm learns from feedback":
            "das Unternehmen lernt aus Rückmeldungen",
        "the firm knows the response":
            "das Unternehmen kennt die Reaktion",
        "Learning regret (vs knowing)":
            "Lernkosten (gegenüber Wissen)",
        "Regret":
            "Lernkosten",
        "Cells with observations":
            "Zellen mit Beobachtungen",
        "Cells seen":
            "Zellen",
        "Learning regret this week":
            "Lernkosten dieser Woche",
        "The firm learns which offer works from weekly feedback (Thompson sampling), each strategy from the customers it may keep data of; the regret is what not knowing costs.":
            "Das Unternehmen lernt aus wöchentlichen Rückmeldungen, welches Angebot wirkt (Thompson-Sampling), jede Strategie aus den Kundinnen und Kunden, deren Daten sie behalten darf; die Lernkosten sind, was Nichtwissen kostet.",
        "learning":
            "lernend",
        "if known":
            "mit Wissen",
        "%1: profit a week":
            "%1: Gewinn je Woche",
        "Learning regret by week (m)":
            "Lernkosten je Woche (m)",
        "The firm learns from feedback, but this customer has already converted under this strategy: not contacted this week.":
            "Das Unternehmen lernt aus Rückmeldungen, aber diese Person hat unter dieser Strategie schon gekauft: diese Woche kein Kontakt.",
        "The firm does not know how customers respond; it learns by Thompson sampling. Offers that have worked in your cell (below) are shown more often; sometimes others are shown so that the shop keeps learning.":
            "Das Unternehmen weiß nicht, wie Kundinnen und Kunden reagieren; es lernt per Thompson-Sampling. Angebote, die in Ihrer Zelle (unten) gewirkt haben, werden öfter gezeigt; manchmal werden andere gezeigt, damit der Shop weiter lernt.",
        "Your cell: %1, with %2 contacts observed in earlier weeks. Offer shown: %3 (drawn with chance %4).":
            "Ihre Zelle: %1, mit %2 beobachteten Kontakten aus früheren Wochen. Gezeigtes Angebot: %3 (gezogen mit Wahrscheinlichkeit %4).",
        "If it knew the response model, this strategy would show the same offer.":
            "Würde diese Strategie das Reaktionsmodell kennen, würde sie dasselbe Angebot zeigen.",
        "If it knew the response model, this strategy would show %1 instead (the reasons above are that rule's).":
            "Würde diese Strategie das Reaktionsmodell kennen, würde sie stattdessen %1 zeigen (die Gründe oben sind die dieser Regel).",
        "The learner counts every purchase after an offer, including those who would have bought anyway: without a holdout group it cannot tell them apart.":
            "Das lernende System zählt jeden Kauf nach einem Angebot, auch von denen, die ohnehin gekauft hätten: ohne Kontrollgruppe kann es sie nicht unterscheiden.",
        "everyone (one cell)":
            "alle (eine Zelle)",
        "last clicked category %1":
            "zuletzt geklickte Kategorie %1",
        "page category %1":
            "Seitenkategorie %1",
        "top category %1 of your profile":
            "Hauptkategorie %1 Ihres Profils",
        "segment %1, region %2":
            "Segment %1, Region %2",
        "segments without statistics (pooled)":
            "Segmente ohne Statistik (zusammengefasst)",
        "Not contacted this week: a welcome bonus is redeemed once, and you redeemed one in an earlier week.":
            "Diese Woche kein Kontakt: Ein Willkommensbonus wird einmal eingelöst, und Sie haben ihn in einer früheren Woche eingelöst.",
        "The strategies learn from feedback, so each is counted as an AI system: a bandit that infers from data which offer to show is arguably one under AI Act Art. 3(1), though close to the exclusion of simple prediction in the Commission's guidelines on the AI-system definition (Feb 2025); broadcast's one-cell bandit is the weakest case. A model assumption unless company.ai_systems lists the AI systems. Learning adds only aggregate counts per cell and offer, no record per customer; the personaliser keeps its profiles as before.":
            "Die Strategien lernen aus Rückmeldungen und werden daher je als KI-System gezählt: Ein Bandit, der aus Daten ableitet, welches Angebot er zeigt, ist nach Art. 3 Abs. 1 KI-VO vertretbar als KI-System einzustufen, steht aber nahe am Ausschluss einfacher Vorhersagen in den Leitlinien der Kommission zur Definition von KI-Systemen (Feb. 2025); der Ein-Zellen-Bandit der einheitlichen Strategie ist der schwächste Fall. Eine Modellannahme, sofern company.ai_systems die KI-Systeme nicht selbst nennt. Das Lernen fügt nur aggregierte Zählungen je Zelle und Angebot hinzu, keinen Datensatz je Person; die Profile der Personalisierung bleiben gespeichert.",
        "That room code is not right: check it on the projector.":
            "Dieser Raumcode stimmt nicht: Bitte auf der Leinwand nachsehen.",
        "Too many wrong codes were tried: wait a minute, then try again.":
            "Es wurden zu viele falsche Codes versucht: Bitte eine Minute warten und es dann erneut versuchen.",
        "The room is full.":
            "Der Raum ist voll.",
        "The room was opened anew: join again.":
            "Der Raum wurde neu geöffnet: Bitte erneut beitreten.",
        "Too many answers at once: wait a few seconds.":
            "Zu viele Antworten auf einmal: Bitte einige Sekunden warten.",
        "This question is closed.":
            "Diese Frage ist geschlossen.",
        "The trainer has moved on: this answer is for an earlier question.":
            "Die Lektion ist weitergegangen: Diese Antwort gehört zu einer früheren Frage.",
        "Give a number from %1 to %2.":
            "Bitte eine Zahl von %1 bis %2 eingeben.",
        "That choice does not exist.":
            "Diese Auswahl gibt es nicht.",
        "The answer could not be read.":
            "Die Antwort konnte nicht gelesen werden.",
        "The request is too large.":
            "Die Anfrage ist zu groß.",
        "No such page.":
            "Diese Seite gibt es nicht.",
        "Not allowed here.":
            "Hier nicht erlaubt.",
        "The lesson is over: thank you for taking part.":
            "Die Lektion ist zu Ende: Danke fürs Mitmachen.",
        "Room open at %1, code %2":
            "Raum offen unter %1, Code %2",
        "No answers from the room yet: wait, or press a number to answer for the room":
            "Noch keine Antworten aus dem Raum: warten oder mit einer Ziffer für den Raum antworten",
        "No room is open: R opens one":
            "Kein Raum offen: R öffnet einen",
        "The room needs the lesson command: campaign-sim lesson NAME --room":
            "Der Raum braucht den Befehl lesson: campaign-sim lesson NAME --room",
        "Could not open the room: %1":
            "Der Raum konnte nicht geöffnet werden: %1",
        "open the room for phones, or show and hide how to join it":
            "den Raum für Smartphones öffnen oder zeigen und verbergen, wie man beitritt",
        "room":
            "Raum",
        "Room %1 · %2 joined":
            "Raum %1 · %2 beigetreten",
        "%1 answered":
            "%1 geantwortet",
        "R: join":
            "R: Beitritt",
        "The room's guesses (%1, median %2):":
            "Die Schätzungen des Raums (%1, Median %2):",
        "answer":
            "Antwort",
        "%1 below, %2 above the bars":
            "%1 unter, %2 über den Balken",
        "Join the room":
            "Dem Raum beitreten",
        "R: back to the lesson":
            "R: zurück zur Lektion",
        "Open on a phone: %1":
            "Auf dem Smartphone öffnen: %1",
        "Room code: %1":
            "Raumcode: %1",
        "No app, no account, no name: answers are anonymous and vanish when the lesson ends.":
            "Keine App, kein Konto, kein Name: Die Antworten sind anonym und verschwinden mit dem Ende der Lektion.",
        "The QR code needs a UTF-8 terminal.":
            "Der QR-Code braucht ein UTF-8-Terminal.",
        "Make the terminal larger to show the QR code.":
            "Das Terminal vergrößern, um den QR-Code zu zeigen.",
        "the room said %1":
            "der Raum sagte %1",
        "The room answers on their phones; g shows the spread, Enter reveals.":
            "Der Raum antwortet auf den Smartphones; g zeigt die Streuung, Enter löst auf.",
        "campaign-sim: no room was opened, so %1 was not written":
            "campaign-sim: Es wurde kein Raum geöffnet, daher wurde %1 nicht geschrieben",
        "campaign-sim: wrote the room's answers to %1":
            "campaign-sim: Die Antworten des Raums stehen in %1",
        "show or hide the spread of the room's guesses (before the reveal too)":
            "die Streuung der Schätzungen des Raums zeigen oder verbergen (auch vor der Auflösung)",
        "%1 already exists; the debrief never replaces a file: choose another name for --room-export":
            "%1 gibt es schon; die Nachbesprechung ersetzt nie eine Datei: bitte einen anderen Namen für --room-export wählen",
    ]
}
