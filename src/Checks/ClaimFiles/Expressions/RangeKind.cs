namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>What an index range does with its body.</summary>
public enum RangeKind
{
    /// <summary><c>sum(j in a..b: body)</c>: the sum of the bodies (0 for an empty range).</summary>
    Sum,

    /// <summary><c>prod(j in a..b: body)</c>: the ordered product body(b)⋯body(a), highest index on the left as in
    /// W_N⋯W₁ (1 for an empty range).</summary>
    Product,

    /// <summary><c>forall j in a..b: condition</c>: the condition at every index (true for an empty range).</summary>
    Forall,
}
