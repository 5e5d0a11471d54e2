import CampaignEngine
import Foundation
import Yams

/// The obligations catalogue (compliance/obligations.yaml), compiled into the binary.
public struct ObligationCatalogue: Sendable {
    /// The date the catalogue's law is current to.
    public let asOf: String
    /// The entries in file order.
    public let obligations: [Obligation]
    /// Profiled customers from which profiling counts as "large scale" for the DPIA screening.
    public let largeScaleProfiles: Int
    /// The id of the entry whose status decides the DPIA screening (GDPR Art. 35).
    public let dpiaEntry: String

    /// A problem in the catalogue file; the tests make sure there is none.
    public struct Invalid: Error, CustomStringConvertible {
        /// What is wrong.
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
        guard let threshold = root["large_scale_profiles"] as? Int, threshold >= 1 else {
            throw Invalid(description: "large_scale_profiles must be a whole number ≥ 1")
        }
        largeScaleProfiles = threshold
        guard let dpia = root["dpia_entry"] as? String else { throw Invalid(description: "dpia_entry is missing") }
        dpiaEntry = dpia
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
            func conditions(_ key: String) throws -> Set<Condition> {
                try Set((entry[key] as? [String] ?? []).map { name in
                    guard let condition = Condition(rawValue: name) else { throw Invalid(description: "\(entry["id"] ?? "?"): unknown condition \(name)") }
                    return condition
                })
            }
            let id = try string("id")
            let entryKeys: Set<String> = ["id", "citation", "law", "binds", "applies_when", "violated_when", "fine", "title", "summary", "duty"]
            if let unknown = entry.keys.first(where: { !entryKeys.contains($0) }) { throw Invalid(description: "\(id): unknown key \(unknown)") }
            guard ids.insert(id).inserted else { throw Invalid(description: "duplicate id \(id)") }
            var fine: FigureKey?
            if let name = entry["fine"] as? String {
                guard let key = FigureKey(rawValue: name), FigureKey.fineCaps.contains(key) else { throw Invalid(description: "\(id): unknown fine \(name)") }
                fine = key
            }
            let applies = try conditions("applies_when")
            guard !applies.isEmpty else { throw Invalid(description: "\(id): applies_when is empty") }
            let violated = try conditions("violated_when")
            if !violated.isEmpty && !violated.contains(where: \.isBreach) { throw Invalid(description: "\(id): violated_when names no breach the figures count") }
            return Obligation(id: id, citation: try text("citation"), law: try string("law"), binds: try conditions("binds"), appliesWhen: applies,
                              violatedWhen: violated, fine: fine,
                              title: try text("title"), summary: try text("summary"), duty: try text("duty"))
        }
        guard ids.contains(dpia) else { throw Invalid(description: "dpia_entry \(dpia) is not an entry") }
        let known = Set(root.keys)
        for key in known.subtracting(["as_of", "large_scale_profiles", "dpia_entry", "entries"]) {
            throw Invalid(description: "unknown top-level key \(key)")
        }
    }

    /// The DPIA entry (GDPR Art. 35).
    public var dpia: Obligation { obligations.first { $0.id == dpiaEntry }! }
}
