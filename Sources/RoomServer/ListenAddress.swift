import Foundation

/// Where the room listens: `--listen ADDR:PORT` (`[::1]:PORT` for IPv6), or by default the first
/// non-loopback IPv4 address of this machine on port 8470, so phones on the same network reach it.
public struct ListenAddress: Sendable, Equatable {
    /// The port when none is given.
    public static let defaultPort = 8470

    /// The interface's address, as bound ("0.0.0.0" binds every IPv4 interface).
    public var host: String
    /// The port; 0 asks the system for a free one.
    public var port: Int

    /// An address and port.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Why an address was not taken.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// The text is not ADDR:PORT.
        case malformed(String)
        /// No non-loopback IPv4 address: the trainer must say where to listen.
        case noNetwork

        public var description: String {
            switch self {
            case .malformed(let text): "--listen takes ADDR:PORT (for example 127.0.0.1:8470 or [::1]:8470), not \"\(text)\""
            case .noNetwork: "this machine has no network address other than loopback; give one with --listen ADDR:PORT"
            }
        }
    }

    /// Parses `ADDR:PORT`, `[V6]:PORT` or `ADDR` (the default port).
    public static func parse(_ text: String) throws(Failure) -> ListenAddress {
        var host = text, portText: Substring? = nil
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw .malformed(text) }
            host = String(text[text.index(after: text.startIndex)..<close])
            let rest = text[text.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { throw .malformed(text) }
                portText = rest.dropFirst()
            }
        } else if let colon = text.lastIndex(of: ":") {
            guard text.firstIndex(of: ":") == colon else { throw .malformed(text) }
            host = String(text[..<colon])
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, host.utf8.count < 256, host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == ":" || $0 == "-" }) else { throw .malformed(text) }
        var port = defaultPort
        if let portText {
            guard let p = Int(portText), (0...65535).contains(p), portText.allSatisfy(\.isNumber) else { throw .malformed(text) }
            port = p
        }
        return ListenAddress(host: host, port: port)
    }

    /// The first non-loopback IPv4 address of an interface that is up, on the default port.
    public static func lan() throws(Failure) -> ListenAddress {
        guard let host = firstLANAddress() else { throw .noNetwork }
        return ListenAddress(host: host, port: defaultPort)
    }

    /// The first IPv4 address of an interface that is up and not loopback.
    static func firstLANAddress() -> String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return nil }
        defer { freeifaddrs(list) }
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            let flags = Int32(entry.pointee.ifa_flags)
            guard let addr = entry.pointee.ifa_addr, addr.pointee.sa_family == sa_family_t(AF_INET),
                  flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0 else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            let ok = addr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin -> Bool in
                var a = sin.pointee.sin_addr
                return inet_ntop(AF_INET, &a, &text, socklen_t(INET_ADDRSTRLEN)) != nil
            }
            if ok { return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        }
        return nil
    }

    /// The participants' address for a server bound to `host` and `port`: a wildcard bind shows
    /// the LAN address, an IPv6 host goes in brackets.
    public static func url(host: String, port: Int) -> String {
        var shown = host
        if host == "0.0.0.0" || host == "::" { shown = firstLANAddress() ?? "127.0.0.1" }
        if shown.contains(":") { shown = "[\(shown)]" }
        return "http://\(shown):\(port)/"
    }
}
