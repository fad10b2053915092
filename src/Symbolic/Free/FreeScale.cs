using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>A rational multiple <c>c·e</c>.</summary>
/// <param name="Coefficient">The rational factor.</param>
/// <param name="Operand">The scaled expression.</param>
public sealed record FreeScale(Rational Coefficient, FreeExpr Operand) : FreeExpr
{
    /// <inheritdoc />
    public override string ToString() => "(" + Coefficient + ")*(" + Operand + ")";
}
