import Foundation
import Synchronization
import Testing
@testable import RoomServer
@testable import WorkshopRoom

/// The hostile-client suite (issue 29) against a real server on 127.0.0.1: whatever clients send,
/// the room keeps working, answers nothing it should not, and loses no answer.
@Suite(.serialized) struct RoomServerTests {
    static func open(_ step: RoomStep = RoomTests.predict(), deadline: Double = 10) throws -> RoomServer {
        try RoomServer.start(on: ListenAddress(host: "127.0.0.1", port: 0), step: step, deadline: deadline)
    }

    static func join(_ server: RoomServer) -> String {
        Loopback.request(server.port, "POST", "/api/join", code: server.code)!.json["token"] as! String
    }

    @Test func thePageIsServedWithItsPolicyAndAJoinedParticipantAnswers() throws {
        let server = try Self.open()
        defer { server.close() }
        #expect(server.url == "http://127.0.0.1:\(server.port)/" && server.joinURL.hasSuffix("#" + server.code))
        let page = try #require(Loopback.request(server.port, "GET", "/"))
        #expect(page.status == 200 && page.body.contains("<script src=\"/room.js\""))
        #expect(page.headers["content-security-policy"]?.hasPrefix("default-src 'none'") == true)
        #expect(page.headers["x-content-type-options"] == "nosniff" && page.headers["set-cookie"] == nil)
        #expect(Loopback.request(server.port, "GET", "/room.js")?.status == 200)
        let token = Self.join(server)
        #expect(token.count == 32)
        let step = try #require(Loopback.request(server.port, "GET", "/api/step", code: server.code, token: token))
        #expect(step.status == 200 && step.json["question"] as? String == "How many?" && step.json["answer"] == nil)
        #expect(Loopback.request(server.port, "POST", "/api/answer", code: server.code, token: token, body: #"{"step":2,"value":42}"#)?.status == 200)
        #expect(server.tally(since: 0)?.0.values == [42])
    }

    @Test func badCodesMalformedBodiesAndWrongMethodsAreRefusedWithTheirStatus() throws {
        let server = try Self.open()
        defer { server.close() }
        let token = Self.join(server)
        let p = server.port, c = server.code
        #expect(Loopback.request(p, "GET", "/api/step", code: "WRONG1", token: token)?.status == 403)
        #expect(Loopback.request(p, "GET", "/api/step", token: token)?.status == 403)
        #expect(Loopback.request(p, "GET", "/api/step", code: c, token: "forged")?.status == 401)
        for body in ["{", "[]", #"{"step":2}"#, #"{"step":2,"value":1,"choice":0}"#, #"{"step":"2","value":1}"#, #"{"step":2,"value":true}"#,
                     #"{"step":2,"choice":0.5}"#, "\u{0}\u{1}"] {
            #expect(Loopback.request(p, "POST", "/api/answer", code: c, token: token, body: body)?.status == 400, "\(body)")
        }
        #expect(Loopback.request(p, "POST", "/api/answer", code: c, token: token, body: #"{"step":2,"value":1e400}"#)?.status == 400)
        #expect(Loopback.request(p, "POST", "/api/answer", code: c, token: token, body: #"{"step":2,"value":-1}"#)?.json["error"] as? String == "Give a number from 0 to 100.")
        #expect(Loopback.request(p, "DELETE", "/api/answer", code: c, token: token)?.status == 405)
        #expect(Loopback.request(p, "GET", "/../../etc/passwd")?.status == 404)
        #expect(Loopback.request(p, "POST", "/api/reveal", code: c, token: token)?.status == 404)
        // Not HTTP at all: NIO's parser answers 400 and the room carries on.
        let fd = Loopback.connect(p)
        Loopback.send(fd, Array("GARBAGE\u{1}\r\n\r\n".utf8))
        #expect(Loopback.read(fd)?.status == 400)
        close(fd)
        #expect(Loopback.request(p, "GET", "/api/step", code: c, token: token)?.status == 200)
    }

