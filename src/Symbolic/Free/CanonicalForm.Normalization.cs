using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The environment-dependent part of the canonical form: symbols with a transpose property, inverse pairs, and
/// 1×1 sub-products.
/// </summary>
public sealed partial class CanonicalForm
{
    /// <summary>
    /// The form normalized under the facts that <paramref name="env"/> records:
    /// <list type="number">
    /// <item>a symmetric letter loses its transpose (<c>Aᵀ ↦ A</c>), a skew one changes sign (<c>Kᵀ ↦ −K</c>);</item>
    /// <item>inverse pairs cancel (<c>A A⁻¹ ↦ I</c>, cyclically inside traces: <c>tr(A⁻¹BA) ↦ tr(B)</c>);</item>
    /// <item>a sub-product whose size is 1×1 (literal dimension 1 on both ends) is the scalar <c>tr</c> of itself, so
    /// <c>aᵀXb = tr(baᵀX)</c>; a trace splits at every dimension 1 into a product of traces;</item>
    /// <item>a trace is normalized under rotation and under transposition with the properties applied: if the
    /// transposed word equals the word up to rotation with sign −1, the trace is 0 (<c>tr(K) = 0</c>, <c>tr(SK) = 0</c>).</item>
    /// </list>
    /// The steps are identities of matrices of the declared shapes, so equal normalized forms mean equal expressions;
    /// nothing is done (and the form is returned unchanged) when no symbol has a property, a unit dimension or an inverse.
    /// </summary>
    /// <param name="env">The shapes and properties of the symbols.</param>
    public CanonicalForm Normalize(ShapeEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(env);
        bool inverses = _terms.Any(t => t.Word.Any(l => l.Inverted) || t.Scalars.Any(f => f.Word.Any(l => l.Inverted)));
        if (!env.HasTransposeProperties && !env.HasUnitDimension && !inverses)
        {
            return this;
        }

        return new CanonicalForm(_terms.Select(t => NormalizeTerm(t, env))) { IsScalar = IsScalar };
    }

    private static FreeTerm NormalizeTerm(FreeTerm term, ShapeEnvironment env)
    {
        var coefficient = term.Coefficient;
        var scalars = new List<ScalarFactor>();
        foreach (var f in term.Scalars)
        {
            if (f.Kind != ScalarFactorKind.Trace)
            {
                scalars.Add(f);
                continue;
            }

            var (sign, word) = ApplyProperties(f.Word, env);
            coefficient *= sign;
            foreach (var piece in SplitCyclic(word, env))
            {
                if (piece.Count == 0)
                {
                    var size = Rows(f.Word[0], env);
                    if (size.All(char.IsAsciiDigit))
                    {
                        coefficient *= Rational.Parse(size);
                    }
                    else
                    {
                        scalars.Add(Dimension(size));
                    }

                    continue;
                }

                var (traceSign, normal) = NormalizeTrace(piece, env);
                coefficient *= traceSign;
                scalars.Add(new ScalarFactor(ScalarFactorKind.Trace, string.Empty, normal));
            }
        }

        var (wordSign, reduced) = ApplyProperties(term.Word, env);
        coefficient *= wordSign;
        var (outer, inner) = SplitWord(reduced, env);
        foreach (var piece in inner)
        {
            var (traceSign, normal) = NormalizeTrace(piece, env);
            coefficient *= traceSign;
            scalars.Add(new ScalarFactor(ScalarFactorKind.Trace, string.Empty, normal));
        }

        return new FreeTerm(coefficient, Sorted(scalars), outer);
    }

    // Symmetric/skew letters lose their transpose (with the sign), then inverse pairs cancel (stack reduction).
    private static (int Sign, List<Letter> Word) ApplyProperties(IReadOnlyList<Letter> word, ShapeEnvironment env)
    {
        int sign = 1;
        var stack = new List<Letter>(word.Count);
        foreach (var letter in word)
        {
            var l = letter;
            int s = l.Transposed ? env.TransposeSign(l.Name) : 0;
            if (s != 0)
            {
                sign *= s;
                l = l with { Transposed = false };
            }

            if (stack.Count > 0 && stack[^1].CancelsWith(l))
            {
                stack.RemoveAt(stack.Count - 1);
            }
            else
            {
                stack.Add(l);
            }
        }

        return (sign, stack);
    }

