import Testing
@testable import ScenarioKit

@Suite("Scenario writer")
struct ScenarioWriterTests {
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func writtenScenarioLoadsBackToTheSameValues(_ name: String) throws {
        var scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named(name)!.yaml, file: name)
        scenario.privacy.epsilon = 0.37
        scenario.name = "Quote \" and \\ back"
        let again = try ScenarioLoader.load(yaml: ScenarioWriter.yaml(scenario), file: "written")
        #expect(again == scenario)
    }

    @Test func fixtureRoundTrips() throws {
        let scenario = try ScenarioLoader.load(yaml: validYAML, file: "t")
        #expect(try ScenarioLoader.load(yaml: ScenarioWriter.yaml(scenario), file: "w") == scenario)
    }
}
