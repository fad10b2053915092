namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>The transpose <c>A'</c> (also written <c>A^T</c> or <c>Aᵀ</c>); a scalar is its own transpose.</summary>
/// <param name="Operand">The operand.</param>
public sealed record TransposeExpr(Expr Operand) : Expr
{
    /// <inheritdoc/>
    public override string ToString() => $"({Operand})'";
}
