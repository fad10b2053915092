namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>A 1-based index into a tuple of matrices: <c>W[j]</c> is the j-th factor Wⱼ of the tuple W = (W₁, …, W_N).</summary>
/// <param name="Target">The tuple.</param>
/// <param name="Index">The index (an integer-valued expression, 1 ≤ j ≤ N).</param>
public sealed record IndexExpr(Expr Target, Expr Index) : Expr
{
    /// <inheritdoc/>
    public override string ToString() => $"{Target}[{Index}]";
}
