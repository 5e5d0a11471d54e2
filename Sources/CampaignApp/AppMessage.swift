import TerminalKit
import CampaignEngine
import Lessons
import Localization
import CampaignStatistics
import ScenarioKit
import WorkshopRoom

/// Everything that can happen to the app: input, and the results of effects it asked for.
///
/// Results of computations carry the generation of the request that started them, so the update
/// can drop a result that a newer request has made stale.
public enum AppMessage: Sendable {
    /// A key press.
    case key(Key)
    /// The terminal's new size in cells.
    case resize(width: Int, height: Int)
    /// Figures recomputed for the request tagged `generation`.
    case computed(Snapshot, generation: Int)
    /// The running computation's finished share, or nil when nothing runs.
    case progress(Double?)
    /// Sample customers of page `page` for the strategy detail of snapshot `generation`.
    case samplesLoaded([CustomerInspection], page: Int, generation: Int)
    /// Replications so far of the figures of snapshot `generation` at its consent rate.
    case replicated(ReplicatedResult, done: Int, of: Int, generation: Int)
    /// Plausible worlds of snapshot `generation`: progress, then the result.
    case worldsProgress(done: Int, of: Int, generation: Int)
    /// The finished plausible-worlds result of snapshot `generation`.
    case worldsDone(Robustness.Result, generation: Int)
    /// The worlds done so far, summarised while the rest are drawn (no tornado yet).
    case worldsPartial(Robustness.Result, generation: Int)
    /// The scenarios the picker lists.
    case pickerLoaded([PickerEntry])
    /// A scenario loaded from `source`, its population built.
    case scenarioOpened(Scenario, source: String, generation: Int)
    /// Opening a scenario failed, with the reason.
    case openFailed(String, generation: Int)
    /// `what` was written to `path`.
    case fileWritten(path: String, what: String)
    /// A write found `path` already there; `contents` wait for the user to allow overwriting.
    case fileExists(path: String, contents: String)
    /// An effect failed, with the message to show.
    case failed(String)
    /// The computed answer of a lesson's predict step `step`.
    case lessonAnswered(LessonAnswer, step: Int)
    /// A workshop room opened at these addresses (issue 29).
    case roomOpened(url: String, joinURL: String, code: String)
    /// The room could not be opened, with the reason.
    case roomFailed(String)
    /// The room's answers to the current step changed.
    case roomTally(RoomTally)
}

/// Work the update asks the runtime to do; the runtime answers with messages.
public enum AppEffect: Sendable, Equatable {
    /// Recompute figures for these parameters; `generation` tags the result.
    case recompute(Parameters, generation: Int)
    /// Inspect sample customers for the strategy detail, for the figures of snapshot `generation`.
    case loadSamples(page: Int, result: RateResult, generation: Int)
    /// Replicate the figures of snapshot `generation` on `count` populations (replication 0 is the
    /// snapshot itself), reporting after each one.
    case replicate(Parameters, current: RateResult, count: Int, generation: Int)
    /// Draw plausible worlds (MODEL.md §8.2) for these parameters at their consent rate.
    case robustness(Parameters, worlds: Int, generation: Int)
    /// List built-in scenarios and ./scenarios/*.yaml.
    case listScenarios(Language)
    /// Load a scenario and build its population.
    case openScenario(PickerEntry, generation: Int)
    /// Write text to a file; never replaces an existing file unless `overwrite` is set.
    case writeFile(path: String, contents: String, overwrite: Bool, what: String)
    /// Compute a lesson's answer with the simulator (scenario with the step's settings applied).
    case lessonAnswer(LessonQuantity, scenario: Scenario, settings: LessonSettings, step: Int)
    /// Open a lesson's own scenario, already loaded, and build its population.
    case openLessonScenario(Scenario, source: String, generation: Int)
    /// Save a lesson's progress atomically, quietly (creating its folder).
    case saveProgress(path: String, contents: String)
    /// Open the workshop room (the runtime's room opener binds its socket).
    case openRoom
    /// Stop the runtime and leave the app.
    case quit
}
