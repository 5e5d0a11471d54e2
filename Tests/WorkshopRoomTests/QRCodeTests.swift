import Foundation
import Testing
@testable import WorkshopRoom

/// The room's QR code scans: drawn as the terminal draws it (half blocks), read back into pixels
/// and decoded by a real decoder (zbarimg, Debian's zbar-tools; `.ci/run` installs it).
@Suite struct QRCodeTests {
    /// The half-block rows as a PBM image, `scale` pixels a module.
    static func pbm(_ rows: [String], scale: Int) -> String {
        var pixels: [[Bool]] = []
        for row in rows {
            var top: [Bool] = [], bottom: [Bool] = []
            for c in row {
                top.append(c == "█" || c == "▀")
                bottom.append(c == "█" || c == "▄")
            }
            pixels.append(top)
            pixels.append(bottom)
        }
        let w = pixels[0].count * scale, h = pixels.count * scale
        var out = "P1\n\(w) \(h)\n"
        for row in pixels {
            let line = row.flatMap { Array(repeating: $0 ? "1" : "0", count: scale) }.joined(separator: " ") + "\n"
            for _ in 0..<scale { out += line }
        }
        return out
    }

    static func decode(_ image: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("room-qr-\(UUID().uuidString).pbm").path
        try image.write(toFile: path, atomically: true, encoding: .ascii)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        process.arguments = ["--quiet", "--raw", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: ["http://192.168.178.21:8470/#K7M2QX", "http://[fe80::1]:65535/#ABCDEF", "http://127.0.0.1:8470/#ZZZZZZ"])
    func theTerminalsCodeDecodesToTheJoinAddress(_ url: String) throws {
        let code = try #require(QRCode(url))
        let rows = code.halfBlockRows(quiet: 2)
        // 2 modules of quiet zone each side, two module rows to a text row.
        #expect(rows.count == (code.size + 5) / 2 && rows[0].count == code.size + 4)
        #expect(try Self.decode(Self.pbm(rows, scale: 4)) == url)
    }
}
