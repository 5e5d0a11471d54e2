/// A character-cell line chart: one series per mark, a shared x axis, a vertical cursor.
public struct LineChart: Sendable {
    /// One line: its mark, its style and a y value per x sample (nil = no value).
    public struct Series: Sendable {
        /// The series' letter: drawn on a character grid without braille, and shown in the legend.
        public var mark: Character
        /// The series' style.
        public var style: Style
        /// y per x sample; nil where there is no value.
        public var values: [Double?]
        /// The name in the legend.
        public var name: String
        /// A series of `values` drawn with `mark` in `style`.
        public init(mark: Character, style: Style, values: [Double?], name: String = "") {
            self.mark = mark
            self.style = style
            self.values = values
            self.name = name
        }
    }

    /// The title on the frame.
    public var title: String
    /// x values of the samples, ascending.
    public var xs: [Double]
    /// The lines, drawn in order.
    public var series: [Series]
    /// x of the vertical cursor (the current consent rate).
    public var cursor: Double?
    /// Formats y-axis labels.
    public var format: @Sendable (Double) -> String
    /// Formats x-axis labels.
    public var formatX: @Sendable (Double) -> String
    /// The series drawn on top and in bold (the selected strategy).
    public var selected: Int?
    /// Shown on the frame instead of the legend when not even initials fit.
    public var legendHint = "letters = table columns"

    /// A chart of `series` over `xs` with the cursor at `cursor`.
    public init(title: String, xs: [Double], series: [Series], cursor: Double?,
                format: @escaping @Sendable (Double) -> String, formatX: @escaping @Sendable (Double) -> String, selected: Int? = nil) {
        self.selected = selected
        self.title = title
        self.xs = xs
        self.series = series
        self.cursor = cursor
        self.format = format
        self.formatX = formatX
    }

