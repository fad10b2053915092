using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// A rational number, a scalar (<c>3</c>, <c>3/2</c>, <c>0.5</c>, <c>1e-3</c>). The number <c>0</c> is the zero of
/// whatever shape its context needs (<c>A − A == 0</c> with A rectangular); a multiple of the identity is written <c>c*I</c>.
/// </summary>
/// <param name="Value">The value.</param>
public sealed record FreeNumber(Rational Value) : FreeExpr
{
    /// <inheritdoc />
    public override string ToString() => Value.Sign < 0 ? "(" + Value + ")" : Value.ToString();
}
