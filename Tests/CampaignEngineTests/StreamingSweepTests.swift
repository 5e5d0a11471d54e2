import Foundation
import Testing
@testable import CampaignEngine
@testable import ScenarioKit

/// The streaming sweep must give exactly what the in-memory engine gives: same figures, bit for
/// bit, for any scenario, thread count, chunk size and number of consent levels.
@Suite("Streaming sweep")
struct StreamingSweepTests {
    static let rates = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]

    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func builtinScenariosMatchInMemory(name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 40_000)
        let memory = Engine(scenario: scenario, threads: 2).sweep(Self.rates)
        let streamed = StreamingSweep.sweep(scenario: scenario, rates: Self.rates, threads: 2, chunkSize: 3_000)
        #expect(streamed == memory)
    }

    @Test(arguments: Array(UInt64(300)..<UInt64(330)))
    func randomScenariosMatchInMemory(seed: UInt64) {
        var scenario = RandomScenarios.make(seed: seed, customers: 50...4000, protectVulnerable: seed % 4 != 0)
        // Every third on e-mail, whose contacts use the address (MODEL.md §13).
        if seed % 3 == 0 { scenario.campaign.channel = .email }
        let rates = [0.95, 0, 0.5, 0.05, 1, 0.5]
        let memory = Engine(scenario: scenario, threads: 1).sweep(rates)
        let streamed = StreamingSweep.sweep(scenario: scenario, rates: rates, threads: Int(seed % 4) + 1, chunkSize: Int(seed % 900) + 1)
        #expect(streamed == memory)
    }

    @Test func manyLevelsTakeSeveralPassesAndStillMatch() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("bike-shop-sme")!.yaml, file: "bike").scaled(toCustomers: 20_000)
        let rates = (0...40).map { Double($0) / 40 }
        #expect(rates.count > StreamingSweep.levelsPerPass * 2)
        let memory = Engine(scenario: scenario, threads: 2).sweep(rates)
        #expect(StreamingSweep.sweep(scenario: scenario, rates: rates, threads: 2) == memory)
    }

    @Test func overridesOfKAndEpsilonMatch() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 30_000)
        let engine = Engine(scenario: scenario, threads: 2)
        for (k, epsilon) in [(1, nil), (3, 0.5), (50, 2.0)] as [(Int, Double?)] {
            let memory = engine.sweep(Self.rates, k: k, epsilon: .some(epsilon))
            #expect(StreamingSweep.sweep(scenario: scenario, rates: Self.rates, threads: 2, chunkSize: 777, k: k, epsilon: .some(epsilon)) == memory)
        }
    }

    @Test func emptyRatesAndTinyPopulations() {
        let scenario = RandomScenarios.make(seed: 9, customers: 1...1)
        #expect(StreamingSweep.sweep(scenario: scenario, rates: [], threads: 2).isEmpty)
        #expect(StreamingSweep.sweep(scenario: scenario, rates: [0.3], threads: 8) == Engine(scenario: scenario, threads: 1).sweep([0.3]))
    }

    @Test func classTableGrowsAndMergesWithoutLosingCounts() {
        var a = ClassTable(levels: 3, capacity: 16)
        var b = ClassTable(levels: 3, capacity: 16)
        var expected: [UInt64: [Int]] = [:]
        var rng = RandomStream(seed: 5, 1, 2)
        let n = 5_000
        let columns = CustomerColumns(count: n, organic: false)
        let keys = SharedBuffer<UInt64>(count: n, initial: 0)
        let thresholds = SharedBuffer<UInt16>(count: n, initial: 0)
        for round in 0..<4 {
            for i in 0..<n {
                let key = (rng.next() % 3_000) * 2 + 1
                let level = Int(rng.next() % 4)  // 3 means "never consents": kept as a class, not counted
                let profileable = rng.next() % 5 != 0
                keys[i] = key
                thresholds[i] = UInt16(level)
                columns.linkedCount[i] = UInt16(key % 7)
                columns.flags[i] = profileable ? CustomerColumns.Flag.profileable : 0
                guard profileable else { continue }
                var counts = expected[key] ?? [0, 0, 0]
                if level < 3 { counts[level] += 1 }
                expected[key] = counts
            }
            if round % 2 == 0 { a.add(0..<n, keys: keys, columns: columns, thresholds: thresholds) } else {
                b.add(0..<n, keys: keys, columns: columns, thresholds: thresholds)
            }
        }
        // Partitioned merges (as the streaming sweep does them in parallel) give the same sums.
        var partitioned: ClassSizes?
        for part in 0..<3 {
            var merged = ClassTable(levels: 3, capacity: 16)
            merged.merge(a, part: part, of: 3)
            merged.merge(b, part: part, of: 3)
            var sizes = ClassSizes(levels: 3, k: 4, halfExposure: 10, extraPoints: 0)
            merged.accumulate(into: &sizes)
            if partitioned == nil { partitioned = sizes } else { partitioned!.add(sizes) }
        }
        a.merge(b)
        #expect(a.count == expected.count)
        // Feed both into class sizes and compare with sizes computed from the expectation.
        var fromTable = ClassSizes(levels: 3, k: 4, halfExposure: 10, extraPoints: 0)
        a.accumulate(into: &fromTable)
        var reference = ClassSizes(levels: 3, k: 4, halfExposure: 10, extraPoints: 0)
        for (key, counts) in expected {
            let first = counts.firstIndex { $0 > 0 } ?? 3
            counts.withUnsafeBufferPointer { reference.addClass(linked: Int(key % 7), firstConsenting: $0.baseAddress!, from: first) }
        }
        let lhs = fromTable.figures(), rhs = reference.figures(), parts = partitioned!.figures()
        for level in 0..<3 {
            #expect(lhs[level].exposure == rhs[level].exposure && parts[level].exposure == rhs[level].exposure)
            #expect(lhs[level].mean == rhs[level].mean && lhs[level].max == rhs[level].max && lhs[level].belowK == rhs[level].belowK)
            #expect(parts[level].mean == rhs[level].mean && parts[level].max == rhs[level].max && parts[level].belowK == rhs[level].belowK)
        }
    }

    @Test func streamingEstimateStaysFarBelowInMemoryForLargePopulations() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 100_000_000)
        let streaming = StreamingSweep.estimatedPeakBytes(scenario, threads: 2)
        #expect(streaming < 4 << 30)
        #expect(streaming * 2 < MemoryEstimate.peakBytes(scenario))
    }
}
