import Testing
@testable import ScenarioKit

/// Every key the schema allows is read by a decoder case of its own: giving each one in turn a
/// value of the wrong kind must produce a diagnostic on exactly that key's path. A key that fell
/// into a catch-all branch, or was silently dropped, would fail here.
@Suite("Every allowed key is decoded")
struct EveryKeyIsReadTests {
    /// A full scenario with every optional key present, so each can be replaced in place.
    static let base: [(path: String, yaml: String)] = [
        ("name", "name: T"), ("description", "description: d"), ("seed", "seed: 3"),
        ("categories", "categories: [a, b]"),
        ("model", "model:\n  relevance_weight: 1\n  prior_strength: 4\n  interest_default: 0.2\n  vulnerable_sensitivity: 2\n  exposure_half: 10\n  learning: thompson"),
        ("consent", "consent:\n  rate: 0.5\n  sweep: {from: 0, to: 1, step: 0.5}\n  withdrawal_weekly: 0.02"),
        ("privacy", "privacy:\n  k: 5\n  epsilon: 1\n  history_clip: 10\n  pseudonym_linkage: 0.5\n  fallback: broadcast\n  protect_vulnerable: true\n  retention_weeks: 3"),
        ("company", "company:\n  annual_turnover_eur: 100\n  sme: false\n  size: large\n  online_platform: true\n  very_large_platform: false\n  sector: retail\n  ai_systems: [personalized]"),
        ("campaign", "campaign:\n  weeks: 4\n  channel: email"),
        ("strategies", "strategies: [broadcast, segment]"),
        ("cohorts", "cohorts:\n  - name: c\n    size: 10\n    age_bands: {\"25-34\": 1}\n    regions: {r: 1}\n    interests: {a: 1}\n    base_rate: 0.1\n    base_spread: 0.5\n    incentive_sensitivity: 2\n    history_mean: 3\n    consent_bias: 1\n    vulnerable_share: 0\n    organic_rate: 0.01"),
        ("offers", "offers:\n  - name: o\n    kind: voucher\n    category: a\n    incentive: 0.1\n    value_eur: 10\n    cost_eur: 1\n    adult_only: false\n    sponsored: true"),
        ("region_names", "region_names: {r: Rome}"),
        ("translations", "translations: {de: {name: D, description: e, cohorts: {c: k}, offers: {o: p}, categories: {a: x, b: y}, regions: {r: Rom}}}"),
    ]

    static var yaml: String { base.map(\.yaml).joined(separator: "\n") + "\n" }

