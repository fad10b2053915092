using System.Globalization;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Checks.Papers.Lcc;

/// <content>
/// The dimension arithmetic of lcc (the H = 1 specialisation of Assumption 1, the consistency of Assumption 2, dim 𝒳,
/// the arithmetic of Proof 2), the genericity of Assumption 3 by Monte Carlo, and the items that cannot be checked
/// (definitions, cited theorems, statements about basins of attraction), each with its reason and computable parts.
/// </content>
public static partial class LccChecks
{
    private static Dictionary<string, Func<CheckContext, CheckResult>> CountChecks() => new(StringComparer.Ordinal)
    {
        ["lcc/text1"] = _ => DimensionSpecialisation(),
        ["lcc/text2"] = _ => FullRankConsistency(),
        ["lcc/text3"] = _ => StateSpaceDimension(),
        ["lcc/text4"] = ctx => DistinctSingularValues(ctx, repeated: false),
        ["lcc/def1"] = _ => CheckResult.NotCheckable(
            "a definition (the gradient flow (3) and Crit(L) = {∇L = 0}); it is encoded by the engine's flow on X = I, Y = Σ_Y, whose right-hand side is checked through (4)",
            "lcc/eq4", "lcc/lemma1#flow"),
        ["lcc/eq3"] = _ => CheckResult.NotCheckable("the defining equation of the gradient flow (part of Definition 1); nothing to check beyond (4)", "lcc/eq4"),
        ["lcc/prop1"] = _ => CheckResult.NotCheckable(
            "'every trajectory', a limit t → ∞, and a rate t^{−α} with an unspecified α > 0 ('for some fixed α')",
            "lcc/prop1#bounded", "lcc/prop1#critical"),
        ["lcc/thm2"] = _ => CheckResult.NotCheckable(
            "a cited external theorem (Łojasiewicz) about every real-analytic function and infinite time; its instance for L is covered by the trajectory checks",
            "lcc/prop1#bounded", "lcc/prop1#critical"),
        ["lcc/remark2"] = _ => CheckResult.NotCheckable("no formula: a statement about proofs that 'may be similarly followed' for other optimisers"),
        ["lcc/text8"] = _ => CheckResult.NotCheckable(
            "D_S^r, a bound on the dimension of basins of attraction, is not computable; the printed arithmetic D_C^r + dim 𝒳 − U_S^r ≤ dim 𝒳 − 2 is checked in lcc/text17, its ingredients in lcc/eq11 and lcc/eq12 (refuted), and the Hessian-inertia proxy of the codimension in lcc/text18#negative-eigenvalues (refuted)",
            "lcc/text17", "lcc/eq11", "lcc/eq12", "lcc/text18#negative-eigenvalues"),
        ["lcc/text15"] = _ => CheckResult.NotCheckable(
            "dimensions of basins of attraction obtained by an uncited transversality argument; the computable proxies are the counts (11), (12) and the exact Hessian inertia at saddles",
            "lcc/eq11", "lcc/eq12", "lcc/prop2#iii", "lcc/text18#negative-eigenvalues"),
        ["lcc/text16"] = _ => CheckResult.NotCheckable(
            "'a finite number of two by two disjoint smooth strata [10]' and the stratum of largest dimension are structural claims of stratification theory, not computed; the degree of the defining polynomials is the computable part",
            "lcc/text16#degree", "lcc/prop2#iii-variety", "lcc/lemma3"),
        ["lcc/lemma4"] = _ => CheckResult.NotCheckable(
            "𝒞(Ξ), 'the linear span of the non-converging variations around Ξ', is not defined precisely; the counts of the proof are checked separately (the c₂-count and hence (12) are refuted)",
            "lcc/eq13", "lcc/eq14", "lcc/lemma4#kernel-b", "lcc/lemma4#kernel-a1c1", "lcc/lemma4#kernel-c2", "lcc/lemma4#negative", "lcc/eq12"),
        ["lcc/text18"] = _ => CheckResult.NotCheckable(
            "the dimension of the set of initialisations converging to Crit_r(L) is not computable directly; its computable proxy, the number of negative Hessian eigenvalues at a Morse–Bott saddle (codimension = n₋), is refuted: n₋ = 1 occurs",
            "lcc/text18#negative-eigenvalues", "lcc/prop2#iii"),
        ["lcc/text17"] = _ => BudgetArithmetic(),
    };

