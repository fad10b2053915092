using DeepLinear.Symbolic.Free;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// Replaces every inverse in an identity by a new letter with its defining relations, so that identities with the
/// inverse of a sum (Matrix Cookbook §3.2.6: <c>(I + A)⁻¹ = I − A(I + A)⁻¹</c>, the push-through and Woodbury forms) are
/// decided by rewriting with the completed relations: <c>inv(S)</c> becomes a letter <c>Z</c> with <c>Z·S = I</c> and
/// <c>S·Z = I</c>. Inverses of products are first split, <c>(XY)⁻¹ = Y⁻¹X⁻¹</c>, <c>(cX)⁻¹ = c⁻¹X⁻¹</c>,
/// <c>(Xᵀ)⁻¹ = (X⁻¹)ᵀ</c>, <c>(X^k)⁻¹ = (X⁻¹)^k</c>, <c>(X⁻¹)⁻¹ = X</c>, so one letter stands for each distinct operand.
/// </summary>
/// <remarks>
/// Sound for the meaning of an identity with inverses (it holds wherever every inverse in it exists): there
/// <c>Z = S⁻¹</c> satisfies both relations, so whatever follows from them holds. Only proofs are taken from the
/// abstracted identity; refutations come from exact witnesses of the original expressions.
/// </remarks>
public sealed class InverseAbstraction
{
    private readonly Dictionary<string, (string Name, FreeExpr Operand)> _letters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used;

    private InverseAbstraction(ShapeEnvironment env, HashSet<string> used)
    {
        Environment = env;
        _used = used;
    }

    /// <summary>The shape environment with the new letters declared (when their size is not the default n×n).</summary>
    public ShapeEnvironment Environment { get; private set; }

    /// <summary>The new letters with the operand each stands for the inverse of, in order of appearance.</summary>
    public IReadOnlyList<(string Name, FreeExpr Operand)> Letters => [.. _letters.Values];

    /// <summary>The defining relations <c>Z·S == I</c> and <c>S·Z == I</c> of every new letter.</summary>
    public IEnumerable<(FreeExpr Left, FreeExpr Right, string Text)> Relations =>
        _letters.Values.SelectMany(l => new[]
        {
            ((FreeExpr)new FreeProduct([new FreeSymbol(l.Name), l.Operand]), (FreeExpr)new FreeIdentity(), $"{l.Name}*({l.Operand}) == I"),
            (new FreeProduct([l.Operand, new FreeSymbol(l.Name)]), new FreeIdentity(), $"({l.Operand})*{l.Name} == I"),
        });

    /// <summary>Abstracts every inverse of <paramref name="expressions"/> (all of them share the letters).</summary>
    /// <param name="expressions">The two sides of the identity, then the sides of every assumption.</param>
    /// <param name="env">The shape environment.</param>
    /// <returns>The abstraction and the expressions with their inverses replaced, in the same order.</returns>
    /// <exception cref="FreeUnsupportedException">For the inverse of a scalar or of 0.</exception>
    public static (InverseAbstraction Abstraction, IReadOnlyList<FreeExpr> Expressions) Of(IReadOnlyList<FreeExpr> expressions, ShapeEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        ArgumentNullException.ThrowIfNull(env);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in expressions)
        {
            FreeSymbolNames.Collect(e, used);
        }

        var abstraction = new InverseAbstraction(env, [.. used, .. env.Declared]);
        var replaced = expressions.Select(abstraction.Replace).ToList();
        return (abstraction, replaced);
    }

    private FreeExpr Replace(FreeExpr e) => e switch
    {
        FreeInverse inv => Invert(Replace(inv.Operand)),
        FreeTranspose t => new FreeTranspose(Replace(t.Operand)),
        FreeScale c => new FreeScale(c.Coefficient, Replace(c.Operand)),
        FreeSum s => new FreeSum(s.Terms.Select(Replace).ToList()),
        FreeProduct p => new FreeProduct(p.Factors.Select(Replace).ToList()),
        FreePower pw => new FreePower(Replace(pw.Operand), pw.Exponent),
        FreeTrace tr => new FreeTrace(Replace(tr.Operand)),
        _ => e,
    };

    // The inverse of an operand without inverses of its own (they were replaced first).
    private FreeExpr Invert(FreeExpr operand)
    {
        switch (operand)
        {
            case FreeIdentity:
                return operand;
            case FreeNumber n when !n.Value.IsZero:
                return new FreeNumber(n.Value.Reciprocal());
            case FreeScale { Coefficient.IsZero: false } c:
                return new FreeScale(c.Coefficient.Reciprocal(), Invert(c.Operand));
            case FreeTranspose t:
                return new FreeTranspose(Invert(t.Operand));
            case FreePower pw:
                return new FreePower(Invert(pw.Operand), pw.Exponent);
            case FreeProduct p:
                return new FreeProduct(p.Factors.Reverse().Select(Invert).ToList());
            case FreeSymbol s when _letters.Values.FirstOrDefault(l => l.Name == s.Name) is { Name: not null } own:
                return own.Operand; // the inverse of an inverse
        }

        var shape = ShapeChecker.Infer(operand, Environment);
        if (shape.IsScalar || shape.IsZero)
        {
            throw new FreeUnsupportedException(operand.ToString(), "the inverse of a scalar or of 0 is outside the language the canonical form decides");
        }

        string key = CanonicalForm.Of(operand, Environment).ToString();
        if (!_letters.TryGetValue(key, out var letter))
        {
            string name = FreshName();
            letter = (name, operand);
            _letters[key] = letter;
            if (shape.Rows is { } rows && rows != ShapeEnvironment.DefaultDimension)
            {
                Environment = Environment.Declare(name, rows, rows);
            }
        }

        return new FreeSymbol(letter.Name);
    }

    private string FreshName()
    {
        for (int k = 1; ; k++)
        {
            string name = "Inv" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_used.Add(name))
            {
                return name;
            }
        }
    }

    /// <summary>True when <paramref name="e"/> has an inverse anywhere.</summary>
    /// <param name="e">An expression.</param>
    public static bool HasInverse(FreeExpr e) => e switch
    {
        FreeInverse => true,
        FreeTranspose t => HasInverse(t.Operand),
        FreeScale c => HasInverse(c.Operand),
        FreeSum s => s.Terms.Any(HasInverse),
        FreeProduct p => p.Factors.Any(HasInverse),
        FreePower pw => HasInverse(pw.Operand),
        FreeTrace tr => HasInverse(tr.Operand),
        _ => false,
    };
}
