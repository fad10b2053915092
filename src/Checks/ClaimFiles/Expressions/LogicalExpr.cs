namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary><c>left and right</c> (<see cref="IsAnd"/>) or <c>left or right</c>.</summary>
/// <param name="IsAnd">True for <c>and</c>, false for <c>or</c>.</param>
/// <param name="Left">The left condition.</param>
/// <param name="Right">The right condition.</param>
public sealed record LogicalExpr(bool IsAnd, Expr Left, Expr Right) : Expr
{
    /// <inheritdoc/>
    public override string ToString() => $"({Left} {(IsAnd ? "and" : "or")} {Right})";
}
