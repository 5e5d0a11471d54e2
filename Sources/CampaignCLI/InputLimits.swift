/// Limits on what the command line accepts from files.
enum InputLimits {
    /// Largest scenario file read, in bytes (the loader refuses the same).
    static let maxScenarioBytes = 1 << 20
}
