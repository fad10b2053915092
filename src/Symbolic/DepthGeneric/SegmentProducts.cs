using System.Globalization;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;

namespace DeepLinear.Symbolic.DepthGeneric;

/// <summary>
/// Segment products of a deep linear network, <c>S_{a,b} = W_b W_{b−1}⋯W_a</c> for <c>1 ≤ a ≤ b + 1 ≤ N + 1</c>, with the
/// rules used by the all-depths Hessian proofs:
/// <list type="bullet">
/// <item><description><c>S_{a,b} = W_b S_{a,b−1}</c> (recursion; the definition read right to left),</description></item>
/// <item><description><c>S_{a,a−1} = I</c> (the empty segment),</description></item>
/// <item><description><c>S_{a,b} = S_{c+1,b} S_{a,c}</c> for <c>a − 1 ≤ c ≤ b</c> (segments compose).</description></item>
/// </list>
/// The prefix and suffix products of <see cref="DepthGenericProofs"/> are segments: <c>P_j = S_{1,j}</c>,
/// <c>S_j = S_{j,N}</c>; hence <c>P₀ = S_{1,0} = I</c> and <c>S_{N+1} = S_{N+1,N} = I</c>. With the composition rule, for
/// layers <c>l &lt; u</c> the product factors as <c>W = S_{u+1,N} W_u S_{l+1,u−1} W_l S_{1,l−1}</c> (nrt §3.2's
/// <c>W_N⋯W_{u+1}·W_u·W_{u−1}⋯W_{l+1}·W_l·W_{l−1}⋯W₁</c>).
/// </summary>
public static class SegmentProducts
{
    /// <summary>
    /// The segment <c>S_{a,b} = W_b⋯W_a</c> over the given factors, the identity when <c>a = b + 1</c> (the empty segment).
    /// </summary>
    /// <param name="factors">W₁…W_N as expressions (<c>factors[k − 1]</c> is W_k).</param>
    /// <param name="a">First layer of the segment, in [1, N + 1].</param>
    /// <param name="b">Last layer of the segment, in [a − 1, N].</param>
    /// <returns><c>W_b⋯W_a</c>, or <see cref="FreeIdentity"/> for the empty segment.</returns>
    /// <exception cref="ArgumentOutOfRangeException">If the bounds violate <c>1 ≤ a ≤ b + 1 ≤ N + 1</c>.</exception>
    public static FreeExpr Of(IReadOnlyList<FreeExpr> factors, int a, int b)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (a < 1 || b > factors.Count || a > b + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(a), a, string.Create(CultureInfo.InvariantCulture, $"SegmentProducts.Of: arguments 'a' = {a}, 'b' = {b} with N = {factors.Count}; the rule is 1 ≤ a ≤ b + 1 ≤ N + 1."));
        }

        if (a == b + 1)
        {
            return new FreeIdentity();
        }

        FreeExpr product = factors[a - 1];
        for (int k = a + 1; k <= b; k++)
        {
            product = factors[k - 1] * product; // S_{a,k} = W_k S_{a,k−1}
        }

        return product;
    }

    /// <summary>
    /// The segment rules as proof steps: the recursion is the definition; the composition <c>S_{a,b} = S_{c+1,b}S_{a,c}</c>
    /// is proved by induction on <c>b − c</c>: the base <c>c = b</c> is <c>S_{b+1,b}S_{a,b} = I·S_{a,b}</c>, and the step
    /// <c>S_{c+1,b+1}S_{a,c} = (W_{b+1}S_{c+1,b})S_{a,c} = W_{b+1}(S_{c+1,b}S_{a,c}) = W_{b+1}S_{a,b} = S_{a,b+1}</c> is
    /// associativity, checked as a canonical-form identity in opaque symbols.
    /// </summary>
    /// <param name="proved">False if a rule's canonical check failed.</param>
    /// <returns>The steps.</returns>
    public static IReadOnlyList<DerivationStep> Rules(out bool proved)
    {
        var env = new ShapeEnvironment().Declare("Wb1", "db1", "db").Declare("U", "db", "dc").Declare("V", "dc", "da");
        var w = new FreeSymbol("Wb1");
        var u = new FreeSymbol("U");
        var v = new FreeSymbol("V");
        var step = CanonicalForm.Of((w * u) * v, env) - CanonicalForm.Of(w * (u * v), env);
        var baseCase = CanonicalForm.Of(new FreeIdentity() * v, env) - CanonicalForm.Of(v, env);
        proved = step.IsZero && baseCase.IsZero;
        return
        [
            new DerivationStep(
                "segment rules: S_{a,b} = W_bS_{a,b−1}, S_{a,a−1} = I",
                "segment products S_{a,b} = W_b⋯W_a (1 ≤ a ≤ b + 1 ≤ N + 1); prefixes P_j = S_{1,j}, suffixes S_j = S_{j,N}, so P₀ = S_{1,0} = I and S_{N+1} = S_{N+1,N} = I",
                @"S_{a,b} = W_b\,S_{a,b-1},\quad S_{a,a-1} = I,\quad P_j = S_{1,j},\quad S_j = S_{j,N}",
                "S_{a,b} = W_b S_{a,b-1}, S_{a,a-1} = I"),
            new DerivationStep(
                "segment rule: composition S_{a,b} = S_{c+1,b}S_{a,c}",
                "induction on b − c: base c = b is I·S_{a,b} − S_{a,b} = " + baseCase + "; step (W_{b+1}S_{c+1,b})S_{a,c} − W_{b+1}(S_{c+1,b}S_{a,c}) = " + step
                + " (associativity, canonical form), so S_{c+1,b+1}S_{a,c} = W_{b+1}S_{a,b} = S_{a,b+1}. For layers l < u: W = S_{u+1,N}W_uS_{l+1,u−1}W_lS_{1,l−1}",
                @"S_{a,b} = S_{c+1,b}\,S_{a,c}\ (a-1 \le c \le b),\qquad W = S_{u+1,N}\,W_u\,S_{l+1,u-1}\,W_l\,S_{1,l-1}",
                proved ? "0, 0" : baseCase + ", " + step),
        ];
    }
}
