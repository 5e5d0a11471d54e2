/// How strategies come to know which offer works (MODEL.md §12, `model.learning`).
public enum Learning: String, Sendable, CaseIterable {
    /// They know the response model from the first customer on (§4; v2's output).
    case known
    /// They learn each offer's conversion rate per cell from weekly aggregate feedback and choose
    /// by Thompson sampling (§12).
    case thompson
}
