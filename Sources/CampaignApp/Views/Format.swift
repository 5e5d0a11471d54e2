import CampaignOutput
import Foundation
import Localization

/// Number formats for the screen, short enough for 80 columns, in the screen's language.
enum Format {
    static func count(_ value: Int, _ l: Language) -> String { NumberText.grouped(value, l) }
    static func percent(_ fraction: Double?, _ decimals: Int = 1, _ l: Language) -> String { fraction.map { NumberText.percent($0, decimals, l) } ?? "—" }
    static func signedPercent(_ fraction: Double?, _ l: Language) -> String { fraction.map { NumberText.signedPercent($0, 1, l) } ?? "—" }
    static func decimal(_ value: Double?, _ decimals: Int, _ l: Language) -> String { value.map { NumberText.decimal($0, decimals, l) } ?? "—" }

    /// Euros shortened: €1.2 M, €350 k, €12.50 (German: 1,2 M€, 350 T€, 12,50 €).
    static func euros(_ value: Double?, _ l: Language) -> String { value.map { NumberText.compactEuros($0, l) } ?? "—" }

    static func milliseconds(_ ms: Double, _ l: Language) -> String {
        ms < 10 ? NumberText.decimal(ms, 1, l) + " ms" : NumberText.decimal(ms, 0, l) + " ms"
    }

    static func rate(_ rate: Double, _ l: Language) -> String { NumberText.decimal(rate * 100, 0, l) + " %" }
}
