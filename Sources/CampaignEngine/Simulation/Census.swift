/// Who is in a population, whatever the strategies do: the counts the compliance facts need.
public struct Census: Sendable, Equatable {
    /// Customers in all.
    public var customers: Int
    /// Customers under 18.
    public var minors: Int
    /// Customers marked vulnerable.
    public var vulnerable: Int
}
