import Localization

/// What compliant strategies do where they may not use personal data.
public enum Fallback: String, Sendable, CaseIterable {
    /// The contextual strategy's offer, or the broadcast offer.
    case contextual, broadcast
}
