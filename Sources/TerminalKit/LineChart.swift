/// A character-cell line chart: one series per mark, a shared x axis, a vertical cursor.
public struct LineChart: Sendable {
    /// One line: its mark, its style and a y value per x sample (nil = no value).
    public struct Series: Sendable {
        public var mark: Character
        public var style: Style
        public var values: [Double?]
        public init(mark: Character, style: Style, values: [Double?]) {
            self.mark = mark
            self.style = style
            self.values = values
        }
    }

    public var title: String
    /// x values of the samples, ascending.
    public var xs: [Double]
    public var series: [Series]
    /// x of the vertical cursor (the current consent rate).
    public var cursor: Double?
    /// Formats y-axis labels.
    public var format: @Sendable (Double) -> String
    /// Formats x-axis labels.
    public var formatX: @Sendable (Double) -> String

    public init(title: String, xs: [Double], series: [Series], cursor: Double?,
                format: @escaping @Sendable (Double) -> String, formatX: @escaping @Sendable (Double) -> String) {
        self.title = title
        self.xs = xs
        self.series = series
        self.cursor = cursor
        self.format = format
        self.formatX = formatX
    }

    /// Draws the chart in a framed rectangle.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool = false) {
        buffer.box(rect, title: title, style: focused ? .accent : .plain, titleStyle: focused ? .accent : .bold)
        let inner = rect.inset(1)
        guard inner.width >= 12, inner.height >= 3, let minX = xs.first, let maxX = xs.last else { return }
        let all = series.flatMap { $0.values.compactMap { $0 } }
        guard var lo = all.min(), var hi = all.max() else {
            buffer.putCentered("no data", x: inner.x, y: inner.y + inner.height / 2, width: inner.width, style: .dim)
            return
        }
        if hi - lo < 1e-12 { hi += max(abs(hi) * 0.05, 1e-9); lo -= max(abs(lo) * 0.05, 1e-9) }
        let labelWidth = max(format(hi).count, format(lo).count)
        let plot = Rect(x: inner.x + labelWidth + 1, y: inner.y, width: inner.width - labelWidth - 1, height: inner.height - 1)
        guard plot.width >= 4 && plot.height >= 2 else { return }
        buffer.putRight(format(hi), x: inner.x, y: plot.y, width: labelWidth, style: .dim)
        buffer.putRight(format(lo), x: inner.x, y: plot.maxY - 1, width: labelWidth, style: .dim)
        let spanX = max(maxX - minX, 1e-12)
        func column(_ x: Double) -> Int { plot.x + Int(((x - minX) / spanX * Double(plot.width - 1)).rounded()) }
        func row(_ y: Double) -> Int { plot.maxY - 1 - Int(((y - lo) / (hi - lo) * Double(plot.height - 1)).rounded()) }
        if let cursor {
            let cx = column(min(max(cursor, minX), maxX))
            for yy in plot.y..<plot.maxY { buffer[cx, yy] = Cell(buffer.glyphs.cursorLine, .dim) }
        }
        for s in series {
            var previous: (Int, Int)?
            for (i, value) in s.values.enumerated() where i < xs.count {
                guard let value else { previous = nil; continue }
                let point = (column(xs[i]), row(value))
                if let (px, py) = previous {
                    // Connect neighbouring samples with dots so a line reads as a line.
                    let steps = max(abs(point.0 - px), abs(point.1 - py))
                    if steps > 1 {
                        for step in 1..<steps {
                            let t = Double(step) / Double(steps)
                            let xx = px + Int((Double(point.0 - px) * t).rounded())
                            let yy = py + Int((Double(point.1 - py) * t).rounded())
                            if buffer[xx, yy].character == " " || buffer[xx, yy].character == buffer.glyphs.cursorLine {
                                buffer[xx, yy] = Cell("·", s.style)
                            }
                        }
                    }
                }
                buffer[point.0, point.1] = Cell(s.mark, s.style)
                previous = point
            }
        }
        let axisY = plot.maxY
        buffer.put(formatX(minX), x: plot.x, y: axisY, style: .dim)
        let right = formatX(maxX)
        buffer.put(right, x: plot.maxX - right.count, y: axisY, style: .dim)
    }
}