    @Test func anOversizeBodyIsRefusedAndItsConnectionClosed() throws {
        let server = try Self.open()
        defer { server.close() }
        let token = Self.join(server)
        let big = String(repeating: "9", count: 100_000)
        let r = Loopback.request(server.port, "POST", "/api/answer", code: server.code, token: token, body: #"{"step":2,"value":"# + big + "}")
        #expect(r?.status == 413)
        // A declared length far beyond the limit is refused before the body arrives.
        let fd = Loopback.connect(server.port)
        Loopback.send(fd, Array("POST /api/answer HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n\r\n{".utf8))
        #expect(Loopback.read(fd)?.status == 413)
        #expect(Loopback.isClosed(fd))
        close(fd)
        #expect(server.tally(since: 0)?.0.answered == 0)
    }

    @Test func aFloodingParticipantIsSlowedWhileOthersAnswer() throws {
        let server = try Self.open()
        defer { server.close() }
        let flooder = Self.join(server), calm = Self.join(server)
        var limited = 0
        let fd = Loopback.connect(server.port)
        for _ in 0..<60 {
            Loopback.send(fd, Array("GET /api/step HTTP/1.1\r\nHost: x\r\nX-Room-Code: \(server.code)\r\nX-Room-Token: \(flooder)\r\n\r\n".utf8))
            if Loopback.read(fd)?.status == 429 { limited += 1 }
        }
        close(fd)
        #expect(limited >= 30)
        #expect(Loopback.request(server.port, "POST", "/api/answer", code: server.code, token: calm, body: #"{"step":2,"value":7}"#)?.status == 200)
    }

    @Test func aSlowClientIsCutOffAndTheRoomKeepsAnswering() throws {
        let server = try Self.open(deadline: 0.5)
        defer { server.close() }
        let fd = Loopback.connect(server.port)
        Loopback.send(fd, Array("GET /api/st".utf8))
        let start = Date()
        #expect(Loopback.isClosed(fd))
        #expect(Date().timeIntervalSince(start) < 4)
        close(fd)
        #expect(Loopback.request(server.port, "GET", "/")?.status == 200)
    }

    @Test func athousandOpenConnectionsDoNotStopTheRoom() throws {
        let server = try Self.open(deadline: 60)
        defer { server.close() }
        let idle = (0..<1000).map { _ in Loopback.connect(server.port) }
        defer { for fd in idle { close(fd) } }
        let token = Self.join(server)
        #expect(Loopback.request(server.port, "POST", "/api/answer", code: server.code, token: token, body: #"{"step":2,"value":3}"#)?.status == 200)
        // Past the limit, a connection is closed at once.
        let extra = (0..<40).map { _ in Loopback.connect(server.port, timeout: 0.2) }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(server.openConnections <= RoomServer.maxConnections)
        let closed = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: extra.count) { i in if Loopback.isClosed(extra[i]) { closed.add(1, ordering: .relaxed) } }
        #expect(closed.load(ordering: .relaxed) >= 40 - (RoomServer.maxConnections - 1000))
        for fd in extra { close(fd) }
    }

    @Test func answersAfterTheRevealAreRefusedAndNoneBeforeIsLost() throws {
        let server = try Self.open()
        defer { server.close() }
        let tokens = (0..<200).map { _ in Self.join(server) }
        DispatchQueue.concurrentPerform(iterations: 200) { i in
            let r = Loopback.request(server.port, "POST", "/api/answer", code: server.code, token: tokens[i], body: #"{"step":2,"value":\#(i % 101)}"#)
            precondition(r?.status == 200)
        }
        var closed = RoomTests.predict(open: false)
        closed.answer = "50 %"
        server.show(closed)
        let late = Loopback.request(server.port, "POST", "/api/answer", code: server.code, token: tokens[0], body: #"{"step":2,"value":1}"#)
        #expect(late?.status == 409)
        let tally = try #require(server.tally(since: 0)?.0)
        #expect(tally.answered == 200 && tally.joined == 200)
        #expect(tally.values.reduce(0, +) == Double((0..<200).map { $0 % 101 }.reduce(0, +)))
        let step = Loopback.request(server.port, "GET", "/api/step", code: server.code, token: tokens[5])
        #expect(step?.json["answer"] as? String == "50 %" && step?.json["mine"] as? Double == 5)
    }

    @Test func theListenAddressIsParsedOrRefused() throws {
        #expect(try ListenAddress.parse("127.0.0.1:0") == ListenAddress(host: "127.0.0.1", port: 0))
        #expect(try ListenAddress.parse("[::1]:9000") == ListenAddress(host: "::1", port: 9000))
        #expect(try ListenAddress.parse("127.0.0.1") == ListenAddress(host: "127.0.0.1", port: ListenAddress.defaultPort))
        for bad in ["", ":80", "127.0.0.1:99999", "127.0.0.1:x", "a b:1", "[::1", "::1:80", "127.0.0.1:-1"] {
            #expect(throws: ListenAddress.Failure.self, "\(bad)") { try ListenAddress.parse(bad) }
        }
        #expect(ListenAddress.url(host: "::1", port: 5) == "http://[::1]:5/")
    }
}
