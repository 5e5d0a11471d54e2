import ScenarioKit

/// What `segment` releases in each week at each consent level (MODEL.md §4, §9.1): from the
/// week's statistics, with fresh Laplace noise per week when ε is set, the offer of every
/// (age band, region) segment, and the aggregate table's re-identification figures.
struct SegmentRelease {
    /// Per (week, level, segment), index ((t − 1)·levels + l)·segments + s.
    var offer: [UInt8]
    var hasStatistics: [Bool]
    /// A contributor's exposure term d/(d + d½)·(0.5 + 0.5/n) for d = 2 (plus the address on
    /// e-mail) and a cell of n (2⁻³² units).
    var risky: [UInt64]
    /// Per (week, level), index (t − 1)·levels + l: cells released, their contributors, the smallest cell.
    var cells: [Int]
    var contributors: [Int]
    var smallest: [Int]

    init(run: CampaignRun, totals: [UInt64], layout: SegmentLayout) {
        let context = run.context
        let levels = layout.levels, segments = layout.segments, categories = layout.categories
        let clip = Double(run.scenario.privacy.historyClip)
        let d = Double(2 + context.channel.address)
        let f2 = d / (d + run.scenario.model.exposureHalf)
        let broadcast = UInt8(context.broadcastChoice(minor: false)!)
        let count = run.weeks * levels * segments
        offer = .init(repeating: broadcast, count: count)
        hasStatistics = .init(repeating: false, count: count)
        risky = .init(repeating: 0, count: count)
        cells = .init(repeating: 0, count: run.weeks * levels)
        contributors = cells
        smallest = .init(repeating: Int.max, count: run.weeks * levels)
        var counts = [Double](repeating: 0, count: categories)
        var running = [UInt64](repeating: 0, count: layout.blockSize)
        for week in 1...run.weeks {
            let noise = run.epsilon == nil ? [] : PopulationSummary.laplaceNoise(context: context, week: week)
            for i in running.indices { running[i] = 0 }
            for level in 0..<levels {
                // Consent sets nest: level l's statistics are the blocks of levels 0…l.
                let block = layout.block(week, level)
                for i in running.indices { running[i] &+= totals[block + i] }
                let at = (week - 1) * levels + level
                for s in 0..<segments {
                    let cell = s * layout.segmentStride
                    let n = Int(running[cell])
                    guard n >= run.k && n > 0 else { continue }
                    var sum = 0.0
                    for c in 0..<categories {
                        var h = Double(running[cell + 1 + c])
                        if let epsilon = run.epsilon { h = max(0, h + clip / epsilon * noise[s * categories + c]) }
                        counts[c] = h
                        sum += h
                    }
                    let i = at * segments + s
                    offer[i] = UInt8(counts.withUnsafeBufferPointer { context.chooseFromCounts($0, total: sum, allowAdultOnly: true)! })
                    hasStatistics[i] = true
                    risky[i] = Tally.fixed(f2 * (0.5 + 0.5 / Double(n)))
                    cells[at] += 1
                    contributors[at] += n
                    smallest[at] = min(smallest[at], n)
                }
            }
        }
    }
}
