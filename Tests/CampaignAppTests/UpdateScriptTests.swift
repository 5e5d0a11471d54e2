import CampaignCompliance
import Foundation
import Testing
@testable import CampaignApp
@testable import CampaignEngine
@testable import ScenarioKit
import TerminalKit

/// Scripts of key and resize messages against the real update and engine.
@Suite("Update scripts", .serialized)
struct UpdateScriptTests {
    @Test func consentKeysMoveTheRateAndTheFigures() {
        let r = Harness.runtime()
        #expect(r.state.parameters.consentRate == 0.4)
        let before = r.state.snapshot!.current[.personalized]!.privacy!.profiled
        Harness.press(r, .right, .right, .character("l"))
        #expect(r.state.parameters.consentRate == 0.43)
        #expect(r.state.snapshot!.current.consentRate == 0.43)
        #expect(r.state.snapshot!.current[.personalized]!.privacy!.profiled > before)
        Harness.press(r, .pageDown)
        #expect(r.state.parameters.consentRate == 0.33)
        Harness.press(r, .home, .left)
        #expect(r.state.parameters.consentRate == 0)
        Harness.press(r, .end, .right, .pageUp)
        #expect(r.state.parameters.consentRate == 1)
        // The engine's figures are what the screen shows: compare with a direct engine run.
        let engine = Engine(scenario: Harness.scenario(), threads: 1)
        #expect(r.state.snapshot!.current == engine.evaluate(rate: 1))
    }

    @Test func selectionDetailAndBack() {
        let r = Harness.runtime()
        Harness.press(r, .down, .down, .down)
        #expect(r.state.selected?.strategy == .personalized)
        Harness.press(r, .up, .up, .up, .up)
        #expect(r.state.selected?.strategy == .oracle)
        Harness.press(r, .down, .down, .down, .down, .enter)
        #expect(r.state.screen == .detail)
        #expect(r.state.detail.samples.count == AppUpdate.samplesPerPage)
        let first = r.state.detail.samples.map(\.customer.id)
        Harness.press(r, .character("n"))
        #expect(r.state.detail.page == 1 && r.state.detail.samples.map(\.customer.id) != first)
        Harness.press(r, .character("b"))
        #expect(r.state.detail.samples.map(\.customer.id) == first)
        var text = Harness.screen(r).lines.joined(separator: "\n")
        #expect(text.contains("Personalised"))
        #expect(text.contains("Sample customers"))
        // Tab picks the customer whose explanation (DSA Art. 26(1)(d)) is shown.
        Harness.press(r, .tab, .tab)
        #expect(r.state.detail.index == 2)
        text = Harness.screen(r).lines.joined(separator: "\n")
        #expect(text.contains("Why customer #\(r.state.detail.samples[2].customer.id) sees this offer"))
        // The region is named (issue 30); what does not fit at 80×24 scrolls with PgDn.
        #expect(text.contains("region Dresden/Leipzig (0)"))
        #expect(text.contains("PgDn: more"))
        Harness.press(r, .pageDown)
        text = Harness.screen(r).lines.joined(separator: "\n")
        #expect(text.contains("Legal basis:"))
        Harness.press(r, .backTab, .backTab, .backTab)
        #expect(r.state.detail.index == AppUpdate.samplesPerPage - 1)
        Harness.press(r, .escape)
        #expect(r.state.screen == .dashboard && !r.state.quitRequested)
        Harness.press(r, .character("q"))
        #expect(r.state.quitRequested)
    }

    @Test func parametersRecomputeAndRebuild() {
        let r = Harness.runtime()
        Harness.press(r, .character("p"), .down, .right)
        #expect(r.state.parameters.k == 15)
        #expect(r.state.snapshot!.parameters.k == 15)
        Harness.press(r, .down, .right)
        #expect(r.state.parameters.epsilon == 10)
        Harness.press(r, .down, .down, .enter)
        #expect(r.state.parameters.fallback == .broadcast)
        #expect(r.state.snapshot!.scenario.privacy.fallback == .broadcast)
        // Personalised at consent 0 equals its fallback, now broadcast.
        Harness.press(r, .escape, .home)
        let now = r.state.snapshot!.current
        #expect(now[.personalized]!.offerContacts == now[.broadcast]!.offerContacts)
        Harness.press(r, .character("p"))
        while r.state.parameterEditor.field != .customers { Harness.press(r, .down) }
        Harness.press(r, .right, .right, .right)
        #expect(r.state.parameters.customers == 50_000)  // capped by the runtime's limit
        #expect(r.state.snapshot!.scenario.totalCustomers == 50_000)
        Harness.press(r, .left)
        #expect(r.state.snapshot!.scenario.totalCustomers == 20_000)
    }

