import Foundation
import Testing
@testable import ScenarioKit

@Suite("Built-in scenarios")
struct BuiltinScenariosTests {
    static let scenariosFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scenarios")

    @Test func embeddedCopiesMatchTheFiles() throws {
        #expect(!BuiltinScenarios.all.isEmpty)
        for entry in BuiltinScenarios.all {
            let file = Self.scenariosFolder.appendingPathComponent(entry.name + ".yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text == entry.yaml + "\n" || text == entry.yaml,
                    "\(entry.name) is out of date: run scripts/embed-scenarios")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.scenariosFolder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files.map { String($0.dropLast(5)) }) == Set(BuiltinScenarios.all.map(\.name)),
                "every shipped scenario is embedded: run scripts/embed-scenarios")
    }

    @Test func defaultIsFashionWelcome() {
        #expect(BuiltinScenarios.defaultScenario.name == "fashion-welcome")
        #expect(BuiltinScenarios.named("fashion-welcome.yaml")?.name == "fashion-welcome")
    }

    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func builtinValidates(_ name: String) throws {
        let s = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name)
        #expect((50_000...500_000).contains(s.totalCustomers))
        #expect(s.company.annualTurnoverEUR > 0)
        #expect(!s.description.isEmpty)
    }
}