    /// Every nested key as (path, the exact line that holds it).
    static var keyLines: [(path: String, line: String)] {
        var result: [(String, String)] = []
        for (section, text) in base {
            let lines = text.split(separator: "\n").map(String.init)
            if lines.count == 1 { result.append((section, lines[0])); continue }
            for line in lines.dropFirst() {
                let trimmed = line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "- ", with: "")
                let key = String(trimmed.prefix { $0 != ":" }).replacingOccurrences(of: "\"", with: "")
                let prefix = section == "cohorts" || section == "offers" ? "\(section)[0]" : section
                result.append(("\(prefix).\(key)", line))
            }
        }
        return result
    }

    @Test func theFullScenarioIsValid() throws {
        let scenario = try ScenarioLoader.load(yaml: Self.yaml, file: "full.yaml")
        #expect(scenario.model.exposureHalf == 10 && scenario.privacy.protectVulnerable && !scenario.company.sme)
        #expect(scenario.consent.sweep == [0, 0.5, 1])
        #expect(scenario.campaign.weeks == 4 && scenario.consent.withdrawalWeekly == 0.02 && scenario.privacy.retentionWeeks == 3)
        #expect(scenario.campaign.channel == .email && scenario.offers[0].sponsored)
        #expect(scenario.company.onlinePlatform && scenario.company.size == .large && scenario.company.sector == .retail)
        #expect(scenario.company.aiSystems == [.personalized] && scenario.company.aiSystemsGiven)
        #expect(scenario.regionLabel("r") == "Rome (r)" && scenario.localized(.de).regionLabel("r") == "Rom (r)")
        // A name for a region no cohort has is an error on its key, with the known keys.
        let unknown = Self.diagnostics(Self.yaml.replacingOccurrences(of: "region_names: {r: Rome}", with: "region_names: {q: Rome}"))
        #expect(unknown.contains { $0.path.hasPrefix("region_names") })
        // The writer keeps both, so a saved scenario reads back with its names.
        let again = try ScenarioLoader.load(yaml: ScenarioWriter.yaml(scenario), file: "again.yaml")
        #expect(again.regionNames == ["r": "Rome"] && again.translations[.de]?.regions == ["r": "Rom"])
    }

    /// A name holding DEL, a C1 control or a non-character is written escaped and reads back the same
    /// (calibrate writes names from data files; YAML allows none of them raw).
    @Test func theWriterEscapesWhatYAMLCannotHoldRaw() throws {
        var scenario = try ScenarioLoader.load(yaml: Self.yaml, file: "full.yaml")
        scenario.name = "a\u{7F}b\u{9B}c\u{85}d\u{FFFE}e\u{1B}f"
        let again = try ScenarioLoader.load(yaml: ScenarioWriter.yaml(scenario), file: "again.yaml")
        #expect(again.name == scenario.name)
    }

    @Test func theFullScenarioHoldsEveryAllowedKey() {
        let paths = Set(Self.keyLines.map(\.path))
        let sections: [(String, [String])] = [("model", ScenarioDecoder.modelKeys), ("consent", ScenarioDecoder.consentKeys),
            ("privacy", ScenarioDecoder.privacyKeys), ("company", ScenarioDecoder.companyKeys), ("campaign", ScenarioDecoder.campaignKeys),
            ("cohorts[0]", ScenarioDecoder.cohortKeys), ("offers[0]", ScenarioDecoder.offerKeys)]
        var expected = Set(ScenarioDecoder.topKeys.filter { !["model", "consent", "privacy", "company", "campaign", "cohorts", "offers"].contains($0) })
        for (prefix, keys) in sections { for key in keys { expected.insert("\(prefix).\(key)") } }
        #expect(expected.subtracting(paths).isEmpty, "not covered: \(expected.subtracting(paths).sorted())")
    }

    @Test(arguments: EveryKeyIsReadTests.keyLines.map(\.path))
    func aWrongValueOnTheKeyIsReportedOnItsPath(_ path: String) throws {
        let line = Self.keyLines.first { $0.path == path }!.line
        let indent = String(line.prefix { $0 == " " || $0 == "-" })
        let key = String(line.dropFirst(indent.count).prefix { $0 != ":" })
        // A mapping is the wrong kind of value for every key but the sections, whose wrong kind is a list.
        let replacement = ["model", "consent", "privacy", "company", "campaign"].contains(path) ? "[1, 2]" : "{zz: {zz: 1}}"
        let broken = Self.yaml.replacingOccurrences(of: line, with: "\(indent)\(key): \(replacement)")
        #expect(broken != Self.yaml)
        let diagnostics = Self.diagnostics(broken)
        #expect(!diagnostics.isEmpty, "\(path): a wrong value was accepted")
        let onPath = diagnostics.contains { $0.path == path || $0.path.hasPrefix(path + ".") || $0.path.hasPrefix(path + "[") }
        #expect(onPath, "\(path): \(diagnostics.map(\.description))")
    }

    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try ScenarioLoader.load(yaml: yaml, file: "broken.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }
}

/// Every shipped scenario speaks German about itself (issue 19).
@Suite("Scenario translations")
struct ScenarioTranslationTests {
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func everyShippedScenarioHasGermanTexts(_ name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name)
        let de = try #require(scenario.translations[.de], "\(name) has no German translation block")
        #expect(!de.name.isEmpty && !de.description.isEmpty)
        #expect(Set(de.cohorts.keys) == Set(scenario.cohorts.map(\.name)), "\(name): cohorts without German names")
        #expect(Set(de.offers.keys) == Set(scenario.offers.map(\.name)), "\(name): offers without German names")
        #expect(Set(de.categories.keys) == Set(scenario.categories), "\(name): categories without German names")
        let shown = scenario.localized(.de)
        #expect(shown.name == de.name && shown.offers.map(\.name) == scenario.offers.map { de.offers[$0.name]! })
        // Display only: the numbers are untouched, and a round trip through the writer keeps the block.
        #expect(shown.cohorts.map(\.size) == scenario.cohorts.map(\.size))
        let again = try ScenarioLoader.load(yaml: ScenarioWriter.yaml(scenario), file: "saved.yaml")
        #expect(again.translations == scenario.translations)
    }

    @Test func aTranslationOfAnUnknownNameIsAnError() {
        let yaml = EveryKeyIsReadTests.yaml.replacingOccurrences(of: "offers: {o: p}", with: "offers: {oo: p}")
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(yaml: yaml, file: "t.yaml") }
        do { _ = try ScenarioLoader.load(yaml: yaml, file: "t.yaml") } catch {
            #expect("\(error)".contains("translations.de.offers.oo"))
        }
    }
}
