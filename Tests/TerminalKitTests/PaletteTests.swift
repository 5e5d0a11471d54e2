import Foundation
import Testing
@testable import TerminalKit

/// The series colours read on a white and on a black background (issue 16, item 4).
@Suite("Palette")
struct PaletteTests {
    @Test func everyColourHasThreeToOneContrastOnLightAndDark() {
        // WCAG 2.x asks 3:1 for graphical objects and large text; xterm's default is black on white.
        for color in TerminalColor.allCases {
            let entry = Palette.entry(color)
            #expect(Palette.contrast(entry, onWhite: true) >= 3, "\(entry.name) on white")
            #expect(Palette.contrast(entry, onWhite: false) >= 3, "\(entry.name) on black")
        }
    }

    @Test func theColoursAreDistinctAndInTheXtermCube() {
        let entries = TerminalColor.allCases.map(Palette.entry)
        #expect(Set(entries.map(\.xterm)).count == entries.count)
        let steps = [0, 0x5f, 0x87, 0xaf, 0xd7, 0xff]
        for e in entries {
            // The 6×6×6 cube: index 16 + 36r + 6g + b with the levels above.
            guard let r = steps.firstIndex(of: e.red), let g = steps.firstIndex(of: e.green), let b = steps.firstIndex(of: e.blue) else {
                Issue.record("\(e.name) is not a cube colour"); continue
            }
            #expect(e.xterm == 16 + 36 * r + 6 * g + b, "\(e.name)")
        }
    }

    @Test func luminanceMatchesTheFormula() {
        for x in stride(from: 0.01, through: 1.0, by: 0.01) {
            #expect(abs(Palette.pow25(x) - pow(x, 2.4)) < 1e-12)
        }
        #expect(abs(Palette.contrast(Palette.Entry(name: "black", red: 0, green: 0, blue: 0, xterm: 16), onWhite: true) - 21) < 1e-9)
        #expect(Palette.entry(.blue).hex == "#005faf")
    }
}
