import Foundation
import Yams

/// The obligations catalogue (compliance/obligations.yaml), compiled into the binary.
public struct ObligationCatalogue: Sendable {
    /// The date the catalogue's law is current to.
    public let asOf: String
    public let obligations: [Obligation]

    /// A problem in the catalogue file; the tests make sure there is none.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    /// The shipped catalogue.
    public static let shipped: ObligationCatalogue = {
        do { return try ObligationCatalogue(yaml: EmbeddedCatalogue.yaml) } catch { fatalError("shipped obligations catalogue is invalid: \(error)") }
    }()

    /// Parses a catalogue, refusing unknown conditions, fines and missing translations.
    public init(yaml: String) throws {
        guard let root = try Yams.load(yaml: yaml) as? [String: Any] else { throw Invalid(description: "not a mapping") }
        guard let asOf = root["as_of"].map({ "\($0)" }), !asOf.isEmpty else { throw Invalid(description: "as_of is missing") }
        self.asOf = asOf.count >= 10 ? String(asOf.prefix(10)) : asOf
        guard let entries = root["entries"] as? [[String: Any]] else { throw Invalid(description: "entries must be a list") }
        var ids: Set<String> = []
        obligations = try entries.map { entry in
            func string(_ key: String) throws -> String {
                guard let value = entry[key] as? String, !value.isEmpty else { throw Invalid(description: "\(entry["id"] ?? "?"): \(key) missing") }
                return value
            }
            func text(_ key: String) throws -> LocalizedText {
                guard let map = entry[key] as? [String: Any], let en = map["en"] as? String, let de = map["de"] as? String,
                      !en.isEmpty, !de.isEmpty else { throw Invalid(description: "\(entry["id"] ?? "?"): \(key) needs en and de") }
                return LocalizedText(en: en, de: de)
            }
            func conditions(_ key: String) throws -> [Condition] {
                try ((entry[key] as? [String]) ?? []).map { name in
                    guard let condition = Condition(rawValue: name) else { throw Invalid(description: "\(entry["id"] ?? "?"): unknown condition \(name)") }
                    return condition
                }
            }
            let id = try string("id")
            guard ids.insert(id).inserted else { throw Invalid(description: "duplicate id \(id)") }
            var fine: FineKey?
            if let name = entry["fine"] as? String {
                guard let key = FineKey(rawValue: name) else { throw Invalid(description: "\(id): unknown fine \(name)") }
                fine = key
            }
            let applies = try conditions("applies_when")
            guard !applies.isEmpty else { throw Invalid(description: "\(id): applies_when is empty") }
            return Obligation(id: id, citation: try string("citation"), law: try string("law"), appliesWhen: applies,
                              violatedWhen: try conditions("violated_when"), fine: fine,
                              title: try text("title"), summary: try text("summary"), duty: try text("duty"))
        }
    }
}
