/// A token bucket: `capacity` requests at once, refilled at `rate` a second.
struct TokenBucket: Sendable {
    let capacity: Double
    let rate: Double
    var tokens: Double
    var last: Double

    init(capacity: Double, rate: Double, now: Double = 0) {
        self.capacity = capacity
        self.rate = rate
        tokens = capacity
        last = now
    }

    /// Takes one token at time `now` (seconds); false when the bucket is empty.
    mutating func take(now: Double) -> Bool {
        tokens = min(capacity, tokens + max(0, now - last) * rate)
        last = max(last, now)
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
