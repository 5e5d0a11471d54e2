/// A drawing surface at sub-cell resolution: braille (2×4 dots a cell, U+2800–U+28FF) or half
/// blocks (1×2 a cell: ▀ ▄ █), after ratatui's Canvas and UnicodePlots.jl's braille canvas.
///
/// Each cell keeps the style of the layer drawn into it last, so the caller decides what lies on
/// top by drawing order (the selected series last). Drawing outside the canvas is clipped.
public struct Canvas: Sendable {
    /// Braille dots (2×4 a cell) or half blocks (1×2 a cell).
    public enum Mode: Sendable { case braille, halfBlock }

    /// How dots are drawn into cells.
    public let mode: Mode
    /// Size in cells.
    public let width: Int, height: Int
    /// Dots per cell across and down.
    public var dotsAcross: Int { mode == .braille ? 2 : 1 }
    /// Dots per cell down.
    public var dotsDown: Int { mode == .braille ? 4 : 2 }
    /// Size in dots.
    public var dotWidth: Int { width * dotsAcross }
    /// Height in dots.
    public var dotHeight: Int { height * dotsDown }

    private var bits: [UInt8]
    private var styles: [Style]

    /// An empty canvas of `width` × `height` cells.
    public init(width: Int, height: Int, mode: Mode = .braille) {
        self.mode = mode
        self.width = max(0, width)
        self.height = max(0, height)
        bits = Array(repeating: 0, count: self.width * self.height)
        styles = Array(repeating: .plain, count: self.width * self.height)
    }

    /// Braille dot bits by (column, row) within a cell, as Unicode numbers them (dots 1–8).
    private static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Sets the dot at (x, y), counted from the top left, in `style`.
    public mutating func dot(_ x: Int, _ y: Int, _ style: Style) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cell = (y / dotsDown) * width + x / dotsAcross
        let bit: UInt8 = mode == .braille ? Self.brailleBits[x % 2][y % 4] : (y % 2 == 0 ? 1 : 2)
        bits[cell] |= bit
        styles[cell] = style
    }

    /// A straight line between two dots (Bresenham), both ends included. `skip` leaves out every
    /// `skip`-th dot (0: none), which tells lines apart without colour.
    public mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ style: Style, skip: Int = 0) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0), sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var error = dx + dy, n = 0
        while true {
            if skip == 0 || n % skip != skip - 1 { dot(x, y, style) }
            n += 1
            if x == x1 && y == y1 { break }
            let e2 = 2 * error
            if e2 >= dy { error += dy; x += sx }
            if e2 <= dx { error += dx; y += sy }
        }
    }

    /// Whether any dot of the cell is set.
    public func isSet(column: Int, row: Int) -> Bool {
        column >= 0 && row >= 0 && column < width && row < height && bits[row * width + column] != 0
    }

    /// The character of a cell (nil when empty).
    public func character(column: Int, row: Int) -> Character? {
        guard isSet(column: column, row: row) else { return nil }
        let b = bits[row * width + column]
        switch mode {
        case .braille: return Character(Unicode.Scalar(0x2800 + UInt32(b))!)
        case .halfBlock: return b == 3 ? "█" : b == 1 ? "▀" : "▄"
        }
    }

    /// Draws the set cells into `buffer` with their top-left at (x, y); empty cells are left alone.
    public func render(into buffer: inout ScreenBuffer, x: Int, y: Int) {
        for row in 0..<height {
            for column in 0..<width {
                guard let c = character(column: column, row: row) else { continue }
                buffer[x + column, y + row] = Cell(c, styles[row * width + column])
            }
        }
    }
}
