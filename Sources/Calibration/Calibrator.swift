import CampaignEngine
import Foundation
import ScenarioKit

/// Fits the model of MODEL.md §2–§3 and §11 to an experiment: organic rates to the control arm,
/// the persuasion model to the treated arms given them.
///
/// Each (cohort values × history pattern) group becomes a cohort. Its interests put weight 2 on
/// the categories the group bought and 0.5 on the others (binary history says which, not how
/// much); its history mean is the data's mean count (counts columns) or 2 events per bought
/// category (0/1 columns, which cannot identify it). The fit then chooses each cohort's base rate,
/// the relevance weight β ≥ 0 and each offer's incentive ι (sensitivity 1) so that the model's
/// conversion rate E[σ(b + β ln(C·θ[c]) + ι)] of every (group, treated arm) cell matches the data:
/// Pearson χ² minimised by Nelder–Mead over a fixed set of draws of θ ~ Dirichlet and b ~ N, so the
/// fit is deterministic. Before that, each group's organic rate p_org is set so that the model's
/// no-contact rate E[σ(logit p_org + σb·z)] equals the group's control-arm rate (MODEL.md §11.4),
/// and a treated cell's rate is E[q + (1 − q)·p] with q and p drawn from the same z.
public struct Calibrator: Sendable {
    /// The data fitted.
    public let data: CalibrationData
    /// The categories of the history columns and offers, in order of first mention.
    public let categories: [String]
    /// Per group: α over `categories` and the history mean λ.
    public let alphas: [[Double]]
    /// Per group: the history mean λ.
    public let historyMeans: [Double]
    /// Category index of each treated offer.
    public let offerCategory: [Int]
    /// The largest relevance weight a scenario accepts.
    public static let maxBeta = 100.0
    /// The profile interval's grid ends here: beyond, the data say only "at least this".
    public static let betaGridEnd = 10.0
    /// The base-logit spread every calibrated cohort gets.
    public static let baseSpread = 0.5
    static let draws = 1024

    /// θ and z draws per group, fixed by the seed.
    let samples: [[(theta: [Double], z: Double)]]
    /// Per group: the organic rate p_org fitted to its control-arm cell (0 where it has no conversions).
    public let organicRates: [Double]
    /// Per group and draw: the organic propensity q and, per offer, the relevance term ln(C·θ[c]),
    /// computed once because the fit evaluates them thousands of times.
    let organic: [[Double]]
    let relevance: [[[Double]]]

    /// Sets up the cohorts' interests and history means and draws the fixed samples from `spec.seed`.
    public init(data: CalibrationData, spec: CalibrationSpec) {
        self.data = data
        var categories: [String] = []
        for c in spec.history.map(\.category) + spec.offers.map(\.category) where !categories.contains(c) { categories.append(c) }
        self.categories = categories
        let historyCategory = spec.history.map { h in categories.firstIndex(of: h.category)! }
        alphas = data.groups.map { g in
            categories.indices.map { c in zip(g.pattern, historyCategory).contains { $0.0 == 1 && $0.1 == c } ? 2.0 : 0.5 }
        }
        historyMeans = data.groups.indices.map { g in data.meanHistory[g] ?? 2 * Double(max(1, data.groups[g].pattern.reduce(0, +))) }
        offerCategory = spec.offers.map { o in categories.firstIndex(of: o.category)! }
        // The engine's own streams and samplers (ziggurat normals, log-space gammas), one stream per group.
        let samples: [[(theta: [Double], z: Double)]] = alphas.enumerated().map { g, alpha in
            var random = RandomStream(seed: spec.seed, 0x6669_74, UInt64(g))
            return (0..<Self.draws).map { _ in (Self.dirichlet(alpha, &random), random.normal()) }
        }
        self.samples = samples
        let control = spec.offers.count
        organicRates = samples.indices.map { g in
            let cell = data.cells[g][control]
            guard cell.customers > 0, cell.conversions > 0 else { return 0 }
            return Self.organicRate(matching: Double(cell.conversions) / Double(cell.customers), samples[g].map(\.z))
        }
        let rates = organicRates, k = Double(categories.count), offerCategory = offerCategory
        organic = samples.indices.map { g in
            samples[g].map { s in rates[g] > 0 ? Self.sigmoid(Self.logit(rates[g]) + Self.baseSpread * s.z) : 0 }
        }
        relevance = samples.map { draws in draws.map { s in offerCategory.map { c in log(k * max(s.theta[c], 1e-12)) } } }
    }