    /// Draws the chart in a framed rectangle: braille lines at sub-cell resolution on a UTF-8
    /// terminal, letters on a character grid without one.
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool = false, mode: Canvas.Mode = .braille) {
        if buffer.glyphs == .unicode { renderCanvas(into: &buffer, in: rect, focused: focused, mode: mode) }
        else { renderLetters(into: &buffer, in: rect, focused: focused) }
    }

    /// The series in drawing order: the selected one last, so it lies on top.
    var drawingOrder: [Int] {
        let all = Array(series.indices)
        guard let selected, series.indices.contains(selected) else { return all }
        return all.filter { $0 != selected } + [selected]
    }

    /// The style a series is drawn in: bold when it is the selected one.
    func style(of i: Int) -> Style { var s = series[i].style; if i == selected { s.bold = true }; return s }

    /// Draws the frame; returns the inner area, the x range and the data's y range, or nil when
    /// there is no room or nothing to draw.
    func frame(_ buffer: inout ScreenBuffer, _ rect: Rect, focused: Bool) -> (inner: Rect, minX: Double, maxX: Double, lo: Double, hi: Double)? {
        buffer.box(rect, title: title, style: focused ? .accent : .plain, titleStyle: focused ? .accent : .bold)
        let inner = rect.inset(1)
        guard inner.width >= 12, inner.height >= 3, let minX = xs.first, let maxX = xs.last else { return nil }
        let all = series.flatMap { $0.values.compactMap { $0 } }
        guard let lo = all.min(), let hi = all.max() else {
            buffer.putCentered("no data", x: inner.x, y: inner.y + inner.height / 2, width: inner.width, style: .dim)
            return nil
        }
        return (inner, minX, maxX, lo, hi)
    }

    func renderCanvas(into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool, mode: Canvas.Mode) {
        guard let (inner, minX, maxX, dataLo, dataHi) = frame(&buffer, rect, focused: focused) else { return }
        // Nice ticks bound the axis, so labelled rows fall on round numbers.
        let ticks = NiceTicks.ticks(dataLo, dataHi, count: max(4, min(8, inner.height)))
        let lo = ticks.first!, hi = ticks.last!
        let labelWidth = ticks.map { DisplayWidth.of(buffer.adapted(format($0))) }.max() ?? 1
        let plot = Rect(x: inner.x + labelWidth + 1, y: inner.y, width: inner.width - labelWidth - 1, height: inner.height - 1)
        guard plot.width >= 4 && plot.height >= 2 else { return }
        var canvas = Canvas(width: plot.width, height: plot.height, mode: mode)
        let spanX = max(maxX - minX, 1e-12)
        func dx(_ x: Double) -> Int { Int(((x - minX) / spanX * Double(canvas.dotWidth - 1)).rounded()) }
        func dy(_ y: Double) -> Int { canvas.dotHeight - 1 - Int(((y - lo) / max(hi - lo, 1e-12) * Double(canvas.dotHeight - 1)).rounded()) }
        if let cursor {
            let cx = dx(min(max(cursor, minX), maxX))
            for yy in stride(from: 0, to: canvas.dotHeight, by: 2) { canvas.dot(cx, yy, .dim) }
        }
        for i in drawingOrder {
            var previous: (Int, Int)?
            for (k, value) in series[i].values.enumerated() where k < xs.count {
                guard let value else { previous = nil; continue }
                let point = (dx(xs[k]), dy(value))
                if let (px, py) = previous { canvas.line(px, py, point.0, point.1, style(of: i)) } else { canvas.dot(point.0, point.1, style(of: i)) }
                previous = point
            }
        }
        canvas.render(into: &buffer, x: plot.x, y: plot.y)
        // Markers at the sampled rates: the series' letters, which also tell lines apart without
        // colour. None goes where two lines cross (issue 30): the crossing, the rate at which one
        // strategy overtakes another, stays visible; the line keeps its letters elsewhere.
        let across = canvas.dotsAcross, down = canvas.dotsDown
        func cell(_ x: Double, _ y: Double) -> Int { (plot.y + dy(y) / down) * buffer.width + plot.x + dx(x) / across }
        var crossings = Set<Int>()
        for a in series.indices {
            for b in series.indices where b > a {
                for k in 0..<(xs.count - 1) where k + 1 < series[a].values.count && k + 1 < series[b].values.count {
                    guard let a0 = series[a].values[k], let a1 = series[a].values[k + 1],
                          let b0 = series[b].values[k], let b1 = series[b].values[k + 1] else { continue }
                    let d0 = a0 - b0, d1 = a1 - b1
                    if d0 == 0 && d1 != 0 { crossings.insert(cell(xs[k], a0)) }
                    if d0 * d1 < 0 {
                        let t = d0 / (d0 - d1)
                        crossings.insert(cell(xs[k] + t * (xs[k + 1] - xs[k]), a0 + t * (a1 - a0)))
                    }
                }
            }
        }
        var owner: [Int: Int] = [:]  // cell → the series whose letter shows there
        var cells: [[Int]] = Array(repeating: [], count: series.count)
        for i in drawingOrder {
            let samples = series[i].values.indices.filter { $0 < xs.count && series[i].values[$0] != nil }
            var spots = samples.filter { !crossings.contains(cell(xs[$0], series[i].values[$0]!)) }
            // A line whose every sample sits on a crossing keeps its last letter.
            if spots.isEmpty, let last = samples.last { spots = [last] }
            for k in spots {
                let value = series[i].values[k]!
                let x = plot.x + dx(xs[k]) / across, y = plot.y + dy(value) / down
                buffer[x, y] = Cell(series[i].mark, style(of: i))
                owner[y * buffer.width + x] = i
                cells[i].append(y * buffer.width + x)
            }
        }
        // A series whose every letter lies under another's runs on the same line: say so on the
        // frame ("C=B"), so no series silently disappears (issue 30).
        let hidden = series.indices.compactMap { i -> String? in
            guard !cells[i].isEmpty, cells[i].allSatisfy({ owner[$0] != i }), let top = owner[cells[i][0]] else { return nil }
            return "\(series[i].mark)=\(series[top].mark)"
        }
        let hiddenNote = hidden.isEmpty ? "" : " " + hidden.joined(separator: " ") + " "
        // Label every s-th tick, s the smallest stride whose labels have distinct texts and rows at
        // most one row apart in spacing, so the labelled values step evenly (5 ticks on 4 rows once
        // showed "500 480 440 420", skipping 460).
        let rows = ticks.map { plot.y + dy($0) / canvas.dotsDown }
        func even(_ s: Int) -> Bool {
            let picked = Array(stride(from: 0, to: ticks.count, by: s))
            guard picked.last == ticks.count - 1 || picked.count == 1 else { return false }
            let gaps = zip(picked.dropFirst(), picked).map { rows[$1] - rows[$0] }
            let texts = picked.map { format(ticks[$0]) }
            return gaps.allSatisfy { $0 > 0 } && (gaps.max() ?? 0) - (gaps.min() ?? 0) <= 1 && Set(texts).count == texts.count
        }
        let s = (1..<max(2, ticks.count)).first(where: even) ?? max(1, ticks.count - 1)
        for k in stride(from: 0, to: ticks.count, by: s) where rows[k] < plot.maxY {
            buffer.putRight(format(ticks[k]), x: inner.x, y: rows[k], width: labelWidth, style: .dim)
        }
        let axisY = plot.maxY
        buffer.put(formatX(minX), x: plot.x, y: axisY, style: .dim)
        let right = formatX(maxX)
        buffer.put(right, x: plot.maxX - DisplayWidth.of(right), y: axisY, style: .dim)
        renderLegend(into: &buffer, rect, note: hiddenNote)
    }

    /// The legend on the frame's bottom edge: letters and names in their colours, or a hint
    /// where the names do not fit (the letters are the table's initials).
    func renderLegend(into buffer: inout ScreenBuffer, _ rect: Rect, note: String = "") {
        // On the frame's right, which series run under which ("C=B"); the legend keeps the rest.
        if !note.isEmpty, rect.height >= 3 {
            buffer.put(note, x: rect.maxX - 2 - DisplayWidth.of(note), y: rect.maxY - 1, style: .dim)
        }
        guard rect.height >= 3, series.contains(where: { !$0.name.isEmpty }) else { return }
        let room = rect.width - 4 - DisplayWidth.of(note)
        do {
            let entries = series.indices.map { i in "\(series[i].mark) \(series[i].name)" }
            let width = entries.reduce(0) { $0 + DisplayWidth.of($1) + 2 } - 1
            if width > room {
                buffer.putTruncated(" \(legendHint) ", x: rect.x + 2, y: rect.maxY - 1, width: room, style: .dim)
                return
            }
            var x = rect.x + 2
            buffer.put(" ", x: x - 1, y: rect.maxY - 1)
            for (i, entry) in entries.enumerated() {
                x += buffer.put(entry, x: x, y: rect.maxY - 1, style: style(of: i))
                x += buffer.put("  ", x: x, y: rect.maxY - 1)
            }
            return
        }
    }

    func renderLetters(into buffer: inout ScreenBuffer, in rect: Rect, focused: Bool) {
        guard let (inner, minX, maxX, dataLo, dataHi) = frame(&buffer, rect, focused: focused) else { return }
        var lo = dataLo, hi = dataHi
        if hi - lo < 1e-12 { hi += max(abs(hi) * 0.05, 1e-9); lo -= max(abs(lo) * 0.05, 1e-9) }
        let labelWidth = max(DisplayWidth.of(buffer.adapted(format(hi))), DisplayWidth.of(buffer.adapted(format(lo))))  // as drawn (ASCII spells € "EUR ")
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
