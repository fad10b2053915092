using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// A canonical term: rational coefficient × sorted scalar factors × matrix word (the empty word is the identity, or
/// nothing for a scalar term).
/// </summary>
/// <param name="Coefficient">The rational coefficient (non-zero in a canonical form).</param>
/// <param name="Scalars">The scalar factors, sorted by key.</param>
/// <param name="Word">The matrix word.</param>
public sealed record FreeTerm(Rational Coefficient, IReadOnlyList<ScalarFactor> Scalars, IReadOnlyList<Letter> Word)
{
    /// <summary>The key of the term without its coefficient (like terms share it).</summary>
    public string MonomialKey => string.Join("·", Scalars.Select(s => s.Key)) + "|" + Letter.WordText(Word);

    /// <summary>The product of two terms (scalars merge, words concatenate).</summary>
    public FreeTerm Times(FreeTerm other) => new(
        Coefficient * other.Coefficient,
        Scalars.Concat(other.Scalars).OrderBy(s => s.Key, StringComparer.Ordinal).ToArray(),
        Letter.Concatenate(Word, other.Word));

    /// <summary>Parsable text of the term without its sign handling.</summary>
    public string BodyText()
    {
        // A dimension factor d prints as its name, which reads back as a dimension used as a scalar.
        var parts = Scalars.Select(s => s.Kind == ScalarFactorKind.Dimension ? s.Name : s.Key).ToList();
        if (Word.Count > 0)
        {
            parts.Add(Letter.WordText(Word));
        }

        return string.Join("*", parts);
    }

    /// <summary>LaTeX of the term body.</summary>
    public string BodyLatex()
    {
        // Repeated scalar factors print as powers (η η ↦ η^{2}); the factors are sorted, so equal ones are adjacent.
        var parts = new List<string>();
        for (int i = 0; i < Scalars.Count;)
        {
            int j = i;
            while (j < Scalars.Count && Scalars[j].Key == Scalars[i].Key)
            {
                j++;
            }

            string latex = Scalars[i].ToLatex();
            parts.Add(j - i == 1 ? latex : (Scalars[i].Kind == ScalarFactorKind.Trace ? @"\left(" + latex + @"\right)" : latex) + "^{" + (j - i).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
            i = j;
        }

        if (Word.Count > 0)
        {
            parts.Add(Letter.WordLatex(Word));
        }

        return string.Join(@"\,", parts);
    }
}
