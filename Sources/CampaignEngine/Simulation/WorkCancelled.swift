/// Thrown by the cancellable `Simulator` calls when their `WorkControl` was cancelled: a
/// cancelled computation never returns figures, partial or not.
public struct WorkCancelled: Error, Sendable, Equatable {
    /// The error.
    public init() {}
}
