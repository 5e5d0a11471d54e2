import Testing
@testable import TerminalKit

/// Cells are display columns: wide characters (CJK, emoji) take two cells and never shift a row.
@Suite("Display width")
struct DisplayWidthTests {
    @Test func widthsOfCharacters() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("€") == 1)
        #expect(DisplayWidth.of("│") == 1)
        #expect(DisplayWidth.of("春") == 2)
        #expect(DisplayWidth.of("ｾ") == 1) // halfwidth katakana
        #expect(DisplayWidth.of("Ａ") == 2) // fullwidth A
        #expect(DisplayWidth.of("🎁") == 2)
        #expect(DisplayWidth.of("❤️") == 2) // text heart with the emoji selector
        #expect(DisplayWidth.of("Grüße 春🎁") == 6 + 2 + 2)
    }

    @Test func aWideNameDoesNotShiftTheRestOfTheRow() {
        var buffer = ScreenBuffer(width: 30, height: 2)
        let used = buffer.put("春のセール🎁", x: 2, y: 0)
        #expect(used == 12)
        buffer.put("|end", x: 2 + used, y: 0)
        #expect(buffer.lines[0] == "  春のセール🎁|end")
        // The same text written character by character lands in the same columns as ASCII would.
        buffer.put("x", x: 25, y: 0)
        #expect(buffer[25, 0].character == "x")
        #expect(buffer[2, 0].character == "春" && buffer[3, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        buffer.put("春夏", x: 0, y: 0)
        buffer.put("a", x: 1, y: 0)      // the right half of 春
        #expect(buffer.lines[0] == " a夏")
        buffer.put("b", x: 2, y: 0)      // the left half of 夏
        #expect(buffer.lines[0] == " ab")
        #expect(!buffer[3, 0].isContinuation)
    }

    @Test func aWideCharacterThatWouldStraddleTheLimitIsLeftOut() {
        var buffer = ScreenBuffer(width: 10, height: 1)
        let used = buffer.put("ab春", x: 0, y: 0, maxWidth: 3)
        #expect(used == 2 && buffer.lines[0] == "ab")
        let edge = buffer.put("春", x: 9, y: 0)
        #expect(edge == 0 && buffer.lines[0] == "ab")
    }

    @Test func truncationCountsColumns() {
        #expect(ScreenBuffer.truncate("春のセール", 5) == "春の…")
        #expect(ScreenBuffer.truncate("春のセール", 10) == "春のセール")
        #expect(DisplayWidth.of(ScreenBuffer.truncate("🎁🎁🎁 gifts", 6)) <= 6)
        var buffer = ScreenBuffer(width: 12, height: 1)
        buffer.putRight("春夏", x: 0, y: 0, width: 12)
        #expect(buffer.lines[0] == "        春夏")
    }
}
