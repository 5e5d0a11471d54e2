/// How a one-shot run holds its population: in memory, streamed in chunks, or whichever its size
/// calls for. The figures are the same bytes either way; streaming keeps memory flat.
public enum PopulationMode: String, Sendable, CaseIterable {
    /// In memory up to `Simulator.streamingThreshold` customers, streamed above.
    case auto
    /// Always in memory (what the TUI, `explain` and `report` need to inspect customers).
    case memory
    /// Always streamed.
    case stream
}
