using DeepLinear.Symbolic.Polynomials;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// The dimension arithmetic of lcc, exact: the H = 1 specialisation of Assumption 1, the consistency of Assumption 2
/// with Assumption 1, and the arithmetic of the dimension budget in the proof of Theorem 1 (text17).
/// </summary>
public static class DimensionCountChecks
{
    /// <summary>Assumption 1 for H = 1 reads m ≥ dₓ ≥ d₁ ≥ d_y (exhaustive for dimensions ≤ 8).</summary>
    [ClaimCheck("dimension-condition-for-one-hidden-layer")]
    internal static CheckResult DimensionSpecialisation(CheckContext context)
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
                            return LccOutcomes.Counterexample(
            $"m = {m}, dₓ = {dx}, d₁ = {d1}, d_y = {dy}", $"m = {m}", "the H = 1 specialisation differs from Assumption 1");
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

    /// <summary>Full-row-rank X, Y exist for every m ≥ dₓ ≥ d_y (exact ranks, m ≤ 8).</summary>
    [ClaimCheck("full-row-rank-data-exist-under-the-dimension-condition")]
    internal static CheckResult FullRankConsistency(CheckContext context)
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
                        return LccOutcomes.Counterexample(
            $"m = {m}, dₓ = {dx}, d_y = {dy}", $"m = {m}", "no full-row-rank pair");
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

    /// <summary>The printed dimension budget simplifies to d₁(dₓ + d_y) − (d_y − r)(d₁ − r) − 1 ≤ dim 𝒳 − 2.</summary>
    [ClaimCheck("dimension-budget-arithmetic")]
    internal static CheckResult BudgetArithmetic(CheckContext context)
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
            return LccOutcomes.Counterexample(
            lhs.ToText(names), lhs.ToLatex(names), "the printed sum does not simplify as printed");
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
                            return LccOutcomes.Counterexample(
            $"d_y = {b}, d₁ = {c}, r = {rr}", $"r = {rr}", "(d_y − r)(d₁ − r) < 1");
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
