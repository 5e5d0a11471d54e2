import Localization

/// What compliant strategies do where they may not use personal data.
public enum Fallback: String, Sendable, CaseIterable {
    case contextual, broadcast
}
