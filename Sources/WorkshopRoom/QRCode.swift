import CQREncode

/// A QR code as a square of modules (true is dark), made by libqrencode; no quiet zone included.
public struct QRCode: Sendable, Equatable {
    /// Modules per side.
    public let size: Int
    /// Row-major modules, `size × size`; true is a dark module.
    public let modules: [Bool]

    /// The code for `text` (8-bit mode, error correction L: the smallest code, so it fits 80×24;
    /// a projected code has large, sharp modules and needs little redundancy),
    /// or nil when libqrencode cannot encode it (too long).
    public init?(_ text: String) {
        guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_L) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        size = width
        // Bit 0 of each byte is the module's colour; the other bits are libqrencode's bookkeeping.
        modules = (0..<width * width).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code (the quiet zone) it is light.
    public func isDark(_ x: Int, _ y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }

    /// The code as rows of half-block characters, two module rows to a text row, with a quiet zone
    /// of `quiet` modules: "█" both dark, "▀" top dark, "▄" bottom dark, " " both light. Drawn dark
    /// on light ("paper"), it scans.
    public func halfBlockRows(quiet: Int = 2) -> [String] {
        let side = size + 2 * quiet
        var rows: [String] = []
        var y = 0
        while y < side {
            var row = ""
            for x in 0..<side {
                let top = isDark(x - quiet, y - quiet), bottom = isDark(x - quiet, y + 1 - quiet)
                row.append(top && bottom ? "█" : top ? "▀" : bottom ? "▄" : " ")
            }
            rows.append(row)
            y += 2
        }
        return rows
    }
}
