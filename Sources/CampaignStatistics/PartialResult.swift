import Foundation

/// What one shard prints (MODEL.md §8.3): the raw figures of its units and everything that
/// identifies the run, so that `merge` can check the parts belong together and print exactly the
/// bytes of the unsharded run. Numbers travel as the hexadecimal bit patterns of their doubles, so
/// nothing is lost on the way.
public struct PartialResult: Codable, Sendable, Equatable {
    /// Marks the file as a campaign-sim partial result, and its layout version.
    public var campaignSimPartial = 1
    /// `Engine.modelVersion` of the run.
    public var modelVersion: String
    /// Digest of the scenario text and every option that shapes the output.
    public var run: String
    /// The output format the merged result is printed in.
    public var format: String
    /// Units (replications) in the whole run.
    public var units: Int
    /// The shard that printed the part, as "K/N".
    public var shard: String
    /// The scenario after every command-line override, as YAML the loader reads back to the same values.
    public var scenario: String
    /// The consent rates evaluated.
    public var rates: [Double]
    /// The figures of the shard's units.
    public var results: [Unit]
    /// Set for a sharded `robustness` run: its units are worlds, not replications.
    public var robustness: RobustnessRun?

    /// What a robustness run was asked for.
    public struct RobustnessRun: Codable, Sendable, Equatable {
        /// Worlds asked for.
        public var worlds: Int
        /// The fixed consent rate, or nil when it is drawn from its range.
        public var consent: Double?
        /// The two strategies whose profit difference is compared, by name.
        public var compare: [String]?

        /// A robustness run of `worlds` worlds.
        public init(worlds: Int, consent: Double?, compare: [String]?) {
            self.worlds = worlds
            self.consent = consent
            self.compare = compare
        }
    }

    /// One unit's figures: per rate, per strategy, the values of `UnitFigures.keys`.
    public struct Unit: Codable, Sendable, Equatable {
        /// The unit's index in the whole run (0-based).
        public var unit: Int
        /// Per rate, every strategy's values.
        public var rates: [[StrategyValues]]
    }

    /// One strategy's figure values at one rate.
    public struct StrategyValues: Codable, Sendable, Equatable {
        /// The strategy's name.
        public var strategy: String
        /// `UnitFigures.keys` in order: bit patterns as 16 hex digits, or nil.
        public var values: [String?]
    }

    enum CodingKeys: String, CodingKey {
        case campaignSimPartial = "campaign_sim_partial", modelVersion = "model_version", run, format, units, shard, scenario, rates, results, robustness
    }

    /// The part of `shard` holding `results`, each unit's figures encoded as bit patterns.
    public init(modelVersion: String, run: String, format: String, units: Int, shard: Shard, scenario: String, rates: [Double],
                results: [(unit: Int, figures: [UnitFigures])], robustness: RobustnessRun? = nil) {
        self.robustness = robustness
        self.modelVersion = modelVersion
        self.run = run
        self.format = format
        self.units = units
        self.shard = shard.description
        self.scenario = scenario
        self.rates = rates
        self.results = results.map { unit in
            Unit(unit: unit.unit, rates: unit.figures.map { figures in
                zip(figures.strategies, figures.values).map { strategy, values in
                    StrategyValues(strategy: strategy.rawValue, values: values.map { $0.map(Self.hex) })
                }
            })
        }
    }

    /// The partial as one line of JSON.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
    }

    static func hex(_ value: Double) -> String {
        let digits = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func double(_ hex: String) -> Double? { UInt64(hex, radix: 16).map(Double.init(bitPattern:)) }
}
