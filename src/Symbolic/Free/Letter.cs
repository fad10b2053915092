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

    private static int CompareRotations(Letter[] a, int ra, Letter[] b, int rb)
    {
        int length = a.Length;
        for (int k = 0; k < length; k++)
        {
            var x = a[(ra + k) % length];
            var y = b[(rb + k) % length];
            int c = string.CompareOrdinal(x.Name, y.Name);
            if (c == 0)
            {
                c = x.Transposed.CompareTo(y.Transposed);
            }

            if (c != 0)
            {
                return c;
            }
        }

        return 0;
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
    /// Orders words lexicographically by letters, a letter by its name (ordinal) and then untransposed before transposed;
    /// a proper prefix comes first. This is the order in which <see cref="NormalizeTraceWord"/> picks the least word.
    /// </summary>
    public static int CompareWords(IReadOnlyList<Letter> a, IReadOnlyList<Letter> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            int c = string.CompareOrdinal(a[i].Name, b[i].Name);
            if (c == 0)
            {
                c = a[i].Transposed.CompareTo(b[i].Transposed);
            }

            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    /// <summary>
    /// The canonical representative of a trace word under rotation (<c>tr(AB) = tr(BA)</c>) and transposition
    /// (<c>tr(M) = tr(Mᵀ)</c>): the least word in the order <see cref="CompareWords"/> among all rotations of the word and
    /// of its transpose (so <c>tr(CAB)</c> and <c>tr(BᵀAᵀCᵀ)</c> both become <c>tr(ABC)</c>).
    /// </summary>
    public static Letter[] NormalizeTraceWord(IReadOnlyList<Letter> word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Count == 0)
        {
            return [];
        }

        // Implementation note: rotations are compared in place (no array per rotation); the comparison usually stops at
        // the first letter, so normalization is close to linear in the word length.
        var candidates = new[] { word.ToArray(), TransposeWord(word) };
        int length = word.Count;
        int bestCandidate = 0, bestRotation = 0;
        for (int c = 0; c < 2; c++)
        {
            for (int r = 0; r < length; r++)
            {
                if (CompareRotations(candidates[c], r, candidates[bestCandidate], bestRotation) < 0)
                {
                    bestCandidate = c;
                    bestRotation = r;
                }
            }
        }

        var best = new Letter[length];
        for (int k = 0; k < length; k++)
        {
            best[k] = candidates[bestCandidate][(bestRotation + k) % length];
        }

        return best;
    }
}
