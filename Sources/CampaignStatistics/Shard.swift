/// One of N shards of a run (MODEL.md §8.3): it computes the units j with j mod N = K − 1.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based index K and count N.
    public var index: Int
    /// The number of shards N.
    public var count: Int

    /// Shard `index` of `count`, unchecked.
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses "K/N" with 1 ≤ K ≤ N ≤ 10,000.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 10_000, (1...n).contains(k) else { return nil }
        index = k
        count = n
    }

    /// Whether unit `j` (0-based) belongs to this shard.
    public func contains(unit j: Int) -> Bool { j % count == index - 1 }

    /// The units of `total` that belong to this shard, in order.
    public func units(of total: Int) -> [Int] { (0..<total).filter(contains) }

    /// "K/N".
    public var description: String { "\(index)/\(count)" }
}
