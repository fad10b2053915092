namespace DeepLinear.Symbolic.Free;

/// <summary>A non-negative integer power of a square expression (<c>e^0 = I</c>).</summary>
/// <param name="Operand">The base.</param>
/// <param name="Exponent">The exponent ≥ 0.</param>
public sealed record FreePower(FreeExpr Operand, int Exponent) : FreeExpr
{
    /// <inheritdoc />
    public override string ToString() => "(" + Operand + ")^" + Exponent.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