    private static CheckResult DimensionSpecialisation()
    {
        int tuples = 0;
        for (int m = 1; m <= 8; m++)
        {
            for (int dx = 1; dx <= 8; dx++)
            {
                for (int d1 = 1; d1 <= 8; d1++)
                {
                    for (int dy = 1; dy <= 8; dy++)
                    {
                        int[] hidden = [d1];
                        bool general = m >= dx && dx >= hidden.Max() && hidden.Max() >= hidden.Min() && hidden.Min() >= dy;
                        bool special = m >= dx && dx >= d1 && d1 >= dy;
                        if (general != special)
                        {
                            return ExactCheck.Counterexample("lcc/text1", $"m = {m}, dₓ = {dx}, d₁ = {d1}, d_y = {dy}", $"m = {m}", "the H = 1 specialisation differs from Assumption 1");
                        }

                        tuples++;
                    }
                }
            }
        }

        return ExactCheck.Proved(
            "all dimensions (max and min over the single hidden width are d₁); exhaustive check for m, dₓ, d₁, d_y ≤ 8",
            [
                "for H = 1 the hidden widths are (d₁), so max(d₁, …, d_H) = min(d₁, …, d_H) = d₁",
                "m ≥ dₓ ≥ max ≥ min ≥ d_y becomes m ≥ dₓ ≥ d₁ ≥ d₁ ≥ d_y, i.e. m ≥ dₓ ≥ d₁ ≥ d_y",
                string.Create(CultureInfo.InvariantCulture, $"both predicates agree on all {tuples} tuples with entries ≤ 8"),
            ],
            "max-min-of-singleton");
    }

    private static CheckResult FullRankConsistency()
    {
        int tuples = 0;
        for (int m = 1; m <= 8; m++)
        {
            for (int dx = 1; dx <= m; dx++)
            {
                for (int dy = 1; dy <= dx; dy++)
                {
                    var x = Symbolic.Free.RationalMatrix.Build(dx, m, (i, j) => i == j ? Rational.One : Rational.Zero);
                    var y = Symbolic.Free.RationalMatrix.Build(dy, m, (i, j) => i == j ? Rational.One : Rational.Zero);
                    if (LccExact.Rank(x) != dx || LccExact.Rank(y) != dy)
                    {
                        return ExactCheck.Counterexample("lcc/text2", $"m = {m}, dₓ = {dx}, d_y = {dy}", $"m = {m}", "no full-row-rank pair");
                    }

                    tuples++;
                }
            }
        }

        return ExactCheck.Proved(
            "exact ranks, all m ≥ dₓ ≥ d_y with m ≤ 8",
            [
                "rank X ≤ min(dₓ, m) and rank Y ≤ min(d_y, m): full row rank needs m ≥ dₓ and m ≥ d_y, which Assumption 1 gives",
                string.Create(CultureInfo.InvariantCulture, $"conversely X = [I_{{dₓ}} | 0], Y = [I_{{d_y}} | 0] have exact ranks dₓ and d_y for all {tuples} admissible tuples (Assumption 2 is consistent with Assumption 1)"),
            ],
            "exact-rank");
    }

    private static CheckResult StateSpaceDimension()
    {
        var names = new VariableNames();
        var dx = Polynomial.Variable(names.Fresh("dx", "d_x"));
        var d1 = Polynomial.Variable(names.Fresh("d1", "d_1"));
        var dy = Polynomial.Variable(names.Fresh("dy", "d_y"));
        var sum = (dy * d1) + (d1 * dx);
        var printed = d1 * (dx + dy);
        return sum == printed
            ? ExactCheck.Proved(
                "polynomial identity over ℚ[dₓ, d₁, d_y]",
                ["𝒳 = ℝ^{d_y×d₁} × ℝ^{d₁×dₓ} for H = 1", "dim 𝒳 = d_y·d₁ + d₁·dₓ = d₁(dₓ + d_y) (canonical polynomial difference 0)"],
                "polynomial-identity")
            : ExactCheck.Counterexample("lcc/text3", sum.ToText(names), sum.ToLatex(names), "dim 𝒳 ≠ d₁(dₓ + d_y)");
    }

