import Testing
@testable import ScenarioKit

/// A scenario saved from the app keeps the comments of its file (issue 30).
@Suite("Comments kept on save")
struct ScenarioCommentsTests {
    /// Every shipped scenario, written anew with its comments carried over: every comment is still
    /// there, each before the key it described, and the file still loads to the same values.
    @Test(arguments: BuiltinScenarios.all.map(\.name))
    func everyCommentOfAShippedScenarioSurvivesASave(_ name: String) throws {
        let original = BuiltinScenarios.named(name)!.yaml
        var scenario = try ScenarioLoader.load(yaml: original, file: name)
        scenario.consent.rate = 0.55
        let written = ScenarioWriter.yaml(scenario)
        let saved = ScenarioComments.carry(from: original, into: written)
        // Comments change no value: the file loads to what the writer's own text loads to.
        let same = try ScenarioLoader.load(yaml: saved, file: "saved.yaml") == ScenarioLoader.load(yaml: written, file: "written.yaml")
        #expect(same, "\(name): the comments changed a value")
        let kept = Set(saved.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let comments = ScenarioComments.lines(original).filter(\.isComment).map { $0.text.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("# yaml-language-server") }
        #expect(!comments.isEmpty)
        for comment in comments { #expect(kept.contains(comment), "\(name): lost \"\(comment)\"") }
        let inline = ScenarioComments.lines(original).compactMap(\.inlineComment)
        for comment in inline { #expect(saved.contains(comment), "\(name): lost \"\(comment)\"") }
    }

    /// Comments stand before the key they describe, at its indentation; text in a block scalar is no comment.
    @Test func commentsFollowTheirKeys() throws {
        let original = """
        # header: where the numbers come from
        name: T
        description: |
          # not a comment: part of the story
          text
        privacy:
          # k: the smallest group
          k: 5   # FACTS §3
        cohorts:
          # the young
          - name: young
            # base rate from a survey
            base_rate: 0.1
        # end of file

        """
        let written = """
        # yaml-language-server: $schema=scenario.schema.json
        name: "T"
        description: |
          # not a comment: part of the story
          text
        privacy:
          k: 7
        cohorts:
          - name: "young"
            base_rate: 0.2

        """
        let saved = ScenarioComments.carry(from: original, into: written)
        #expect(saved == """
        # yaml-language-server: $schema=scenario.schema.json
        # header: where the numbers come from
        name: "T"
        description: |
          # not a comment: part of the story
          text
        privacy:
          # k: the smallest group
          k: 7   # FACTS §3
        cohorts:
          # the young
          - name: "young"
            # base rate from a survey
            base_rate: 0.2
        # end of file

        """)
    }
}
