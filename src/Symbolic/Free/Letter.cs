namespace DeepLinear.Symbolic.Free;

/// <summary>A letter of a matrix word: a symbol, possibly transposed, possibly inverted (<c>A⁻¹</c>, <c>(Aᵀ)⁻¹</c>).</summary>
/// <param name="Name">The symbol name.</param>
/// <param name="Transposed">True for the transpose.</param>
/// <param name="Inverted">True for the inverse (the symbol is then square and assumed invertible).</param>
public readonly record struct Letter(string Name, bool Transposed, bool Inverted = false)
{
    /// <summary>The transposed letter (<c>(A⁻¹)ᵀ = (Aᵀ)⁻¹</c>, so the inverse flag is kept).</summary>
    public Letter Flip() => new(Name, !Transposed, Inverted);

    /// <summary>The inverse letter.</summary>
    public Letter Invert() => new(Name, Transposed, !Inverted);

    /// <summary>True when <c>this · other = I</c> (the same symbol and transpose, one of them inverted).</summary>
    public bool CancelsWith(Letter other) => Name == other.Name && Transposed == other.Transposed && Inverted != other.Inverted;

    /// <summary>Parsable text: <c>W1</c>, <c>W1'</c>, <c>W1^-1</c> or <c>W1'^-1</c>.</summary>
    public override string ToString() => (Transposed ? Name + "'" : Name) + (Inverted ? "^-1" : string.Empty);

    /// <summary>Orders letters by name (ordinal), then untransposed before transposed, then plain before inverted.</summary>
    public static int Compare(Letter x, Letter y)
    {
        int c = string.CompareOrdinal(x.Name, y.Name);
        if (c == 0)
        {
            c = x.Transposed.CompareTo(y.Transposed);
        }

        return c != 0 ? c : x.Inverted.CompareTo(y.Inverted);
    }

    /// <summary>
    /// The concatenation of two words with inverse pairs cancelled at the junction (<c>…A · A⁻¹…</c>): when both words are
    /// reduced, the result is the unique reduced word of the product.
    /// </summary>
    public static Letter[] Concatenate(IReadOnlyList<Letter> a, IReadOnlyList<Letter> b)
    {
        int i = a.Count, j = 0;
        while (i > 0 && j < b.Count && a[i - 1].CancelsWith(b[j]))
        {
            i--;
            j++;
        }

        var result = new Letter[i + b.Count - j];
        for (int k = 0; k < i; k++)
        {
            result[k] = a[k];
        }

        for (int k = j; k < b.Count; k++)
        {
            result[i + k - j] = b[k];
        }

        return result;
    }

    /// <summary>The inverse of a word: reversed with every letter inverted, <c>(AB)⁻¹ = B⁻¹A⁻¹</c>.</summary>
    public static Letter[] InvertWord(IReadOnlyList<Letter> word)
    {
        var result = new Letter[word.Count];
        for (int i = 0; i < word.Count; i++)
        {
            result[i] = word[word.Count - 1 - i].Invert();
        }

        return result;
    }

    /// <summary>A trace word with inverse pairs cancelled cyclically (<c>tr(A⁻¹BA) = tr(B)</c>).</summary>
    public static Letter[] CyclicallyReduce(IReadOnlyList<Letter> word)
    {
        var reduced = Concatenate([], word);
        int start = 0, end = reduced.Length;
        while (end - start >= 2 && reduced[end - 1].CancelsWith(reduced[start]))
        {
            start++;
            end--;
        }

        return reduced[start..end];
    }

    /// <summary>LaTeX: <c>W_{1}^{\top}</c> style (see <see cref="NameToLatex"/>; the transpose is <c>^{\top}</c>, so a symbol named T cannot be confused with it).</summary>
    public string ToLatex() =>
        NameToLatex(Name) + (Transposed && Inverted ? "^{-\\top}" : Transposed ? "^{\\top}" : Inverted ? "^{-1}" : string.Empty);

    private static readonly HashSet<string> GreekNames = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
        "pi", "rho", "sigma", "tau", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega",
    };

    /// <summary>
    /// The LaTeX of a symbol name, one symbol however it is spelled: the part after the first <c>_</c>, else a trailing
    /// digit run, is a subscript (<c>W1</c> ↦ <c>W_{1}</c>, <c>W_jp1</c> ↦ <c>W_{jp1}</c>); a Greek letter name is its
    /// command (<c>eta</c> ↦ <c>\eta</c>), so η·η is <c>\eta \eta</c> and never the letters e·t·a; any other base of
    /// several characters is one italic name (<c>Adot</c> ↦ <c>\mathit{Adot}</c>), which LaTeX would otherwise typeset as
    /// the product A·d·o·t. The LaTeX reader (<see cref="Latex.LatexIdentityReader"/>) reads each form back as the same name.
    /// </summary>
    /// <param name="name">The symbol name.</param>
    public static string NameToLatex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int underscore = name.IndexOf('_', StringComparison.Ordinal);
        int k = name.Length;
        while (k > 0 && char.IsAsciiDigit(name[k - 1]))
        {
            k--;
        }

        (string core, string subscript) = underscore > 0 ? (name[..underscore], name[(underscore + 1)..].Replace('_', ','))
            : k > 0 && k < name.Length ? (name[..k], name[k..])
            : (name, string.Empty);
        string body = GreekNames.Contains(core) ? "\\" + core : core.Length > 1 ? "\\mathit{" + core + "}" : core;
        return subscript.Length == 0 ? body : body + "_{" + subscript + "}";
    }

    private static int CompareRotations(Letter[] a, int ra, Letter[] b, int rb)
    {
        int length = a.Length;
        for (int k = 0; k < length; k++)
        {
            int c = Compare(a[(ra + k) % length], b[(rb + k) % length]);
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
    public static string WordLatex(IReadOnlyList<Letter> word)
    {
        if (word.Count == 0)
        {
            return "I";
        }

        // Runs of one letter print as powers (A A A ↦ A^{3}); letters are separated by a thin space when a name has
        // more than one character, so W T reads as two factors.
        var parts = new List<string>();
        for (int i = 0; i < word.Count;)
        {
            int j = i;
            while (j < word.Count && word[j] == word[i])
            {
                j++;
            }

            string latex = word[i].ToLatex();
            int run = j - i;
            parts.Add(run == 1 ? latex : (word[i].Transposed || word[i].Inverted ? @"\left(" + latex + @"\right)" : latex) + "^{" + run.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}");
            i = j;
        }

        return string.Join(" ", parts);
    }

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
            int c = Compare(a[i], b[i]);
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
