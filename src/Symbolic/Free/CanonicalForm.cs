using System.Text;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The canonical form of a dimension-free expression: transposes pushed to symbols (<c>(AB)ᵀ = BᵀAᵀ</c>), products
/// expanded over sums, scalar factors (scalar symbols, traces, dimensions) separated and sorted, trace words normalized
/// under rotation and transposition, like terms collected and zero terms dropped. Equal canonical forms imply that the
/// expressions are equal for all sizes and all values of the symbols; for symbolic (unbounded) sizes the converse holds
/// too, while for fixed integer sizes extra identities (1×1 matrices commute, Cayley–Hamilton) are not detected — the
/// prover then reports "unknown" rather than "refuted". Immutable.
/// </summary>
public sealed partial class CanonicalForm : IEquatable<CanonicalForm>
{
    /// <summary>
    /// The largest number of terms an expansion may produce (products of sums multiply term counts); beyond it
    /// <see cref="ExpansionLimitException"/> is thrown.
    /// </summary>
    public const int MaxTerms = 100_000;

    private readonly FreeTerm[] _terms;

    private CanonicalForm(IEnumerable<FreeTerm> terms)
    {
        var collected = new Dictionary<string, FreeTerm>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            string key = t.MonomialKey;
            collected[key] = collected.TryGetValue(key, out var existing)
                ? existing with { Coefficient = existing.Coefficient + t.Coefficient }
                : t;
        }

