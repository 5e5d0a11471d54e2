import Foundation

/// Writes a scenario back as YAML that the loader reads to the same values.
public enum ScenarioWriter {
    /// YAML text for `scenario`, with a schema comment and every setting spelled out.
    public static func yaml(_ scenario: Scenario) -> String {
        // A value that is a range is written as its range, so robustness reads the same file back.
        let ranges = Dictionary(scenario.uncertain.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        func value(_ path: String, _ v: Double) -> String {
            guard let r = ranges[path] else { return number(v) }
            return "{low: \(number(r.low))" + (r.mode.map { ", mode: \(number($0))" } ?? "") + ", high: \(number(r.high))}"
        }
        var out = "# yaml-language-server: $schema=scenario.schema.json\n"
        out += "# Saved by campaign-sim.\n"
        out += "name: \(quote(scenario.name))\n"
        out += "description: \(block(scenario.description))"
        out += "seed: \(scenario.seed)\n"
        out += "categories: [\(scenario.categories.map(quote).joined(separator: ", "))]\n"
        let m = scenario.model
        out += "model:\n  relevance_weight: \(value("model.relevance_weight", m.relevanceWeight))\n  prior_strength: \(value("model.prior_strength", m.priorStrength))\n"
        out += "  interest_default: \(number(m.interestDefault))\n  vulnerable_sensitivity: \(number(m.vulnerableSensitivity))\n"
        out += "  exposure_half: \(number(m.exposureHalf))\n"
        if m.learning != .known { out += "  learning: \(m.learning.rawValue)\n" }
        out += "consent:\n  rate: \(value("consent.rate", scenario.consent.rate))\n"
        out += "  sweep: [\(scenario.consent.sweep.map(number).joined(separator: ", "))]\n"
        // The time keys of MODEL.md §9 are written only where they are set, so one-shot files stay as they were.
        if scenario.consent.withdrawalWeekly != 0 || ranges["consent.withdrawal_weekly"] != nil {
            out += "  withdrawal_weekly: \(value("consent.withdrawal_weekly", scenario.consent.withdrawalWeekly))\n"
        }
        let p = scenario.privacy
        out += "privacy:\n  k: \(p.k)\n  epsilon: \(p.epsilon.map(number) ?? "null")\n  history_clip: \(p.historyClip)\n"
        out += "  pseudonym_linkage: \(value("privacy.pseudonym_linkage", p.pseudonymLinkage))\n  fallback: \(p.fallback.rawValue)\n"
        out += "  protect_vulnerable: \(p.protectVulnerable)\n"
        if let w = p.retentionWeeks { out += "  retention_weeks: \(w)\n" }
        let c = scenario.company
        out += "company:\n  annual_turnover_eur: \(number(c.annualTurnoverEUR))\n  sme: \(c.sme)\n"
        // The v3 keys (MODEL.md §1) are written where they differ from the defaults, so v2 files stay as they were.
        if c.size != .large && c.size != .medium { out += "  size: \(c.size.rawValue)\n" }
        if c.onlinePlatform { out += "  online_platform: true\n" }
        if c.isVeryLargePlatform { out += "  very_large_platform: true\n" }
        if c.sector != .other { out += "  sector: \(c.sector.rawValue)\n" }
        if c.aiSystemsGiven { out += "  ai_systems: [\(c.aiSystems.map(\.rawValue).joined(separator: ", "))]\n" }
        let campaign = scenario.campaign
        if campaign.weeks != 1 || campaign.channel != .web {
            out += "campaign:\n"
            if campaign.weeks != 1 { out += "  weeks: \(campaign.weeks)\n" }
            if campaign.channel != .web { out += "  channel: \(campaign.channel.rawValue)\n" }
        }
        out += "strategies: [\(scenario.strategies.map(\.rawValue).joined(separator: ", "))]\n"
        out += "cohorts:\n"
        for (i, c) in scenario.cohorts.enumerated() {
            func cohortValue(_ key: String, _ v: Double) -> String { value("cohorts[\(i)].\(key)", v) }
            out += "  - name: \(quote(c.name))\n    size: \(c.size)\n"
            let bands = zip(AgeBand.allCases, c.ageBands).filter { $0.1 > 0 }.map { "\(quote($0.0.rawValue)): \(number($0.1))" }
            out += "    age_bands: {\(bands.joined(separator: ", "))}\n"
            out += "    regions: {\(c.regions.map { "\(quote($0.name)): \(number($0.weight))" }.joined(separator: ", "))}\n"
            if !c.interests.isEmpty {
                out += "    interests: {\(c.interests.map { "\(quote($0.name)): \(number($0.weight))" }.joined(separator: ", "))}\n"
            }
            out += "    base_rate: \(cohortValue("base_rate", c.baseRate))\n    base_spread: \(cohortValue("base_spread", c.baseSpread))\n"
            out += "    incentive_sensitivity: \(cohortValue("incentive_sensitivity", c.incentiveSensitivity))\n"
            out += "    history_mean: \(cohortValue("history_mean", c.historyMean))\n"
            out += "    consent_bias: \(cohortValue("consent_bias", c.consentBias))\n    vulnerable_share: \(cohortValue("vulnerable_share", c.vulnerableShare))\n"
            // Written only where set, so files without organic conversions stay as they were (MODEL.md §11).
            if c.organicRate != 0 || ranges["cohorts[\(i)].organic_rate"] != nil {
                out += "    organic_rate: \(cohortValue("organic_rate", c.organicRate))\n"
            }
        }
        out += "offers:\n"
        for (i, o) in scenario.offers.enumerated() {
            out += "  - name: \(quote(o.name))\n    kind: \(o.kind.rawValue)\n    category: \(quote(o.category ?? "any"))\n"
            out += "    incentive: \(value("offers[\(i)].incentive", o.incentive))\n    value_eur: \(value("offers[\(i)].value_eur", o.valueEUR))\n"
            out += "    cost_eur: \(value("offers[\(i)].cost_eur", o.costEUR))\n"
            out += "    adult_only: \(o.adultOnly)\n"
            if o.sponsored { out += "    sponsored: true\n" }
        }
        if !scenario.regionNames.isEmpty {
            out += "region_names:\n"
            for key in scenario.regionKeys { if let name = scenario.regionNames[key] { out += "  \(quote(key)): \(quote(name))\n" } }
        }
        if !scenario.translations.isEmpty {
            out += "translations:\n"
            for (language, t) in scenario.translations.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                out += "  \(language.rawValue):\n    name: \(quote(t.name))\n"
                if !t.description.isEmpty { out += "    description: \(quote(t.description))\n" }
                // In the scenario's order, so a saved file reads like the original.
                for (key, names, map) in [("cohorts", scenario.cohorts.map(\.name), t.cohorts), ("offers", scenario.offers.map(\.name), t.offers),
                                          ("categories", scenario.categories, t.categories)] where !map.isEmpty {
                    out += "    \(key):\n"
                    for name in names { if let text = map[name] { out += "      \(quote(name)): \(quote(text))\n" } }
                }
                if !t.regions.isEmpty {
                    out += "    regions:\n"
                    for key in scenario.regionKeys { if let text = t.regions[key] { out += "      \(quote(key)): \(quote(text))\n" } }
                }
            }
        }
        return out
    }

    /// A literal block (readable) when the text allows one exactly, else a quoted string; ends in a newline.
    static func block(_ text: String) -> String {
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let safe = !body.isEmpty && !body.hasSuffix("\n") && !text.contains("\r") && !text.contains("\t")
            && lines.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") }
            && !body.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }
        guard safe else { return quote(text) + "\n" }
        return (text.hasSuffix("\n") ? "|\n" : "|-\n") + lines.map { $0.isEmpty ? "\n" : "  \($0)\n" }.joined()
    }

    /// A double-quoted YAML string.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                // Control characters, DEL, C1 and the non-characters U+FFFE/FFFF are escaped: YAML
                // allows none of them raw, and a written scenario must always load again.
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) { result += "\\x" + (v < 0x10 ? "0" : "") + String(v, radix: 16, uppercase: true) }
                else if v == 0xFFFE || v == 0xFFFF { result += "\\u" + String(v, radix: 16, uppercase: true) }
                else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// Shortest text that reads back as the same number.
    static func number(_ value: Double) -> String { ShortestNumber.text(value) }
}
