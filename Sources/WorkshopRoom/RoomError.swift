import Localization

/// Why the room refused a request; each maps to an HTTP status and a sentence for the phone.
public enum RoomError: Error, Sendable, Equatable {
    /// The room code is missing or wrong.
    case wrongCode
    /// Too many wrong codes lately: every code check waits.
    case tooManyTries
    /// The room has its most participants.
    case roomFull
    /// The participant token is missing or unknown (the room was reopened).
    case unknownParticipant
    /// This participant sent too many requests lately.
    case slowDown
    /// The step takes no more answers (revealed, or not a question).
    case stepClosed
    /// The answer is for another step than the one shown.
    case notThisStep
    /// A number outside the step's range.
    case outOfRange(ClosedRange<Double>)
    /// A choice that does not exist.
    case noSuchOption
    /// The request body is not what the endpoint takes.
    case malformed
    /// The request body is larger than the room takes.
    case tooLarge
    /// No such page.
    case notFound
    /// The page exists but not for this method.
    case methodNotAllowed

    /// The HTTP status.
    public var status: Int {
        switch self {
        case .wrongCode: 403
        case .tooManyTries, .slowDown: 429
        case .roomFull: 503
        case .unknownParticipant: 401
        case .stepClosed, .notThisStep: 409
        case .outOfRange, .noSuchOption: 422
        case .malformed: 400
        case .tooLarge: 413
        case .notFound: 404
        case .methodNotAllowed: 405
        }
    }

    /// The sentence the participant's page shows.
    public func message(_ l: Language) -> String {
        switch self {
        case .wrongCode: loc("That room code is not right: check it on the projector.", l)
        case .tooManyTries: loc("Too many wrong codes were tried: wait a minute, then try again.", l)
        case .roomFull: loc("The room is full.", l)
        case .unknownParticipant: loc("The room was opened anew: join again.", l)
        case .slowDown: loc("Too many answers at once: wait a few seconds.", l)
        case .stepClosed: loc("This question is closed.", l)
        case .notThisStep: loc("The trainer has moved on: this answer is for an earlier question.", l)
        case .outOfRange(let range):
            loc("Give a number from %1 to %2.", l, Room.plain(range.lowerBound), Room.plain(range.upperBound))
        case .noSuchOption: loc("That choice does not exist.", l)
        case .malformed: loc("The answer could not be read.", l)
        case .tooLarge: loc("The request is too large.", l)
        case .notFound: loc("No such page.", l)
        case .methodNotAllowed: loc("Not allowed here.", l)
        }
    }
}
