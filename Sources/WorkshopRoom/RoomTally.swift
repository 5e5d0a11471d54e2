/// What the room has answered to the current step, for the trainer's screen.
public struct RoomTally: Sendable, Equatable {
    /// The step the answers are for.
    public var step: Int
    /// Participants who have joined the room.
    public var joined: Int
    /// Participants who answered this step.
    public var answered: Int
    /// The guesses of a number step, sorted.
    public var values: [Double]
    /// How many chose each option of a choice step.
    public var choices: [Int]

    /// A tally with nothing in it.
    public init(step: Int = -1, joined: Int = 0, answered: Int = 0, values: [Double] = [], choices: [Int] = []) {
        self.step = step
        self.joined = joined
        self.answered = answered
        self.values = values
        self.choices = choices
    }

    /// The median guess, or nil without guesses.
    public var median: Double? {
        guard !values.isEmpty else { return nil }
        let n = values.count
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2
    }

    /// The option most chose (the first of a tie), or nil without answers.
    public var mostChosen: Int? {
        guard let top = choices.max(), top > 0 else { return nil }
        return choices.firstIndex(of: top)
    }
}
