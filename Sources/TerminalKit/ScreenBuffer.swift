/// One character cell of the screen. A character two columns wide sits in the left cell; the
/// right one is its continuation and holds no character of its own.
public struct Cell: Sendable, Equatable {
    /// The character shown in the cell.
    public var character: Character
    /// How the cell is drawn.
    public var style: Style
    /// The right half of a wide character.
    public var isContinuation: Bool
    /// A cell showing `character` in `style`.
    public init(_ character: Character = " ", _ style: Style = .plain) {
        self.character = character
        self.style = style
        isContinuation = false
    }

    /// The right half of a wide character drawn in `style`.
    static func continuation(_ style: Style) -> Cell {
        var cell = Cell("\u{0}", style)
        cell.isContinuation = true
        return cell
    }
}

/// A rectangle on the screen.
public struct Rect: Sendable, Equatable {
    /// Top-left column and row, and size in cells.
    public var x: Int, y: Int, width: Int, height: Int
    /// A rectangle at (`x`, `y`); negative sizes become 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    /// The first column right of the rectangle.
    public var maxX: Int { x + width }
    /// The first row below the rectangle.
    public var maxY: Int { y + height }
    /// The rectangle shrunk by `d` on every side.
    public func inset(_ d: Int) -> Rect { Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d) }
    /// Splits into a left part of `width` columns and the rest.
    public func splitColumns(_ left: Int) -> (Rect, Rect) {
        let l = min(max(0, left), width)
        return (Rect(x: x, y: y, width: l, height: height), Rect(x: x + l, y: y, width: width - l, height: height))
    }
    /// Splits into a top part of `height` rows and the rest.
    public func splitRows(_ top: Int) -> (Rect, Rect) {
        let t = min(max(0, top), height)
        return (Rect(x: x, y: y, width: width, height: t), Rect(x: x, y: y + t, width: width, height: height - t))
    }
}

/// An in-memory screen that views draw into; the backend diffs and flushes it, tests snapshot it.
///
/// Every write is clipped to the buffer, so a view can never draw outside the screen.
public struct ScreenBuffer: Sendable, Equatable {
    /// Size in columns.
    public let width: Int
    /// Size in rows.
    public let height: Int
    /// The cells row by row: cell (x, y) is at y · width + x.
    public private(set) var cells: [Cell]
    /// The box-drawing characters views draw with.
    public let glyphs: Glyphs
    /// Every text that did not fit where it was drawn, in drawing order: what layout tests inspect.
    public private(set) var cuts: [Cut] = []

    /// A text shortened to fit: silently clipped, or ended with an ellipsis.
    public struct Cut: Sendable, Equatable {
        /// The text as given.
        public var text: String
        /// What was drawn of it.
        public var shown: String
        /// Whether it was ended with an ellipsis rather than clipped.
        public var ellipsized: Bool
    }

