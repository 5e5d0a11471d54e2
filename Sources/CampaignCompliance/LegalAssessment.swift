import CampaignEngine
import ScenarioKit

/// The legal assessment of one consent rate's figures: every obligation's status for every
/// compared strategy. The one source the obligations panel, the report, `report --format json`
/// and the explanations read (MODEL.md §7 v3).
public struct LegalAssessment: Sendable {
    /// The scenario assessed (who the business is comes from it).
    public let scenario: Scenario
    /// The consent rate of the figures.
    public let consentRate: Double
    /// The catalogue assessed against.
    public let catalogue: ObligationCatalogue
    /// Per compared strategy, in the scenario's order: its figures and its statuses in catalogue order.
    public let strategies: [(figures: StrategyFigures, statuses: [ObligationStatus])]

    /// Assesses `result`; `minors` and `vulnerable` count those customers in the population.
    public init(scenario: Scenario, result: RateResult, minors: Int, vulnerable: Int, catalogue: ObligationCatalogue = .shipped) {
        self.scenario = scenario
        consentRate = result.consentRate
        self.catalogue = catalogue
        strategies = result.strategies.map { f in
            (f, ComplianceAssessment.assess(f, facts: ComplianceFacts(figures: f, scenario: scenario, minors: minors, vulnerable: vulnerable,
                                                                      catalogue: catalogue), catalogue: catalogue))
        }
    }

    /// The statuses of one strategy, nil when it is not compared.
    public subscript(_ strategy: StrategyName) -> [ObligationStatus]? {
        strategies.first { $0.figures.strategy == strategy }?.statuses
    }
}
