import Foundation
import Localization
import Testing
@testable import CampaignDocuments
@testable import CampaignEngine
@testable import ScenarioKit

@Suite("Audit report")
struct AuditReportTests {
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func reportBuildsInBothLanguagesAndAgreesWithTheCatalogue(_ name: String) throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name).scaled(toCustomers: 20_000)
        let engine = Engine(scenario: scenario, threads: 2)
        let result = engine.evaluate(rate: scenario.consent.rate)
        for language in Language.allCases {
            let doc = AuditReport.build(scenario: scenario, result: result, minors: engine.population.minors,
                                        vulnerable: engine.population.vulnerable, language: language)
            let md = doc.markdown
            #expect(md.components(separatedBy: "\n## ").count - 1 == 8, "\(name) \(language): not 8 sections")
            #expect(doc.html.contains("<h2>"))
            if language == .de { #expect(md.contains("Rechtsgrundlage") && !md.contains("Legal basis")) }
        }
    }
}
