namespace DeepLinear.Symbolic.Free;

/// <summary>A letter of a matrix word: a symbol, possibly transposed.</summary>
/// <param name="Name">The symbol name.</param>
/// <param name="Transposed">True for the transpose.</param>
public readonly record struct Letter(string Name, bool Transposed)
{
    /// <summary>The transposed letter.</summary>
    public Letter Flip() => new(Name, !Transposed);

    /// <summary>Parsable text: <c>W1</c> or <c>W1'</c>.</summary>
    public override string ToString() => Transposed ? Name + "'" : Name;

    /// <summary>LaTeX: <c>W_{1}^T</c> style (a trailing digit run becomes a subscript).</summary>
    public string ToLatex()
    {
        int k = Name.Length;
        while (k > 0 && char.IsAsciiDigit(Name[k - 1]))
        {
            k--;
        }

        string core = Name.Replace("_", string.Empty, StringComparison.Ordinal);
        string body = k > 0 && k < Name.Length ? Name[..k].TrimEnd('_') + "_{" + Name[k..] + "}" : core;
        return Transposed ? body + "^T" : body;
    }

    /// <summary>Text of a word (product of letters); <c>I</c> for the empty word.</summary>
    public static string WordText(IReadOnlyList<Letter> word) => word.Count == 0 ? "I" : string.Join("*", word.Select(l => l.ToString()));

    /// <summary>LaTeX of a word.</summary>
    public static string WordLatex(IReadOnlyList<Letter> word) => word.Count == 0 ? "I" : string.Concat(word.Select(l => l.ToLatex()));

    /// <summary>The transpose of a word: reversed with every letter flipped.</summary>
    public static Letter[] TransposeWord(IReadOnlyList<Letter> word)
    {
        var result = new Letter[word.Count];
        for (int i = 0; i < word.Count; i++)
        {
            result[i] = word[word.Count - 1 - i].Flip();
        }

        return result;
    }

    /// <summary>
    /// The canonical representative of a trace word under rotation (<c>tr(AB) = tr(BA)</c>) and transposition
    /// (<c>tr(M) = tr(Mᵀ)</c>): the lexicographically least text among all rotations of the word and of its transpose.
    /// </summary>
    public static Letter[] NormalizeTraceWord(IReadOnlyList<Letter> word)
    {
        if (word.Count == 0)
        {
            return [];
        }

        Letter[]? best = null;
        string? bestText = null;
        foreach (var candidate in new[] { word.ToArray(), TransposeWord(word) })
        {
            for (int r = 0; r < candidate.Length; r++)
            {
                var rotated = candidate.Skip(r).Concat(candidate.Take(r)).ToArray();
                string text = WordText(rotated);
                if (bestText is null || string.CompareOrdinal(text, bestText) < 0)
                {
                    best = rotated;
                    bestText = text;
                }
            }
        }

        return best!;
    }
}
