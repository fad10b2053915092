namespace DeepLinear.Symbolic.Free;

/// <summary>The identity matrix (its size is inferred from the context).</summary>
public sealed record FreeIdentity : FreeExpr
{
    /// <inheritdoc />
    public override string ToString() => "I";
}