    @Test func pickerOpensAnotherScenarioWithoutRestarting() throws {
        let files = SandboxFileSystem()
        try "name: broken\n".write(to: files.url("broken.yaml"), atomically: true, encoding: .utf8)
        files.files = ["broken.yaml"]
        let r = Harness.runtime(files: files)
        Harness.press(r, .character("o"))
        #expect(r.state.screen == .picker)
        #expect(r.state.picker.entries.count == BuiltinScenarios.all.count + 1)
        #expect(r.state.picker.entries.last?.problem != nil)
        Harness.press(r, .up, .enter)
        #expect(r.state.statusIsError)
        #expect(r.state.screen == .picker)
        Harness.press(r, .down, .down, .enter)
        #expect(r.state.screen == .dashboard)
        #expect(r.state.snapshot?.scenario.name == "Streaming free trials")
    }

    @Test func obligationsPanelFollowsTheSelectedStrategy() {
        let r = Harness.runtime()
        Harness.press(r, .character("a"))
        #expect(r.state.screen == .obligations)
        #expect(r.state.selected?.strategy == .broadcast)
        var text = Harness.screen(r).lines.joined(separator: "\n")
        #expect(text.contains("Broadcast at 40 %: 0 of \(ObligationCatalogue.shipped.obligations.count) obligations apply, 0 breached"))
        Harness.press(r, .right, .right, .right, .right)
        #expect(r.state.selected?.strategy == .unconstrained)
        text = Harness.screen(r).lines.joined(separator: "\n")
        #expect(text.contains("✗ breached"))
        #expect(text.contains("GDPR Art. 6(1)(a)"))
        // Down to GDPR Art. 6(1)(a), the fifth entry: the breach comes first, with its people.
        Harness.press(r, .down, .down, .down, .down)
        text = Harness.screen(r).lines.joined(separator: "\n")
        #expect(text.contains("Breached in this simulation"))
        #expect(text.contains("customers profiled without consent"))
        // Up to GDPR Art. 4(5): not applicable, with its reason.
        Harness.press(r, .up, .up, .up)
        text = Harness.screen(r).lines.joined(separator: "\n")
        #expect(text.contains("Not applicable: The strategy keeps no pseudonymised records"))
        Harness.press(r, .left, .escape)
        #expect(r.state.screen == .dashboard && r.state.selected?.strategy == .personalized)
    }

    /// The timeline's keys: the week moves and stops at both ends, m cycles the right chart, and
    /// fewer weeks pull the week back into range.
    @Test func timelineMovesThroughTheWeeks() {
        var app = FixtureApp(width: 80, height: 24)
        for key in SnapshotTests.twelveWeeks + [.escape, .character("t")] { app.press(key) }
        #expect(app.state.screen == .timeline && app.state.timeline.week == 1)
        for _ in 0..<20 { app.press(.right) }
        #expect(app.state.timeline.week == 12)
        app.press(.left)
        #expect(app.state.timeline.week == 11)
        #expect(AppView.render(app.state).lines.joined().contains("Week 11 of 12"))
        app.press(.home)
        #expect(app.state.timeline.week == 1)
        app.press(.end)
        // Regret first, which a firm that knows the response does not have: risk stands in.
        #expect(app.state.timeline.metric.shown(learning: false) == .reidRisk)
        app.press(.character("m"))
        #expect(app.state.timeline.metric == .storedEvents)
        #expect(AppView.render(app.state).lines.joined().contains("Stored events by week"))
        app.press(.character("m"), .character("m"))
        #expect(app.state.timeline.metric == .reidRisk)
        // Back to 4 weeks: the timeline shows week 4, the last there is.
        app.press(.character("p"))
        for _ in 0..<3 { app.press(.left) }
        app.press(.escape, .character("t"))
        #expect(app.state.parameters.weeks == 4 && app.state.timeline.week == 4)
    }

