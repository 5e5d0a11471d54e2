/// Which engine computes a scenario's figures; `Simulator.kind(for:mode:)` is the one place that decides.
public enum EngineKind: Sendable, Equatable {
    /// The one-shot engine over a population held in memory (`Engine`).
    case inMemory
    /// The one-shot engine over a population regenerated chunk by chunk (`StreamingSweep`).
    case streamed
    /// A campaign of several weeks (`WeeklyCampaign`, MODEL.md §9).
    case weekly
    /// A campaign whose strategies learn from feedback (`LearningCampaign`, MODEL.md §12), of any length.
    case learning
}
