import Localization

/// The length of the campaign (MODEL.md §1 `campaign.*`).
public struct CampaignSettings: Sendable, Equatable {
    /// T: weeks the campaign runs, 1–104; 1 is the one-shot model.
    public var weeks: Int = 1
    /// The longest campaign a scenario may describe.
    public static let maxWeeks = 104
    /// Creates the defaults of MODEL.md.
    public init() {}
}