    /// The p_org whose no-contact rate E[σ(logit p_org + σb·z)] over the draws `z` equals `rate`:
    /// bisection on the logit, since the rate grows with it.
    static func organicRate(matching rate: Double, _ z: [Double]) -> Double {
        guard rate > 0 else { return 0 }
        func mean(_ logit: Double) -> Double { z.reduce(0) { $0 + sigmoid(logit + baseSpread * $1) } / Double(z.count) }
        var low = -30.0, high = 30.0
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if mean(mid) < rate { low = mid } else { high = mid }
        }
        return min(sigmoid((low + high) / 2), 0.999_999)
    }

    /// The model's no-contact rate of group `g`: E[qᵢ] over its draws.
    public func organicConversionRate(group g: Int) -> Double {
        guard organicRates[g] > 0 else { return 0 }
        let l = Self.logit(organicRates[g])
        return samples[g].reduce(0) { $0 + Self.sigmoid(l + Self.baseSpread * $1.z) } / Double(samples[g].count)
    }

    /// The parameters: a base logit per group, β, and an incentive per offer.
    public struct Parameters: Sendable, Equatable {
        /// Per group: the base rate σ(b).
        public var baseRates: [Double]
        /// The relevance weight β ≥ 0.
        public var beta: Double
        /// Per treated offer: the incentive ι.
        public var incentives: [Double]
    }

    static func logit(_ p: Double) -> Double { log(p / (1 - p)) }
    static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    /// The model's conversion rate of group `g` shown offer `o`: E[q + (1 − q)·p] (MODEL.md §11.1).
    public func rate(_ p: Parameters, group g: Int, offer o: Int) -> Double {
        let shift = Self.logit(p.baseRates[g]) + p.incentives[o]
        let draws = samples[g], q = organic[g], relevance = relevance[g]
        var sum = 0.0
        for i in draws.indices {
            let persuaded = Self.sigmoid(shift + Self.baseSpread * draws[i].z + p.beta * relevance[i][o])
            sum += q[i] + (1 - q[i]) * persuaded
        }
        return sum / Double(samples[g].count)
    }

    func parameters(_ x: [Double]) -> Parameters {
        let g = data.groups.count
        // β stays within what a scenario accepts (0–100); softplus keeps it at 0 or above.
        return Parameters(baseRates: x[0..<g].map(Self.sigmoid), beta: min(log(1 + exp(x[g])), Self.maxBeta), incentives: Array(x[(g + 1)...]))
    }

    /// Pearson χ² over the treated cells.
    public func chiSquare(_ p: Parameters) -> Double {
        var total = 0.0
        for g in data.groups.indices {
            for o in offerCategory.indices {
                let cell = data.cells[g][o]
                guard cell.customers > 0 else { continue }
                let m = min(max(rate(p, group: g, offer: o), 1e-9), 1 - 1e-9)
                let observed = Double(cell.conversions) / Double(cell.customers)
                total += Double(cell.customers) * (observed - m) * (observed - m) / (m * (1 - m))
            }
        }
        return total
    }

    /// The best parameters Nelder–Mead finds from the treated arms' rates.
    public func fit() -> Parameters {
        let pooled = data.groups.indices.map { g -> Double in
            let n = (0..<offerCategory.count).reduce(0) { $0 + data.cells[g][$1].customers }
            let y = (0..<offerCategory.count).reduce(0) { $0 + data.cells[g][$1].conversions }
            // What the offers add beyond the organic rate: the persuaded share of those who would not buy anyway.
            let q = organicConversionRate(group: g)
            return min(max(((Double(y) + 0.5) / (Double(n) + 1) - q) / (1 - q), 1e-4), 0.5)
        }
        let start = pooled.map(Self.logit) + [log(exp(0.5) - 1)] + Array(repeating: 0.0, count: offerCategory.count)
        let best = NelderMead.minimise(start, step: 0.3, iterations: 6000) { chiSquare(parameters($0)) }
        return parameters(best)
    }

    /// The best fit with the relevance weight held at `beta`: its parameters and χ².
    func fit(beta: Double, from start: [Double]) -> (x: [Double], chiSquare: Double) {
        let g = data.groups.count
        func full(_ y: [Double]) -> Parameters {
            Parameters(baseRates: y[0..<g].map(Self.sigmoid), beta: beta, incentives: Array(y[g...]))
        }
        let best = NelderMead.minimise(start, step: 0.3, iterations: 4000) { chiSquare(full($0)) }
        return (best, chiSquare(full(best)))
    }

    /// The relevance weights the data do not reject: a profile interval, every β ≥ 0 whose best fit
    /// has a χ² within 3.84 (χ²₁'s 95 % point) of the overall best: a grid of 0.2, each edge then
    /// bisected to 0.01.
    /// `open` says that the interval reaches the grid's end: the data allow even larger weights.
    public func betaInterval(_ best: Parameters) -> (low: Double, high: Double, open: Bool) {
        let limit = chiSquare(best) + 3.841458820694124
        let start = best.baseRates.map(Self.logit) + best.incentives
        func inside(_ beta: Double) -> Bool { fit(beta: beta, from: start).chiSquare <= limit }
        let grid = (0...Int(min(max(4, 3 * best.beta), Self.betaGridEnd) * 5)).map { Double($0) / 5 }
        let accepted = grid.filter(inside)
        guard var low = accepted.first, var high = accepted.last else { return (best.beta, best.beta, false) }
        func edge(_ inner: Double, _ outer: Double) -> Double {
            var (a, b) = (inner, outer)
            while abs(a - b) > 0.005 { let m = (a + b) / 2; if inside(m) { a = m } else { b = m } }
            return (a * 100).rounded() / 100
        }
        if low > 0 { low = edge(low, low - 0.2) }
        let open = high >= grid.last!
        if !open { high = edge(high, high + 0.2) }
        return (low, high, open)
    }

    // MARK: - Draws

    /// θ ~ Dirichlet(α) from the engine's tested Marsaglia–Tsang gammas, normalised in log space.
    static func dirichlet(_ alpha: [Double], _ r: inout RandomStream) -> [Double] {
        let logs = alpha.map { r.logGamma(shape: $0) }
        let top = logs.max() ?? 0
        let g = logs.map { exp($0 - top) }
        let sum = g.reduce(0, +)
        return g.map { $0 / sum }
    }
}

