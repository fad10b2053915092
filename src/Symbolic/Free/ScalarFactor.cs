namespace DeepLinear.Symbolic.Free;

/// <summary>
/// A commuting scalar factor of a canonical term: a scalar symbol (such as η), the trace of a normalized word, or the
/// size of a dimension (from <c>tr(I_d) = d</c>).
/// </summary>
/// <param name="Kind">What the factor is.</param>
/// <param name="Name">The scalar symbol or dimension name (empty for traces).</param>
/// <param name="Word">The normalized trace word (empty unless a trace).</param>
public sealed record ScalarFactor(ScalarFactorKind Kind, string Name, IReadOnlyList<Letter> Word)
{
    /// <summary>A sort key and identity.</summary>
    public string Key => Kind switch
    {
        ScalarFactorKind.Symbol => Name,
        ScalarFactorKind.Dimension => "dim(" + Name + ")",
        _ => "tr(" + Letter.WordText(Word) + ")",
    };

    /// <inheritdoc />
    public bool Equals(ScalarFactor? other) => other is not null && other.Key == Key;

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    /// <summary>LaTeX.</summary>
    public string ToLatex() => Kind switch
    {
        ScalarFactorKind.Symbol => FreeLatex.SymbolName(Name),
        ScalarFactorKind.Dimension => Name,
        _ => @"\operatorname{tr}(" + Letter.WordLatex(Word) + ")",
    };

    /// <inheritdoc />
    public override string ToString() => Key;
}
