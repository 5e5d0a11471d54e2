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

    /// Reads, fits and normalises: the least appealing offer gets ι = 0 and the base rates take the
    /// rest (a common shift of every ι and every base logit gives the same rates, so it is fixed so).
    public init(table: CalibrationTable, spec: CalibrationSpec) throws(CalibrationError) {
        guard !spec.offers.isEmpty else { throw .usage("give at least one --offer LABEL=CATEGORY") }
        guard !spec.history.isEmpty else { throw .usage("give at least one --history COLUMN=CATEGORY") }
        guard (0..<1).contains(spec.holdout) else { throw .usage("--holdout must be in [0, 1)") }
        self.spec = spec
        (data, held) = try CalibrationData.read(table, spec)
        calibrator = Calibrator(data: data, spec: spec)
        var p = calibrator.fit()
        let shift = p.incentives.min() ?? 0
        p.incentives = p.incentives.map { $0 - shift }
        p.baseRates = p.baseRates.map { Calibrator.sigmoid(Calibrator.logit($0) + shift) }
        parameters = p
    }

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
    public func groupName(_ g: Int) -> String {
        let group = data.groups[g]
        let bought = zip(group.pattern, spec.history).filter { $0.0 == 1 }.map(\.1.category)
        var name = bought.isEmpty ? "bought none of the listed" : "bought " + bought.joined(separator: " + ")
        if !group.cohort.isEmpty { name += " (" + zip(spec.cohorts, group.cohort).map { "\($0)=\($1)" }.joined(separator: ", ") + ")" }
        return name
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

    /// The control arm per group: conversions without any offer.
    public func control(_ source: CalibrationData? = nil) -> [(group: String, customers: Int, conversions: Int)] {
        let d = source ?? data
        return d.groups.indices.map { g in (groupName(g), d.cells[g][spec.offers.count].customers, d.cells[g][spec.offers.count].conversions) }
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
            return c
        }
        let offers = spec.offers.indices.map { o -> Offer in
            let converted = data.cells.reduce(0) { $0 + $1[o].conversions }
            let value = data.cells.reduce(0.0) { $0 + $1[o].value }
            let mean = spec.value == nil || converted == 0 ? 1 : value / Double(converted)
            return Offer(name: spec.offers[o].label, kind: .other, category: spec.offers[o].category, incentive: parameters.incentives[o],
                         valueEUR: (mean * 100).rounded() / 100, costEUR: 0)
        }
        var model = ModelParameters()
        model.relevanceWeight = parameters.beta
        model.interestDefault = 0.5
        return Scenario(name: name, description: description, seed: spec.seed, categories: categories, model: model,
                        cohorts: cohorts, offers: offers)
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

    /// What the calibrated scenario predicts for its personalised and broadcast strategies (every customer consenting).
    public static func predicted(_ scenario: Scenario, threads: Int = 1) -> (personalized: Double, broadcast: Double) {
        let result = Simulator(scenario: scenario, threads: threads).evaluate(rate: 1)
        return (result[.personalized]?.expectedConversionRate ?? 0, result[.broadcast]?.expectedConversionRate ?? 0)
    }
}
