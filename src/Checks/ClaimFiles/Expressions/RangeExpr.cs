namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>An index range <c>Index in From..To</c> (integers, both ends included) with a body evaluated at each index:
/// <c>sum(j in 1..N: normF(W[j])^2)</c>, <c>prod(j in 1..N: W[j])</c>, <c>forall j in 1..N-1: …</c>.</summary>
/// <param name="Kind">Sum, ordered product or forall.</param>
/// <param name="Index">The bound index name.</param>
/// <param name="From">The first index.</param>
/// <param name="To">The last index.</param>
/// <param name="Body">The body.</param>
public sealed record RangeExpr(RangeKind Kind, string Index, Expr From, Expr To, Expr Body) : Expr
{
    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        RangeKind.Sum => $"sum({Index} in {From}..{To}: {Body})",
        RangeKind.Product => $"prod({Index} in {From}..{To}: {Body})",
        _ => $"(forall {Index} in {From}..{To}: {Body})",
    };
}
