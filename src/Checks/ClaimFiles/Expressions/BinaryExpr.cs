namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>An arithmetic operation <c>left op right</c>.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record BinaryExpr(BinaryOperator Operator, Expr Left, Expr Right) : Expr
{
    /// <summary>The operator's symbol.</summary>
    public string Symbol => Operator switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "^",
    };

    /// <inheritdoc/>
    public override string ToString() => $"({Left} {Symbol} {Right})";
}
