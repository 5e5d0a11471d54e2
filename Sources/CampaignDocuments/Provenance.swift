/// Where a report came from: what an auditor needs to reproduce it byte for byte.
/// The caller supplies the clock and the digest; this module does no I/O.
public struct Provenance: Sendable, Equatable {
    /// When the report was written, as ISO 8601 UTC ("2026-12-01T10:45:12Z").
    public var generated: String
    /// "campaign-sim 2.0.0-dev".
    public var tool: String
    /// `Engine.modelVersion` of the figures.
    public var modelVersion: String
    /// The scenario as given: a file path or "built-in NAME".
    public var source: String
    /// SHA-256 of the scenario's bytes as read.
    public var digest: String
    /// The options that shaped the figures, as they would be typed.
    public var options: String

    /// Provenance given field by field.
    public init(generated: String, tool: String, modelVersion: String, source: String, digest: String, options: String) {
        self.generated = generated
        self.tool = tool
        self.modelVersion = modelVersion
        self.source = source
        self.digest = digest
        self.options = options
    }
}
