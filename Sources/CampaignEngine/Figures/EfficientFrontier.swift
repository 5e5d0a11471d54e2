/// The strategies no other strategy beats on both profit and privacy exposure.
public enum EfficientFrontier {
    /// Indices of the efficient points among (exposure, profit) pairs, ordered by exposure.
    ///
    /// A point is efficient when no other point has exposure at most as high and profit at
    /// least as high with one of them strictly better. Ties keep the first.
    public static func indices(exposure: [Double], profit: [Double]) -> [Int] {
        let n = min(exposure.count, profit.count)
        var efficient: [Int] = []
        for i in 0..<n {
            var dominated = false
            for j in 0..<n where j != i {
                let noWorse = exposure[j] <= exposure[i] && profit[j] >= profit[i]
                let better = exposure[j] < exposure[i] || profit[j] > profit[i]
                if noWorse && (better || j < i) { dominated = true; break }
            }
            if !dominated { efficient.append(i) }
        }
        return efficient.sorted { exposure[$0] != exposure[$1] ? exposure[$0] < exposure[$1] : $0 < $1 }
    }
}
