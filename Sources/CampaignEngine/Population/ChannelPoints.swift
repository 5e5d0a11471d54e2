import ScenarioKit

/// The personal data points a contact itself uses on the campaign's channel (MODEL.md §13).
///
/// On `web` and `app` a visitor is reached on a page: nothing personal is needed to show an offer,
/// and the page's category is used once and not stored. On `email` every contact goes to a known
/// subscriber's address (1 data point), and the context is the subscriber's last tracked click
/// (1 more, for strategies that read it). Both are 0 off e-mail, so v2 figures do not move.
public struct ChannelPoints: Sendable, Equatable {
    /// Points every contact uses: 1 on e-mail (the address), else 0.
    public let address: Int
    /// Points reading the context adds: 1 on e-mail (a tracked click of a known person), else 0.
    public let click: Int
    /// The exposure term d/(d + d½) · 0.5 of a contact without a stored record, in 2⁻³² units,
    /// for a broadcast-like contact (d = address) and a contextual-like one (d = address + click).
    let plainExposure: (broadcast: UInt64, contextual: UInt64)

    /// The points of `channel` with the scenario's exposure half-point d½.
    public init(_ channel: Channel, halfExposure: Double) {
        let email = channel == .email
        address = email ? 1 : 0
        click = email ? 1 : 0
        func term(_ d: Int) -> UInt64 { d > 0 ? Tally.fixed(Double(d) / (Double(d) + halfExposure) * 0.5) : 0 }
        plainExposure = (term(address), term(address + click))
    }

    /// Points of a contact whose offer no profile chose: the address, plus the click where the
    /// offer was read from the context.
    @inline(__always)
    public func plain(contextual: Bool) -> Int { address + (contextual ? click : 0) }

    /// The exposure term of such a contact (no stored record, so risk 0).
    @inline(__always)
    func exposure(contextual: Bool) -> UInt64 { contextual ? plainExposure.contextual : plainExposure.broadcast }

    public static func == (a: ChannelPoints, b: ChannelPoints) -> Bool { a.address == b.address && a.click == b.click }
}
