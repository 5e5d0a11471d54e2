import Foundation

/// Places the names of a scatter chart's points so that none crosses the frontier's dashed line,
/// another name or another point, and each stays inside the plot: of 48 spots on four rings around
/// its point, the nearest free one, else the one with the fewest overlaps (the frontier counted heaviest).
struct LabelPlacer {
    /// A rectangle in drawing coordinates (y grows downwards).
    struct Box: Equatable {
        var minX, minY, maxX, maxY: Double

        func overlaps(_ other: Box) -> Bool { minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY }

        /// Whether the segment from `a` to `b` passes through the box (Liang–Barsky clipping).
        func crosses(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Bool {
            var t0 = 0.0, t1 = 1.0
            let dx = b.x - a.x, dy = b.y - a.y
            for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
                if p == 0 { if q < 0 { return false }; continue }
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
            return true
        }
    }

    /// Where a name is drawn: its text's anchor point, whether it ends there, and the box it fills.
    struct Placement: Equatable {
        var x, y: Double
        var alignEnd: Bool
        var box: Box
    }

    /// The font size of the names, and the width of one character in it (a conservative mean for
    /// the sans-serif faces SVG viewers pick; wide letters average about 0.55 em).
    static let fontSize = 17.0
    static let charWidth = 17.0 * 0.58

    /// The plot area the names must stay in.
    let plot: Box
    /// The frontier's vertices, in drawing coordinates.
    let frontier: [(x: Double, y: Double)]
    /// The points' centres and their markers' radius.
    let points: [(x: Double, y: Double)]
    let radius: Double

    /// A placement for each name, in order; each placed name is an obstacle for the next.
    func place(_ names: [String]) -> [Placement] {
        var placed: [Box] = []
        var result: [Placement] = []
        for (i, name) in names.enumerated() {
            let width = Double(name.count) * Self.charWidth, height = Self.fontSize
            let p = points[i]
            var best: (cost: Double, placement: Placement)?
            // Spots on rings around the point, nearest first: right, left, the diagonals, above, below.
            for ring in [radius + 5, radius + 21, radius + 39, radius + 59] {
                for degrees in [0.0, 180, 30, -30, 150, -150, 90, -90, 60, -60, 120, -120] {
                    let angle = degrees * .pi / 180
                    let cx = p.x + ring * cos(angle), cy = p.y - ring * sin(angle)
                    let alignEnd = cos(angle) < -0.3
                    let minX = cos(angle) > 0.3 ? cx : alignEnd ? cx - width : cx - width / 2
                    let top = sin(angle) > 0.3 ? cy - height : sin(angle) < -0.3 ? cy : cy - height / 2
                    let box = Box(minX: minX, minY: top, maxX: minX + width, maxY: top + height)
                    // Overlaps decide; distance and direction only break ties.
                    var cost = ring * 0.05 + abs(sin(angle)) * 0.5
                    if box.minX < plot.minX || box.maxX > plot.maxX || box.minY < plot.minY || box.maxY > plot.maxY { cost += 40 }
                    for k in frontier.indices.dropFirst() where box.crosses(frontier[k - 1], frontier[k]) { cost += 50 }
                    for other in placed where box.overlaps(other) { cost += 30 }
                    for (j, q) in points.enumerated() where j != i {
                        if box.overlaps(Box(minX: q.x - radius, minY: q.y - radius, maxX: q.x + radius, maxY: q.y + radius)) { cost += 30 }
                    }
                    let anchorX = alignEnd ? box.maxX : box.minX
                    let placement = Placement(x: anchorX, y: box.maxY - height * 0.22, alignEnd: alignEnd, box: box)
                    if best == nil || cost < best!.cost { best = (cost, placement) }
                }
            }
            result.append(best!.placement)
            placed.append(best!.placement.box)
        }
        return result
    }
}
