import Foundation
import Testing
import Yams
@testable import ScenarioKit

/// The dial catalogue is the one description of every dial: the scenario loader and the schema
/// accept exactly its domain, applying a dial pins it, and the parameters screen's steps stay in it.
@Suite("Dial catalogue")
struct DialCatalogueTests {
    let validator: MiniSchemaValidator

    init() throws {
        validator = try MiniSchemaValidator(schemaURL: SchemaAgreementTests.folder.appendingPathComponent("scenario.schema.json"))
    }

    /// The valid fixture with the dial's scenario key set to `value` (added where the fixture lacks it).
    static func yaml(_ dial: Dial, _ value: String) -> String {
        let parts = dial.scenarioKey.split(separator: ".").map(String.init)
        let (section, key) = (parts[0], parts[1])
        var lines = validYAML.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: section + ":") else { return validYAML + "\n\(section):\n  \(key): \(value)" }
        if let line = lines[(start + 1)...].prefix(while: { $0.hasPrefix("  ") }).firstIndex(where: { $0.hasPrefix("  \(key):") }) {
            lines[line] = "  \(key): \(value)"
        } else {
            lines.insert("  \(key): \(value)", at: start + 1)
        }
        return lines.joined(separator: "\n")
    }

    /// Values on each side of a dial's bounds: the ones it takes and the ones it refuses.
    static func probes(_ dial: Dial) -> (accepted: [String], refused: [String]) {
        switch dial.domain {
        case .number(let r, _, _):
            return ([ShortestNumber.text(r.lowerBound), ShortestNumber.text(r.upperBound)],
                    [ShortestNumber.text(r.lowerBound - 0.001), ShortestNumber.text(r.upperBound + 0.001)])
        case .positive(let r, _, _):
            return (["0.001", ShortestNumber.text(r.upperBound), "null"], [ShortestNumber.text(r.lowerBound), ShortestNumber.text(r.upperBound * 1.001)])
        case .integer(let r, let off):
            return (["\(r.lowerBound)", "\(r.upperBound)"] + (off == nil ? [] : ["null"]), ["\(r.lowerBound - 1)", "\(r.upperBound + 1)"])
        case .flag: return (["true", "false"], ["maybe"])
        case .fallback: return (Fallback.allCases.map(\.rawValue), ["nobody"])
        case .size: return (EnterpriseSize.allCases.map(\.rawValue), ["tiny"])
        case .learning: return (Learning.allCases.map(\.rawValue), ["guessing"])
        }
    }

    @Test(arguments: Dial.allCases.filter { $0 != .customers })
    func loaderAndSchemaTakeTheDomain(_ dial: Dial) throws {
        let (accepted, refused) = Self.probes(dial)
        for value in accepted {
            let yaml = Self.yaml(dial, value)
            #expect(diagnostics(yaml).isEmpty, "\(dial.scenarioKey): \(value) refused")
            #expect(validator.errors(try Yams.load(yaml: yaml)) == [], "schema refused \(dial.scenarioKey): \(value)")
        }
        for value in refused {
            let yaml = Self.yaml(dial, value)
            #expect(diagnostics(yaml).contains { $0.path == dial.scenarioKey }, "\(dial.scenarioKey): \(value) accepted")
            #expect(!validator.errors(try Yams.load(yaml: yaml)).isEmpty, "schema accepted \(dial.scenarioKey): \(value)")
        }
    }

    @Test(arguments: Dial.allCases)
    func aDialReadsItsOwnValueBack(_ dial: Dial) throws {
        let scenario = try ScenarioLoader.load(yaml: validYAML, file: "fixture")
        var copy = scenario
        dial.apply(dial.value(in: scenario), to: &copy)
        #expect(dial.value(in: copy) == dial.value(in: scenario))
        #expect(dial.accepts(dial.value(in: scenario)))
    }

    @Test func settingADialPinsItsRangeAndOnlyItsRange() throws {
        let yaml = validYAML.replacingOccurrences(of: "  rate: 0.5\n", with: "  rate: {low: 0.3, high: 0.7}\n  withdrawal_weekly: {low: 0, high: 0.02}\n")
            .replacingOccurrences(of: "  relevance_weight: 1.0", with: "  relevance_weight: {low: 0.13, mode: 0.5, high: 1.2}")
        let scenario = try ScenarioLoader.load(yaml: yaml, file: "fixture")
        #expect(Set(scenario.uncertain.map(\.target)) == [.consentRate, .withdrawalWeekly, .relevanceWeight])
        for dial in Dial.allCases {
            var s = scenario
            // Set to the central value itself: still pinned, since it was set.
            dial.apply(dial.value(in: scenario), to: &s)
            let expected = scenario.uncertain.filter { $0.target != dial.rangeTarget }.map(\.target)
            #expect(s.uncertain.map(\.target) == expected, "\(dial)")
        }
    }

    @Test func stepsStayInTheDomainAndMoveToNeighbours() {
        for dial in Dial.allCases {
            let start: Dial.Value = switch dial.domain {
            case .number(let r, _, _): .number(r.lowerBound)
            case .positive: .off
            case .integer(let r, _): .integer(r.lowerBound)
            case .flag: .flag(false)
            case .fallback: .fallback(.contextual)
            case .size: .size(.micro)
            case .learning: .learning(.known)
            }
            var value = start
            for _ in 0..<40 { value = dial.step(value, 1); #expect(dial.accepts(value), "\(dial) stepped to \(value)") }
            for _ in 0..<40 { value = dial.step(value, -1); #expect(dial.accepts(value), "\(dial) stepped to \(value)") }
        }
        // A value between steps moves to its neighbour, not to the list's end.
        #expect(Dial.epsilon.step(.number(3), 1) == .number(2))
        #expect(Dial.epsilon.step(.number(3), -1) == .number(5))
        #expect(Dial.retention.step(.integer(5), 1) == .integer(6))
        #expect(Dial.retention.step(.integer(5), -1) == .integer(4))
        // The size classes go round, in order.
        #expect(Dial.companySize.step(.size(.large), 1) == .size(.micro))
        #expect(Dial.companySize.step(.size(.micro), -1) == .size(.large))
        #expect(Dial.companySize.step(.size(.small), 1) == .size(.medium))
        #expect(Dial.retention.step(.off, -1) == .integer(52))
        #expect(Dial.withdrawal.step(.number(0.004), 1) == .number(0.005))
        #expect(Dial.consentRate.step(.number(0.98), 1) == .number(1))
        #expect(Dial.relevanceWeight.step(.number(0.13), 1) == .number(0.2))
    }

    @Test func lessonAndCommandLineNamesAreUnique() {
        let lesson = Dial.allCases.compactMap(\.lessonName)
        let cli = Dial.allCases.compactMap(\.cliOption)
        #expect(Set(lesson).count == lesson.count && Set(cli).count == cli.count)
        #expect(Dial.lessonDials.allSatisfy { $0.lessonName != nil })
    }
}
