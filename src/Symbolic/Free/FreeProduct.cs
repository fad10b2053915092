namespace DeepLinear.Symbolic.Free;

/// <summary>A product of factors (matrix multiplication; scalar factors commute).</summary>
/// <param name="Factors">The factors, left to right.</param>
public sealed record FreeProduct(IReadOnlyList<FreeExpr> Factors) : FreeExpr
{
    /// <inheritdoc />
    public bool Equals(FreeProduct? other) => other is not null && Factors.SequenceEqual(other.Factors);

    /// <inheritdoc />
    public override int GetHashCode() => Factors.Aggregate(17, (h, f) => (h * 31) + f.GetHashCode());

    /// <inheritdoc />
    public override string ToString() => string.Join("*", Factors.Select(f => f is FreeSum or FreeScale ? "(" + f + ")" : f.ToString()));
}
