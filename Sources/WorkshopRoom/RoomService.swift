import Foundation
import Localization

/// A request as the server hands it over: method, path, the headers the room reads, the body.
public struct RoomRequest: Sendable {
    /// "GET", "POST", …
    public var method: String
    /// The path, with any query (which the room ignores).
    public var path: String
    /// The X-Room-Code header.
    public var code: String?
    /// The X-Room-Token header.
    public var token: String?
    /// The body, at most `RoomService.maxBody` bytes.
    public var body: [UInt8]

    /// A request with the given parts.
    public init(method: String, path: String, code: String? = nil, token: String? = nil, body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.code = code
        self.token = token
        self.body = body
    }
}

/// What the room answers: status, content type, body (headers common to all come from `RoomService`).
public struct RoomResponse: Sendable {
    /// The HTTP status.
    public var status: Int
    /// The Content-Type header.
    public var contentType: String
    /// The body.
    public var body: [UInt8]
}

/// The room's HTTP semantics, without sockets: which path does what, what is validated, what is
/// answered (docs/room.md). The server calls it under the room's lock.
public enum RoomService {
    /// The largest request body taken: an answer is a few dozen bytes.
    public static let maxBody = 2048

    /// Headers on every response: no caching, no sniffing, no framing, no referrer, and a
    /// Content-Security-Policy that lets the page load its own script and style and talk to its
    /// own server, nothing else.
    public static let headers: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Frame-Options", "DENY"),
        ("Cache-Control", "no-store"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    ]

    /// The room's answer to `request` at time `now` (seconds); `newToken` makes a participant token.
    public static func respond(to request: RoomRequest, room: inout Room, now: Double, newToken: () -> String) -> RoomResponse {
        let path = request.path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? "/"
        let l: Language = room.step.language == "de" ? .de : .en
        do throws(RoomError) {
            switch (request.method, path) {
            case ("GET", "/"), ("HEAD", "/"), ("GET", "/index.html"):
                return RoomResponse(status: 200, contentType: "text/html; charset=utf-8", body: Array(RoomPage.html(language: room.step.language).utf8))
            case ("GET", "/room.js"):
                return RoomResponse(status: 200, contentType: "text/javascript; charset=utf-8", body: Array(RoomPage.script.utf8))
            case ("GET", "/room.css"):
                return RoomResponse(status: 200, contentType: "text/css; charset=utf-8", body: Array(RoomPage.style.utf8))
            case ("GET", "/favicon.ico"):
                return RoomResponse(status: 204, contentType: "text/plain", body: [])
            case ("POST", "/api/join"):
                try room.admit(code: request.code, now: now)
                let token = newToken()
                _ = try room.join(token: token, now: now)
                return json(200, ["token": token])
            case ("GET", "/api/step"):
                try room.admit(code: request.code, now: now)
                let participant = try room.participant(request.token, now: now)
                return json(200, stepObject(room.step, mine: room.answer(of: participant)))
            case ("POST", "/api/answer"):
                try room.admit(code: request.code, now: now)
                let participant = try room.participant(request.token, now: now)
                let (step, answer) = try parseAnswer(request.body)
                try room.answer(answer, step: step, by: participant)
                return json(200, ["ok": true])
            case (_, "/"), (_, "/index.html"), (_, "/room.js"), (_, "/room.css"), (_, "/api/join"), (_, "/api/step"), (_, "/api/answer"):
                throw .methodNotAllowed
            default:
                throw .notFound
            }
        } catch {
            return self.error(error, l)
        }
    }

    /// The response for `error`: its status and a JSON object with the sentence for the page.
    public static func error(_ error: RoomError, _ l: Language) -> RoomResponse {
        json(error.status, ["error": error.message(l)])
    }

    /// Reads `{"step": 3, "value": 25}` or `{"step": 3, "choice": 1}`; anything else is malformed.
    static func parseAnswer(_ body: [UInt8]) throws(RoomError) -> (Int, RoomAnswer) {
        guard body.count <= maxBody else { throw .tooLarge }
        struct Body: Decodable {
            var step: Int
            var value: Double?
            var choice: Int?
        }
        guard let parsed = try? JSONDecoder().decode(Body.self, from: Data(body)) else { throw .malformed }
        switch (parsed.value, parsed.choice) {
        case (let v?, nil) where v.isFinite: return (parsed.step, .number(v))
        case (nil, let c?): return (parsed.step, .choice(c))
        default: throw .malformed
        }
    }

    /// The step as the page reads it.
    static func stepObject(_ s: RoomStep, mine: RoomAnswer?) -> [String: Any] {
        var o: [String: Any] = ["index": s.index, "count": s.count, "title": s.title, "kind": s.kind.rawValue,
                                "question": s.question, "unit": s.unit, "open": s.open, "language": s.language]
        if s.kind == .number {
            o["min"] = s.range.lowerBound
            o["max"] = s.range.upperBound
        }
        if s.kind == .choice { o["options"] = s.options }
        if let a = s.answer { o["answer"] = a }
        if let c = s.correct { o["correct"] = c }
        switch mine {
        case .number(let v)?: o["mine"] = v
        case .choice(let i)?: o["mineChoice"] = i
        case nil: break
        }
        return o
    }

    static func json(_ status: Int, _ object: [String: Any]) -> RoomResponse {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return RoomResponse(status: status, contentType: "application/json; charset=utf-8", body: Array(data))
    }
}
