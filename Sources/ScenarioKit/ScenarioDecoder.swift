import Foundation
import Localization
import Yams

/// Walks a composed YAML tree along the schema of MODEL.md §1, building a `Scenario`.
///
/// Every rule of the schema lives here; each problem is recorded in the reader and the walk
/// goes on, so one run reports all of them. It only descends into known keys and bounded
/// lists, which keeps hostile trees (alias bombs, huge maps) cheap.
package struct ScenarioDecoder {
    package let reader: NodeReader
    package init(reader: NodeReader) { self.reader = reader }

    static let topKeys = ["name", "description", "seed", "categories", "model", "consent", "privacy",
                          "company", "campaign", "strategies", "cohorts", "offers", "region_names", "translations"]
    static let modelKeys = ["relevance_weight", "prior_strength", "interest_default", "vulnerable_sensitivity", "exposure_half", "learning"]
    static let consentKeys = ["rate", "sweep", "withdrawal_weekly"]
    static let privacyKeys = ["k", "epsilon", "history_clip", "pseudonym_linkage", "fallback", "protect_vulnerable", "retention_weeks"]
    static let campaignKeys = ["weeks", "channel"]
    static let companyKeys = ["annual_turnover_eur", "sme", "size", "online_platform", "very_large_platform", "sector", "ai_systems"]
    static let cohortKeys = ["name", "size", "age_bands", "regions", "interests", "base_rate", "base_spread",
                             "incentive_sensitivity", "history_mean", "consent_bias", "vulnerable_share", "organic_rate"]
    static let offerKeys = ["name", "kind", "category", "incentive", "value_eur", "cost_eur", "adult_only", "sponsored"]

    /// The index in a list path such as `cohorts[3]`.
    static func index(in path: String) -> Int? {
        guard let open = path.lastIndex(of: "["), path.hasSuffix("]") else { return nil }
        return Int(path[path.index(after: open)..<path.index(before: path.endIndex)])
    }

    package func decode(_ root: Node) -> Scenario? {
        guard let entries = reader.mapping(root, "", allowed: Self.topKeys) else { return nil }
        func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
        var ok = true
        for required in ["name", "categories", "cohorts", "offers"] where value(required) == nil {
            reader.error(at: root, required, "is required")
            ok = false
        }
        let name = value("name").flatMap { reader.text($0, "name") }
        let description = value("description").map { reader.text($0, "description", allowEmpty: true, maxLength: 20_000) } ?? ""
        var seed: UInt64 = 1
        if let node = value("seed") {
            // The whole range `--seed` takes (UInt64): a shard's partial result writes the seed back.
            if case .scalar(let s) = node, s.style == .plain, let big = UInt64(s.string.replacingOccurrences(of: "_", with: "")), big > UInt64(Int.max) {
                seed = big
            } else if let s = reader.integer(node, "seed", 0...Int.max) { seed = UInt64(s) } else { ok = false }
        }
        let categories = value("categories").flatMap(decodeCategories)
        var model = ModelParameters()
        if let node = value("model") { ok = decodeModel(node, into: &model) && ok }
        var consent = ConsentSettings()
        if let node = value("consent") { ok = decodeConsent(node, into: &consent) && ok }
        var privacy = PrivacySettings()
        if let node = value("privacy") { ok = decodePrivacy(node, into: &privacy) && ok }
        var company = Company()
        if let node = value("company") { ok = decodeCompany(node, into: &company) && ok }
        var campaign = CampaignSettings()
        if let node = value("campaign") { ok = decodeCampaign(node, into: &campaign) && ok }
        var strategies = StrategyName.allCases
        if let node = value("strategies") {
            if let list = decodeStrategies(node) { strategies = list } else { ok = false }
        }
        let cohorts = value("cohorts").flatMap { decodeCohorts($0, categories: categories, interestDefault: model.interestDefault) }
        let offers = value("offers").flatMap { decodeOffers($0, categories: categories) }

        guard ok, let name, let description, let categories, let cohorts, let offers else { return nil }
        var scenario = Scenario(name: name, description: description, seed: seed, categories: categories, model: model,
                                consent: consent, privacy: privacy, company: company, strategies: strategies,
                                cohorts: cohorts, offers: offers)
        scenario.campaign = campaign
        scenario.uncertain = reader.ranges
        if let node = value("region_names") {
            guard let names = decodeRegionNames(node, "region_names", scenario) else { return nil }
            scenario.regionNames = names
        }
        if let node = value("translations") {
            guard let translations = decodeTranslations(node, scenario) else { return nil }
            scenario.translations = translations
        }
        return scenario
    }

    // MARK: - Sections

    /// `region_names: {"1": Berlin, …}`: a name of 1–64 characters for regions the cohorts use.
    private func decodeRegionNames(_ node: Node, _ path: String, _ scenario: Scenario) -> [String: String]? {
        guard let map = reader.mapping(node, path, allowed: scenario.regionKeys, maxEntries: ScenarioLoader.maxRegions) else { return nil }
        var out: [String: String] = [:]
        for item in map {
            guard let text = reader.text(item.value, reader.join(path, item.key), maxLength: 64) else { return nil }
            out[item.key] = text
        }
        return out
    }

    /// `translations: {de: {name, description, cohorts: {name: text}, offers: {…}, categories: {…}}}`;
    /// every key of the name maps must be a name the scenario has.
    private func decodeTranslations(_ node: Node, _ scenario: Scenario) -> [Language: ScenarioTranslation]? {
        let others = Language.allCases.filter { $0 != .en }
        guard let entries = reader.mapping(node, "translations", allowed: others.map(\.rawValue)) else { return nil }
        var result: [Language: ScenarioTranslation] = [:]
        var ok = true
        for entry in entries {
            guard let language = Language(rawValue: entry.key) else { continue }
            let path = "translations.\(entry.key)"
            guard let fields = reader.mapping(entry.value, path, allowed: ScenarioTranslation.keys) else { ok = false; continue }
            func field(_ key: String) -> Node? { fields.first { $0.key == key }?.value }
            guard let nameNode = field("name") else { reader.error(at: entry.value, reader.join(path, "name"), "is required"); ok = false; continue }
            guard let name = reader.text(nameNode, reader.join(path, "name")) else { ok = false; continue }
            let description = field("description").map { reader.text($0, reader.join(path, "description"), allowEmpty: true, maxLength: 20_000) } ?? ""
            func names(_ key: String, _ known: [String]) -> [String: String]? {
                guard let node = field(key) else { return [:] }
                let mapPath = reader.join(path, key)
                guard let map = reader.mapping(node, mapPath, allowed: known, maxEntries: 64) else { return nil }
                var out: [String: String] = [:]
                for item in map {
                    guard let text = reader.text(item.value, reader.join(mapPath, item.key), maxLength: key == "categories" ? 64 : 200) else { return nil }
                    out[item.key] = text
                }
                return out
            }
            guard let description, let cohorts = names("cohorts", scenario.cohorts.map(\.name)),
                  let offers = names("offers", scenario.offers.map(\.name)), let categories = names("categories", scenario.categories) else { ok = false; continue }
            var regions: [String: String] = [:]
            if let node = field("regions") {
                guard let names = decodeRegionNames(node, reader.join(path, "regions"), scenario) else { ok = false; continue }
                regions = names
            }
            result[language] = ScenarioTranslation(name: name, description: description, cohorts: cohorts, offers: offers, categories: categories,
                                                   regions: regions)
        }
        return ok ? result : nil
    }

    private func decodeCategories(_ node: Node) -> [String]? {
        guard let items = reader.sequence(node, "categories", minCount: 2, maxCount: 32, what: "category names") else { return nil }
        var names: [String] = []
        var ok = true
        for (i, item) in items.enumerated() {
            let path = "categories[\(i)]"
            guard let name = reader.text(item, path, maxLength: 64) else { ok = false; continue }
            if name == "any" {
                reader.error(at: item, path, "\"any\" is reserved for offers that fit every category")
                ok = false
            } else if names.contains(name) {
                reader.error(at: item, path, "duplicate category \"\(name)\"")
                ok = false
            }
            names.append(name)
        }
        return ok ? names : nil
    }

    private func decodeModel(_ node: Node, into model: inout ModelParameters) -> Bool {
        guard let entries = reader.mapping(node, "model", allowed: Self.modelKeys) else { return false }
        var ok = true
        for entry in entries {
            let path = "model.\(entry.key)"
            switch entry.key {
            case "relevance_weight":
                if let v = Dial.relevanceWeight.read(entry.value, path, reader, inScenario: true)?.number { model.relevanceWeight = v } else { ok = false }
            case "prior_strength":
                if let v = reader.uncertain(entry.value, path, "> 0 (at most 1e6)", target: .priorStrength, { $0 > 0 && $0 <= 1e6 }) { model.priorStrength = v } else { ok = false }
            case "interest_default":
                if let v = reader.number(entry.value, path, "> 0 (at most 1000)", { $0 > 0 && $0 <= 1000 }) { model.interestDefault = v } else { ok = false }
            case "vulnerable_sensitivity":
                if let v = reader.number(entry.value, path, "from 1 to 100", { $0 >= 1 && $0 <= 100 }) { model.vulnerableSensitivity = v } else { ok = false }
            case "exposure_half":
                if let v = reader.number(entry.value, path, "> 0 (at most 1e6)", { $0 > 0 && $0 <= 1e6 }) { model.exposureHalf = v } else { ok = false }
            case "learning":
                if case .learning(let v)? = Dial.learning.read(entry.value, path, reader, inScenario: true) { model.learning = v } else { ok = false }
            default:
                ok = reader.unhandled(entry, path)
            }
        }
        return ok
    }

    private func decodeConsent(_ node: Node, into consent: inout ConsentSettings) -> Bool {
        guard let entries = reader.mapping(node, "consent", allowed: Self.consentKeys) else { return false }
        var ok = true
        for entry in entries {
            switch entry.key {
            case "rate":
                if let v = Dial.consentRate.read(entry.value, "consent.rate", reader, inScenario: true)?.number { consent.rate = v } else { ok = false }
            case "sweep":
                if let sweep = decodeSweep(entry.value) { consent.sweep = sweep } else { ok = false }
            case "withdrawal_weekly":
                if let v = Dial.withdrawal.read(entry.value, "consent.withdrawal_weekly", reader, inScenario: true)?.number { consent.withdrawalWeekly = v } else { ok = false }
            default:
                ok = reader.unhandled(entry, "consent.\(entry.key)")
            }
        }
        return ok
    }

    /// Most rates a sweep may visit.
    static let maxSweepRates = 1001

    private func decodeSweep(_ node: Node) -> [Double]? {
        let path = "consent.sweep"
        if case .mapping = node {
            guard let entries = reader.mapping(node, path, allowed: ["from", "to", "step"]) else { return nil }
            var from = 0.0, to = 1.0, step = 0.1
            var ok = true
            for entry in entries {
                let p = "\(path).\(entry.key)"
                let range = entry.key == "step" ? "in (0, 1]" : "from 0 to 1"
                let check: (Double) -> Bool = entry.key == "step" ? { $0 > 0 && $0 <= 1 } : unitInterval
                guard let v = reader.number(entry.value, p, range, check) else { ok = false; continue }
                switch entry.key {
                case "from": from = v
                case "to": to = v
                case "step": step = v
                default: ok = reader.unhandled(entry, p)
                }
            }
            guard ok else { return nil }
            if from > to {
                reader.error(at: node, path, "\"from\" (\(from)) must not be larger than \"to\" (\(to))")
                return nil
            }
            let count = Int(((to - from) / step + 1e-9).rounded(.down)) + 1
            if count > Self.maxSweepRates {
                reader.error(at: node, path, "would visit \(count) rates; at most \(Self.maxSweepRates) are allowed")
                return nil
            }
            // Round to 12 decimals so that 0.1 steps print as 0.3, not 0.30000000000000004.
            return (0..<count).map { i in min(to, ((from + Double(i) * step) * 1e12).rounded() / 1e12) }
        }
        guard let items = reader.sequence(node, path, minCount: 1, maxCount: Self.maxSweepRates, what: "consent rates") else { return nil }
        var rates: [Double] = []
        for (i, item) in items.enumerated() {
            if let v = reader.number(item, "\(path)[\(i)]", "from 0 to 1", unitInterval) { rates.append(v) }
        }
        return rates.count == items.count ? rates : nil
    }

    private func decodePrivacy(_ node: Node, into privacy: inout PrivacySettings) -> Bool {
        guard let entries = reader.mapping(node, "privacy", allowed: Self.privacyKeys) else { return false }
        var ok = true
        for entry in entries {
            let path = "privacy.\(entry.key)"
            switch entry.key {
            case "k":
                if let v = Dial.k.read(entry.value, path, reader, inScenario: true)?.number { privacy.k = Int(v) } else { ok = false }
            case "epsilon":
                if let v = Dial.epsilon.read(entry.value, path, reader, inScenario: true) { privacy.epsilon = v.number } else { ok = false }
            case "history_clip":
                if let v = reader.integer(entry.value, path, 1...10_000) { privacy.historyClip = v } else { ok = false }
            case "pseudonym_linkage":
                if let v = Dial.linkage.read(entry.value, path, reader, inScenario: true)?.number { privacy.pseudonymLinkage = v } else { ok = false }
            case "fallback":
                if case .fallback(let v)? = Dial.fallback.read(entry.value, path, reader, inScenario: true) { privacy.fallback = v } else { ok = false }
            case "protect_vulnerable":
                if case .flag(let v)? = Dial.protectVulnerable.read(entry.value, path, reader, inScenario: true) { privacy.protectVulnerable = v } else { ok = false }
            case "retention_weeks":
                if let v = Dial.retention.read(entry.value, path, reader, inScenario: true) { privacy.retentionWeeks = v.number.map { Int($0) } } else { ok = false }
            default:
                ok = reader.unhandled(entry, path)
            }
        }
        return ok
    }

    private func decodeCampaign(_ node: Node, into campaign: inout CampaignSettings) -> Bool {
        guard let entries = reader.mapping(node, "campaign", allowed: Self.campaignKeys) else { return false }
        var ok = true
        for entry in entries {
            switch entry.key {
            case "weeks":
                if let v = Dial.weeks.read(entry.value, "campaign.weeks", reader, inScenario: true)?.number { campaign.weeks = Int(v) } else { ok = false }
            case "channel":
                if let v = reader.choice(entry.value, "campaign.channel", Channel.allCases.map(\.rawValue)) { campaign.channel = Channel(rawValue: v)! } else { ok = false }
            default:
                ok = reader.unhandled(entry, "campaign.\(entry.key)")
            }
        }
        return ok
    }

    private func decodeCompany(_ node: Node, into company: inout Company) -> Bool {
        guard let entries = reader.mapping(node, "company", allowed: Self.companyKeys) else { return false }
        var ok = true
        var sme: Bool?, size: EnterpriseSize?
        for entry in entries {
            switch entry.key {
            case "annual_turnover_eur":
                if let v = reader.number(entry.value, "company.annual_turnover_eur", "from 0 to 1e13", { $0 >= 0 && $0 <= 1e13 }) { company.annualTurnoverEUR = v } else { ok = false }
            case "sme":
                if let v = reader.bool(entry.value, "company.sme") { sme = v } else { ok = false }
            case "size":
                if let v = reader.choice(entry.value, "company.size", EnterpriseSize.allCases.map(\.rawValue)) { size = EnterpriseSize(rawValue: v) } else { ok = false }
            case "online_platform":
                if let v = reader.bool(entry.value, "company.online_platform") { company.onlinePlatform = v } else { ok = false }
            case "very_large_platform":
                if let v = reader.bool(entry.value, "company.very_large_platform") { company.veryLargePlatform = v } else { ok = false }
            case "sector":
                if let v = reader.choice(entry.value, "company.sector", Sector.allCases.map(\.rawValue)) { company.sector = Sector(rawValue: v)! } else { ok = false }
            case "ai_systems":
                if let list = decodeStrategies(entry.value, "company.ai_systems", minCount: 0) { company.aiSystems = list; company.aiSystemsGiven = true } else { ok = false }
            default:
                ok = reader.unhandled(entry, "company.\(entry.key)")
            }
        }
        // `sme` is v2's spelling: true means medium unless `size` is given, which wins (MODEL.md §1).
        if let size { company.size = size } else if let sme { company.sme = sme }
        if company.veryLargePlatform && !company.onlinePlatform, let node = entries.first(where: { $0.key == "very_large_platform" })?.value {
            reader.error(at: node, "company.very_large_platform", "is true but company.online_platform is not; a very large online platform is an online platform (DSA Art. 33)")
            ok = false
        }
        return ok
    }

    /// A list of strategy names without repeats at `key` (`strategies`, `company.ai_systems`).
    private func decodeStrategies(_ node: Node, _ key: String = "strategies", minCount: Int = 1) -> [StrategyName]? {
        guard let items = reader.sequence(node, key, minCount: minCount, maxCount: StrategyName.allCases.count, what: "strategy names") else { return nil }
        var result: [StrategyName] = []
        var ok = true
        for (i, item) in items.enumerated() {
            let path = "\(key)[\(i)]"
            guard let raw = reader.choice(item, path, StrategyName.allCases.map(\.rawValue)) else { ok = false; continue }
            let strategy = StrategyName(rawValue: raw)!
            if result.contains(strategy) {
                reader.error(at: item, path, "strategy \"\(raw)\" is listed twice")
                ok = false
            }
            result.append(strategy)
        }
        return ok ? result : nil
    }

    // MARK: - Cohorts

    private func decodeCohorts(_ node: Node, categories: [String]?, interestDefault: Double) -> [Cohort]? {
        guard let items = reader.sequence(node, "cohorts", minCount: 1, maxCount: 64, what: "cohorts") else { return nil }
        var cohorts: [Cohort] = []
        var ok = true
        for (i, item) in items.enumerated() {
            if let cohort = decodeCohort(item, "cohorts[\(i)]", categories: categories) {
                if cohorts.contains(where: { $0.name == cohort.name }) {
                    reader.error(at: item, "cohorts[\(i)].name", "duplicate cohort name \"\(cohort.name)\"")
                    ok = false
                }
                cohorts.append(cohort)
            } else {
                ok = false
            }
        }
        guard ok else { return nil }
        let total = cohorts.reduce(0) { $0 + $1.size }
        if total < 1 || total > ScenarioLoader.maxCustomers {
            reader.error(at: node, "cohorts", "all cohorts together must have 1 to \(ScenarioLoader.maxCustomers.formatted()) customers, got \(total)")
            return nil
        }
        var regions: Set<String> = []
        for cohort in cohorts { for region in cohort.regions { regions.insert(region.name) } }
        if regions.count > ScenarioLoader.maxRegions {
            reader.error(at: node, "cohorts", "\(regions.count) distinct regions; at most \(ScenarioLoader.maxRegions) are allowed")
            return nil
        }
        return cohorts
    }

    private func decodeCohort(_ node: Node, _ path: String, categories: [String]?) -> Cohort? {
        guard let entries = reader.mapping(node, path, allowed: Self.cohortKeys) else { return nil }
        func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
        var ok = true
        for required in ["name", "size", "base_rate"] where value(required) == nil {
            reader.error(at: node, "\(path).\(required)", "is required")
            ok = false
        }
        let name = value("name").flatMap { reader.text($0, "\(path).name", maxLength: 64) }
        let size = value("size").flatMap { reader.integer($0, "\(path).size", 0...ScenarioLoader.maxCustomers) }
        let index = Self.index(in: path)
        let baseRate = value("base_rate").flatMap { reader.uncertain($0, "\(path).base_rate", "in (0, 1)", target: index.map { .cohort($0, .baseRate) }, { $0 > 0 && $0 < 1 }) }
        guard let name, let size, let baseRate else { return nil }
        var cohort = Cohort(name: name, size: size, baseRate: baseRate)
        for entry in entries {
            let p = "\(path).\(entry.key)"
            switch entry.key {
            case "age_bands":
                if let weights = decodeAgeBands(entry.value, p) { cohort.ageBands = weights } else { ok = false }
            case "regions":
                if let regions = decodeWeights(entry.value, p, what: "region", maxEntries: ScenarioLoader.maxRegions, allowZero: true, known: nil) {
                    cohort.regions = regions
                } else { ok = false }
            case "interests":
                if let interests = decodeWeights(entry.value, p, what: "category", maxEntries: 32, allowZero: false, known: categories) {
                    cohort.interests = interests
                } else { ok = false }
            case "base_spread":
                if let v = reader.uncertain(entry.value, p, "from 0 to 10", target: index.map { .cohort($0, .baseSpread) }, { $0 >= 0 && $0 <= 10 }) { cohort.baseSpread = v } else { ok = false }
            case "incentive_sensitivity":
                if let v = reader.uncertain(entry.value, p, "from 0 to 100", target: index.map { .cohort($0, .incentiveSensitivity) }, { $0 >= 0 && $0 <= 100 }) { cohort.incentiveSensitivity = v } else { ok = false }
            case "history_mean":
                if let v = reader.uncertain(entry.value, p, "from 0 to 1000", target: index.map { .cohort($0, .historyMean) }, { $0 >= 0 && $0 <= 1000 }) { cohort.historyMean = v } else { ok = false }
            case "consent_bias":
                if let v = reader.uncertain(entry.value, p, "from 0 to 1000", target: index.map { .cohort($0, .consentBias) }, { $0 >= 0 && $0 <= 1000 }) { cohort.consentBias = v } else { ok = false }
            case "vulnerable_share":
                if let v = reader.uncertain(entry.value, p, "from 0 to 1", target: index.map { .cohort($0, .vulnerableShare) }, unitInterval) { cohort.vulnerableShare = v } else { ok = false }
            case "organic_rate":
                // Below 1: a cohort that always buys anyway leaves nothing for a campaign to cause.
                if let v = reader.uncertain(entry.value, p, "from 0 to below 1", target: index.map { .cohort($0, .organicRate) }, { $0 >= 0 && $0 < 1 }) {
                    cohort.organicRate = v
                } else { ok = false }
            case "name", "size", "base_rate":
                break // read above, before the cohort exists
            default:
                ok = reader.unhandled(entry, p)
            }
        }
        return ok ? cohort : nil
    }

    private func decodeAgeBands(_ node: Node, _ path: String) -> [Double]? {
        let bands = AgeBand.allCases.map(\.rawValue)
        guard let entries = reader.mapping(node, path, allowed: bands, maxEntries: 16) else { return nil }
        var weights = [Double](repeating: 0, count: bands.count)
        var ok = true
        for entry in entries {
            guard let v = reader.number(entry.value, "\(path).\(entry.key)", "≥ 0", { $0 >= 0 && $0 <= 1e12 }) else { ok = false; continue }
            weights[bands.firstIndex(of: entry.key)!] = v
        }
        guard ok else { return nil }
        if weights.reduce(0, +) <= 0 {
            reader.error(at: node, path, "weights must add up to more than 0")
            return nil
        }
        return weights
    }

    private func decodeWeights(_ node: Node, _ path: String, what: String, maxEntries: Int, allowZero: Bool, known: [String]?) -> [Weighted]? {
        guard let entries = reader.mapping(node, path, maxEntries: maxEntries) else { return nil }
        if entries.isEmpty {
            reader.error(at: node, path, "must list at least one \(what)")
            return nil
        }
        var result: [Weighted] = []
        var ok = true
        for entry in entries {
            let p = "\(path).\(entry.key)"
            if let known, !known.contains(entry.key) {
                var message = "unknown \(what) \"\(reader.clip(entry.key))\""
                if let near = Suggestion.nearest(to: entry.key, in: known) { message += "; did you mean \"\(near)\"?" }
                else { message += "; the scenario's categories are \(known.joined(separator: ", "))" }
                reader.error(at: entry.keyNode, p, message)
                ok = false
                continue
            }
            if entry.key.isEmpty || entry.key.count > 64 {
                reader.error(at: entry.keyNode, p, "\(what) names must be 1 to 64 characters")
                ok = false
                continue
            }
            let range = allowZero ? "≥ 0" : "> 0"
            guard let v = reader.number(entry.value, p, range, { (allowZero ? $0 >= 0 : $0 > 0) && $0 <= 1e12 }) else { ok = false; continue }
            result.append(Weighted(entry.key, v))
        }
        guard ok else { return nil }
        if allowZero && result.reduce(0, { $0 + $1.weight }) <= 0 {
            reader.error(at: node, path, "weights must add up to more than 0")
            return nil
        }
        return result
    }

    // MARK: - Offers

    private func decodeOffers(_ node: Node, categories: [String]?) -> [Offer]? {
        guard let items = reader.sequence(node, "offers", minCount: 1, maxCount: 32, what: "offers") else { return nil }
        var offers: [Offer] = []
        var ok = true
        for (i, item) in items.enumerated() {
            guard let offer = decodeOffer(item, "offers[\(i)]", categories: categories) else { ok = false; continue }
            if offers.contains(where: { $0.name == offer.name }) {
                reader.error(at: item, "offers[\(i)].name", "duplicate offer name \"\(offer.name)\"")
                ok = false
            }
            offers.append(offer)
        }
        return ok ? offers : nil
    }

    private func decodeOffer(_ node: Node, _ path: String, categories: [String]?) -> Offer? {
        guard let entries = reader.mapping(node, path, allowed: Self.offerKeys) else { return nil }
        func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
        var ok = true
        for required in ["name", "category", "incentive", "value_eur", "cost_eur"] where value(required) == nil {
            reader.error(at: node, "\(path).\(required)", "is required")
            ok = false
        }
        let name = value("name").flatMap { reader.text($0, "\(path).name", maxLength: 64) }
        var kind = OfferKind.other
        if let node = value("kind") {
            if let raw = reader.choice(node, "\(path).kind", OfferKind.allCases.map(\.rawValue)) { kind = OfferKind(rawValue: raw)! } else { ok = false }
        }
        var category: String?? = nil
        if let node = value("category") {
            if let categories {
                if let raw = reader.choice(node, "\(path).category", categories + ["any"]) { category = .some(raw == "any" ? nil : raw) } else { ok = false }
            } else {
                ok = false // categories are broken; that error is already reported
            }
        }
        let index = Self.index(in: path)
        let incentive = value("incentive").flatMap { reader.uncertain($0, "\(path).incentive", "from 0 to 100", target: index.map { .offer($0, .incentive) }, { $0 >= 0 && $0 <= 100 }) }
        let valueEUR = value("value_eur").flatMap { reader.uncertain($0, "\(path).value_eur", "from 0 to 1e9", target: index.map { .offer($0, .valueEUR) }, { $0 >= 0 && $0 <= 1e9 }) }
        let costEUR = value("cost_eur").flatMap { reader.uncertain($0, "\(path).cost_eur", "from 0 to 1e9", target: index.map { .offer($0, .costEUR) }, { $0 >= 0 && $0 <= 1e9 }) }
        var sponsored = false
        if let node = value("sponsored") {
            if let v = reader.bool(node, "\(path).sponsored") { sponsored = v } else { ok = false }
        }
        var adultOnly = false
        if let node = value("adult_only") {
            if let v = reader.bool(node, "\(path).adult_only") { adultOnly = v } else { ok = false }
        }
        guard ok, let name, let category, let incentive, let valueEUR, let costEUR else { return nil }
        return Offer(name: name, kind: kind, category: category, incentive: incentive,
                     valueEUR: valueEUR, costEUR: costEUR, adultOnly: adultOnly, sponsored: sponsored)
    }

    private var unitInterval: (Double) -> Bool { { $0 >= 0 && $0 <= 1 } }
}
