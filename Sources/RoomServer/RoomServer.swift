import Dispatch
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization
import WorkshopRoom

/// The workshop room's HTTP server (issue 29): SwiftNIO's HTTP/1.1 server on one event-loop thread,
/// the room's rules in `RoomService` under a lock. It never logs a request and writes nothing to
/// disk; closing it drops the room and every answer.
public final class RoomServer: Sendable {
    /// The most connections open at once; more are closed as they arrive.
    public static let maxConnections = 1024

    /// The address participants open, with the room code as the fragment (which browsers never send).
    public let joinURL: String
    /// The address without the code, for a slide.
    public let url: String
    /// The room code.
    public let code: String
    /// The port bound (useful with port 0).
    public let port: Int

    private let group: MultiThreadedEventLoopGroup
    private let channel: Channel
    private let shared: RoomShared

    private init(group: MultiThreadedEventLoopGroup, channel: Channel, shared: RoomShared, url: String, port: Int) {
        self.group = group
        self.channel = channel
        self.shared = shared
        self.url = url
        self.port = port
        code = shared.code
        joinURL = url + "#" + shared.code
    }

    /// Opens a room on `address`, showing `step`; a request must complete within `deadline`
    /// seconds of its connection's start or previous answer (tests shorten it).
    public static func start(on address: ListenAddress, step: RoomStep, deadline: Double = 10) throws -> RoomServer {
        var random = SystemRandomNumberGenerator()
        let shared = RoomShared(room: Room(code: RoomCode.make(using: &random), step: step), deadline: .milliseconds(Int64(deadline * 1000)))
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 4)
            .childChannelInitializer { channel in
                // Past the limit a connection is closed at once, before it costs a handler.
                guard shared.connections.add(1, ordering: .relaxed).newValue <= maxConnections else {
                    shared.connections.subtract(1, ordering: .relaxed)
                    return channel.close()
                }
                channel.closeFuture.whenComplete { _ in shared.connections.subtract(1, ordering: .relaxed) }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(RoomHTTPHandler(shared: shared))
                }
            }
        do {
            let channel = try bootstrap.bind(host: address.host, port: address.port).wait()
            let port = channel.localAddress?.port ?? address.port
            return RoomServer(group: group, channel: channel, shared: shared, url: ListenAddress.url(host: address.host, port: port), port: port)
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
    }

    /// Shows `step` to the room from the next poll on.
    public func show(_ step: RoomStep) { shared.room.withLock { $0.show(step) } }

    /// The current step's tally when the room changed since `version`, with the new version.
    public func tally(since version: Int) -> (RoomTally, Int)? {
        shared.room.withLock { room in room.version == version ? nil : (room.tally(), room.version) }
    }

    /// The debrief as CSV (`--room-export`).
    public func debriefCSV() -> String { shared.room.withLock { $0.debriefCSV() } }

    /// Connections open now.
    public var openConnections: Int { shared.connections.load(ordering: .relaxed) }

    /// Closes the room: the listening socket, every connection, the room and its answers.
    public func close() {
        channel.close(promise: nil)
        try? group.syncShutdownGracefully()
        shared.room.withLock { $0 = Room(code: $0.code, step: .waiting(language: $0.step.language)) }
    }
}

/// What the server's connections share: the room under a lock, the connection count.
final class RoomShared: Sendable {
    let room: Mutex<Room>
    let connections = Atomic<Int>(0)
    let code: String
    /// How long a request may take (see `RoomHTTPHandler`).
    let deadline: TimeAmount
    /// Seconds since the room opened, for rate limits.
    private let start = DispatchTime.now().uptimeNanoseconds

    init(room: Room, deadline: TimeAmount) {
        code = room.code
        self.deadline = deadline
        self.room = Mutex(room)
    }

    var now: Double { Double(DispatchTime.now().uptimeNanoseconds &- start) / 1e9 }

    /// A participant token: 128 random bits, hex.
    static func token() -> String {
        var random = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let v = random.next() as UInt64
            let hex = String(v, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }

    func respond(_ request: RoomRequest) -> RoomResponse {
        let now = self.now
        return room.withLock { RoomService.respond(to: request, room: &$0, now: now, newToken: RoomShared.token) }
    }
}
