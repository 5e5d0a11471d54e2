import Localization

/// The campaign's length and channel (MODEL.md §1 `campaign.*`).
public struct CampaignSettings: Sendable, Equatable {
    /// T: weeks the campaign runs, 1–104; 1 is the one-shot model.
    public var weeks: Int = 1
    /// Where the offer is shown: a page (web, app) or a known subscriber's inbox (MODEL.md §13).
    public var channel: Channel = .web
    /// The longest campaign a scenario may describe.
    public static let maxWeeks = 104
    /// Creates the defaults of MODEL.md.
    public init() {}
}
