/// Finds the nearest known word for a "did you mean" hint.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a likely typo or a shortened key.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        guard !lowered.isEmpty else { return nil }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        if let (candidate, distance) = best {
            // About one slip per four characters: 1 for short words, up to 3 for long ones.
            let allowed = max(1, min(3, (candidate.count + 1) / 4))
            if distance <= allowed { return candidate }
        }
        // A key written without its suffix or prefix ("relevance" for "relevance_weight").
        if lowered.count >= 4, let match = candidates.first(where: { $0.lowercased().hasPrefix(lowered) || $0.lowercased().hasSuffix(lowered) }) {
            return match
        }
        return nil
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of neighbours
    /// (optimal string alignment); inputs are capped at 64 characters so hostile keys stay cheap.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.prefix(64)), y = Array(b.prefix(64))
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
