using System.Numerics;

namespace DeepLinear.Checks.Papers.Nrt;

/// <summary>
/// The checks of nrt that need no numeric or symbolic engine and do not fit a declarative form: exact integer bounds
/// on (1 + 1/M)^M, the degree of the rising-product polynomial, and the reference not-checkable C# check. The shape
/// errors, exact witnesses and printed-number arithmetic of nrt are `identity:` and exhaustive `inequality:` claims in
/// <c>catalog/nrt.yaml</c>.
/// </summary>
public static class NrtChecks
{
    /// <summary>Theorem 2.1 as quoted: a limit as t → ∞ and boundedness for all t ≥ 0 cannot be checked by running.</summary>
    /// <param name="context">The check context (unused).</param>
    /// <returns>Not checkable, naming the computable sub-claim.</returns>
    // Implementation note: kept in C# (not as `not-checkable:` data) because the claim-file tests use it as the
    // reference C# check that is not checkable (tests/Checks.Tests/ClaimFiles/CheckFormRegistryTests.cs).
    [ClaimCheck("flow-limit-and-boundedness-not-checkable")]
    internal static CheckResult FlowLimitAndBoundednessNotCheckable(CheckContext context) =>
        CheckResult.NotCheckable("a limit as t → ∞ and boundedness for all t ≥ 0 (quoted from [5, Theorem 3.2])", "nrt/thm2.1#bounded");

    [ClaimCheck("one-plus-one-over-n-to-the-n-below-e")]
    private static CheckResult CompoundInterestStepOne(CheckContext context) =>
        CompoundInterestBelowE(context, context.ClaimId, step: 1, "(1 + 1/N)^N ≤ e, i.e. K_δ^N ≤ eM² with K_δ = (1 + 1/N)M^{2/N}");

    [ClaimCheck("one-plus-one-over-two-n-to-the-two-n-below-e")]
    private static CheckResult CompoundInterestStepTwo(CheckContext context) =>
        CompoundInterestBelowE(context, context.ClaimId, step: 2, "(1 + 1/(2N))^{2N} ≤ e");

    /// <summary>
    /// Exact check of (1 + 1/M)^M &lt; 2.718281828 &lt; e for M = step·N, N = 1 … 300 (2000 when thorough), by
    /// comparing (M + 1)^M·10⁹ with 2718281828·M^M in integers. Public so that tests can run its negative control
    /// (the same comparison against a bound below the supremum must fail).
    /// </summary>
    /// <param name="context">The check context (thoroughness, cancellation).</param>
    /// <param name="claimId">The claim id, for the re-run command of a counterexample.</param>
    /// <param name="step">M = step·N (1 for (1 + 1/N)^N, 2 for (1 + 1/(2N))^{2N}).</param>
    /// <param name="statement">The statement checked, for the evidence.</param>
    /// <param name="boundNumerator">Numerator of the rational bound (default: e's lower bound).</param>
    /// <param name="boundDenominator">Denominator of the rational bound.</param>
    /// <returns>Verified with exact per-instance comparisons, or refuted with the first N that fails.</returns>
    public static CheckResult CompoundInterestBelowE(
        CheckContext context, string claimId, int step, string statement, long boundNumerator = 2718281828, long boundDenominator = 1000000000)
    {
        ArgumentNullException.ThrowIfNull(context);
        int count = context.Thorough ? 2000 : 300;
        double bound = (double)boundNumerator / boundDenominator;
        double minSlack = double.PositiveInfinity;
        double worstRatio = 0;
        ulong worstN = 0;
        for (int n = 1; n <= count; n++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            int m = step * n;
            var lhs = BigInteger.Pow(m + 1, m) * boundDenominator;
            var rhs = boundNumerator * BigInteger.Pow(m, m);
            double value = Math.Pow(1 + (1.0 / m), m);
            if (lhs >= rhs)
            {
                return ExactCheck.Counterexample(
                    claimId,
                    $"N = {n} (M = {m})",
                    $"N = {n}",
                    string.Create(CultureInfo.InvariantCulture, $"(1 + 1/{m})^{m} = {value:G10} ≥ {boundNumerator}/{boundDenominator} (exact integer comparison)"));
            }

            double ratio = value / Math.E;
            if (ratio > worstRatio)
            {
                worstRatio = ratio;
                worstN = (ulong)n;
            }

            minSlack = Math.Min(minSlack, bound - value);
        }

        var tightness = new TightnessResult(
            worstRatio, 0, count, "exhaustive enumeration; (1 + 1/M)^M increases to e, so the supremum 1 is approached as N → ∞", worstN);
        return CheckResult.Verified(
            $"N = 1…{count}, exact",
            new NumericEvidence(
                $"{statement}: exact integer comparison (M + 1)^M·10⁹ < 2718281828·M^M for N = 1…{count} (M = {step}N); "
                + "ratio measured against e",
                count, 0, minSlack, worstRatio, null, tightness) { WorstInstance = string.Create(CultureInfo.InvariantCulture, $"N = {worstN}") });
    }

    [ClaimCheck("rising-product-minus-x-to-the-n-has-degree-n-minus-one")]
    private static CheckResult DegreeOfQ(CheckContext context)
    {
        int maxN = context.Thorough ? 120 : 40;
        var steps = new List<string>();
        for (int n = 2; n <= maxN; n++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            // Coefficients of x(x+1)(x+2)⋯(x+n−1) (δ = 1), index = power of x.
            var c = new BigInteger[n + 1];
            c[1] = 1;
            for (int k = 1; k < n; k++)
            {
                for (int p = n; p >= 1; p--)
                {
                    c[p] = c[p - 1] + (k * c[p]);
                }

                c[0] = 0;
            }

            c[n] -= 1; // subtract x^N
            BigInteger expected = new BigInteger(n) * (n - 1) / 2;
            if (!c[n].IsZero || c[n - 1] != expected)
            {
                return ExactCheck.Counterexample(
                    "nrt/text13",
                    $"N = {n}, δ = 1",
                    $"N = {n}",
                    $"coefficient of x^N is {c[n]}, of x^(N−1) is {c[n - 1]} (expected 0 and {expected})");
            }

            if (n <= 4 || n == maxN)
            {
                steps.Add($"N = {n}: coefficient of x^N = 0, of x^(N−1) = N(N−1)/2 = {expected} ≠ 0");
            }
        }

        steps.Add("Q_{N,δ}(x) = δ^N·Q_{N,1}(x/δ) for δ > 0, so the degree is N − 1 for every δ > 0");
        steps.Add("N = 1: Q ≡ 0 (no degree) — outside the statement's meaningful range, noted");
        return ExactCheck.Proved($"N = 2…{maxN}, every δ > 0 (exact expansion over ℤ)", steps, "exact polynomial expansion", "homogeneity in (x, δ)");
    }
}