    /// <summary>Whether a matrix has pairwise distinct singular values (minimum gap &gt; 10⁻⁸·σ_max), the predicate of
    /// Assumption 3.</summary>
    /// <param name="matrix">The matrix Ȳ (d_y ≤ dₓ).</param>
    /// <returns>Whether Assumption 3 holds numerically.</returns>
    public static bool HasDistinctSingularValues(Matrix<double> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var s = matrix.Svd(computeVectors: false).S.ToArray().OrderByDescending(x => x).ToArray();
        double scale = Math.Max(s.Length == 0 ? 0 : s[0], double.Epsilon);
        for (int i = 1; i < s.Length; i++)
        {
            if (s[i - 1] - s[i] <= 1e-8 * scale)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Assumption 3's genericity sentence, by Monte Carlo: seeded Gaussian Ȳ ∈ ℝ^{d_y×dₓ} (d_y ≤ dₓ ≤ 5) have distinct
    /// singular values, stated bound P ≥ 0.99 for "an open and dense subset" (whose complement, the discriminant zero
    /// set, has measure zero). With <paramref name="repeated"/> every sample is made to have a repeated singular value
    /// (negative control: refuted).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="repeated">Whether to force a repeated singular value.</param>
    /// <returns>The Monte Carlo result.</returns>
    public static CheckResult DistinctSingularValues(CheckContext context, bool repeated)
    {
        ArgumentNullException.ThrowIfNull(context);
        int trials = context.Thorough ? 5000 : 600;
        int successes = 0;
        for (int k = 0; k < trials; k++)
        {
            var random = new Random((int)(context.DeriveSeed(600 + (ulong)k) % int.MaxValue));
            int dy = random.Next(2, 5), dx = random.Next(dy, 6);
            var y = LccNumeric.Gaussian(random, dy, dx, 1);
            if (repeated)
            {
                var svd = y.Svd(computeVectors: true);
                var s = svd.S.ToArray();
                s[1] = s[0];
                y = svd.U * Matrix<double>.Build.Dense(dy, dx, (i, j) => i == j ? s[i] : 0) * svd.VT;
            }

            if (HasDistinctSingularValues(y))
            {
                successes++;
            }
        }

        return CheckResult.FromMonteCarlo(
            string.Create(CultureInfo.InvariantCulture, $"{trials} seeded Gaussian matrices, 2 ≤ d_y ≤ dₓ ≤ 5; the topological 'open and dense' is not checkable, its full-measure consequence is estimated"),
            MonteCarloEvidence.FromCounts("a Gaussian Ȳ has d_y distinct singular values (gap > 10⁻⁸σ_max)", trials, successes, 0.99, boundIsLower: true, context.Seed));
    }

    private static CheckResult BudgetArithmetic()
    {
        var names = new VariableNames();
        var d1 = Polynomial.Variable(names.Fresh("d1", "d_1"));
        var dx = Polynomial.Variable(names.Fresh("dx", "d_x"));
        var dy = Polynomial.Variable(names.Fresh("dy", "d_y"));
        var r = Polynomial.Variable(names.Fresh("r", "r"));
        var one = Polynomial.One;
        var lhs = (d1 * (dx + dy)) - ((d1 - r) * (dx - dy)) - ((Polynomial.Constant(2) * r) * d1) + (r * r) - ((dy - r) * (d1 - r)) - one
            + ((Polynomial.Constant(2) * d1) * r) - (r * r) + ((d1 - r) * (dx - dy));
        var rhs = (d1 * (dx + dy)) - ((dy - r) * (d1 - r)) - one;
        if (lhs != rhs)
        {
            return ExactCheck.Counterexample("lcc/text17", lhs.ToText(names), lhs.ToLatex(names), "the printed sum does not simplify as printed");
        }

        int tuples = 0;
        for (int a = 1; a <= 10; a++)
        {
            for (int b = a; b <= 10; b++)
            {
                for (int c = b; c <= 10; c++)
                {
                    for (int rr = 1; rr <= b - 1; rr++)
                    {
                        // d_y = b, d₁ = c, dₓ = c..10 enters only through dim 𝒳; (d_y − r)(d₁ − r) ≥ 1.
                        if ((b - rr) * (c - rr) < 1)
                        {
                            return ExactCheck.Counterexample("lcc/text17", $"d_y = {b}, d₁ = {c}, r = {rr}", $"r = {rr}", "(d_y − r)(d₁ − r) < 1");
                        }

                        tuples++;
                    }
                }
            }
        }

        return ExactCheck.Proved(
            "polynomial identity over ℚ[d₁, dₓ, d_y, r]; the inequality for all 1 ≤ r ≤ d_y − 1 ≤ d₁ − 1",
            [
                "d₁(dₓ + d_y) − (d₁ − r)(dₓ − d_y) − 2rd₁ + r² − (d_y − r)(d₁ − r) − 1 + 2d₁r − r² + (d₁ − r)(dₓ − d_y) = d₁(dₓ + d_y) − (d_y − r)(d₁ − r) − 1 (canonical polynomial difference 0)",
                "≤ d₁(dₓ + d_y) − 2 ⇔ (d_y − r)(d₁ − r) ≥ 1, true since d_y − r ≥ 1 and d₁ − r ≥ d_y − r ≥ 1 (Assumption 1); equality when d_y − r = d₁ − r = 1",
                string.Create(CultureInfo.InvariantCulture, $"also evaluated on {tuples} integer tuples with dimensions ≤ 10"),
                "the arithmetic is correct; its input U_S^r of (12) is refuted (lcc/eq12, lcc/lemma4#kernel-c2)",
            ],
            "polynomial-identity",
            "factor-bound");
    }
}