    /// Through the real engine: the weeks dial turns the dashboard's figures into campaign totals
    /// and the timeline follows them; retention lowers personalised's re-identification risk.
    @Test func weeksDialRunsTheWeeklyEngine() {
        let r = Harness.runtime(width: 120, height: 40, customers: 10_000)
        Harness.press(r, .character("p"))
        for _ in 0..<8 { Harness.press(r, .down) }
        Harness.press(r, .right, .right, .right)
        #expect(r.state.parameters.weeks == 6)
        #expect(r.state.snapshot?.current.weeks.count == 6)
        let unlimited = r.state.snapshot!.current.weeks[5][.personalized]!.privacy!.reidRiskMean
        Harness.press(r, .down, .down)
        #expect(r.state.parameterEditor.field == .retention)
        Harness.press(r, .left)
        #expect(r.state.parameters.retention == 52)
        for _ in 0..<8 { Harness.press(r, .left) }
        #expect(r.state.parameters.retention == 1)
        let limited = r.state.snapshot!.current.weeks[5][.personalized]!.privacy!.reidRiskMean
        #expect(limited < unlimited)
        Harness.press(r, .escape, .character("t"), .end)
        let text = Harness.screen(r).lines.joined(separator: "\n")
        #expect(text.contains("Week 6 of 6"))
        #expect(text.contains("Cumulative profit by week"))
    }

    @Test func helpOverlayComesFromTheKeyTable() {
        let r = Harness.runtime()
        Harness.press(r, .character("?"))
        #expect(r.state.showHelp)
        let text = Harness.screen(r).lines.joined(separator: "\n")
        for binding in KeyTable.bindings(for: .dashboard) + KeyTable.bindings(for: .global) {
            #expect(text.contains(String(binding.help.prefix(12))), "help lacks \(binding.help)")
        }
        Harness.press(r, .character("x"))
        #expect(!r.state.showHelp && !r.state.quitRequested)
    }

    @Test func noKeyIsBoundTwiceOnAScreen() {
        for context in [KeyContext.dashboard, .detail, .parameters, .picker, .obligations, .timeline, .lesson, .lessonPicker, .lessonConfirm, .global] {
            let keys = KeyTable.bindings(for: context).flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(context) binds a key twice")
        }
    }

    /// Keys that bring a fresh app to a screen where every key bound there can act.
    static let setups: [(KeyContext, [Key])] = [
        (.dashboard, []), (.detail, [.enter, .character("n"), .tab]), (.parameters, [.character("p")]),
        (.picker, [.character("o"), .down]), (.obligations, [.character("a"), .down]),
        // A campaign of four weeks (parameters: Campaign weeks 1 → 2 → 4), its timeline at week 2, the second strategy selected.
        (.timeline, [.character("p")] + Array(repeating: Key.down, count: 8) + [.right, .right, .character("q"), .character("t"), .right, .down]),
        // Global keys are tried on the detail screen, where q goes back instead of quitting.
        (.global, [.enter]),
    ]

    /// Every key of every binding, pressed on its screen, changes what the user sees (text or
    /// style), opens something, or quits.
    @Test(arguments: UpdateScriptTests.setups.map(\.0), [(80, 24), (120, 40)])
    func everyBoundKeyChangesTheScreen(_ context: KeyContext, size: (Int, Int)) {
        let setup = Self.setups.first { $0.0 == context }!.1
        for binding in KeyTable.bindings(for: context) {
            for key in binding.keys {
                let r = Harness.runtime(width: size.0, height: size.1, customers: 1_000)
                for k in setup { Harness.press(r, k) }
                if binding.action == .scrollExplanationDown || binding.action == .scrollExplanationUp {
                    // Scrolling acts only on an explanation longer than its box; a short one offers no scroll hint.
                    guard DetailView.maximumScroll(r.state) > 0 else {
                        #expect(!Harness.screen(r).lines.joined().contains("PgDn"), "a scroll hint over an explanation that fits")
                        continue
                    }
                    if binding.action == .scrollExplanationUp { Harness.press(r, .pageDown) }
                }
                let before = Harness.screen(r)
                Harness.press(r, key)
                let after = Harness.screen(r)
                let changed = before.lines != after.lines || before.styleMask != after.styleMask || r.state.quitRequested
                #expect(changed, "\(context) at \(size.0)×\(size.1): \(key.label) (\(binding.action)) changed nothing on screen")
            }
        }
    }

