import CampaignOutput
import Foundation

/// Number formats for the screen, short enough for 80 columns.
enum Format {
    static func count(_ value: Int) -> String { NumberText.grouped(value) }
    static func percent(_ fraction: Double?, _ decimals: Int = 1) -> String { fraction.map { NumberText.percent($0, decimals) } ?? "—" }
    static func signedPercent(_ fraction: Double?) -> String { fraction.map { NumberText.signedPercent($0) } ?? "—" }
    static func decimal(_ value: Double?, _ decimals: Int) -> String { value.map { NumberText.decimal($0, decimals) } ?? "—" }

    /// Euros shortened: €1.2 M, €350 k, €12.50.
    static func euros(_ value: Double?) -> String { value.map(NumberText.compactEuros) ?? "—" }

    static func milliseconds(_ ms: Double) -> String {
        ms < 10 ? NumberText.decimal(ms, 1) + " ms" : NumberText.decimal(ms, 0) + " ms"
    }

    static func rate(_ rate: Double) -> String { NumberText.decimal(rate * 100, 0) + " %" }
}