/// The Nelder–Mead simplex method (Nelder & Mead 1965) with the usual coefficients.
enum NelderMead {
    static func minimise(_ start: [Double], step: Double, iterations: Int, _ f: ([Double]) -> Double) -> [Double] {
        let n = start.count
        var simplex = [start] + (0..<n).map { i in var p = start; p[i] += step; return p }
        var values = simplex.map(f)
        for _ in 0..<iterations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            if abs(values[n] - values[0]) < 1e-10 * (1 + abs(values[0])) { break }
            let centroid = (0..<n).map { j in simplex[0..<n].reduce(0) { $0 + $1[j] } / Double(n) }
            func along(_ t: Double) -> [Double] { (0..<n).map { centroid[$0] + t * (simplex[n][$0] - centroid[$0]) } }
            let reflected = along(-1), fr = f(reflected)
            if fr < values[0] {
                let expanded = along(-2), fe = f(expanded)
                (simplex[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr)
            } else if fr < values[n - 1] {
                (simplex[n], values[n]) = (reflected, fr)
            } else {
                let contracted = fr < values[n] ? along(-0.5) : along(0.5), fc = f(contracted)
                if fc < min(fr, values[n]) { (simplex[n], values[n]) = (contracted, fc) } else {
                    for i in 1...n {
                        simplex[i] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[i][$0] - simplex[0][$0]) }
                        values[i] = f(simplex[i])
                    }
                }
            }
        }
        return simplex[values.indices.min { values[$0] < values[$1] }!]
    }
}
