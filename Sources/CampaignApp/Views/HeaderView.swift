import Foundation
import Localization
import TerminalKit

/// The top line: app, scenario, customers, seed, recompute time.
enum HeaderView {
    static func render(_ state: AppState, _ buffer: inout ScreenBuffer) {
        let width = state.width
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .reverse)
        var left = width >= 100 ? " campaign-sim │" : ""
        let l = state.language
        if let s = state.snapshot?.scenario {
            left += " " + loc("%1 │ %2 customers │ seed %3", l, s.name, Format.count(s.totalCustomers, state.language), s.seed)
        } else {
            left += " " + loc("computing the population…", l)
        }
        var right = ""
        if state.computing {
            right = loc("recomputing…", l) + (state.progress.map { " \(Int(($0 * 100).rounded(.down))) %" } ?? "") + " "
        }
        else if let ms = state.snapshot?.recomputeMilliseconds { right = loc("recompute %1", l, Format.milliseconds(ms, state.language)) + " " }
        if state.intervals.isOn && !state.computing {
            // A small progress mark for the replications behind the intervals.
            let done = state.intervals.generation == state.snapshotGeneration ? max(1, state.intervals.done) : 1
            right = "± \(done)/\(state.intervals.count)  " + right
        }
        // At least two columns between the scenario and the timing, so they never run together.
        buffer.putTruncated(left, x: 0, y: 0, width: width - right.count - 2, style: Style(bold: true, reverse: true))
        buffer.put(right, x: width - right.count, y: 0, style: .reverse)
    }
}
