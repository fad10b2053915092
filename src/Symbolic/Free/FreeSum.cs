namespace DeepLinear.Symbolic.Free;

/// <summary>A sum of terms of equal shape.</summary>
/// <param name="Terms">The summands.</param>
public sealed record FreeSum(IReadOnlyList<FreeExpr> Terms) : FreeExpr
{
    /// <inheritdoc />
    public bool Equals(FreeSum? other) => other is not null && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc />
    public override int GetHashCode() => Terms.Aggregate(19, (h, f) => (h * 31) + f.GetHashCode());

    /// <inheritdoc />
    public override string ToString() => "(" + string.Join(" + ", Terms.Select(t => t.ToString())) + ")";
}
