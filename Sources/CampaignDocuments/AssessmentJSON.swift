import CampaignCompliance
import CampaignEngine
import CampaignOutput
import Localization
import ScenarioKit

/// `report --format json`: the legal assessment as data (MODEL.md §7 v3), the same statuses the
/// obligations panel, the report's matrix and the explanations show.
public enum AssessmentJSON {
    /// The assessment as one JSON object; texts (citations, reasons) in `language`.
    public static func render(_ assessment: LegalAssessment, language: Language) -> String {
        let scenario = assessment.scenario.localized(language)
        let c = scenario.company
        var w = JSONWriter()
        w.beginObject()
        w.string("scenario", scenario.name)
        w.string("model_version", Engine.modelVersion)
        w.string("as_of", assessment.catalogue.asOf)
        w.beginObject("company")
        w.string("size", c.size.rawValue)
        w.bool("online_platform", c.onlinePlatform)
        w.bool("very_large_platform", c.isVeryLargePlatform)
        w.string("sector", c.sector.rawValue)
        w.string("channel", scenario.campaign.channel.rawValue)
        w.beginArray("ai_systems")
        for s in c.strategiesLearn && !c.aiSystemsGiven ? StrategyName.allCases.filter({ $0 != .oracle }) : c.aiSystems { w.string(nil, s.rawValue) }
        w.endArray()
        w.endObject()
        w.number("consent_rate", assessment.consentRate)
        w.beginArray("obligations")
        for (i, obligation) in assessment.catalogue.obligations.enumerated() {
            w.beginObject()
            w.string("id", obligation.id)
            w.string("citation", obligation.citation.text(language))
            w.string("law", obligation.law)
            w.beginObject("strategies")
            for (figures, statuses) in assessment.strategies {
                let status = statuses[i]
                w.beginObject(figures.strategy.rawValue)
                w.string("status", status.state.rawValue)
                w.int("people", status.people)
                w.string("reason", status.reasonText(language))
                w.number("fine_cap_eur", status.fineCapEUR)
                w.endObject()
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }
}
