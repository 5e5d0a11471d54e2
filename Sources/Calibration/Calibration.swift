import CampaignEngine
import Foundation
import ScenarioKit

/// A finished calibration: the fit, the scenario it gives, and the numbers of the fit report.
public struct Calibration: Sendable {
    /// What the experiment's columns are.
    public let spec: CalibrationSpec
    /// The rows the fit uses.
    public let data: CalibrationData
    /// The rows held out of the fit (empty without a holdout).
    public let held: CalibrationData
    /// The fitter, with its fixed draws.
    public let calibrator: Calibrator
    /// The fitted parameters, normalised so the least appealing offer has ι = 0.
    public let parameters: Calibrator.Parameters
    /// The relevance weights the data do not reject (95 % profile interval).
    public let betaInterval: (low: Double, high: Double, open: Bool)
    /// Each group's cohort name, distinct from every other (the scenario requires it).
    let names: [String]

    /// Reads, fits and normalises: the least appealing offer gets ι = 0 and the base rates take the
    /// rest (a common shift of every ι and every base logit gives the same rates, so it is fixed so).
    public init(table: CalibrationTable, spec: CalibrationSpec) throws(CalibrationError) {
        guard !spec.offers.isEmpty else { throw .usage("give at least one --offer LABEL=CATEGORY") }
        guard spec.offers.count <= 32 else { throw .usage("\(spec.offers.count) offers; a scenario holds at most 32") }
        guard !spec.history.isEmpty else { throw .usage("give at least one --history COLUMN=CATEGORY") }
        guard (0..<1).contains(spec.holdout) else { throw .usage("--holdout must be in [0, 1)") }
        try Self.checkRoles(spec)
        // These become the scenario's offer names and categories: its limits are checked here, on the option.
        for (option, text) in spec.offers.flatMap({ [("--offer", $0.label), ("--offer", $0.category)] }) + spec.history.map({ ("--history", $0.category) }) {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty, text.count <= Self.maxNameLength else {
                throw .usage("\(option): \"\(text.prefix(80))\" must be 1 to \(Self.maxNameLength) characters (it names an offer or a category of the scenario)")
            }
            guard text != "any" else { throw .usage("\(option): \"any\" is reserved for offers that fit every category; name the category") }
        }
        let labels = spec.offers.map(\.label)
        if let same = labels.first(where: { $0 == spec.control }) { throw .usage("--offer \"\(same)\" is the control arm; an offer is a treated arm") }
        if let twice = labels.first(where: { label in labels.filter { $0 == label }.count > 1 }) { throw .usage("--offer \"\(twice)\" is given twice") }
        // An offer about a category no history names is most often a typo ("book" for "books"):
        // it would add a category nobody has shown interest in. Refuse it unless asked for.
        let known = spec.history.map(\.category)
        if !spec.allowNewCategories, let offer = spec.offers.first(where: { !known.contains($0.category) }) {
            var message = "--offer \"\(offer.label)=\(offer.category)\": no --history names the category \"\(offer.category)\""
            if let near = Suggestion.nearest(to: offer.category, in: known) { message += "; did you mean \"\(near)\"?" }
            throw .usage(message + " (pass --new-category if the offer is about a category nobody bought before)")
        }
        let categories = Set(spec.history.map(\.category) + spec.offers.map(\.category))
        guard (2...32).contains(categories.count) else {
            throw .usage("--history and --offer name \(categories.count) categor\(categories.count == 1 ? "y" : "ies"); a scenario needs 2 to 32")
        }
        self.spec = spec
        (data, held) = try CalibrationData.read(table, spec)
        // Every arm must keep customers to fit: an empty arm would get an incentive from nothing.
        for (a, label) in (labels + [spec.control]).enumerated() where data.cells.reduce(0, { $0 + $1[a].customers }) == 0 {
            throw .file(table.file, spec.holdout > 0 ? "after holding out \(spec.holdout * 100) % of the customers, arm \"\(label)\" has none left to fit; hold out less"
                        : "arm \"\(label)\" has no customers")
        }
        try Self.checkFittable(data, spec, file: table.file)
        // Two groups can read alike (a category named like the fixed text, cohort values holding ", "):
        // a repeated name is numbered, within the 64 characters.
        let groups = data.groups
        var names = groups.indices.map { Self.name(of: groups[$0], spec, index: $0) }
        let first = names
        for g in names.indices where first.filter({ $0 == first[g] }).count > 1 {
            let mark = " #\(g + 1)"
            names[g] = String(first[g].prefix(Self.maxNameLength - mark.count)) + mark
        }
        self.names = names
        // The scenario gets a cohort per group, sized by its fitted customers: the loader's limit applies.
        let total = data.cells.reduce(0) { $0 + $1.reduce(0) { $0 + $1.customers } }
        guard total <= Self.maxCustomers else {
            throw .file(table.file, "the fitting part holds \(total) customers; a scenario holds at most \(Self.maxCustomers) (aggregate to fewer, or hold more out)")
        }
        calibrator = Calibrator(data: data, spec: spec)
        var p = calibrator.fit()
        let shift = p.incentives.min() ?? 0
        p.incentives = p.incentives.map { $0 - shift }
        p.baseRates = p.baseRates.map { Calibrator.sigmoid(Calibrator.logit($0) + shift) }
        parameters = p
        betaInterval = calibrator.betaInterval(p)
    }

