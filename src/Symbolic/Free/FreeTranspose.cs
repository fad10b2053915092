namespace DeepLinear.Symbolic.Free;

/// <summary>The transpose of an expression (an involution).</summary>
/// <param name="Operand">The transposed expression.</param>
public sealed record FreeTranspose(FreeExpr Operand) : FreeExpr
{
    /// <inheritdoc />
    public override string ToString() => Operand is FreeSymbol or FreeIdentity ? Operand + "'" : "(" + Operand + ")'";
}
