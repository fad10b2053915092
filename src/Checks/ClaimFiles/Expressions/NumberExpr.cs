namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>A non-negative decimal literal (<c>2</c>, <c>0.5</c>, <c>1e-3</c>); negative numbers are <see cref="NegateExpr"/>.</summary>
/// <param name="Value">The value, finite and ≥ 0.</param>
public sealed record NumberExpr(double Value) : Expr
{
    /// <inheritdoc/>
    public override string ToString() => ExpressionValue.Format(Value);
}
