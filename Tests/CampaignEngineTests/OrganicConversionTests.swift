import CampaignOutput
import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// MODEL.md §11 and §14: customers who buy anyway, what a campaign causes, and that none of it
/// moves a figure of a scenario without organic conversions.
@Suite("What a campaign causes")
struct OrganicConversionTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/v2")

    /// A shipped scenario with every organic rate 0.
    static func withoutOrganic(_ name: String, customers: Int) throws -> Scenario {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: customers)
        for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = 0 }
        // A v2 scenario also knows the response (MODEL.md §14); fashion-learning's golden file was
        // recorded so, by this engine, whose known path the other seven files pin to v2's bytes.
        scenario.model.learning = .known
        scenario.uncertain.removeAll { if case .cohort(_, .organicRate) = $0.target { true } else { false } }
        return scenario
    }

    /// The small fixed scenario with the given organic rates (a keen customer is keen either way).
    static func small(organic: [Double], weeks: Int = 1) throws -> Scenario {
        var scenario = try ScenarioLoader.load(yaml: smallScenarioYAML, file: "small")
        for (k, rate) in organic.enumerated() { scenario.cohorts[k].organicRate = rate }
        scenario.campaign.weeks = weeks
        return scenario
    }

    /// With every organic_rate 0, each shipped scenario's JSON (weeks included) is what the engine
    /// printed before §11 existed: recorded with CAMPAIGN_SIM_RECORD=1, or, when a shipped scenario
    /// changes, by the pre-§11 binary (commit dfea842) on the file without its organic_rate lines
    /// (`campaign-sim sweep FILE --customers 3000 --rates 0,0.5,1 --format json --threads 2`).
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func withoutOrganicConversionsEveryShippedScenarioIsUnchanged(name: String) throws {
        let scenario = try Self.withoutOrganic(name, customers: 3_000)
        let results = Simulator(scenario: scenario, threads: 2).sweep([0, 0.5, 1])
        let json = ResultFormatter.json(scenario: scenario, results: results)
        let file = Self.golden.appendingPathComponent("\(name).json")
        if ProcessInfo.processInfo.environment["CAMPAIGN_SIM_RECORD"] == "1" && !FileManager.default.fileExists(atPath: file.path) {
            try json.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(json == (try String(contentsOf: file, encoding: .utf8)), "\(name): a v2 figure moved")
        #expect(!json.contains("sure_things"))
    }

    /// §14: conversions = sure things + incremental; organic conversions and sure things together
    /// are the customers with wᵢ < qᵢ; and every figure adds up from the customers one by one.
    @Test(arguments: [0.0, 0.5, 1.0])
    func causalFiguresAddUpFromInspectedCustomers(rate: Double) throws {
        var scenario = try Self.small(organic: [0.3, 0.1])
        scenario.privacy.protectVulnerable = true
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: rate)
        var sure = [StrategyName: Int](), anyway = [StrategyName: Int](), conversions = [StrategyName: Int]()
        var buyAnyway = 0
        for id in 0..<engine.population.count {
            let inspection = engine.inspect(customer: id, result: result)
            if inspection.buysAnyway { buyAnyway += 1 }
            for d in inspection.decisions {
                if let o = d.offer {
                    if inspection.customer.conversionDraw < inspection.probabilities[o] { conversions[d.strategy, default: 0] += 1 }
                    if inspection.buysAnyway { sure[d.strategy, default: 0] += 1 }
                } else if inspection.buysAnyway {
                    anyway[d.strategy, default: 0] += 1
                }
            }
        }
        #expect(buyAnyway > 100)
        for f in result.strategies {
            let c = try #require(f.causal)
            #expect(f.conversions == conversions[f.strategy, default: 0], "\(f.strategy)")
            #expect(c.sureThings == sure[f.strategy, default: 0], "\(f.strategy) sure things")
            #expect(c.organicConversions == anyway[f.strategy, default: 0], "\(f.strategy) organic")
            #expect(f.conversions == c.sureThings + c.incrementalConversions)
            #expect(c.organicConversions + c.sureThings == buyAnyway)
            #expect(abs(f.expectedConversions - c.expectedSureThings - c.expectedIncrementalConversions) < 1e-6)
        }
    }

    /// The same week by week over a campaign of several weeks, as `explain --week` follows each
    /// customer: a customer not contacted converts organically once and is then done.
    @Test(arguments: [0.0, 0.6])
    func weeklyCausalFiguresAddUpFromInspectedCustomers(rate: Double) throws {
        var scenario = try Self.small(organic: [0.05, 0.02], weeks: 4).scaled(toCustomers: 600)
        scenario.consent.withdrawalWeekly = 0.2
        let result = WeeklyCampaign.sweep(scenario: scenario, rates: [rate], threads: 2)![0]
        let simulator = Simulator(scenario: scenario, threads: 2)
        for week in 1...4 {
            var sure = [StrategyName: Int](), organic = [StrategyName: Int](), conversions = [StrategyName: Int]()
            for trace in simulator.weekTraces(customers: Array(0..<scenario.totalCustomers), result: result, week: week) {
                let anyway = trace.inspection.buysAnyway
                for d in trace.inspection.decisions where trace.convertedIn[d.strategy] == nil {
                    if let o = d.offer {
                        if trace.inspection.customer.conversionDraw < trace.inspection.probabilities[o] { conversions[d.strategy, default: 0] += 1 }
                        if anyway { sure[d.strategy, default: 0] += 1 }
                    } else if anyway {
                        organic[d.strategy, default: 0] += 1
                    }
                }
            }
            for f in result.weeks[week - 1].strategies {
                let c = try #require(f.causal)
                #expect(f.conversions == conversions[f.strategy, default: 0], "week \(week) \(f.strategy) conversions")
                #expect(c.sureThings == sure[f.strategy, default: 0], "week \(week) \(f.strategy) sure things")
                #expect(c.organicConversions == organic[f.strategy, default: 0], "week \(week) \(f.strategy) organic")
                #expect(f.conversions == c.sureThings + c.incrementalConversions)
            }
        }
    }

    /// qᵢ = σ(logit p_org + σb·zᵢ) with zᵢ standard normal: the mean of qᵢ over a large cohort
    /// matches E[σ(logit p_org + σb·Z)] by Gauss–Hermite quadrature, and the realised sure things
    /// match Σqᵢ. Each check is a z-test at |z| < 4.5 (false alarm below 7·10⁻⁶ per check; 6 checks).
    @Test(arguments: [(0.0057, 0.5), (0.05, 1.0), (0.3, 0.2)])
    func organicPropensityHasTheModelsDistribution(organic: Double, spread: Double) throws {
        var scenario = try ScenarioLoader.load(yaml: smallScenarioYAML, file: "small")
        scenario.cohorts = [scenario.cohorts[1]]
        scenario.cohorts[0].size = 200_000
        scenario.cohorts[0].baseSpread = spread
        scenario.cohorts[0].organicRate = organic
        let f = try #require(Engine(scenario: scenario, threads: 2).evaluate(rate: 0.5)[.broadcast])
        let c = try #require(f.causal)
        #expect(f.contacted == 200_000)
        // E[q] and E[q²] by 40-point Gauss–Hermite (probabilists' weights).
        let (nodes, weights) = Self.gaussHermite(40)
        let logit = log(organic / (1 - organic))
        var mean = 0.0, square = 0.0
        for (x, w) in zip(nodes, weights) {
            let q = 1 / (1 + exp(-(logit + spread * x)))
            mean += w * q
            square += w * q * q
        }
        let n = Double(f.contacted)
        let sdMean = (square - mean * mean).squareRoot() / n.squareRoot()
        #expect(abs(c.expectedSureThings / n - mean) < 4.5 * sdMean + 1e-9, "mean q \(c.expectedSureThings / n) vs \(mean)")
        // Given the qᵢ, sure things are a sum of independent Bernoulli(qᵢ): variance Σqᵢ(1 − qᵢ) ≤ Σqᵢ.
        #expect(abs(Double(c.sureThings) - c.expectedSureThings) < 4.5 * c.expectedSureThings.squareRoot())
    }

    /// Nodes and weights of Gauss–Hermite quadrature for the standard normal (weights sum to 1),
    /// from the Golub–Welsch eigenvalue problem solved by Jacobi rotations.
    static func gaussHermite(_ n: Int) -> ([Double], [Double]) {
        // Symmetric tridiagonal Jacobi matrix of the probabilists' Hermite polynomials: off-diagonal √k.
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for k in 1..<n { a[k][k - 1] = Double(k).squareRoot(); a[k - 1][k] = a[k][k - 1] }
        var v = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var off = 0.0
            for p in 0..<n { for q in (p + 1)..<n { off += a[p][q] * a[p][q] } }
            if off < 1e-24 { break }
            for p in 0..<n {
                for q in (p + 1)..<n where abs(a[p][q]) > 1e-300 {
                    let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<n {
                        let akp = a[k][p], akq = a[k][q]
                        a[k][p] = c * akp - s * akq
                        a[k][q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p][k], aqk = a[q][k]
                        a[p][k] = c * apk - s * aqk
                        a[q][k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k][p], vkq = v[k][q]
                        v[k][p] = c * vkp - s * vkq
                        v[k][q] = s * vkp + c * vkq
                    }
                }
            }
        }
        return ((0..<n).map { a[$0][$0] }, (0..<n).map { v[0][$0] * v[0][$0] })
    }

    /// §11.2: strategies pick by (1 − q̂)·p̂·(value − cost) − q̂·cost, and with a high q̂ that can
    /// move the choice to a cheaper bonus; the oracle leaves alone whom no offer pays for.
    @Test func decisionsWeighWhatABonusCausesAgainstWhatItCosts() throws {
        var scenario = try Self.small(organic: [0.6, 0.6])
        let context = ModelContext(scenario: scenario)
        #expect(abs(context.organicEstimate - 0.6) < 1e-12)
        let logBar = context.thetaBar.map { log($0) }
        var best = -1, bestScore = -Double.infinity
        for (o, offer) in context.offers.enumerated() {
            let relevance = offer.category < 0 ? 0 : scenario.model.relevanceWeight * (context.logC + logBar[offer.category])
            let p = 1 / (1 + exp(-(context.baseEstimate + relevance + context.sensitivityEstimate * offer.incentive)))
            let score = 0.4 * p * offer.margin - 0.6 * offer.cost
            if score > bestScore { best = o; bestScore = score }
        }
        #expect(context.broadcastChoice(minor: false) == best)
        scenario.cohorts[0].organicRate = 0
        scenario.cohorts[1].organicRate = 0
        #expect(ModelContext(scenario: scenario).organicEstimate == 0)

        let engine = Engine(scenario: try Self.small(organic: [0.6, 0.6]), threads: 2)
        let result = engine.evaluate(rate: 0.5)
        var leftAlone = 0
        for id in 0..<engine.population.count {
            let i = engine.inspect(customer: id, result: result)
            let q = i.customer.organic
            // Δ(o) from the persuasion chance p = (π − q)/(1 − q).
            let delta = engine.context.offers.indices.map { o -> Double in
                let p = (i.probabilities[o] - q) / (1 - q)
                return (1 - q) * p * engine.context.offers[o].margin - q * engine.context.offers[o].cost
            }
            let worth = delta.max()! > 0
            #expect((i.choices.oracle != nil) == worth, "customer \(id)")
            if !worth { leftAlone += 1 }
        }
        #expect(leftAlone > 0)
        #expect(result[.oracle]!.contacted == engine.population.count - leftAlone)
    }

    /// §14: with value ≥ cost, the oracle's expected incremental profit is at least every other
    /// strategy's, in random scenarios with organic conversions.
    @Test(arguments: Array(UInt64(700)..<UInt64(716)))
    func oracleCausesTheMostProfit(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 200...3000, valueAtLeastCost: true)
        for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = Double((seed + UInt64(k)) % 5) * 0.08 }
        scenario.cohorts[0].organicRate = 0.1
        for result in Engine(scenario: scenario, threads: 2).sweep([0, 0.5, 1]) {
            let oracle = result[.oracle]!.causal!.expectedIncrementalProfitEUR
            for f in result.strategies {
                #expect(f.causal!.expectedIncrementalProfitEUR <= oracle + 1e-6 * max(1, abs(oracle)), "seed \(seed) \(f.strategy)")
            }
        }
    }

    /// Organic conversions change no engine's agreement: streamed equals in memory, one week equals
    /// the one-shot campaign, and any thread count or chunk size gives the same figures.
    @Test(arguments: Array(UInt64(730)..<UInt64(742)))
    func enginesAgreeWithOrganicConversions(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 50...3000, protectVulnerable: seed % 4 != 0)
        for k in scenario.cohorts.indices { scenario.cohorts[k].organicRate = Double((seed + UInt64(k)) % 4) * 0.1 }
        scenario.cohorts[0].organicRate = 0.05
        if seed % 3 == 0 { scenario.campaign.channel = .email }
        let rates = [0.95, 0, 0.5, 0.05, 1, 0.5]
        let memory = Engine(scenario: scenario, threads: 2).sweep(rates)
        #expect(StreamingSweep.sweep(scenario: scenario, rates: rates, threads: 3, chunkSize: Int(seed % 500) + 1) == memory)
        var oneWeek = scenario
        oneWeek.campaign.weeks = 1
        #expect(WeeklyCampaign.sweep(scenario: oneWeek, rates: rates, threads: 2) == memory)
        var weeks = scenario
        weeks.campaign.weeks = 3
        weeks.consent.withdrawalWeekly = 0.1
        let one = WeeklyCampaign.sweep(scenario: weeks, rates: rates, threads: 1, chunkSize: 100_000)
        #expect(one == WeeklyCampaign.sweep(scenario: weeks, rates: rates, threads: 3, chunkSize: Int(seed % 300) + 1))
    }
}
