using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// A recognized property: an assumption whose canonical difference <c>lhs − rhs</c> is, up to sign, one of
/// <c>Aᵀ − A</c>, <c>Aᵀ + A</c>, <c>AᵀA − I</c>, <c>AAᵀ − I</c>, <c>A² − A</c>, <c>A² − I</c>, <c>Aᵏ</c> or <c>AB − BA</c>.
/// The prover normalizes symmetric and skew letters in the canonical form, uses the others as terminating rewrite rules,
/// and draws witnesses from families that satisfy the property by construction. Immutable.
/// </summary>
/// <param name="Kind">The property.</param>
/// <param name="Symbol">The symbol (the first of a commuting pair).</param>
/// <param name="Other">The second symbol of a commuting pair, otherwise null.</param>
/// <param name="Index">The nilpotency index k for <see cref="PropertyKind.Nilpotent"/>, otherwise 0.</param>
public sealed record SymbolProperty(PropertyKind Kind, string Symbol, string? Other = null, int Index = 0)
{
    /// <summary>The property stated by the relation <paramref name="left"/> = <paramref name="right"/>, or null.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <param name="env">The symbol shapes.</param>
    public static SymbolProperty? Recognize(FreeExpr left, FreeExpr right, ShapeEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(env);
        var difference = CanonicalForm.Of(left, env) - CanonicalForm.Of(right, env);
        var names = difference.Terms.SelectMany(t => t.Word.Concat(t.Scalars.SelectMany(f => f.Word))).Select(l => l.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();
        bool Matches(string text)
        {
            try
            {
                var form = CanonicalForm.Of(FreeParser.ParseExpression(text), env);
                return (difference - form).IsZero || (difference + form).IsZero;
            }
            catch (FreeLanguageException)
            {
                return false; // the candidate property is ill-typed for these shapes
            }
        }

        if (names.Length == 1)
        {
            string a = names[0];
            var shape = env.ShapeOf(a);
            bool square = shape.Rows == shape.Columns;
            if (square && Matches($"{a}' - {a}"))
            {
                return new SymbolProperty(PropertyKind.Symmetric, a);
            }

            if (square && Matches($"{a}' + {a}"))
            {
                return new SymbolProperty(PropertyKind.Skew, a);
            }

            if (Matches($"{a}'*{a} - I"))
            {
                return new SymbolProperty(PropertyKind.OrthonormalColumns, a);
            }

            if (Matches($"{a}*{a}' - I"))
            {
                return new SymbolProperty(PropertyKind.OrthonormalRows, a);
            }

            if (!square)
            {
                return null;
            }

            if (Matches($"{a}*{a} - {a}"))
            {
                return new SymbolProperty(PropertyKind.Idempotent, a);
            }

            if (Matches($"{a}*{a} - I"))
            {
                return new SymbolProperty(PropertyKind.Involution, a);
            }

            if (difference.Terms.Count == 1 && difference.Terms[0].Scalars.Count == 0 && difference.Terms[0].Word.Count > 0
                && difference.Terms[0].Word.All(l => l == new Letter(a, false)))
            {
                return new SymbolProperty(PropertyKind.Nilpotent, a, null, difference.Terms[0].Word.Count);
            }
        }

        if (names.Length == 2 && Matches($"{names[0]}*{names[1]} - {names[1]}*{names[0]}"))
        {
            return new SymbolProperty(PropertyKind.Commuting, names[0], names[1]);
        }

        return null;
    }

    /// <summary>A short phrase: <c>A symmetric (Aᵀ = A)</c>.</summary>
    public override string ToString() => Kind switch
    {
        PropertyKind.Symmetric => $"{Symbol} symmetric ({Symbol}ᵀ = {Symbol})",
        PropertyKind.Skew => $"{Symbol} skew-symmetric ({Symbol}ᵀ = −{Symbol})",
        PropertyKind.OrthonormalColumns => $"{Symbol} with orthonormal columns ({Symbol}ᵀ{Symbol} = I)",
        PropertyKind.OrthonormalRows => $"{Symbol} with orthonormal rows ({Symbol}{Symbol}ᵀ = I)",
        PropertyKind.Idempotent => $"{Symbol} idempotent ({Symbol}² = {Symbol})",
        PropertyKind.Involution => $"{Symbol} an involution ({Symbol}² = I)",
        PropertyKind.Nilpotent => $"{Symbol} nilpotent ({Symbol}^{Index} = 0)",
        _ => $"{Symbol} and {Other} commute",
    };
}
