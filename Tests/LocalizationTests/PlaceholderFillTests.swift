import Testing
@testable import Localization

/// `loc` fills %1, %2, … once, left to right.
@Suite("Placeholder filling")
struct PlaceholderFillTests {
    @Test func aValueContainingAPlaceholderIsNotSubstitutedAgain() {
        #expect(fill("%1 and %2", ["100%2", "x"]) == "100%2 and x")
        #expect(fill("%2 then %1", ["%2", "%1"]) == "%1 then %2")
    }

    @Test func tenAndMoreAreWholeNumbers() {
        let values = (1...10).map { "v\($0)" }
        #expect(fill("%10/%1", values) == "v10/v1")
    }

    @Test func aPercentSignWithoutANumberStays() {
        #expect(fill("50 % of %1", ["them"]) == "50 % of them")
        #expect(fill("%3 is missing, %1 is not", ["one"]) == "%3 is missing, one is not")
        #expect(fill("ends with %", ["x"]) == "ends with %")
    }

    @Test func locFillsTheGermanTemplate() {
        #expect(loc("Opened %1", .en, "a %1 b") == "Opened a %1 b")
    }
}
