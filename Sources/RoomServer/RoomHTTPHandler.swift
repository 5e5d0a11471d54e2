import NIOCore
import NIOHTTP1
import WorkshopRoom

/// One connection's requests: gathers a request (refusing bodies over `RoomService.maxBody`),
/// asks the room, writes the answer. A request must complete within 10 s of the connection's
/// start or its previous answer, so a slow client cannot hold a connection open for long.
final class RoomHTTPHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let shared: RoomShared
    private var head: HTTPRequestHead?
    private var body: [UInt8] = []
    private var tooLarge = false
    private var timer: Scheduled<Void>?

    init(shared: RoomShared) { self.shared = shared }

    func channelActive(context: ChannelHandlerContext) {
        arm(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let h):
            head = h
            body = []
            let declared = h.headers.first(name: "content-length").flatMap { Int($0) } ?? 0
            tooLarge = declared > RoomService.maxBody
            if tooLarge {
                // Refused before the body arrives: nobody waits for a gigabyte to be sent.
                self.head = nil
                write(RoomService.error(.tooLarge, .en), keepAlive: false, version: h.version, headOnly: false, context: context)
            }
        case .body(var chunk):
            guard !tooLarge else { return }
            if body.count + chunk.readableBytes > RoomService.maxBody {
                tooLarge = true
                body = []
            } else if let bytes = chunk.readBytes(length: chunk.readableBytes) {
                body += bytes
            }
        case .end:
            guard let head else { return }
            self.head = nil
            let response: RoomResponse
            if tooLarge {
                response = RoomService.error(.tooLarge, .en)
            } else {
                let request = RoomRequest(method: head.method.rawValue, path: head.uri,
                                          code: head.headers.first(name: "x-room-code"), token: head.headers.first(name: "x-room-token"), body: body)
                response = shared.respond(request)
            }
            body = []
            write(response, keepAlive: head.isKeepAlive && !tooLarge, version: head.version, headOnly: head.method == .HEAD, context: context)
        }
    }

    private func write(_ response: RoomResponse, keepAlive: Bool, version: HTTPVersion, headOnly: Bool, context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: response.contentType)
        headers.add(name: "Content-Length", value: String(response.body.count))
        for (name, value) in RoomService.headers { headers.add(name: name, value: value) }
        headers.add(name: "Connection", value: keepAlive ? "keep-alive" : "close")
        let head = HTTPResponseHead(version: version, status: HTTPResponseStatus(statusCode: response.status), headers: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !headOnly && !response.body.isEmpty {
            var buffer = context.channel.allocator.buffer(capacity: response.body.count)
            buffer.writeBytes(response.body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        let channel = context.channel
        if keepAlive {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            arm(context)
        } else {
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
        }
    }

    /// (Re)starts the deadline for the next request.
    private func arm(_ context: ChannelHandlerContext) {
        timer?.cancel()
        let channel = context.channel
        timer = context.eventLoop.scheduleTask(in: shared.deadline) { channel.close(promise: nil) }
    }
}
