import Foundation

/// The distributions of MODEL.md §2, drawn from a `RandomStream`.
extension RandomStream {
    /// The logarithm of a Gamma(α, 1) draw (Marsaglia–Tsang), kept in log space so that very
    /// small α cannot underflow to an all-zero Dirichlet vector.
    public mutating func logGamma(shape alpha: Double) -> Double { logGamma(shape: alpha, Ziggurat.shared) }

    /// `logGamma(shape:)` with the ziggurat's tables passed in (the generator's hot path).
    @inline(__always)
    mutating func logGamma(shape alpha: Double, _ ziggurat: ZigguratTables) -> Double {
        if alpha < 1 {
            // Gamma(α) = Gamma(α + 1) · U^(1/α).
            return logGamma(shape: alpha + 1, ziggurat) + log(uniformOpen()) / alpha
        }
        let d = alpha - 1.0 / 3.0
        let c = 1.0 / (9 * d).squareRoot()
        // Margin that keeps the squeeze below the exact test's rounding error (see below).
        let margin = 1e-9 * (1 + d)
        while true {
            var x = 0.0, v = 0.0
            repeat {
                x = normal(ziggurat)
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = uniformOpen()
            // Marsaglia–Tsang's squeeze, 1 − 0.0331·x⁴ ≤ exp(0.5x² + d − dv + d·ln v), lets most draws
            // skip two logarithms. It is narrowed by `margin`, far above the few ulps of error in the
            // exact test below, so it only accepts draws that test accepts too: the result is
            // bit-for-bit what the exact test alone gives (docs/performance.md).
            let x2 = x * x
            if u < 1 - 0.0331 * (x2 * x2) - margin { return log(d * v) }
            if log(u) < 0.5 * x * x + d - d * v + d * log(v) { return log(d * v) }
        }
    }

    /// Poisson(λ): multiplication method below 30, Hörmann's PTRS above.
    public mutating func poisson(_ lambda: Double) -> Int {
        poisson(lambda, limit: exp(-lambda))
    }

    /// Poisson(λ) with e^(−λ) computed by the caller (once per cohort rather than per draw).
    @inline(__always)
    public mutating func poisson(_ lambda: Double, limit: Double) -> Int {
        if lambda <= 0 { return 0 }
        if lambda < 30 {
            var product = uniform()
            var count = 0
            while product > limit {
                count += 1
                product *= uniform()
            }
            return count
        }
        return poissonLarge(lambda)
    }

    /// Hörmann's PTRS for λ ≥ 30.
    mutating func poissonLarge(_ lambda: Double) -> Int {
        let slam = lambda.squareRoot(), loglam = log(lambda)
        let b = 0.931 + 2.53 * slam
        let a = -0.059 + 0.02483 * b
        let invAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = uniform() - 0.5
            let v = uniformOpen()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(invAlpha) - log(a / (us * us) + b) <= -lambda + k * loglam - lgamma(k + 1) {
                return Int(k)
            }
        }
    }

    /// An index drawn with the given cumulative weights (last entry = total).
    @inline(__always)
    public mutating func categorical(cumulative: UnsafeBufferPointer<Double>) -> Int {
        let target = uniform() * cumulative[cumulative.count - 1]
        // The first i with target < cumulative[i] (at most the last index) is the number of earlier
        // entries at or below target, as the weights are non-negative. Counted without branches: the
        // draw is random, so a search's branches would be mispredicted.
        return RandomStream.entries(of: cumulative.baseAddress!, count: cumulative.count - 1, atOrBelow: target)
    }

    /// How many of `count` non-negative doubles at `values` are at most `x` (x ≥ 0), without a
    /// branch: non-negative doubles order like their bit patterns, and b ≤ x iff b − x − 1 < 0.
    @inline(__always)
    static func entries(of values: UnsafePointer<Double>, count: Int, atOrBelow x: Double) -> Int {
        let t = Int64(bitPattern: x.bitPattern)
        var i = 0
        for j in 0..<count {
            i &+= Int(UInt64(bitPattern: Int64(bitPattern: values[j].bitPattern) &- t &- 1) >> 63)
        }
        return i
    }

    /// An index drawn with the given cumulative weights (last entry = total).
    @inline(__always)
    public mutating func categorical(cumulative: [Double]) -> Int {
        cumulative.withUnsafeBufferPointer { categorical(cumulative: $0) }
    }
}

extension RandomStream {
    /// An exact Binomial(n, p) draw in O(log n) steps: the k-th smallest of n uniforms is
    /// Beta(k, n − k + 1), so comparing the middle order statistic with p splits the problem in
    /// half (Devroye 1986, X.4); at most 64 trials are then drawn one by one. Used where a count of
    /// customers must be split without walking them one at a time (a calibration holdout).
    public mutating func binomial(_ n: Int, _ p: Double) -> Int {
        precondition(n >= 0 && (0...1).contains(p))
        var n = n, p = p, count = 0
        while n > 64 && p > 0 && p < 1 {
            let k = n / 2 + 1
            // Beta(k, n + 1 − k) from two log-gammas, in log space so large shapes do not overflow.
            let a = logGamma(shape: Double(k)), b = logGamma(shape: Double(n + 1 - k))
            let beta = 1 / (1 + exp(b - a))
            if beta < p {
                // The k smallest uniforms are all below p; the other n − k are uniform on (beta, 1).
                count += k
                n -= k
                p = (p - beta) / (1 - beta)
            } else {
                // The k − 1 smallest lie below beta, uniform on (0, beta); the rest are above p.
                n = k - 1
                p /= beta
            }
        }
        if p <= 0 { return count }
        if p >= 1 { return count + n }
        for _ in 0..<n where uniform() < p { count += 1 }
        return count
    }
}
