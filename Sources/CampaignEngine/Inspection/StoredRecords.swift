import ScenarioKit

/// The records a strategy stores at one consent rate, exactly as the model stores them
/// (MODEL.md §5): what `campaign-sim records` exports for an auditor to recompute the risk.
public enum StoredRecords: Sendable, Equatable {
    /// Personalised: one pseudonymised record per profiled customer: (age band, region, h′).
    case pseudonymised([Record])
    /// Segment: one aggregate cell per (age band, region) with at least k contributors.
    case cells([Cell])
    /// Unconstrained: one identified record per customer: its id and full history.
    case identified([Record])

    /// One per-person record.
    public struct Record: Sendable, Equatable {
        /// The customer's population index; set only for identified records.
        public var customer: Int?
        /// The customer's age band.
        public var ageBand: AgeBand
        /// The customer's region by name.
        public var region: String
        /// Event counts per category: linked (h′) for pseudonymised records, all (h) for identified ones.
        public var counts: [Int]
    }

    /// One stored segment cell.
    public struct Cell: Sendable, Equatable {
        /// The cell's age band.
        public var ageBand: AgeBand
        /// The cell's region by name.
        public var region: String
        /// Consenting adults whose clipped history the cell sums.
        public var contributors: Int
        /// Per category: the clipped event total, with its Laplace noise when ε is set (as released).
        public var totals: [Double]
    }
}

extension Engine {
    /// The records `strategy` stores at `result`'s consent rate (nil for the strategies that store
    /// none). One inspection per customer, so it costs about what `explain` costs per customer.
    public func storedRecords(_ strategy: StrategyName, result: RateResult) -> StoredRecords? {
        let categories = context.categoryCount
        switch strategy {
        case .personalized, .unconstrained:
            var records: [StoredRecords.Record] = []
            for id in 0..<population.count {
                let inspection = inspect(customer: id, result: result)
                let c = inspection.customer
                if strategy == .unconstrained {
                    records.append(.init(customer: id, ageBand: c.ageBand, region: inspection.regionName, counts: c.history(categories: categories)))
                } else if inspection.decision(.personalized)?.profiled == true {
                    records.append(.init(customer: nil, ageBand: c.ageBand, region: inspection.regionName, counts: c.linkedHistory(categories: categories)))
                }
            }
            return strategy == .unconstrained ? .identified(records) : .pseudonymised(records)
        case .segment:
            let k = scenario.privacy.k
            let clip = scenario.privacy.historyClip
            let segments = context.segmentCount
            var contributors = [Int](repeating: 0, count: segments)
            var totals = [Int](repeating: 0, count: segments * categories)
            var ages = [AgeBand?](repeating: nil, count: segments), regions = [String](repeating: "", count: segments)
            for id in 0..<population.count {
                let inspection = inspect(customer: id, result: result)
                let c = inspection.customer
                // Contributors are the consenting adults; each adds its first history_clip events.
                guard inspection.consents && !c.isMinor else { continue }
                let s = inspection.segment
                contributors[s] += 1
                ages[s] = c.ageBand
                regions[s] = inspection.regionName
                for e in c.events.prefix(clip) { totals[s * categories + e] += 1 }
            }
            let noise = population.summary.segmentNoise
            var cells: [StoredRecords.Cell] = []
            for s in 0..<segments where contributors[s] >= k && contributors[s] > 0 {
                let released = (0..<categories).map { cat -> Double in
                    let h = Double(totals[s * categories + cat])
                    guard let epsilon = scenario.privacy.epsilon else { return h }
                    return max(0, h + Double(clip) / epsilon * noise[s * categories + cat])
                }
                cells.append(.init(ageBand: ages[s]!, region: regions[s], contributors: contributors[s], totals: released))
            }
            return .cells(cells)
        case .broadcast, .contextual, .oracle:
            return nil
        }
    }
}
