namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>Unary minus <c>-x</c>.</summary>
/// <param name="Operand">The operand.</param>
public sealed record NegateExpr(Expr Operand) : Expr
{
    /// <inheritdoc/>
    public override string ToString() => $"(-{Operand})";
}
