import Foundation
import Testing
@testable import CampaignEngine
@testable import CampaignStatistics
@testable import ScenarioKit

/// MODEL.md §8.2 and §10: Latin hypercube worlds, quantiles, P(best), wins and the tornado.
@Suite("Plausible worlds")
struct RobustnessTests {
    static func evaluate(_ world: Scenario, _ rate: Double) -> RateResult { Engine(scenario: world, threads: 1).evaluate(rate: rate) }

    @Test func everyStratumIsUsedOncePerParameter() {
        let grid = Robustness.latinHypercube(seed: 9, parameters: 4, worlds: 57)
        for column in grid {
            let strata = column.map { Int(($0 * 57).rounded(.down)) }
            #expect(Set(strata) == Set(0..<57))
            #expect(column.allSatisfy { $0 > 0 && $0 < 1 })
        }
        // Independent shuffles: the parameters' strata are not paired in the same order.
        #expect(grid[0] != grid[1])
    }

    /// Worlds stream in (issue 30): every 5 worlds a summary of those done, no tornado yet; the
    /// last partial summary's figures are the final result's, which adds the tornado.
    @Test func partialSummariesFollowTheWorldsAndEndInTheResult() throws {
        var scenario = ReplicationTests.scenario
        scenario.uncertain = [ParameterRange(target: .relevanceWeight, path: "model.relevance_weight", low: 0.2, mode: nil, high: 1.5)]
        nonisolated(unsafe) var partials: [Robustness.Result] = []
        let result = try #require(Robustness.run(scenario, worlds: 20, fixedRate: 0.5, compare: nil, evaluateOrStop: Self.evaluate,
                                                 proceed: { _, _ in true }, every: 5, partial: { partials.append($0) }))
        #expect(partials.map(\.worlds) == [5, 10, 15, 20] && partials.allSatisfy { $0.bars.isEmpty && $0.compare == nil })
        #expect(partials.last!.strategies.map(\.expectedProfit.mean) == result.strategies.map(\.expectedProfit.mean) && partials.last!.strategies.map(\.pBest) == result.strategies.map(\.pBest) && !result.bars.isEmpty)
    }

    @Test func aScenarioWithoutRangesHasIdenticalWorldsAndAnEmptyTornado() {
        let scenario = ReplicationTests.scenario
        let result = Robustness.run(scenario, worlds: 7, fixedRate: nil, compare: nil, evaluate: Self.evaluate)
        #expect(result.parameters.isEmpty && result.bars.isEmpty)
        for s in result.strategies {
            #expect(s.expectedProfit.p5 == s.expectedProfit.p95 && s.expectedProfit.mean == s.expectedProfit.p50)
        }
        let best = result.strategies.filter { $0.pBest != nil }.max { $0.expectedProfit.mean < $1.expectedProfit.mean }!
        let ties = result.strategies.filter { $0.pBest != nil && $0.expectedProfit.mean == best.expectedProfit.mean }.count
        #expect(best.pBest == 1 / Double(ties))
        #expect(abs(result.strategies.compactMap(\.pBest).reduce(0, +) - 1) < 1e-12)
    }

    @Test func rangesMoveTheWorldsAndTheTornadoRanksTheParameters() throws {
        var scenario = ReplicationTests.scenario
        scenario.uncertain = [
            ParameterRange(target: .offer(1, .costEUR), path: "offers[1].cost_eur", low: 2, mode: nil, high: 20),
            ParameterRange(target: .cohort(0, .historyMean), path: "cohorts[0].history_mean", low: 3.9, mode: 4, high: 4.1),
        ]
        // As the loader does: the scenario's own fields hold the central values.
        for range in scenario.uncertain { range.apply(range.central, to: &scenario) }
        let result = Robustness.run(scenario, worlds: 20, fixedRate: 0.5, compare: (.personalized, .broadcast), evaluate: Self.evaluate)
        #expect(result.parameters.count == 2 && result.bars.count == 2)
        // The offer's cost swings personalised's lead far more than a tiny change of history.
        #expect(result.bars[0].path == "offers[1].cost_eur" && result.bars[0].swing > result.bars[1].swing)
        let personal = result.strategies.first { $0.strategy == .personalized }!
        #expect(personal.expectedProfit.p5 < personal.expectedProfit.p95)
        #expect(result.wins[.oracle]![.broadcast]! == 1)
        // The central world is the one the scenario describes.
        let central = Self.evaluate(scenario, 0.5)
        #expect(abs(result.central - (central[.personalized]!.expectedProfitEUR - central[.broadcast]!.expectedProfitEUR)) < 1e-9)
    }

    @Test func quantilesInterpolateBetweenOrderStatistics() {
        let s = Robustness.Spread([4, 1, 3, 2, 5])
        #expect(s.mean == 3 && s.p50 == 3 && abs(s.p5 - 1.2) < 1e-12 && abs(s.p95 - 4.8) < 1e-12)
    }
}
