import CampaignEngine
import ScenarioKit

/// Everything that can happen to the app: input, and the results of effects it asked for.
public enum AppMessage: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    case computed(Snapshot)
    case samplesLoaded([CustomerInspection], page: Int)
    case pickerLoaded([PickerEntry])
    case scenarioOpened(Scenario, source: String)
    case fileWritten(path: String, what: String)
    case fileExists(path: String, contents: String)
    case failed(String)
}

/// Work the update asks the runtime to do; the runtime answers with messages.
public enum AppEffect: Sendable, Equatable {
    /// Recompute figures for these parameters.
    case recompute(Parameters)
    /// Inspect sample customers for the strategy detail.
    case loadSamples(page: Int)
    /// List built-in scenarios and ./scenarios/*.yaml.
    case listScenarios
    /// Load a scenario and build its population.
    case openScenario(PickerEntry)
    /// Write text to a file; never replaces an existing file unless `overwrite` is set.
    case writeFile(path: String, contents: String, overwrite: Bool, what: String)
    case quit
}
