import ArgumentParser
import Foundation
import TerminalKit

/// `--theme light|dark`: the terminal's background, where it cannot be detected (COLORFGBG).
struct ThemeOption: ParsableArguments {
    @Option(help: ArgumentHelp("The terminal's background: light or dark (default: from COLORFGBG or CAMPAIGN_SIM_THEME, else dark). Matters on 8-colour terminals, where green, cyan and yellow do not read on white.", valueName: "THEME"))
    var theme: String?

    func validate() throws {
        if let theme, Theme(rawValue: theme.lowercased()) == nil { throw ValidationError("--theme must be light or dark, got \(theme)") }
    }

    /// Hands the choice to the terminal backend, which reads it when it starts.
    func apply() {
        if let theme { setenv("CAMPAIGN_SIM_THEME", theme.lowercased(), 1) }
    }
}
