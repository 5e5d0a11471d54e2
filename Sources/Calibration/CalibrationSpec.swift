/// What `calibrate` is told about the experiment's columns.
public struct CalibrationSpec: Sendable {
    /// The column naming each customer's randomized arm.
    public var arm: String
    /// The arm that got no offer.
    public var control: String
    /// The 0/1 outcome column.
    public var outcome: String
    /// Each treated arm and the category its offer is about, in the order given.
    public var offers: [(label: String, category: String)]
    /// Past-behaviour columns (0/1 or counts) and the category each stands for.
    public var history: [(column: String, category: String)]
    /// Columns whose values define cohorts.
    public var cohorts: [String]
    /// The outcome's value column (its mean among converters becomes the offer's value).
    public var value: String?
    /// A share of the rows held out of the fit (0: none).
    public var holdout: Double
    /// Seed of the holdout draw and the fit's draws.
    public var seed: UInt64
    /// The bonus each treated arm's converting customer redeems, by label (not in such data: 0 unless given).
    public var costs: [String: Double] = [:]
    /// Where the data come from: the experiment, its author and year (written into the scenario's header).
    public var source: String?
    /// Whether an offer may name a category no history column names (`--new-category`).
    public var allowNewCategories = false

    /// A spec of the given columns; no cohorts, value or holdout unless given.
    public init(arm: String, control: String, outcome: String, offers: [(label: String, category: String)],
                history: [(column: String, category: String)], cohorts: [String] = [], value: String? = nil,
                holdout: Double = 0, seed: UInt64 = 1) {
        self.arm = arm; self.control = control; self.outcome = outcome; self.offers = offers
        self.history = history; self.cohorts = cohorts; self.value = value; self.holdout = holdout; self.seed = seed
    }
}
