/// Points labelled by a mark, with an optional line through some of them (the efficient frontier).
public struct ScatterPlot: Sendable {
    /// One labelled point.
    public struct Point: Sendable {
        /// The character drawn at the point.
        public var mark: Character
        /// The mark's style.
        public var style: Style
        /// Position on the x axis.
        public var x: Double
        /// Position on the y axis.
        public var y: Double
        /// A point at (`x`, `y`) drawn as `mark` in `style`.
        public init(mark: Character, style: Style, x: Double, y: Double) {
            self.mark = mark; self.style = style; self.x = x; self.y = y
        }
    }

    /// The title on the frame.
    public var title: String
    /// The points to plot.
    public var points: [Point]
    /// Indices into `points` joined by a line, in order.
    public var frontier: [Int]
    /// The x axis's caption.
    public var xLabel: String
    /// The y axis's caption.
    public var yLabel: String
    /// Formats x-axis labels.
    public var formatX: @Sendable (Double) -> String
    /// Formats y-axis labels.
    public var formatY: @Sendable (Double) -> String
    /// The point drawn on top, highlighted (the selected strategy).
    public var selected: Int?

    /// A plot of `points` with the line through `frontier`.
    public init(title: String, points: [Point], frontier: [Int], xLabel: String, yLabel: String,
                formatX: @escaping @Sendable (Double) -> String, formatY: @escaping @Sendable (Double) -> String, selected: Int? = nil) {
        self.selected = selected
        self.title = title; self.points = points; self.frontier = frontier
        self.xLabel = xLabel; self.yLabel = yLabel; self.formatX = formatX; self.formatY = formatY
    }

    /// Draws the plot in a framed `rect`, the frame highlighted when `focused`.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool = false) {
        buffer.box(rect, title: title, style: focused ? .accent : .plain, titleStyle: focused ? .accent : .bold)
        let inner = rect.inset(1)
        guard inner.width >= 14, inner.height >= 4, !points.isEmpty else { return }
        var loX = min(0, points.map(\.x).min()!), hiX = points.map(\.x).max()!
        var loY = points.map(\.y).min()!, hiY = points.map(\.y).max()!
        if hiX - loX < 1e-9 { hiX = loX + 1 }
        if hiY - loY < 1e-9 { hiY += 1; loY -= 1 }
        loX -= 0; hiX += (hiX - loX) * 0.05
        let pad = (hiY - loY) * 0.08
        loY -= pad; hiY += pad
        let labelWidth = max(DisplayWidth.of(buffer.adapted(formatY(hiY))), DisplayWidth.of(buffer.adapted(formatY(loY))))  // as drawn (ASCII spells € "EUR ")
        let plot = Rect(x: inner.x + labelWidth + 1, y: inner.y, width: inner.width - labelWidth - 1, height: inner.height - 1)
        guard plot.width >= 6 && plot.height >= 2 else { return }
        buffer.putRight(formatY(hiY), x: inner.x, y: plot.y, width: labelWidth, style: .dim)
        buffer.putRight(formatY(loY), x: inner.x, y: plot.maxY - 1, width: labelWidth, style: .dim)
        // On a braille canvas points sit in the cell of their dot, so the frontier runs through them.
        let braille = buffer.glyphs == .unicode
        func column(_ x: Double) -> Int {
            braille ? plot.x + Int(((x - loX) / (hiX - loX) * Double(plot.width * 2 - 1)).rounded()) / 2
                : plot.x + Int(((x - loX) / (hiX - loX) * Double(plot.width - 1)).rounded())
        }
        func row(_ y: Double) -> Int {
            braille ? plot.y + (plot.height * 4 - 1 - Int(((y - loY) / (hiY - loY) * Double(plot.height * 4 - 1)).rounded())) / 4
                : plot.maxY - 1 - Int(((y - loY) / (hiY - loY) * Double(plot.height - 1)).rounded())
        }
        if buffer.glyphs == .unicode {
            // The frontier at braille resolution, beneath the points it joins.
            var canvas = Canvas(width: plot.width, height: plot.height)
            func dot(_ p: Point) -> (Int, Int) {
                (Int(((p.x - loX) / (hiX - loX) * Double(canvas.dotWidth - 1)).rounded()),
                 canvas.dotHeight - 1 - Int(((p.y - loY) / (hiY - loY) * Double(canvas.dotHeight - 1)).rounded()))
            }
            for (a, b) in zip(frontier, frontier.dropFirst()) {
                let p = dot(points[a]), q = dot(points[b])
                canvas.line(p.0, p.1, q.0, q.1, .good)
            }
            canvas.render(into: &buffer, x: plot.x, y: plot.y)
        } else {
            for (a, b) in zip(frontier, frontier.dropFirst()) {
                let p = (column(points[a].x), row(points[a].y)), q = (column(points[b].x), row(points[b].y))
                let steps = max(abs(q.0 - p.0), abs(q.1 - p.1))
                guard steps > 1 else { continue }
                for step in 1..<steps {
                    let t = Double(step) / Double(steps)
                    buffer[p.0 + Int((Double(q.0 - p.0) * t).rounded()), p.1 + Int((Double(q.1 - p.1) * t).rounded())] = Cell("·", .good)
                }
            }
        }
        // The selected point last, so it lies on top.
        for (i, point) in points.enumerated() where i != selected { buffer[column(point.x), row(point.y)] = Cell(point.mark, point.style) }
        if let selected, points.indices.contains(selected) {
            var style = points[selected].style
            style.bold = true
            style.reverse = true
            buffer[column(points[selected].x), row(points[selected].y)] = Cell(points[selected].mark, style)
        }
        buffer.put(formatX(loX), x: plot.x, y: plot.maxY, style: .dim)
        let label = xLabel + " " + formatX(hiX)
        buffer.put(label, x: plot.maxX - label.count, y: plot.maxY, style: .dim)
        buffer.put(yLabel, x: plot.x + 1, y: plot.y, style: .dim, maxWidth: plot.width - 1)
    }
}