        _terms = collected.Values.Where(t => !t.Coefficient.IsZero).OrderBy(t => t.MonomialKey, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// True when the form is known to be a scalar (from <see cref="Of"/> of a scalar expression, a trace, or sums and
    /// products of scalar forms): its constant term then prints as a number rather than a multiple of <c>I</c>.
    /// </summary>
    public bool IsScalar { get; private init; }

    /// <summary>The terms in canonical order.</summary>
    public IReadOnlyList<FreeTerm> Terms => _terms;

    /// <summary>True when the form is zero.</summary>
    public bool IsZero => _terms.Length == 0;

    /// <summary>The canonical form of <paramref name="e"/> (shape-checked first).</summary>
    /// <param name="e">The expression.</param>
    /// <param name="env">The shapes of its symbols (undeclared symbols are n×n).</param>
    /// <exception cref="ShapeException">If the expression is ill-typed.</exception>
    /// <exception cref="ExpansionLimitException">If the expansion would exceed <see cref="MaxTerms"/> terms.</exception>
    public static CanonicalForm Of(FreeExpr e, ShapeEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(env);
        var shape = ShapeChecker.Infer(e, env);
        return new CanonicalForm(Expand(e, env)) { IsScalar = shape.IsScalarLike && !shape.IsZero }.Normalize(env);
    }

    /// <summary>A form from terms (like terms are collected, zero terms dropped).</summary>
    /// <param name="terms">The terms, in any order.</param>
    public static CanonicalForm FromTerms(IEnumerable<FreeTerm> terms) => new(terms);

    /// <summary>The sum of two forms (terms concatenated, like terms collected).</summary>
    public static CanonicalForm operator +(CanonicalForm a, CanonicalForm b) => new(a._terms.Concat(b._terms)) { IsScalar = a.IsScalar || b.IsScalar };

    /// <summary>The difference of two forms; it is zero iff the forms are equal.</summary>
    public static CanonicalForm operator -(CanonicalForm a, CanonicalForm b) => new(a._terms.Concat(b._terms.Select(t => t with { Coefficient = -t.Coefficient }))) { IsScalar = a.IsScalar || b.IsScalar };

    /// <summary>The product of two forms: every pair of terms multiplies (scalar factors merge, words concatenate).</summary>
    /// <exception cref="ExpansionLimitException">If the product would have more than <see cref="MaxTerms"/> terms.</exception>
    public static CanonicalForm operator *(CanonicalForm a, CanonicalForm b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(Multiply(a._terms, b._terms, () => "(" + a + ")*(" + b + ")")) { IsScalar = a.IsScalar && b.IsScalar };
    }

    /// <summary>The transpose: every word reversed with its letters flipped, <c>(AB)ᵀ = BᵀAᵀ</c>; scalar factors are unchanged.</summary>
    public CanonicalForm Transpose() => new(_terms.Select(t => t with { Word = Letter.TransposeWord(t.Word) })) { IsScalar = IsScalar };

    /// <summary>
    /// The directional derivative: every occurrence of a symbol in <paramref name="directions"/> (in words and inside
    /// traces) is replaced, one at a time, by its direction symbol (product rule).
    /// </summary>
    public CanonicalForm Derivative(IReadOnlyDictionary<string, string> directions)
    {
        ArgumentNullException.ThrowIfNull(directions);
        var result = new List<FreeTerm>();
        foreach (var t in _terms)
        {
            for (int i = 0; i < t.Word.Count; i++)
            {
                if (directions.TryGetValue(t.Word[i].Name, out var d))
                {
                    var word = t.Word.ToArray();
                    word[i] = new Letter(d, word[i].Transposed);
                    result.Add(t with { Word = word });
                }
            }

            for (int s = 0; s < t.Scalars.Count; s++)
            {
                var f = t.Scalars[s];
                if (f.Kind != ScalarFactorKind.Trace)
                {
                    continue;
                }

                for (int i = 0; i < f.Word.Count; i++)
                {
                    if (directions.TryGetValue(f.Word[i].Name, out var d))
                    {
                        var word = f.Word.ToArray();
                        word[i] = new Letter(d, word[i].Transposed);
                        var scalars = t.Scalars.ToArray();
                        scalars[s] = Trace(word);
                        result.Add(t with { Scalars = scalars.OrderBy(x => x.Key, StringComparer.Ordinal).ToArray() });
                    }
                }
            }
        }

        return new CanonicalForm(result);
    }

    /// <summary>
    /// The gradient of a scalar form with respect to a symbol by trace cyclicity: the derivative in a fresh direction E
    /// is a sum of <c>tr(M E)</c> and <c>tr(M Eᵀ)</c>; rotating E to the end, the gradient is <c>Σ Mᵀ</c> and <c>Σ M</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">If the form is not scalar.</exception>
    public CanonicalForm Gradient(string symbol)
    {
        if (_terms.Any(t => t.Word.Count > 0))
        {
            throw new InvalidOperationException("CanonicalForm.Gradient: the gradient by trace cyclicity needs a scalar expression (every term a product of traces and scalars).");
        }

        const string e = "__direction__";
        var derivative = Derivative(new Dictionary<string, string> { [symbol] = e });
        var result = new List<FreeTerm>();
        foreach (var t in derivative._terms)
        {
            int s = t.Scalars.ToList().FindIndex(f => f.Kind == ScalarFactorKind.Trace && f.Word.Any(l => l.Name == e));
            var f = t.Scalars[s];
            int at = f.Word.ToList().FindIndex(l => l.Name == e);
            var rotated = f.Word.Skip(at + 1).Concat(f.Word.Take(at)).ToArray(); // tr(E·M) = tr(M·E) with M = rotated
            var others = t.Scalars.Where((_, k) => k != s).ToArray();
            bool transposed = f.Word[at].Transposed;
            result.Add(new FreeTerm(t.Coefficient, others, transposed ? rotated : Letter.TransposeWord(rotated)));
        }

        return new CanonicalForm(result);
    }

    /// <summary>Substitutes forms for symbols (a transposed occurrence takes the transposed form; traces are re-normalized).</summary>
    public CanonicalForm Substitute(IReadOnlyDictionary<string, CanonicalForm> substitution)
    {
        ArgumentNullException.ThrowIfNull(substitution);
        CanonicalForm WordForm(IReadOnlyList<Letter> word)
        {
            var form = new CanonicalForm([new FreeTerm(Rational.One, [], [])]);
            foreach (var l in word)
            {
                var piece = substitution.TryGetValue(l.Name, out var f)
                    ? (l.Transposed ? f.Transpose() : f)
                    : new CanonicalForm([new FreeTerm(Rational.One, [], [l])]);
                form *= piece;
            }

            return form;
        }

        var result = new CanonicalForm([]);
        foreach (var t in _terms)
        {
            var term = new CanonicalForm([new FreeTerm(t.Coefficient, [], [])]);
            foreach (var f in t.Scalars)
            {
                term *= f.Kind == ScalarFactorKind.Trace ? TraceOf(WordForm(f.Word)) : new CanonicalForm([new FreeTerm(Rational.One, [f], [])]);
            }

            result += term * WordForm(t.Word);
        }

        return result;
    }

    /// <summary>
    /// The trace of a form whose words are square: each word becomes a normalized trace factor; an empty word (a multiple
    /// of I) becomes the dimension <paramref name="identitySize"/> (<c>tr(I_d) = d</c>, folded into the coefficient when
    /// d is an integer).
    /// </summary>
    /// <param name="form">The square form.</param>
    /// <param name="identitySize">The size of I, needed only if some term has an empty word.</param>
    /// <exception cref="InvalidOperationException">If an empty word occurs and <paramref name="identitySize"/> is null.</exception>
    public static CanonicalForm TraceOf(CanonicalForm form, string? identitySize = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new CanonicalForm(form._terms.Select(t => t.Word.Count == 0
            ? TimesDimension(t, identitySize ?? throw new InvalidOperationException("CanonicalForm.TraceOf: argument 'identitySize' is null but the form has a multiple of I; rule: tr(I) needs the size of I"))
            : new FreeTerm(t.Coefficient, Sorted(t.Scalars.Append(Trace(t.Word))), []))) { IsScalar = true };
    }

    /// <inheritdoc />
    public bool Equals(CanonicalForm? other) =>
        other is not null && other._terms.Length == _terms.Length
        && _terms.Zip(other._terms).All(p => p.First.MonomialKey == p.Second.MonomialKey && p.First.Coefficient == p.Second.Coefficient);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CanonicalForm);

