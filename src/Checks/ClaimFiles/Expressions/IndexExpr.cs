namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// A 1-based index: <c>W[j]</c> is the j-th factor Wⱼ of the tuple W = (W₁, …, W_N); <c>A[i, j]</c> is the entry
/// A_{ij} of a matrix (1 ≤ i ≤ rows, 1 ≤ j ≤ columns).
/// </summary>
/// <param name="Target">The tuple or matrix.</param>
/// <param name="Index">The index (an integer-valued expression): the factor of a tuple, or the row of a matrix entry.</param>
/// <param name="Column">The column of a matrix entry; null for a tuple index.</param>
public sealed record IndexExpr(Expr Target, Expr Index, Expr? Column = null) : Expr
{
    /// <inheritdoc/>
    public override string ToString() => Column is null ? $"{Target}[{Index}]" : $"{Target}[{Index}, {Column}]";
}
