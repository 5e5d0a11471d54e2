import Testing
@testable import TerminalKit

/// Issue 30: readable on a light projector with 8 colours.
@Suite("Theme")
struct ThemeTests {
    @Test func theBackgroundIsDetectedOrAskedFor() {
        #expect(Theme.detect(environment: [:]) == .dark)
        #expect(Theme.detect(environment: ["COLORFGBG": "0;15"]) == .light)
        #expect(Theme.detect(environment: ["COLORFGBG": "0;default;7"]) == .light)
        #expect(Theme.detect(environment: ["COLORFGBG": "15;0"]) == .dark)
        #expect(Theme.detect(environment: ["COLORFGBG": "0;15", "CAMPAIGN_SIM_THEME": "dark"]) == .dark)
        #expect(Theme.detect(environment: ["CAMPAIGN_SIM_THEME": "Light"]) == .light)
    }

    @Test func aLightBackgroundGetsNoColourWhiteSwallows() {
        // Green, cyan and yellow (xterm's #00cd00, #00cdcd, #cdcd00) fall below 2:1 on white.
        for color in TerminalColor.allCases {
            #expect(![.green, .cyan, .yellow].contains(Theme.light.basic(color)))
            #expect(Theme.dark.basic(color) == color)
        }
        #expect(!Theme.light.boldColours && Theme.dark.boldColours)
    }
}
