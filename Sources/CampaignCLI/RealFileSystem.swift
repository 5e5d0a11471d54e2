import CampaignApp
import Foundation

/// The app's file access on the real disk: atomic writes, ./scenarios listing, bounded reads.
struct RealFileSystem: AppFileSystem {
    func write(path: String, contents: String, overwrite: Bool) throws {
        do {
            try AtomicFile.write(Data(contents.utf8), to: path, overwrite: overwrite)
        } catch .exists {
            throw AppFileError.exists
        } catch {
            throw AppFileError.failed(error.description)
        }
    }

    /// ./scenarios/*.yaml, then the current folder's scenario files (where `s` saves them): YAML
    /// files with a top-level `cohorts:` key, so lessons and other YAML stay out of the list.
    func scenarioFiles() -> [String] {
        func yaml(_ folder: String) -> [String] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
            return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().prefix(200)
                .map { folder == "." ? $0 : "\(folder)/\($0)" }
        }
        let here = yaml(".").filter { path in
            guard let bytes = try? ScenarioSource.readBytes(path), let text = String(validating: bytes, as: UTF8.self) else { return false }
            return text.hasPrefix("cohorts:") || text.contains("\ncohorts:")
        }
        return yaml("scenarios") + here
    }

    func makeFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func read(path: String) throws -> [UInt8] {
        try ScenarioSource.readBytes(path)
    }
}
