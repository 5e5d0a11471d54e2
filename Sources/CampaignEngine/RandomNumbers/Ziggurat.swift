import Foundation

/// The tables of Marsaglia and Tsang's ziggurat for the standard normal distribution (256 layers;
/// "The Ziggurat Method for Generating Random Variables", J. Stat. Softw. 5(8), 2000).
///
/// The density f(x) = exp(−x²/2) is covered by 255 rectangles and a base strip that includes the
/// tail beyond r, all of area v. A draw picks a layer and a point in it: inside the part of the
/// layer that lies wholly under the curve (almost always) it is returned at once; otherwise the
/// exact density or the exact tail decides. The method is exact: its output has the normal
/// distribution, the tables only decide how often the slow path runs (docs/performance.md).
enum Ziggurat {
    /// Where the tail starts, and each layer's area (Marsaglia–Tsang's constants for 256 layers).
    static let r = 3.6541528853610088
    static let v = 0.00492867323399

    /// x[i] is the right edge of layer i (x[0] is the base strip's width v/f(r), x[1] = r,
    /// decreasing to x[256] = 0); y[i] = f(x[i]).
    static let tables: (x: [Double], y: [Double]) = {
        var x = [Double](repeating: 0, count: 257)
        x[0] = v / exp(-0.5 * r * r)
        x[1] = r
        for i in 1..<256 {
            let inner = v / x[i] + exp(-0.5 * x[i] * x[i])
            x[i + 1] = inner >= 1 ? 0 : (-2 * log(inner)).squareRoot()
        }
        x[256] = 0
        return (x, x.map { exp(-0.5 * $0 * $0) })
    }()

    /// The tables behind plain pointers, for the hot path.
    static let shared = ZigguratTables(x: tables.x, y: tables.y)
}

/// The ziggurat's tables in memory the sampler reads through plain pointers: no bounds checks,
/// no reference counting, and no lazy-global check per draw (the generator holds a copy of this
/// value). They are written once and live as long as the program, so sharing them is safe.
struct ZigguratTables: @unchecked Sendable {
    let x: UnsafePointer<Double>
    let y: UnsafePointer<Double>

    init(x: [Double], y: [Double]) {
        func copy(_ values: [Double]) -> UnsafePointer<Double> {
            let p = UnsafeMutablePointer<Double>.allocate(capacity: values.count)
            p.initialize(from: values, count: values.count)
            return UnsafePointer(p)
        }
        self.x = copy(x)
        self.y = copy(y)
    }
}

extension RandomStream {
    /// A standard normal draw by the ziggurat method: usually one 64-bit word, a table read and a
    /// comparison. The low 8 bits pick the layer and the top 53 bits the position, so the two are
    /// independent (Doornik's remark on the original's correlation, "An Improved Ziggurat Method",
    /// 2005).
    public mutating func normal() -> Double { normal(Ziggurat.shared) }

    /// `normal()` with the tables passed in (the generator's hot path).
    @inline(__always)
    mutating func normal(_ tables: ZigguratTables) -> Double {
        let x = tables.x, y = tables.y
        while true {
            let bits = next()
            let i = Int(bits & 0xFF)
            // u uniform in [−1, 1) from 53 bits.
            let u = Double(Int64(bitPattern: bits >> 11)) * 0x1.0p-52 - 1
            let candidate = u * x[i]
            if abs(candidate) < x[i + 1] { return candidate }
            if i == 0 { return normalTail(negative: u < 0) }
            // The wedge between the layer's inner and outer edges: compare with the density itself.
            if y[i] + uniform() * (y[i + 1] - y[i]) < exp(-0.5 * candidate * candidate) { return candidate }
        }
    }

    /// A draw beyond ±r (Marsaglia's exact tail method).
    @inline(never)
    mutating func normalTail(negative: Bool) -> Double {
        let r = Ziggurat.r
        while true {
            let a = -log(uniformOpen()) / r
            let b = -log(uniformOpen())
            if 2 * b > a * a { return negative ? -(r + a) : r + a }
        }
    }
}
