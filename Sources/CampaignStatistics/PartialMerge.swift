import CampaignEngine
import ScenarioKit

/// Puts the parts of a sharded run back together (MODEL.md §8.3), refusing parts of different
/// runs, missing or repeated units and damaged files.
public enum PartialMerge {
    /// Why parts cannot be merged; `description` names the file and what is wrong.
    public struct Problem: Error, CustomStringConvertible, Equatable {
        /// The message: the file and what is wrong with it.
        public var description: String
    }

    /// A digest of everything that shapes a run's output: 64-bit FNV-1a over the text, as 16 hex
    /// digits. It tells parts of different runs apart; it is no protection against forgery.
    public static func digest(_ parts: [String]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash &*= 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The digest of a run of replications (`run`, `sweep`): the model, the scenario after every
    /// override, the rates, the replications and the output format.
    public static func replicationDigest(modelVersion: String, scenario: String, rates: [Double], units: Int, format: String) -> String {
        digest([modelVersion, scenario, rates.map { "\($0)" }.joined(separator: ","), "\(units)", format])
    }

    /// The digest of a `robustness` run: the model, the scenario, what was asked and the format.
    public static func robustnessDigest(modelVersion: String, scenario: String, run: PartialResult.RobustnessRun, format: String) -> String {
        digest([modelVersion, scenario, "robustness", "\(run.worlds)", "\(run.consent.map { "\($0)" } ?? "-")", run.compare?.joined(separator: ",") ?? "-", format])
    }

    /// The digest a part's own fields give: a part edited after it was written (its scenario, its
    /// rates) no longer matches the digest it carries, unless the editor recomputed it.
    static func ownDigest(_ part: PartialResult) -> String {
        if let run = part.robustness { return robustnessDigest(modelVersion: part.modelVersion, scenario: part.scenario, run: run, format: part.format) }
        return replicationDigest(modelVersion: part.modelVersion, scenario: part.scenario, rates: part.rates, units: part.units, format: part.format)
    }

    /// The merged run: the first part's identity and every unit's figures in unit order.
    public struct Merged: Sendable {
        /// The scenario after every override, as YAML.
        public var scenarioYAML: String
        /// The output format the merged result is printed in.
        public var format: String
        /// The consent rates evaluated.
        public var rates: [Double]
        /// Per unit, in unit order, its figures at each rate.
        public var units: [[UnitFigures]]
        /// Set when the parts come from `robustness`.
        public var robustness: PartialResult.RobustnessRun?
        /// Per unit, the file it came from.
        public var sources: [String]
    }

    /// Checks every field of a part before anything uses it: a forged or damaged part is refused
    /// by name, never trusted to size a loop, a range or an allocation.
    static func check(_ part: PartialResult, file: String) throws(Problem) {
        func bad(_ what: String) -> Problem { Problem(description: "\(file): \(what): not a partial result campaign-sim wrote, or damaged") }
        guard part.campaignSimPartial == 1 else { throw Problem(description: "\(file): partial result layout \(part.campaignSimPartial) is not one this version reads") }
        // Replications, or worlds plus the tornado's central and two runs per uncertain value.
        let most = 100_000
        guard (1...most).contains(part.units) else { throw bad("\"units\": \(part.units) is not from 1 to \(most)") }
        guard Shard(part.shard) != nil else { throw bad("\"shard\": \"\(part.shard.prefix(20))\" is not K/N") }
        guard part.results.count <= part.units else { throw bad("\(part.results.count) results for \(part.units) units") }
        // A robustness run without --consent draws each world's rate, and lists none.
        guard ((part.robustness == nil ? 1 : 0)...101).contains(part.rates.count), part.rates.allSatisfy({ $0.isFinite && (0...1).contains($0) }) else {
            throw bad("\"rates\" must be up to 101 consent rates from 0 to 1")
        }
        if let run = part.robustness {
            guard (1...Robustness.maximumWorlds).contains(run.worlds), run.worlds <= part.units, run.consent.map({ $0.isFinite && (0...1).contains($0) }) ?? true else { throw bad("\"robustness\" does not match the run") }
        }
        guard part.run == ownDigest(part) else {
            throw Problem(description: "\(file): its scenario, rates or options do not match the run digest it carries (\(part.run.prefix(16))): the part was edited after campaign-sim wrote it")
        }
        for unit in part.results {
            guard (0..<part.units).contains(unit.unit) else { throw bad("unit \(unit.unit) is outside 0…\(part.units - 1)") }
            guard unit.rates.count <= max(1, part.rates.count), unit.rates.allSatisfy({ $0.count <= StrategyName.allCases.count }) else {
                throw bad("unit \(unit.unit) holds more rates or strategies than the run")
            }
        }
    }

    /// A figure that counts people or events: a whole number, never negative.
    static let counts: Set<FigureKey> = [.customers, .contacted, .conversions, .profiled, .profiledWithoutConsent, .minorsProfiled,
                                         .vulnerableTargeted, .dataPoints, .sureThings, .incrementalConversions, .organicConversions, .cellsLearning]

    /// Merges `parts` (each with the name of the file it came from).
    public static func merge(_ parts: [(file: String, partial: PartialResult)]) throws(Problem) -> Merged {
        guard let (firstFile, first) = parts.first else { throw Problem(description: "merge: no parts given") }
        var byUnit: [Int: (file: String, unit: PartialResult.Unit)] = [:]
        for (file, part) in parts {
            try check(part, file: file)
            guard part.run == first.run, part.modelVersion == first.modelVersion, part.units == first.units,
                  part.format == first.format, part.scenario == first.scenario, part.rates == first.rates,
                  part.robustness == first.robustness else {
                throw Problem(description: "\(file): part of another run than \(firstFile) (run \(part.run), model \(part.modelVersion), \(part.units) units; expected run \(first.run), model \(first.modelVersion), \(first.units) units)")
            }
            for unit in part.results {
                guard (0..<part.units).contains(unit.unit) else { throw Problem(description: "\(file): unit \(unit.unit) is outside 0…\(part.units - 1): the file is damaged") }
                if let earlier = byUnit[unit.unit] {
                    throw Problem(description: "\(file): unit \(unit.unit) is also in \(earlier.file); each unit must come from exactly one part")
                }
                byUnit[unit.unit] = (file, unit)
            }
        }
        let missing = (0..<first.units).filter { byUnit[$0] == nil }
        if !missing.isEmpty {
            let shown = missing.prefix(10).map(String.init).joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            throw Problem(description: "merge: \(missing.count) of \(first.units) units are missing (\(shown)); is a part absent?")
        }
        var units: [[UnitFigures]] = []
        for j in 0..<first.units {
            let (file, unit) = byUnit[j]!
            // A robustness unit is one world at one rate (its own when no --consent fixed it).
            let expectedRates = first.robustness == nil ? first.rates.count : 1
            guard unit.rates.count == expectedRates else { throw Problem(description: "\(file): unit \(j) has \(unit.rates.count) rates, expected \(expectedRates): the file is damaged") }
            var figures: [UnitFigures] = []
            for (r, strategies) in unit.rates.enumerated() {
                var names: [StrategyName] = []
                var values: [[Double?]] = []
                for s in strategies {
                    guard let name = StrategyName(rawValue: s.strategy), let keys = UnitFigures.keys(count: s.values.count) else {
                        throw Problem(description: "\(file): unit \(j) has a damaged entry for \"\(s.strategy)\"")
                    }
                    var row: [Double?] = []
                    for (value, key) in zip(s.values, keys) {
                        if let value {
                            guard let d = PartialResult.double(value), value.count == 16 else { throw Problem(description: "\(file): unit \(j) holds \"\(value.prefix(20))\", not a number: the file is damaged") }
                            // No figure is NaN or infinite; a count is a whole number of at least 0.
                            // Magnitudes no run reaches: counts above 10¹⁰ (the figures convert them to Int),
                            // euros beyond 10¹⁵, shares outside 0–1.
                            let share: Set<FigureKey> = [.conversionRate, .expectedConversionRate, .reidRiskMean, .reidRiskMax, .recordsBelowK]
                            guard d.isFinite, abs(d) <= 1e15,
                                  !Self.counts.contains(key) || (d.sign == .plus && d == d.rounded() && d <= 1e10),
                                  !share.contains(key) || (0...1).contains(d) else {
                                throw Problem(description: "\(file): unit \(j), \(s.strategy): \(key.rawValue) is \(d), which no run produces: the file is damaged or forged")
                            }
                            row.append(d)
                        } else {
                            row.append(nil)
                        }
                    }
                    names.append(name)
                    values.append(row)
                }
                if let previous = units.first?[r].strategies, previous != names {
                    throw Problem(description: "\(file): unit \(j) compares other strategies than unit 0: the file is damaged")
                }
                figures.append(UnitFigures(consentRate: first.rates.indices.contains(r) ? first.rates[r] : 0, strategies: names, values: values))
            }
            units.append(figures)
        }
        return Merged(scenarioYAML: first.scenario, format: first.format, rates: first.rates, units: units, robustness: first.robustness,
                      sources: (0..<first.units).map { byUnit[$0]!.file })
    }
}
