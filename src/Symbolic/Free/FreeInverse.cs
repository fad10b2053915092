namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The inverse <c>e⁻¹</c> of a square expression (written <c>inv(e)</c> or <c>e^-1</c>): each symbol under an inverse is
/// assumed invertible, <c>AA⁻¹ = A⁻¹A = I</c>, <c>(AB)⁻¹ = B⁻¹A⁻¹</c>, <c>(Aᵀ)⁻¹ = (A⁻¹)ᵀ</c>, <c>(cA)⁻¹ = c⁻¹A⁻¹</c>.
/// The canonical form supports inverses of single terms (products of symbols); the inverse of a sum is outside the language.
/// </summary>
/// <param name="Operand">The inverted expression.</param>
public sealed record FreeInverse(FreeExpr Operand) : FreeExpr
{
    /// <inheritdoc />
    public override string ToString() => "inv(" + Operand + ")";
}
