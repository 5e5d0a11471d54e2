import TerminalKit
import CampaignEngine
import Foundation
import Testing
@testable import CampaignApp
@testable import ScenarioKit

/// Rebuilds from the draws the workbench records in the background give the figures of a
/// workbench that drew its population afresh.
@Suite("Workbench draws")
struct WorkbenchDrawsTests {
    @Test func rebuildsFromRecordedDrawsMatchFreshOnes() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 30_000)
        let recorded = Workbench(scenario: scenario, threads: 2)
        var parameters = Parameters(scenario: scenario)
        _ = recorded.snapshot(parameters)
        #expect(recorded.wantsDraws)
        recorded.prepareDraws(control: WorkControl())
        #expect(!recorded.wantsDraws)
        for change in 0..<4 {
            switch change {
            case 0: parameters.linkage = 0.55
            case 1: parameters.relevanceWeight = 0.9
            case 2: parameters.fallback = parameters.fallback == .contextual ? .broadcast : .contextual
            default: parameters.protectVulnerable.toggle()
            }
            let replayed = recorded.snapshot(parameters)
            let fresh = Workbench(scenario: parameters.apply(to: scenario), threads: 1).snapshot(parameters)
            #expect(replayed.current == fresh.current, "change \(change)")
            #expect(replayed.sweep == fresh.sweep, "change \(change)")
        }
        // A new size draws a new population, and wants its draws again.
        parameters.customers = 20_000
        _ = recorded.snapshot(parameters)
        #expect(recorded.wantsDraws)
    }

    @Test func aCancelledRecordingLeavesNoDraws() throws {
        let scenario = try ScenarioLoader.load(yaml: BuiltinScenarios.named("fashion-welcome")!.yaml, file: "f").scaled(toCustomers: 40_000)
        let bench = Workbench(scenario: scenario, threads: 2)
        let control = WorkControl()
        control.cancel()
        bench.prepareDraws(control: control)
        #expect(bench.wantsDraws)
    }
}
