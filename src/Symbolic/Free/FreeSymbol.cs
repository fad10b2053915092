namespace DeepLinear.Symbolic.Free;

/// <summary>A matrix symbol (its shape comes from the shape environment), or a scalar symbol if declared scalar.</summary>
/// <param name="Name">The symbol name.</param>
public sealed record FreeSymbol(string Name) : FreeExpr
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
