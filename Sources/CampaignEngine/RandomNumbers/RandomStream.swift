/// xoshiro256** generator seeded through SplitMix64: one independent stream per customer.
///
/// Each customer's stream is derived from the scenario seed, the cohort index and the
/// customer's index inside its cohort, so a customer's draws do not depend on how the
/// population is split into chunks or threads, nor on the size of other cohorts.
public struct RandomStream: Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A stream for the given keys; equal keys give equal streams.
    public init(seed: UInt64, _ a: UInt64, _ b: UInt64) {
        var x = RandomStream.mix(seed ^ RandomStream.mix(a &* 0x9E37_79B9_7F4A_7C15 &+ RandomStream.mix(b)))
        func next() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            return RandomStream.mix(x)
        }
        s0 = next(); s1 = next(); s2 = next(); s3 = next()
    }

    /// SplitMix64's finaliser: a bijective 64-bit mix.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    @inline(__always)
    public mutating func uniform() -> Double {
        // Through Int64: below 2⁵³ the value is the same, and x86 converts signed integers in one instruction.
        Double(Int64(bitPattern: next() >> 11)) * 0x1.0p-53
    }

    /// Uniform in (0, 1): never exactly 0, so its logarithm is finite.
    @inline(__always)
    public mutating func uniformOpen() -> Double {
        (Double(Int64(bitPattern: next() >> 11)) + 0.5) * 0x1.0p-53
    }
}
