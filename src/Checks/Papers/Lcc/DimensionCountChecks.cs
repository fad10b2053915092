namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// The consistency of lcc's Assumption 2 (full-row-rank data) with Assumption 1, exactly. (The H = 1 specialisation of
/// Assumption 1 and the dimension budget of text17 are exhaustive integer grids in <c>catalog/lcc.yaml</c>.)
/// </summary>
public static class DimensionCountChecks
{
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
                    if (ExactLinearAlgebra.Rank(x) != dx || ExactLinearAlgebra.Rank(y) != dy)
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
}
