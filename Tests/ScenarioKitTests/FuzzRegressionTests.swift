import Foundation
import Testing
@testable import ScenarioKit

/// Inputs kept from fuzzing runs (scripts/fuzz): each must load or be refused with diagnostics
/// that name the file — never crash or hang. A crash found by the fuzzer is added here.
@Suite("Fuzz corpus replay")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzCorpus")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func corpusIsPresent() { #expect(Self.inputs.count >= 20) }

    @Test(arguments: inputs)
    func inputLoadsOrIsRefusedCleanly(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        do {
            let scenario = try ScenarioLoader.load(bytes: bytes, file: name)
            #expect(try ScenarioLoader.load(yaml: ScenarioWriter.yaml(scenario), file: "again") == scenario)
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.file == name })
        }
    }
}
