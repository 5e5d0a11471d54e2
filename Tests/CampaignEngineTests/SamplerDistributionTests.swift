import Foundation
import Testing
@testable import CampaignEngine

/// The samplers of model version 2 draw from the exact distributions of MODEL.md §2. Each test is a
/// goodness-of-fit test on many draws from a fixed seed, at a stated false-alarm rate of 0.1 %: a
/// correct sampler fails a given test with probability 0.001, and with the fixed seed it either
/// always passes or always fails.
@Suite("Sampler distributions")
struct SamplerDistributionTests {
    /// Kolmogorov–Smirnov: the largest gap between the empirical CDF of `draws` and `cdf`.
    static func ksStatistic(_ draws: [Double], cdf: (Double) -> Double) -> Double {
        let sorted = draws.sorted()
        let n = Double(sorted.count)
        var d = 0.0
        for (i, x) in sorted.enumerated() {
            let f = cdf(x)
            d = max(d, abs(f - Double(i) / n), abs(Double(i + 1) / n - f))
        }
        return d
    }

    /// The KS critical value at level 0.001 for n draws (asymptotic: √(−ln(α/2)/2)/√n).
    static func ksCritical(_ n: Int) -> Double { (-log(0.0005) / 2).squareRoot() / Double(n).squareRoot() }

    static func normalCDF(_ x: Double) -> Double { 0.5 * erfc(-x / 2.0.squareRoot()) }

