import Foundation
import Testing
import Yams
@testable import ScenarioKit

/// scenarios/scenario.schema.json and the loader must agree: both accept every shipped
/// scenario, and the schema rejects every invalid example it can express.
@Suite("Schema and loader agree")
struct SchemaAgreementTests {
    static let folder = BuiltinScenariosTests.scenariosFolder
    let validator: MiniSchemaValidator

    init() throws {
        validator = try MiniSchemaValidator(schemaURL: Self.folder.appendingPathComponent("scenario.schema.json"))
    }

    @Test func validatorWorks() {
        #expect(validator.errors(["name": "x"] as [String: Any]).contains { $0.contains("required categories") })
    }

    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func shippedScenarioPassesBoth(_ name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name + ".yaml"), encoding: .utf8)
        _ = try ScenarioLoader.load(yaml: text, file: name)
        #expect(validator.errors(try Yams.load(yaml: text)) == [])
        #expect(text.hasPrefix("# yaml-language-server: $schema=scenario.schema.json"))
    }

    @Test func validFixturePassesBoth() throws {
        _ = try ScenarioLoader.load(yaml: validYAML, file: "fixture")
        #expect(validator.errors(try Yams.load(yaml: validYAML)) == [])
    }

    @Test(arguments: ruleCases.filter(\.schemaCanExpress))
    func schemaRejectsWhatTheLoaderRejects(_ rule: RuleCase) throws {
        let yaml = mutated(rule.old, rule.new)
        #expect(!diagnostics(yaml).isEmpty)
        #expect(!validator.errors(try Yams.load(yaml: yaml)).isEmpty, "schema accepted \(rule.new)")
    }
}
