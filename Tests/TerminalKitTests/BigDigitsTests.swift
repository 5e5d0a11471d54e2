import Testing
@testable import TerminalKit

/// Presenter mode's block digits (issue 30): groups read alike in both languages, and a decimal
/// comma cannot pass for a point.
@Suite("Big digits")
struct BigDigitsTests {
    @Test func groupSeparatorsBecomeGapsInBothLanguages() {
        #expect(BigDigits.grouped("2,096", groupSeparator: ",") == "2\u{202F}096")
        #expect(BigDigits.grouped("2.096", groupSeparator: ".") == "2\u{202F}096")
        #expect(BigDigits.rows(BigDigits.grouped("2,096", groupSeparator: ",")) == BigDigits.rows(BigDigits.grouped("2.096", groupSeparator: ".")))
        #expect(BigDigits.grouped("1,234,567.5 €", groupSeparator: ",") == "1\u{202F}234\u{202F}567.5 €")
        // Decimal marks stay: English 35.5 %, German 35,5 %; a separator not before three digits is no group.
        #expect(BigDigits.grouped("35.5 %", groupSeparator: ",") == "35.5 %")
        #expect(BigDigits.grouped("35,5 %", groupSeparator: ".") == "35,5 %")
        #expect(BigDigits.grouped("1,5", groupSeparator: ",") == "1,5")
    }

    @Test func aDecimalCommaDiffersFromAPoint() {
        #expect(BigDigits.rows("1,5") != BigDigits.rows("1.5"))
        #expect(BigDigits.canDraw("2\u{202F}096"))
    }
}