    /// The regularised lower incomplete gamma P(a, x): series below a + 1, continued fraction above.
    static func gammaCDF(_ a: Double, _ x: Double) -> Double {
        guard x > 0 else { return 0 }
        let logPrefix = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            var term = 1 / a, sum = term, ap = a
            for _ in 0..<10_000 {
                ap += 1
                term *= x / ap
                sum += term
                if abs(term) < abs(sum) * 1e-15 { break }
            }
            return sum * exp(logPrefix)
        }
        // Lentz's method for the continued fraction of Q(a, x).
        var b = x + 1 - a, c = 1 / 1e-300, d = 1 / b, h = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b; if abs(d) < 1e-300 { d = 1e-300 }
            c = b + an / c; if abs(c) < 1e-300 { c = 1e-300 }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return 1 - exp(logPrefix) * h
    }

    @Test func zigguratNormalsAreStandardNormal() {
        var rng = RandomStream(seed: 2026, 1, 0)
        let n = 1_000_000
        let draws = (0..<n).map { _ in rng.normal() }
        let d = Self.ksStatistic(draws, cdf: Self.normalCDF)
        #expect(d < Self.ksCritical(n), "KS distance \(d) ≥ \(Self.ksCritical(n))")
        // The tail beyond r comes from its own method: its frequency must match 2·(1 − Φ(r)).
        let r = Ziggurat.r
        let p = erfc(r / 2.0.squareRoot())
        let tail = Double(draws.filter { abs($0) > r }.count)
        let z = (tail - Double(n) * p) / (Double(n) * p * (1 - p)).squareRoot()
        #expect(abs(z) < 3.29, "\(tail) draws beyond ±r, expected \(Double(n) * p)")
        // Symmetry, and the wedges: the share below 0 and in a band that mostly uses the wedge test.
        let below = Double(draws.filter { $0 < 0 }.count)
        #expect(abs(below - Double(n) / 2) < 3.29 * (Double(n) / 4).squareRoot())
    }

    @Test func zigguratTablesCoverTheDensity() {
        let x = Ziggurat.tables.x, y = Ziggurat.tables.y
        #expect(x[1] == Ziggurat.r && x[256] == 0)
        // Every layer has the same area v (the top one up to the constants' precision).
        for i in 1..<255 { #expect(abs(x[i] * (y[i + 1] - y[i]) - Ziggurat.v) < 1e-12, "layer \(i)") }
        #expect(abs(x[255] * (1 - y[255]) - Ziggurat.v) < 1e-6)
        #expect((1..<256).allSatisfy { x[$0 + 1] < x[$0] })
    }

    @Test(arguments: [0.3, 1.0, 2.5, 10.0])
    func gammaDrawsFollowTheGammaDistribution(alpha: Double) {
        var rng = RandomStream(seed: 2026, 2, UInt64(alpha * 10))
        let n = 200_000
        let draws = (0..<n).map { _ in exp(rng.logGamma(shape: alpha)) }
        let d = Self.ksStatistic(draws) { Self.gammaCDF(alpha, $0) }
        #expect(d < Self.ksCritical(n), "α = \(alpha): KS distance \(d) ≥ \(Self.ksCritical(n))")
    }

    @Test(arguments: [0.5, 5.0, 29.0, 60.0])
    func poissonDrawsFollowThePoissonDistribution(lambda: Double) {
        var rng = RandomStream(seed: 2026, 3, UInt64(lambda * 10))
        let n = 200_000
        var counts: [Int: Int] = [:]
        for _ in 0..<n { counts[rng.poisson(lambda), default: 0] += 1 }
        // χ² over the values with an expected count of at least 20, the rest pooled in two tails.
        let logLambda = log(lambda)
        func pmf(_ k: Int) -> Double { exp(Double(k) * logLambda - lambda - lgamma(Double(k) + 1)) }
        var low = 0
        while Double(n) * pmf(low) < 20 { low += 1 }
        var high = max(low, Int(lambda))
        while Double(n) * pmf(high + 1) >= 20 { high += 1 }
        var chi2 = 0.0, bins = 0, belowP = 0.0
        for k in 0..<low { belowP += pmf(k) }
        let belowObserved = counts.filter { $0.key < low }.values.reduce(0, +)
        if belowP > 0 { chi2 += pow(Double(belowObserved) - Double(n) * belowP, 2) / (Double(n) * belowP); bins += 1 }
        var inside = belowP
        for k in low...high {
            let e = Double(n) * pmf(k)
            inside += pmf(k)
            chi2 += pow(Double(counts[k, default: 0]) - e, 2) / e
            bins += 1
        }
        let aboveObserved = counts.filter { $0.key > high }.values.reduce(0, +)
        let aboveP = 1 - inside
        if aboveP * Double(n) >= 1 { chi2 += pow(Double(aboveObserved) - Double(n) * aboveP, 2) / (Double(n) * aboveP); bins += 1 }
        // Wilson–Hilferty: the 99.9 % point of χ² with k degrees of freedom.
        let k = Double(bins - 1)
        let critical = k * pow(1 - 2 / (9 * k) + 3.0902 * (2 / (9 * k)).squareRoot(), 3)
        #expect(chi2 < critical, "λ = \(lambda): χ² = \(chi2) over \(bins) bins, critical \(critical)")
    }

    /// The exact binomial splits a calibration holdout row by row; through its order-statistic
    /// halving (n > 64) and its trial-by-trial end alike it must follow Binomial(n, p): χ² at the
    /// 0.1 % false-alarm rate, 40,000 draws a case, fixed seeds.
    @Test(arguments: [(10, 0.3), (200, 0.5), (10_000, 0.01), (1_000_000, 0.3)])
    func binomialDrawsFollowTheBinomialDistribution(trials: Int, p: Double) {
        var rng = RandomStream(seed: 2027, 4, UInt64(trials % 1_000_003))
        let n = 40_000
        var counts: [Int: Int] = [:]
        for _ in 0..<n { counts[rng.binomial(trials, p), default: 0] += 1 }
        let t = Double(trials)
        func pmf(_ k: Int) -> Double {
            let x = Double(k)
            let choose: Double = lgamma(t + 1) - lgamma(x + 1) - lgamma(t - x + 1)
            let powers: Double = x * log(p) + (t - x) * log(1 - p)
            return exp(choose + powers)
        }
        let mode = Int((t + 1) * p)
        var low = mode, high = mode
        while low > 0 && Double(n) * pmf(low - 1) >= 20 { low -= 1 }
        while high < trials && Double(n) * pmf(high + 1) >= 20 { high += 1 }
        var chi2 = 0.0, bins = 0, inside = 0.0
        for k in low...high {
            let e = Double(n) * pmf(k)
            inside += pmf(k)
            chi2 += pow(Double(counts[k, default: 0]) - e, 2) / e
            bins += 1
        }
        let outsideObserved = counts.filter { $0.key < low || $0.key > high }.values.reduce(0, +)
        let outside = max(0, 1 - inside)
        if outside * Double(n) >= 5 { chi2 += pow(Double(outsideObserved) - Double(n) * outside, 2) / (Double(n) * outside); bins += 1 }
        let k = Double(bins - 1)
        let critical = k * pow(1 - 2 / (9 * k) + 3.0902 * (2 / (9 * k)).squareRoot(), 3)
        #expect(bins > 5 && chi2 < critical, "n = \(trials), p = \(p): χ² = \(chi2) over \(bins) bins, critical \(critical)")
        #expect(counts.keys.allSatisfy { (0...trials).contains($0) })
    }

    /// A row of 10⁹ customers: the standardised draws against the normal its binomial is within
    /// 10⁻⁵ of (KS at the 0.1 % false-alarm rate, 20,000 draws, fixed seed).
    @Test func aBillionTrialsAreStillBinomial() {
        var rng = RandomStream(seed: 2028, 4, 1)
        let trials = 1_000_000_000, p = 0.37
        let mean = Double(trials) * p, sd = (Double(trials) * p * (1 - p)).squareRoot()
        let draws = (0..<20_000).map { _ in (Double(rng.binomial(trials, p)) - mean) / sd }
        let d = Self.ksStatistic(draws, cdf: Self.normalCDF)
        #expect(d < Self.ksCritical(draws.count), "KS distance \(d)")
    }
}