    /// Two buffers are equal when they show the same: the cut log is a diagnostic, not content.
    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.glyphs == b.glyphs && a.cells == b.cells
    }

    /// A blank screen of `width` × `height` cells.
    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`; blank outside, and writes outside are dropped.
    public subscript(x: Int, y: Int) -> Cell {
        get { (x >= 0 && y >= 0 && x < width && y < height) ? cells[y * width + x] : Cell() }
        set {
            guard x >= 0 && y >= 0 && x < width && y < height else { return }
            let i = y * width + x
            // Overwriting half of a wide character blanks its other half.
            if cells[i].isContinuation && x > 0 { cells[i - 1] = Cell(" ", cells[i - 1].style) }
            if !newValue.isContinuation && x + 1 < width && cells[i + 1].isContinuation { cells[i + 1] = Cell(" ", cells[i + 1].style) }
            cells[i] = newValue
        }
    }

    /// Writes text from (x, y), clipped at `maxWidth` columns (and the buffer's edge); returns columns used.
    /// Wide characters take two cells; one that would straddle the limit is left out.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let text = adapted(text)
        let limit = min(maxWidth ?? width, width - x)
        var column = 0
        var index = text.startIndex
        defer {
            // Whatever is left beyond the limit, other than padding, was cut without a mark.
            let rest = text[index...].prefix { $0 != "\n" }
            if !rest.allSatisfy({ $0 == " " }) { cuts.append(Cut(text: text, shown: String(text[..<index]), ellipsized: false)) }
        }
        for character in text {
            if column >= limit { break }
            if character == "\n" { break }
            // Control characters from files must never reach the terminal.
            let safe: Character = character.unicodeScalars.contains(where: ControlCharacters.isControl) ? "?" : character
            let columns = DisplayWidth.of(safe)
            if columns == 0 { index = text.index(after: index); continue }
            if column + columns > limit { break }
            self[x + column, y] = Cell(safe, style)
            if columns == 2 { self[x + column + 1, y] = .continuation(style) }
            column += columns
            index = text.index(after: index)
        }
        return column
    }

    /// The text as this buffer's glyphs can show it: without Unicode, "€" is spelt "EUR " (a lone "E" would be misread).
    public func adapted(_ text: String) -> String {
        guard glyphs == .ascii && text.contains("€") else { return text }
        return text.reduce(into: "") { result, c in if c == "€" { result += "EUR " } else { result.append(c) } }
    }

    /// Writes text clipped to `width`, ending in an ellipsis when it does not fit.
    @discardableResult
    public mutating func putTruncated(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) -> Int {
        put(fitted(text, width), x: x, y: y, style: style, maxWidth: width)
    }

    /// `text` shortened to `width` columns with an ellipsis, the cut logged.
    mutating func fitted(_ text: String, _ width: Int) -> String {
        let text = adapted(text)
        let t = ScreenBuffer.truncate(text, width, ellipsis: glyphs.ellipsis)
        if t != text { cuts.append(Cut(text: text, shown: t, ellipsized: true)) }
        return t
    }

    /// Right-aligns text in a field of `width` columns ending before `x + width`.
    public mutating func putRight(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) {
        let t = fitted(text, width)
        put(t, x: x + width - DisplayWidth.of(t), y: y, style: style, maxWidth: width)
    }

    /// Centres text in a field of `width` columns.
    public mutating func putCentered(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain) {
        let t = fitted(text, width)
        put(t, x: x + max(0, (width - DisplayWidth.of(t)) / 2), y: y, style: style, maxWidth: width)
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, _ character: Character = " ", style: Style = .plain) {
        for yy in rect.y..<rect.maxY { for xx in rect.x..<rect.maxX { self[xx, yy] = Cell(character, style) } }
    }

    /// Draws a frame around a rectangle with an optional title in the top edge.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain, titleStyle: Style = .bold) {
        guard rect.width >= 2 && rect.height >= 2 else { return }
        let g = glyphs
        for xx in rect.x + 1..<rect.maxX - 1 {
            self[xx, rect.y] = Cell(g.horizontal, style)
            self[xx, rect.maxY - 1] = Cell(g.horizontal, style)
        }
        for yy in rect.y + 1..<rect.maxY - 1 {
            self[rect.x, yy] = Cell(g.vertical, style)
            self[rect.maxX - 1, yy] = Cell(g.vertical, style)
        }
        self[rect.x, rect.y] = Cell(g.topLeft, style)
        self[rect.maxX - 1, rect.y] = Cell(g.topRight, style)
        self[rect.x, rect.maxY - 1] = Cell(g.bottomLeft, style)
        self[rect.maxX - 1, rect.maxY - 1] = Cell(g.bottomRight, style)
        if let title, rect.width > 4 {
            put(" " + fitted(title, rect.width - 4) + " ", x: rect.x + 1, y: rect.y, style: titleStyle, maxWidth: rect.width - 2)
        }
    }

    /// The text of each row, trailing spaces removed: what snapshot tests compare.
    public var lines: [String] {
        (0..<height).map { y in
            var line = String(cells[(y * width)..<((y + 1) * width)].filter { !$0.isContinuation }.map(\.character))
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// One character per cell marking emphasis: B bold, R reverse, W warning colour, space otherwise.
    public var styleMask: [String] {
        (0..<height).map { y in
            var line = String(cells[(y * width)..<((y + 1) * width)].map { cell -> Character in
                if cell.isContinuation { return cell.style.color == .red ? "W" : cell.style.reverse ? "R" : cell.style.bold ? "B" : " " }
                if cell.style.color == .red { return "W" }
                if cell.style.reverse { return "R" }
                if cell.style.bold { return "B" }
                return " "
            })
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// One character per cell naming its colour (r g y b m c w), space for the terminal's own:
    /// what tells chart series apart, for snapshot tests of colour mode.
    public var colorMask: [String] {
        (0..<height).map { y in
            var line = String(cells[(y * width)..<((y + 1) * width)].map { cell -> Character in
                switch cell.style.color {
                case .red?: "r"
                case .green?: "g"
                case .yellow?: "y"
                case .blue?: "b"
                case .magenta?: "m"
                case .cyan?: "c"
                case .white?: "w"
                case nil: " "
                }
            })
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Shortens text to `width` columns, ending in `ellipsis` when cut.
    public static func truncate(_ text: String, _ width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let mark = DisplayWidth.of(ellipsis)
        if width <= mark { return DisplayWidth.prefix(text, columns: width) }
        return DisplayWidth.prefix(text, columns: width - mark) + ellipsis
    }
}
