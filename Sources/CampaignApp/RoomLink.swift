import WorkshopRoom

/// The app's view of an open workshop room (issue 29): the server behind it lives outside the app
/// (the command line owns the sockets); the app only shows it steps and reads its tally.
public protocol RoomLink: AnyObject, Sendable {
    /// The address participants open, with the room code as its fragment.
    var joinURL: String { get }
    /// The address without the code, for a slide.
    var url: String { get }
    /// The room code.
    var code: String { get }
    /// Shows `step` to the room.
    func show(_ step: RoomStep)
    /// The current step's tally when the room changed since `version`, with the new version.
    func tally(since version: Int) -> (RoomTally, Int)?
}
