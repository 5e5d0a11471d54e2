import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// The speed-ups in the samplers and rules must not change a single bit: each is compared with
/// the plain version it replaces.
@Suite("Exact shortcuts")
struct ExactShortcutTests {
    /// Marsaglia–Tsang exactly as before the squeeze test was added.
    static func referenceLogGamma(_ rng: inout RandomStream, shape alpha: Double) -> Double {
        if alpha < 1 { return referenceLogGamma(&rng, shape: alpha + 1) + log(rng.uniformOpen()) / alpha }
        let d = alpha - 1.0 / 3.0
        let c = 1.0 / (9 * d).squareRoot()
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = rng.normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = rng.uniformOpen()
            if log(u) < 0.5 * x * x + d - d * v + d * log(v) { return log(d * v) }
        }
    }

    @Test(arguments: [0.0001, 0.05, 0.2, 0.5, 0.99, 1, 1.5, 3, 10, 200, 1e5])
    func squeezeGivesTheSameGammaDraws(alpha: Double) {
        var fast = RandomStream(seed: 42, 7, UInt64(alpha * 1000))
        var plain = fast
        for _ in 0..<20_000 {
            let a = fast.logGamma(shape: alpha), b = Self.referenceLogGamma(&plain, shape: alpha)
            #expect(a.bitPattern == b.bitPattern)
            if a.bitPattern != b.bitPattern { return }
        }
        // Both consumed the same draws.
        #expect(fast.next() == plain.next())
    }

    @Test func fixedPointRoundsLikeRounded() {
        func reference(_ value: Double) -> UInt64 { min(UInt64((value * Tally.scale).rounded()), 0xFFFF_FFFF) }
        var values: [Double] = [0, 1, 0.5, 1e-300, 0.5 / Tally.scale, 1.5 / Tally.scale, 2.5 / Tally.scale,
                                0.5 / Tally.scale - 1e-25, 1 - 0.5 / Tally.scale, 1 - 1e-17, Double.leastNonzeroMagnitude]
        var rng = RandomStream(seed: 1, 2, 3)
        for _ in 0..<200_000 { values.append(rng.uniform()) }
        for _ in 0..<10_000 { values.append((Double(rng.next() % 1_000_000) + 0.5) / Tally.scale) }
        for v in values { #expect(Tally.fixed(v) == reference(v), "value \(v)") }
    }

    @Test(arguments: Array(UInt64(1)..<UInt64(25)))
    func countTableChoosesWhatTheDirectRuleChooses(seed: UInt64) {
        let scenario = RandomScenarios.make(seed: seed)
        let context = ModelContext(scenario: scenario)
        let rules = DecisionRules(context: context)
        var rng = RandomStream(seed: seed, 9, 9)
        var counts = [Double](repeating: 0, count: context.categoryCount)
        for _ in 0..<2_000 {
            let total = Int(rng.next() % UInt64(rules.tableLimit + 10))
            for c in counts.indices { counts[c] = 0 }
            for _ in 0..<total { counts[Int(rng.next() % UInt64(counts.count))] += 1 }
            let whole = counts.map { Int32($0) }
            counts.withUnsafeBufferPointer { buffer in
                whole.withUnsafeBufferPointer { whole in
                    #expect(rules.chooseFromWholeCounts(whole.baseAddress!, buffer, total: total)
                            == context.chooseFromCounts(buffer, total: Double(total), allowAdultOnly: true))
                }
            }
        }
    }

    /// The branch-free categorical draw returns the index the linear search returned, for weights
    /// with zeros (leading, inner, trailing), a single entry, and targets on a boundary.
    @Test(arguments: Array(UInt64(1)..<UInt64(9)))
    func branchFreeCategoricalIsTheLinearSearch(seed: UInt64) {
        func linear(_ target: Double, _ cumulative: [Double]) -> Int {
            var i = 0
            while i < cumulative.count - 1 && target >= cumulative[i] { i += 1 }
            return i
        }
        var shapes = RandomStream(seed: seed, 31, 0)
        for _ in 0..<400 {
            let count = Int(shapes.next() % 9) + 1
            var sum = 0.0
            let cumulative: [Double] = (0..<count).map { _ in
                sum += shapes.next() % 4 == 0 ? 0 : shapes.uniform() * 3
                return sum
            }
            guard sum > 0 else { continue }
            var fast = RandomStream(seed: seed, 32, shapes.next())
            var plain = fast
            for _ in 0..<200 {
                let target = plain.uniform() * cumulative[count - 1]
                #expect(fast.categorical(cumulative: cumulative) == linear(target, cumulative))
            }
            // Targets exactly on each boundary.
            for boundary in cumulative {
                let i = cumulative.withUnsafeBufferPointer { RandomStream.entries(of: $0.baseAddress!, count: count - 1, atOrBelow: boundary) }
                #expect(i == linear(boundary, cumulative))
            }
        }
    }
}