    private static string Rows(Letter l, ShapeEnvironment env)
    {
        var shape = env.ShapeOf(l.Name);
        return l.Transposed ? shape.Columns! : shape.Rows!;
    }

    private static string Columns(Letter l, ShapeEnvironment env)
    {
        var shape = env.ShapeOf(l.Name);
        return l.Transposed ? shape.Rows! : shape.Columns!;
    }

    // A word u·s₁⋯s_k·v with every sᵢ 1×1 (cut where the running dimension is the literal 1) becomes tr(s₁)⋯tr(s_k)·uv.
    private static (Letter[] Outer, List<List<Letter>> Inner) SplitWord(List<Letter> word, ShapeEnvironment env)
    {
        var inner = new List<List<Letter>>();
        if (word.Count == 0)
        {
            return ([], inner);
        }

        var cuts = new List<int>();
        if (Rows(word[0], env) == "1")
        {
            cuts.Add(0);
        }

        for (int i = 1; i < word.Count; i++)
        {
            if (Columns(word[i - 1], env) == "1")
            {
                cuts.Add(i);
            }
        }

        if (Columns(word[^1], env) == "1")
        {
            cuts.Add(word.Count);
        }

        if (cuts.Count < 2)
        {
            return (word.ToArray(), inner);
        }

        for (int k = 0; k + 1 < cuts.Count; k++)
        {
            inner.Add(word.GetRange(cuts[k], cuts[k + 1] - cuts[k]));
        }

        var outer = word.Take(cuts[0]).Concat(word.Skip(cuts[^1])).ToArray();
        return (outer, inner);
    }

    // tr(w) with inverse pairs cancelled cyclically, split at every dimension 1 of the cyclic word into a product of traces.
    private static List<List<Letter>> SplitCyclic(List<Letter> word, ShapeEnvironment env)
    {
        int start = 0, end = word.Count;
        while (end - start >= 2 && word[end - 1].CancelsWith(word[start]))
        {
            start++;
            end--;
        }

        var w = word.GetRange(start, end - start);
        if (w.Count == 0)
        {
            return [w];
        }

        var cuts = Enumerable.Range(0, w.Count).Where(i => Columns(w[(i + w.Count - 1) % w.Count], env) == "1").ToList();
        if (cuts.Count == 0)
        {
            return [w];
        }

        var pieces = new List<List<Letter>>();
        for (int k = 0; k < cuts.Count; k++)
        {
            int from = cuts[k];
            int to = k + 1 < cuts.Count ? cuts[k + 1] : cuts[0] + w.Count;
            pieces.Add(Enumerable.Range(from, to - from).Select(i => w[i % w.Count]).ToList());
        }

        return pieces;
    }

    // The least rotation of w or of its transpose with the properties applied; sign 0 would mean tr = −tr, handled by a zero coefficient.
    private static (int Sign, Letter[] Word) NormalizeTrace(List<Letter> word, ShapeEnvironment env)
    {
        if (!env.HasTransposeProperties)
        {
            return (1, Letter.NormalizeTraceWord(word));
        }

        var direct = MinimalRotation(word);
        var (sign, transposed) = ApplyProperties(Letter.TransposeWord(word), env);
        var other = MinimalRotation(transposed);
        int c = Letter.CompareWords(direct, other);
        if (c == 0)
        {
            return (sign < 0 ? 0 : 1, direct);
        }

        return c < 0 ? (1, direct) : (sign, other);
    }

    private static Letter[] MinimalRotation(List<Letter> word)
    {
        int best = 0;
        for (int r = 1; r < word.Count; r++)
        {
            for (int k = 0; k < word.Count; k++)
            {
                int c = Letter.Compare(word[(r + k) % word.Count], word[(best + k) % word.Count]);
                if (c != 0)
                {
                    best = c < 0 ? r : best;
                    break;
                }
            }
        }

        return Enumerable.Range(0, word.Count).Select(k => word[(best + k) % word.Count]).ToArray();
    }

    // A 1×1 product as a scalar: the trace of its word (an empty word is already a scalar multiple).
    private static FreeTerm AsScalar(FreeTerm t) => t.Word.Count == 0 ? t : new FreeTerm(t.Coefficient, Sorted(t.Scalars.Append(Trace(t.Word))), []);
}
