import Foundation

/// A blocking HTTP/1.1 client on 127.0.0.1 for the hostile-client tests: raw bytes in, the
/// status and body out. It talks to loopback only.
enum Loopback {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    }

    /// A socket connected to 127.0.0.1:`port`, with a receive timeout.
    static func connect(_ port: Int, timeout: Double = 5) -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        precondition(fd >= 0, "socket")
        var tv = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1e6))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        precondition(ok == 0, "connect to 127.0.0.1:\(port): errno \(errno)")
        return fd
    }

    static func send(_ fd: Int32, _ bytes: [UInt8]) {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }

    /// Reads one response (headers, then Content-Length bytes); nil when the server closed or timed out first.
    static func read(_ fd: Int32) -> Response? {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        func fill() -> Bool {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { return false }
            data += buffer[0..<n]
            return true
        }
        var headerEnd: Int?
        while headerEnd == nil {
            if let r = data.firstRange(of: Array("\r\n\r\n".utf8)) { headerEnd = r.upperBound; break }
            if !fill() { return nil }
        }
        let head = String(decoding: data[..<headerEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() where line.contains(":") {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        while data.count - headerEnd! < length { if !fill() { return nil } }
        return Response(status: status, headers: headers, body: String(decoding: data[headerEnd!..<headerEnd! + length], as: UTF8.self))
    }

    /// Whether the server has closed `fd` (reads end of file within the timeout).
    static func isClosed(_ fd: Int32) -> Bool {
        var byte: UInt8 = 0
        return recv(fd, &byte, 1, 0) == 0
    }

    /// One request on a new connection.
    static func request(_ port: Int, _ method: String, _ path: String, code: String? = nil, token: String? = nil, body: String = "",
                        extra: String = "") -> Response? {
        let fd = connect(port)
        defer { close(fd) }
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if let code { text += "X-Room-Code: \(code)\r\n" }
        if let token { text += "X-Room-Token: \(token)\r\n" }
        if !body.isEmpty { text += "Content-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n" }
        text += extra + "\r\n" + body
        send(fd, Array(text.utf8))
        return read(fd)
    }
}