    /// <inheritdoc />
    public override int GetHashCode() => _terms.Aggregate(23, (h, t) => HashCode.Combine(h, t.MonomialKey, t.Coefficient));

    /// <summary>Parsable text (<c>0</c> for zero; a bare constant term prints as a multiple of <c>I</c>).</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "0";
        }

        var sb = new StringBuilder();
        for (int i = 0; i < _terms.Length; i++)
        {
            var t = _terms[i];
            var c = t.Coefficient;
            string body = t.BodyText();
            sb.Append(i == 0 ? (c.Sign < 0 ? "-" : string.Empty) : (c.Sign < 0 ? " - " : " + "));
            var abs = c.Abs();
            if (body.Length == 0)
            {
                // A term with neither scalar factors nor letters is a number in a scalar form, a multiple of I otherwise.
                sb.Append(IsScalar ? abs.ToString() : abs.IsOne ? "I" : abs + "*I");
            }
            else
            {
                sb.Append(abs.IsOne ? body : abs + "*" + body);
            }
        }

        return sb.ToString();
    }

    /// <summary>LaTeX.</summary>
    public string ToLatex()
    {
        if (IsZero)
        {
            return "0";
        }

        var sb = new StringBuilder();
        for (int i = 0; i < _terms.Length; i++)
        {
            var t = _terms[i];
            var c = t.Coefficient;
            sb.Append(i == 0 ? (c.Sign < 0 ? "-" : string.Empty) : (c.Sign < 0 ? " - " : " + "));
            var abs = c.Abs();
            string body = t.BodyLatex();
            sb.Append(body.Length == 0 ? abs.ToLatex() : (abs.IsOne ? string.Empty : abs.ToLatex() + @"\,") + body);
        }

        return sb.ToString();
    }

    internal static ScalarFactor Trace(IReadOnlyList<Letter> word) => new(ScalarFactorKind.Trace, string.Empty, Letter.NormalizeTraceWord(word));

    internal static ScalarFactor Dimension(string name) => new(ScalarFactorKind.Dimension, name, []);

    /// <summary><c>t·tr(I_d)</c>: the coefficient times d for an integer size, otherwise a dimension factor d.</summary>
    internal static FreeTerm TimesDimension(FreeTerm t, string size) =>
        size.Length > 0 && size.All(char.IsAsciiDigit)
            ? new FreeTerm(t.Coefficient * Rational.Parse(size), t.Scalars, [])
            : new FreeTerm(t.Coefficient, Sorted(t.Scalars.Append(Dimension(size))), []);

    internal static ScalarFactor[] Sorted(IEnumerable<ScalarFactor> factors) => factors.OrderBy(x => x.Key, StringComparer.Ordinal).ToArray();

    private static List<FreeTerm> Multiply(IReadOnlyList<FreeTerm> a, IReadOnlyList<FreeTerm> b, Func<string> where)
    {
        if ((long)a.Count * b.Count > MaxTerms)
        {
            throw new ExpansionLimitException(where(), (long)a.Count * b.Count);
        }

        var result = new List<FreeTerm>(a.Count * b.Count);
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                result.Add(x.Times(y));
            }
        }

        return result;
    }

    private static List<FreeTerm> Expand(FreeExpr e, ShapeEnvironment env)
    {
        switch (e)
        {
            case FreeNumber n:
                return n.Value.IsZero ? [] : [new FreeTerm(n.Value, [], [])];
            case FreeSymbol s when env.IsDimension(s.Name):
                return [TimesDimension(new FreeTerm(Rational.One, [], []), s.Name)];
            case FreeSymbol s when env.IsScalar(s.Name):
                return [new FreeTerm(Rational.One, [new ScalarFactor(ScalarFactorKind.Symbol, s.Name, [])], [])];
            case FreeSymbol s:
                return [new FreeTerm(Rational.One, [], [new Letter(s.Name, false)])];
            case FreeIdentity:
                return [new FreeTerm(Rational.One, [], [])];
            case FreeTranspose t:
                return Expand(t.Operand, env).Select(x => x with { Word = Letter.TransposeWord(x.Word) }).ToList();
            case FreeScale c:
                return Expand(c.Operand, env).Select(x => x with { Coefficient = x.Coefficient * c.Coefficient }).ToList();
            case FreeSum sum:
                return sum.Terms.SelectMany(t => Expand(t, env)).ToList();
            case FreeProduct p:
                {
                    List<FreeTerm> acc = [new FreeTerm(Rational.One, [], [])];
                    foreach (var f in p.Factors)
                    {
                        var next = Expand(f, env);
                        if (env.HasUnitDimension && ShapeChecker.Infer(f, env).IsOneByOne)
                        {
                            next = next.Select(AsScalar).ToList(); // a 1×1 factor is a scalar: it may stand between mismatched sizes
                        }

                        acc = Multiply(acc, next, p.ToString);
                    }

                    return acc;
                }

            case FreePower pw:
                {
                    // Implementation note: square-and-multiply on collected forms, so C^120 costs 7 products of one term each.
                    var power = new List<FreeTerm> { new(Rational.One, [], []) };
                    var square = new CanonicalForm(Expand(pw.Operand, env))._terms.ToList();
                    for (int k = pw.Exponent; k > 0; k >>= 1)
                    {
                        if ((k & 1) == 1)
                        {
                            power = new CanonicalForm(Multiply(power, square, pw.ToString))._terms.ToList();
                        }

                        if (k > 1)
                        {
                            square = new CanonicalForm(Multiply(square, square, pw.ToString))._terms.ToList();
                        }
                    }

                    return power;
                }

            case FreeInverse inv:
                {
                    var inner = new CanonicalForm(Expand(inv.Operand, env))._terms;
                    if (inner.Length != 1)
                    {
                        throw new FreeUnsupportedException(inv.ToString(), inner.Length == 0 ? "the operand is 0, which has no inverse" : "the inverse of a sum is outside the language the canonical form decides (only inverses of products of symbols and numbers)");
                    }

                    var t = inner[0];
                    if (t.Scalars.Count > 0)
                    {
                        throw new FreeUnsupportedException(inv.ToString(), "the inverse of a trace, scalar symbol or dimension is outside the language the canonical form decides");
                    }

                    return [new FreeTerm(t.Coefficient.Reciprocal(), [], Letter.InvertWord(t.Word))];
                }

            case FreeTrace tr:
                {
                    var inner = Expand(tr.Operand, env);
                    var shape = ShapeChecker.Infer(tr.Operand, env);
                    return inner.Select(t => t.Word.Count == 0
                        ? (shape.IsScalar
                            ? t
                            : TimesDimension(t, shape.Rows ?? env.DefaultIdentitySize ?? throw new ShapeException(tr.ToString(), "the size of I inside the trace cannot be inferred (declare no shapes, or write the identity next to a symbol)")))
                        : new FreeTerm(t.Coefficient, Sorted(t.Scalars.Append(Trace(t.Word))), [])).ToList();
                }

            default:
                throw new ShapeException(e.ToString(), "unknown expression node");
        }
    }
}
