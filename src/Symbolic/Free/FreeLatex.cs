using System.Globalization;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// LaTeX for expression trees (the claim of a derivation as the user wrote it; canonical forms have their own
/// <see cref="CanonicalForm.ToLatex"/>): <c>W1'</c> ↦ <c>W_{1}^{\top}</c>, <c>tr(M)</c> ↦ <c>\operatorname{tr}(M)</c>,
/// <c>3/2</c> ↦ <c>\frac{3}{2}</c>, <c>eta</c> ↦ <c>\eta</c>, <c>inv(A)</c> ↦ <c>A^{-1}</c>. The transpose is
/// <c>^{\top}</c>, never <c>^T</c>, so a symbol named T stays readable.
/// </summary>
public static class FreeLatex
{
    /// <summary>The LaTeX of <paramref name="e"/> (no surrounding <c>$</c>).</summary>
    /// <param name="e">The expression.</param>
    public static string Of(FreeExpr e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            FreeSymbol s => SymbolName(s.Name),
            FreeIdentity => "I",
            FreeNumber n => n.Value.ToLatex(),
            FreeTranspose { Operand: FreeSymbol or FreeIdentity } t => Of(t.Operand) + @"^{\top}",
            FreeTranspose t => @"\left(" + Of(t.Operand) + @"\right)^{\top}",
            FreeInverse { Operand: FreeSymbol } inv => Of(inv.Operand) + "^{-1}",
            FreeInverse inv => @"\left(" + Of(inv.Operand) + @"\right)^{-1}",
            FreeScale { Operand: FreeIdentity } c => c.Coefficient.ToLatex(),
            FreeScale c when c.Coefficient == Scalars.Rational.MinusOne => "-" + Grouped(c.Operand),
            FreeScale c => c.Coefficient.ToLatex() + @"\," + Grouped(c.Operand),
            FreeTrace tr => @"\operatorname{tr}\left(" + Of(tr.Operand) + @"\right)",
            FreePower p => (p.Operand is FreeSymbol ? Of(p.Operand) : @"\left(" + Of(p.Operand) + @"\right)") + "^{" + p.Exponent.ToString(CultureInfo.InvariantCulture) + "}",
            FreeProduct prod => Juxtapose(prod.Factors.Select(Grouped)),
            FreeSum sum => string.Concat(sum.Terms.Select((t, i) =>
                i == 0 ? Of(t)
                : t is FreeScale { Coefficient.Sign: < 0 } neg ? " - " + (neg.Coefficient == Scalars.Rational.MinusOne ? Grouped(neg.Operand) : Of(new FreeScale(-neg.Coefficient, neg.Operand)))
                : " + " + Of(t))),
            _ => e.ToString(),
        };
    }

    /// <summary>The LaTeX of a symbol name: Greek letter names become commands (<c>eta</c> ↦ <c>\eta</c>), a trailing digit run a subscript (<c>W1</c> ↦ <c>W_{1}</c>), several letters upright (<see cref="Letter.NameToLatex"/>).</summary>
    /// <param name="name">The symbol name.</param>
    public static string SymbolName(string name) => Letter.NameToLatex(name);

    private static string Grouped(FreeExpr e) => e is FreeSum || (e is FreeScale { Operand: not FreeIdentity }) || e is FreeNumber { Value.Sign: < 0 } ? @"\left(" + Of(e) + @"\right)" : Of(e);

    // Juxtaposition; a space after a factor ending in a letter keeps \eta A from becoming the unknown command \etaA.
    private static string Juxtapose(IEnumerable<string> factors)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var f in factors)
        {
            if (sb.Length > 0 && (char.IsAsciiLetter(sb[^1]) || char.IsAsciiDigit(f[0])))
            {
                sb.Append(' ');
            }

            sb.Append(f);
        }

        return sb.ToString();
    }
}