    @Test func resizeBelowTheMinimumAndBack() {
        let r = Harness.runtime()
        r.send(.resize(width: 60, height: 20))
        #expect(Harness.screen(r).lines.joined().contains("Terminal too small"))
        Harness.press(r, .right, .character("p"))
        #expect(r.state.parameters.consentRate == 0.4 && r.state.screen == .dashboard)
        r.send(.resize(width: 100, height: 30))
        #expect(Harness.screen(r).lines.joined().contains("Exposure"))
        r.send(.resize(width: 0, height: 0))
        _ = Harness.screen(r)
        r.send(.resize(width: 80, height: 24))
        Harness.press(r, .ctrlC)
        #expect(r.state.quitRequested)
    }

    @Test func saveAndExportWriteFilesAndAskBeforeReplacing() throws {
        let files = SandboxFileSystem()
        let r = Harness.runtime(files: files)
        Harness.press(r, .right, .character("s"))
        #expect(r.state.dialog?.text == "fashion-welcome-discounts-custom.yaml")
        for _ in 0..<40 { Harness.press(r, .backspace) }
        Harness.type(r, "mine.yaml")
        Harness.press(r, .enter)
        #expect(r.state.dialog == nil)
        let saved = try String(contentsOf: files.url("mine.yaml"), encoding: .utf8)
        let reloaded = try ScenarioLoader.load(yaml: saved, file: "mine.yaml")
        #expect(reloaded.consent.rate == 0.41)
        // It carries the name typed, so the picker lists it as "mine" (issue 30).
        #expect(reloaded.name == "mine")
        #expect(reloaded.totalCustomers == 20_000)
        // It keeps the file's comments beside their keys: sources and assumptions survive a save (issue 30).
        #expect(saved.contains("# - Online shops convert about 1.6 % (Statista, global Q3 2025)"))
        #expect(saved.contains("  # Not measured here: an assumption. Where \"reject all\" is as easy as \"accept\", reviews report\n  # 50-70 % rejection"))
        #expect(saved.contains("# a fictional large marketplace: 4 % of turnover exceeds €20 M"))
        // Saving again asks; "n" keeps the old file.
        try "old".write(to: files.url("mine.yaml"), atomically: true, encoding: .utf8)
        Harness.press(r, .character("s"))
        for _ in 0..<40 { Harness.press(r, .backspace) }
        Harness.type(r, "mine.yaml")
        Harness.press(r, .enter)
        guard case .confirmOverwrite = r.state.dialog?.kind else { Issue.record("no confirmation"); return }
        Harness.press(r, .character("n"))
        #expect(try String(contentsOf: files.url("mine.yaml"), encoding: .utf8) == "old")
        // Export CSV, then JSON by extension; replace after "y".
        Harness.press(r, .character("e"))
        Harness.press(r, .enter)
        let csv = try String(contentsOf: files.url("fashion-welcome-discounts-consent-41.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("consent_rate,strategy,"))
        #expect(csv.split(separator: "\n").count == 7)
        Harness.press(r, .character("e"))
        // End keeps the selected suggestion for editing (typing at once would replace it).
        Harness.press(r, .end)
        for _ in 0..<3 { Harness.press(r, .backspace) }
        Harness.type(r, "json")
        Harness.press(r, .enter)
        let json = try String(contentsOf: files.url("fashion-welcome-discounts-consent-41.json"), encoding: .utf8)
        #expect(json.contains("\"consent_rate\": 0.41"))
        Harness.press(r, .character("e"))
        // End keeps the selected suggestion for editing (typing at once would replace it).
        Harness.press(r, .end)
        for _ in 0..<3 { Harness.press(r, .backspace) }
        Harness.type(r, "json")
        Harness.press(r, .enter, .character("y"))
        #expect(r.state.status?.hasPrefix("Wrote") == true)
        // Escape cancels without writing.
        Harness.press(r, .character("s"), .escape)
        #expect(r.state.dialog == nil && r.state.status == "Cancelled")
    }
}

/// Random key and resize storms: no crash, no hang, state stays consistent.
@Suite("Key and resize storms")
struct KeyStormTests {
    static let keys: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab, .backTab,
                              .backspace] + "qhjklHLcvposeynb?x1 .-/".map { Key.character($0) }

    /// Keys arrive faster than the worker computes (no waiting between them, as in a real storm);
    /// results are taken in between now and then. Afterwards the figures on screen must be those
    /// of the last parameters: stale results never land.
    @Test func tenThousandRandomKeys() {
        var rng = RandomStream(seed: 1, 99, 0)
        let r = Harness.runtime(customers: 2_000, customerLimit: 5_000)
        var quits = 0
        for step in 0..<10_000 {
            if rng.next() % 50 == 0 {
                r.send(.resize(width: Int(rng.next() % 200), height: Int(rng.next() % 70)))
            } else {
                r.send(.key(Self.keys[Int(rng.next() % UInt64(Self.keys.count))]))
            }
            if step % 7 == 0 { r.receive() }
            if r.state.quitRequested {
                // Quitting is a legal outcome; start over to keep storming.
                quits += 1
                r.send(.resize(width: 80, height: 24))
                Harness.press(r, .escape)
                r.resetQuit()
            }
            let buffer = AppView.render(r.state)
            #expect(buffer.width == r.state.width && buffer.height == r.state.height)
            #expect((0...1).contains(r.state.parameters.consentRate))
            if let s = r.state.snapshot { #expect(r.state.selectedStrategy < s.current.strategies.count) }
        }
        // q and Esc are among the keys: this seed quits many times, and the app carried on each time.
        #expect(quits > 10)
        r.settle()
        #expect(!r.state.computing)
        #expect(r.state.snapshot?.parameters == r.state.parameters, "the figures shown are not those of the last parameters")
        #expect(r.state.snapshotGeneration == r.state.generation)
    }
}

/// The export dialog writes what the file name promises (issue 31: `fig.svg` used to get CSV).
@Suite("Export by extension")
struct ExportTests {
    static func export(_ name: String) -> (effects: [AppEffect], state: AppState) {
        var app = FixtureApp(width: 100, height: 30)
        app.press(.character("e"))
        var state = app.state
        state.dialog?.text = name
        let effects = AppUpdate.update(&state, .key(.enter))
        return (effects, state)
    }

    @Test func svgIsTheChartCsvAndJsonAreFiguresOthersAreRefused() {
        func written(_ name: String) -> String? {
            for case .writeFile(_, let contents, _, _) in Self.export(name).effects { return contents }
            return nil
        }
        #expect(written("fig.svg")?.hasPrefix("<?xml") == true && written("fig.svg")?.contains("<svg") == true)
        #expect(written("fig.csv")?.hasPrefix("consent_rate,strategy") == true)
        #expect(written("fig.json")?.hasPrefix("{") == true)
        let other = Self.export("fig.png")
        #expect(other.effects.isEmpty && other.state.statusIsError && other.state.status?.contains(".svg") == true)
    }
}

/// The save and export prompts edit like a shell line (issue 30).
@Suite("Prompt editing")
struct PromptEditingTests {
    static func typed(_ start: String, _ keys: [Key]) -> Dialog {
        var d = Dialog(kind: .exportFigures, text: start)
        for k in keys { _ = d.edit(k) }
        return d
    }

    @Test func typingReplacesTheSuggestionAndMovingKeepsIt() {
        #expect(Self.typed("fashion-consent-40.csv", [.character("a"), .character("."), .character("c")]).text == "a.c")
        #expect(Self.typed("fig.csv", [.left, .left, .left, .left, .character("2")]).text == "fig2.csv")
        #expect(Self.typed("fig.csv", [.backspace]).text == "")
        #expect(Self.typed("fig.csv", [.end, .backspace]).text == "fig.cs")
    }

    @Test func controlKeysEditLikeAShell() {
        #expect(Self.typed("out/fig.csv", [.end, .ctrl("w")]).text == "out/")
        #expect(Self.typed("out/fig.csv", [.home, .right, .right, .right, .ctrl("k")]).text == "out")
        #expect(Self.typed("out/fig.csv", [.end, .left, .left, .left, .left, .ctrl("u")]).text == ".csv")
        #expect(Self.typed("a b", [.end, .ctrl("a"), .character("x")]).text == "xa b")
        #expect(Self.typed("a b", [.home, .ctrl("e"), .character("!")]).text == "a b!")
        #expect(Key.ctrl("u").label == "Ctrl-U")
    }
}

/// Issue 30: a long (German) scenario name is shortened before the seed is cut.
@Suite("Header")
struct HeaderTests {
    @Test func theSeedStaysWholeWhateverTheName() {
        for width in [80, 100, 120] {
            var app = FixtureApp(width: width, height: 30)
            app.state.snapshot?.scenario.name = "Gutscheine für die erste Bestellung in der Lebensmittel-App mit einem sehr langen Namen"
            let header = AppView.render(app.state).lines[0]
            #expect(header.contains("seed 42") && header.contains("…"), "\(width): \(header)")
        }
    }
}
