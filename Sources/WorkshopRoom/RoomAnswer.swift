/// One participant's answer to one step.
public enum RoomAnswer: Sendable, Equatable {
    /// A guessed number, in the step's unit as typed.
    case number(Double)
    /// The chosen option (0-based).
    case choice(Int)
}
