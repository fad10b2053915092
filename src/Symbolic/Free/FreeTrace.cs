namespace DeepLinear.Symbolic.Free;

/// <summary>The trace of a square expression (a scalar).</summary>
/// <param name="Operand">The traced expression.</param>
public sealed record FreeTrace(FreeExpr Operand) : FreeExpr
{
    /// <inheritdoc />
    public override string ToString() => "tr(" + Operand + ")";
}
