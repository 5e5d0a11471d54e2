import WorkshopRoom

/// An open room as the lesson pane shows it: where to join, and what the room has answered.
public struct RoomStatus: Sendable, Equatable {
    /// The address without the code.
    public var url: String
    /// The address with the code, as the QR code holds it.
    public var joinURL: String
    /// The room code.
    public var code: String
    /// The QR code of `joinURL`.
    public var qr: QRCode?
    /// The current step's answers.
    public var tally = RoomTally()
    /// The join screen (QR code, address, code) is over the lesson.
    public var showJoin = true
    /// The spread of a predict step's guesses shows before the reveal.
    public var showSpread = false

    /// An open room at these addresses.
    public init(url: String, joinURL: String, code: String) {
        self.url = url
        self.joinURL = joinURL
        self.code = code
        qr = QRCode(joinURL)
    }
}