    /// Each column plays one part: a column named as two things (the outcome as a cohort, a history
    /// column twice with different categories) gives a fit that means nothing.
    static func checkRoles(_ spec: CalibrationSpec) throws(CalibrationError) {
        var roles: [(option: String, column: String)] = [("--arm", spec.arm), ("--outcome", spec.outcome)]
        if let value = spec.value { roles.append(("--value", value)) }
        roles += spec.history.map { ("--history", $0.column) } + spec.cohorts.map { ("--cohort", $0) }
        for (i, role) in roles.enumerated() {
            guard let first = roles[..<i].first(where: { $0.column == role.column }) else { continue }
            if first.option == role.option {
                let categories = spec.history.filter { $0.column == role.column }.map(\.category)
                let detail = role.option == "--history" && Set(categories).count > 1 ? " (as \(categories.joined(separator: " and ")))" : ""
                throw .usage("\(role.option) names the column \"\(role.column)\" twice\(detail); each column plays one part")
            }
            throw .usage("\(first.option) and \(role.option) name the same column \"\(role.column)\"; each column plays one part")
        }
    }

    /// Refuses data the model cannot be fitted to: no conversions (or nothing but conversions) in the
    /// treated arms, or a cohort found in one arm only, which a randomised experiment does not make:
    /// such a cohort column was set by the experiment (the spend, the outcome) or is too fine.
    static func checkFittable(_ data: CalibrationData, _ spec: CalibrationSpec, file: String) throws(CalibrationError) {
        let offers = spec.offers.indices
        let customers = data.cells.reduce(0) { sum, row in sum + offers.reduce(0) { $0 + row[$1].customers } }
        let conversions = data.cells.reduce(0) { sum, row in sum + offers.reduce(0) { $0 + row[$1].conversions } }
        guard conversions > 0 else {
            throw .file(file, "no customer in the treated arms converted (--outcome \"\(spec.outcome)\" is 0 in every row fitted): there is nothing to fit")
        }
        guard conversions < customers else {
            throw .file(file, "every customer in the treated arms converted (--outcome \"\(spec.outcome)\" is 1 in every row fitted): there is nothing to fit")
        }
        let labels = spec.offers.map(\.label) + [spec.control]
        // Each arm on its own: an offer nobody took would get an incentive from nothing, and a
        // control arm where everyone bought leaves no one for any offer to persuade.
        for (a, label) in labels.enumerated() {
            let n = data.cells.reduce(0) { $0 + $1[a].customers }, y = data.cells.reduce(0) { $0 + $1[a].conversions }
            if a < spec.offers.count && y == 0 {
                throw .file(file, "no customer in arm \"\(label)\" converted: its offer's appeal cannot be fitted (leave the --offer out, or check --outcome)")
            }
            if n > 0 && y == n {
                throw .file(file, "every customer in arm \"\(label)\" converted: there is no one \(a < spec.offers.count ? "the offer could have persuaded" : "without contact who did not buy") to fit")
            }
        }
        for (g, row) in data.cells.enumerated() {
            let present = row.indices.filter { row[$0].customers > 0 }
            guard present.count == 1, labels.count > 1 else { continue }
            var message = "the cohort \"\(name(of: data.groups[g], spec))\" occurs only in arm \"\(labels[present[0]])\"; "
            message += "in a randomised experiment every cohort occurs in every arm"
            if !spec.cohorts.isEmpty {
                message += ". A --cohort column must describe customers before the experiment, in a few categories (\(spec.cohorts.map { "\"\($0)\"" }.joined(separator: ", ")) gives \(data.groups.count) cohorts)"
            } else {
                message += "; aggregate the rare history pattern with another"
            }
            throw .file(file, message)
        }
    }

    /// The most customers a scenario may hold (the loader's limit).
    public static let maxCustomers = 100_000_000

    /// Wilson's 95 % score interval for k successes in n.
    public static func wilson(_ k: Int, _ n: Int) -> (low: Double, high: Double) {
        guard n > 0 else { return (0, 1) }
        let z = 1.959963984540054, p = Double(k) / Double(n), nn = Double(n)
        let centre = (p + z * z / (2 * nn)) / (1 + z * z / nn)
        let half = z * sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn)) / (1 + z * z / nn)
        return (max(0, centre - half), min(1, centre + half))
    }

    /// One row of the fit report.
    public struct CellFit: Sendable {
        /// The group's name and the treated arm's label.
        public var group: String, offer: String
        /// Customers and conversions in the cell.
        public var customers: Int, conversions: Int
        /// The observed rate, its 95 % Wilson interval, and the fitted model's rate.
        public var observed: Double, low: Double, high: Double, simulated: Double
        /// Whether the fitted rate lies within the observed interval.
        public var within: Bool { simulated >= low && simulated <= high }
    }

    /// A group's name: what it bought, and its cohort values.
    public func groupName(_ g: Int) -> String { names[g] }

    /// The longest cohort name a scenario accepts.
    static let maxNameLength = 64

    /// "bought menswear (zip_code=Urban)"; within the scenario's 64 characters: without the column
    /// names if need be, else cut and numbered (`index`) so that two cut names stay apart.
    static func name(of group: CalibrationData.Group, _ spec: CalibrationSpec, index: Int? = nil) -> String {
        let bought = zip(group.pattern, spec.history).filter { $0.0 == 1 }.map(\.1.category)
        let what = bought.isEmpty ? "bought none of the listed" : "bought " + bought.joined(separator: " + ")
        var candidates = [what]
        if !group.cohort.isEmpty {
            candidates = [what + " (" + zip(spec.cohorts, group.cohort).map { "\($0)=\($1)" }.joined(separator: ", ") + ")",
                          what + " (" + group.cohort.joined(separator: ", ") + ")"]
        }
        if let fits = candidates.first(where: { $0.count <= maxNameLength }) { return fits }
        let mark = index.map { "… #\($0 + 1)" } ?? "…"
        return String(candidates.last!.prefix(maxNameLength - mark.count)) + mark
    }

    /// Every (group, treated arm) cell of `source` beside the fitted rate.
    public func cells(_ source: CalibrationData? = nil) -> [CellFit] {
        let d = source ?? data
        return d.groups.indices.flatMap { g in spec.offers.indices.compactMap { o -> CellFit? in
            let c = d.cells[g][o]
            guard c.customers > 0 else { return nil }
            let w = Self.wilson(c.conversions, c.customers)
            return CellFit(group: groupName(g), offer: spec.offers[o].label, customers: c.customers, conversions: c.conversions,
                           observed: Double(c.conversions) / Double(c.customers), low: w.low, high: w.high,
                           simulated: calibrator.rate(parameters, group: g, offer: o))
        } }
    }

    /// The control arm per group beside the fitted model's no-contact rate E[qᵢ] (MODEL.md §11.4).
    public func control(_ source: CalibrationData? = nil) -> [CellFit] {
        let d = source ?? data
        return d.groups.indices.compactMap { g -> CellFit? in
            let c = d.cells[g][spec.offers.count]
            guard c.customers > 0 else { return nil }
            let w = Self.wilson(c.conversions, c.customers)
            return CellFit(group: groupName(g), offer: spec.control, customers: c.customers, conversions: c.conversions,
                           observed: Double(c.conversions) / Double(c.customers), low: w.low, high: w.high,
                           simulated: calibrator.organicConversionRate(group: g))
        }
    }

    /// A rate or a difference of rates observed in the data, its 95 % interval, and what the fit predicts.
    public struct Effect: Sendable {
        /// The treated arm's label, or the control's for the no-contact rate.
        public var arm: String
        /// The observed value and its 95 % interval.
        public var observed: Double, low: Double, high: Double
        /// What the fitted model predicts for the same customers.
        public var predicted: Double
        /// Whether the prediction lies within the observed interval.
        public var within: Bool { predicted >= low && predicted <= high }
    }

    /// Customers and conversions of arm `a` pooled over the groups of `d`.
    func pooled(_ d: CalibrationData, _ a: Int) -> (customers: Int, conversions: Int) {
        d.cells.reduce((0, 0)) { ($0.0 + $1[a].customers, $0.1 + $1[a].conversions) }
    }

    /// The model's mean of `f(group)` over the groups of `d`, weighted by their customers in every arm.
    func predictedMean(_ d: CalibrationData, _ f: (Int) -> Double) -> Double {
        var sum = 0.0, n = 0.0
        for g in d.groups.indices {
            let w = Double(d.cells[g].reduce(0) { $0 + $1.customers })
            sum += w * f(g)
            n += w
        }
        return n > 0 ? sum / n : 0
    }

    /// The no-contact rate of `source`'s control arm (Wilson interval) beside the model's E[qᵢ].
    public func noContact(_ source: CalibrationData? = nil) -> Effect {
        let d = source ?? data
        let (n, y) = pooled(d, spec.offers.count)
        let w = Self.wilson(y, n)
        return Effect(arm: spec.control, observed: n > 0 ? Double(y) / Double(n) : 0, low: w.low, high: w.high,
                      predicted: predictedMean(d) { calibrator.organicConversionRate(group: $0) })
    }

    /// Each offer's incremental effect in `source`: its arm's rate minus the control arm's, with
    /// Newcombe's hybrid score interval (method 10, from the two Wilson intervals), beside the
    /// model's E[πᵢ(o) − qᵢ] over the same groups.
    public func incrementalEffects(_ source: CalibrationData? = nil) -> [Effect] {
        let d = source ?? data
        let (n0, y0) = pooled(d, spec.offers.count)
        let p0 = n0 > 0 ? Double(y0) / Double(n0) : 0, w0 = Self.wilson(y0, n0)
        return spec.offers.indices.map { o in
            let (n1, y1) = pooled(d, o)
            let p1 = n1 > 0 ? Double(y1) / Double(n1) : 0, w1 = Self.wilson(y1, n1)
            let diff = p1 - p0
            let low = diff - ((p1 - w1.low) * (p1 - w1.low) + (w0.high - p0) * (w0.high - p0)).squareRoot()
            let high = diff + ((w1.high - p1) * (w1.high - p1) + (p0 - w0.low) * (p0 - w0.low)).squareRoot()
            return Effect(arm: spec.offers[o].label, observed: diff, low: low, high: high,
                          predicted: predictedMean(d) { calibrator.rate(parameters, group: $0, offer: o) - calibrator.organicConversionRate(group: $0) })
        }
    }

    /// Per treated arm: the share of its buyers who would have bought anyway, read from the
    /// randomized arms as the control arm's rate over the arm's rate (at most 1; it assumes the
    /// offer put nobody off), with a 95 % interval for the ratio from the normal approximation of
    /// its logarithm (Katz et al. 1978).
    public func sureThingShares() -> [(arm: String, treated: Double, control: Double, share: Double, low: Double, high: Double)] {
        let (n0, y0) = pooled(data, spec.offers.count)
        let p0 = n0 > 0 ? Double(y0) / Double(n0) : 0
        return spec.offers.indices.map { o in
            let (n1, y1) = pooled(data, o)
            let p1 = n1 > 0 ? Double(y1) / Double(n1) : 0
            guard p1 > 0, p0 > 0 else { return (spec.offers[o].label, p1, p0, 0, 0, p1 > 0 ? 1 : 0) }
            let ratio = p0 / p1
            let se = ((1 - p0) / Double(y0) + (1 - p1) / Double(y1)).squareRoot()
            let z = 1.959963984540054
            return (spec.offers[o].label, p1, p0, min(1, ratio), min(1, ratio * exp(-z * se)), min(1, ratio * exp(z * se)))
        }
    }

    /// The calibrated scenario: one cohort per group, one offer per treated arm.
    public func scenario(name: String, description: String) -> Scenario {
        let categories = calibrator.categories
        let cohorts = data.groups.indices.map { g -> Cohort in
            var c = Cohort(name: groupName(g), size: max(1, data.cells[g].reduce(0) { $0 + $1.customers }),
                           interests: zip(categories, calibrator.alphas[g]).map { Weighted($0, $1) }, baseRate: parameters.baseRates[g])
            c.baseSpread = Calibrator.baseSpread
            c.incentiveSensitivity = 1
            c.historyMean = calibrator.historyMeans[g]
            c.organicRate = calibrator.organicRates[g]
            return c
        }
        let offers = spec.offers.indices.map { o -> Offer in
            let converted = data.cells.reduce(0) { $0 + $1[o].conversions }
            let value = data.cells.reduce(0.0) { $0 + $1[o].value }
            let mean = spec.value == nil || converted == 0 ? 1 : value / Double(converted)
            return Offer(name: spec.offers[o].label, kind: .other, category: spec.offers[o].category, incentive: parameters.incentives[o],
                         valueEUR: (mean * 100).rounded() / 100, costEUR: spec.costs[spec.offers[o].label] ?? 0)
        }
        var model = ModelParameters()
        model.relevanceWeight = parameters.beta
        model.interestDefault = 0.5
        var scenario = Scenario(name: name, description: description, seed: spec.seed, categories: categories, model: model,
                                cohorts: cohorts, offers: offers)
        // The relevance weight is weakly identified: the scenario carries what the data allow, so
        // `robustness` varies it and the screens mark it as uncertain.
        let low = min(betaInterval.low, parameters.beta), high = max(betaInterval.high, parameters.beta)
        if high > low {
            scenario.uncertain.append(ParameterRange(target: .relevanceWeight, path: "model.relevance_weight", low: low, mode: parameters.beta, high: high))
        }
        // An assumed bonus (--cost) is no measurement: from nothing to twice the value given, so
        // the screens mark it and `robustness` varies it.
        for (o, offer) in offers.enumerated() where offer.costEUR > 0 {
            scenario.uncertain.append(ParameterRange(target: .offer(o, .costEUR), path: "offers[\(o)].cost_eur", low: 0, mode: offer.costEUR, high: 2 * offer.costEUR))
        }
        return scenario
    }

    /// Policy values on `source` (the held-out part): each customer sent the offer of their history,
    /// or every customer the offer that did best in the fitting part. Read from the randomized arms:
    /// a group's rate under an offer is the rate of that group's customers who were sent it.
    public func policyValues(_ source: CalibrationData) -> (history: Double, bestForAll: Double, best: String) {
        let pooled = spec.offers.indices.map { o -> Double in
            let n = data.cells.reduce(0) { $0 + $1[o].customers }, y = data.cells.reduce(0) { $0 + $1[o].conversions }
            return n > 0 ? Double(y) / Double(n) : 0
        }
        let best = pooled.indices.max { pooled[$0] < pooled[$1] } ?? 0
        var history = 0.0, forAll = 0.0, weight = 0.0
        for g in source.groups.indices {
            let n = Double(source.cells[g].reduce(0) { $0 + $1.customers })
            guard n > 0 else { continue }
            func rate(_ o: Int) -> Double { let c = source.cells[g][o]; return c.customers > 0 ? Double(c.conversions) / Double(c.customers) : 0 }
            // The offer whose category the group bought; of several, the one the fit rates higher; of none, the best for all.
            let bought = spec.offers.indices.filter { o in zip(data.groups[g].pattern, spec.history).contains { $0.0 == 1 && $0.1.category == spec.offers[o].category } }
            let choice = bought.max { calibrator.rate(parameters, group: g, offer: $0) < calibrator.rate(parameters, group: g, offer: $1) } ?? best
            history += n * rate(choice)
            forAll += n * rate(best)
            weight += n
        }
        return (weight > 0 ? history / weight : 0, weight > 0 ? forAll / weight : 0, spec.offers[best].label)
    }

    /// What a calibrated scenario predicts for its personalised and broadcast strategies.
    public struct Prediction: Sendable, Equatable {
        /// Expected conversion rates of the contacted customers.
        public var personalized: Double, broadcast: Double
        /// Expected incremental conversion rates of the contacted customers (MODEL.md §11.3).
        public var personalizedIncremental: Double, broadcastIncremental: Double

        /// A prediction of these rates; incremental rates equal the totals unless given.
        public init(personalized: Double, broadcast: Double, personalizedIncremental: Double? = nil, broadcastIncremental: Double? = nil) {
            self.personalized = personalized
            self.broadcast = broadcast
            self.personalizedIncremental = personalizedIncremental ?? personalized
            self.broadcastIncremental = broadcastIncremental ?? broadcast
        }
    }

    /// What the calibrated scenario predicts for its personalised and broadcast strategies (every customer consenting).
    public static func predicted(_ scenario: Scenario, threads: Int = 1) -> Prediction {
        // The rates are means of customers' probabilities: a million customers pin them to about
        // 0.001 points, so a larger fit (up to 100 million) is not simulated in full just to print them.
        let sample = scenario.totalCustomers > 1_000_000 ? scenario.scaled(toCustomers: 1_000_000) : scenario
        let result = Simulator(scenario: sample, threads: threads).evaluate(rate: 1)
        func incremental(_ s: StrategyName) -> Double? {
            guard let f = result[s], let causal = f.causal, f.contacted > 0 else { return nil }
            return causal.expectedIncrementalConversions / Double(f.contacted)
        }
        return Prediction(personalized: result[.personalized]?.expectedConversionRate ?? 0, broadcast: result[.broadcast]?.expectedConversionRate ?? 0,
                          personalizedIncremental: incremental(.personalized), broadcastIncremental: incremental(.broadcast))
    }
}
