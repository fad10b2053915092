namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>A comparison <c>left op right</c> of two scalars (or, for <c>==</c>/<c>!=</c>, two matrices of one shape).</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left side.</param>
/// <param name="Right">The right side.</param>
public sealed record ComparisonExpr(ComparisonOperator Operator, Expr Left, Expr Right) : Expr
{
    /// <summary>The operator's symbol.</summary>
    public string Symbol => Operator switch
    {
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.Equal => "==",
        _ => "!=",
    };

    /// <inheritdoc/>
    public override string ToString() => $"({Left} {Symbol} {Right})";
}
