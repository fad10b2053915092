using System.Numerics;

namespace DeepLinear.Checks.Papers.Nrt;

/// <summary>
/// The checks of nrt that need no numeric or symbolic engine: index and shape arithmetic on printed formulas, exact
/// scalar witnesses, exact arithmetic on the printed numbers of Section 5, exact rational bounds, and the verdict
/// not-checkable for statements whose form cannot be checked (limits, "for almost all", conjectures). Every other nrt
/// claim is pending until an engine-backed check is attached with <see cref="Catalog.ClaimCatalog.WithChecks"/>.
/// </summary>
public static class NrtChecks
{
    /// <summary>The printed step sizes of Figure 1a (depth 2, 3, 5), as exact decimals.</summary>
    private static readonly (int Depth, decimal Eta)[] PrintedBounds = [(2, 7.73e-4m), (3, 1.29e-4m), (5, 3.91e-5m)];

    /// <summary>Theorem 2.1 as quoted: a limit as t → ∞ and boundedness for all t ≥ 0 cannot be checked by running.</summary>
    /// <param name="context">The check context (unused).</param>
    /// <returns>Not checkable, naming the computable sub-claim.</returns>
    // Implementation note: kept in C# (not as `not-checkable:` data) because the claim-file tests use it as the
    // reference C# check that is not checkable (tests/Checks.Tests/ClaimFiles/CheckFormRegistryTests.cs).
    [ClaimCheck("flow-limit-and-boundedness-not-checkable")]
    internal static CheckResult FlowLimitAndBoundednessNotCheckable(CheckContext context) =>
        CheckResult.NotCheckable("a limit as t → ∞ and boundedness for all t ≥ 0 (quoted from [5, Theorem 3.2])", "nrt/thm2.1#bounded");

    [ClaimCheck("flow-loss-undefined-on-the-printed-factor-spaces")]
    private static CheckResult FlowLossUndefinedOnPrintedFactorSpaces(CheckContext context) =>
        ExactCheck.ShapeError(
            context.ClaimId,
            "N = 2, d₀ = 3, d₁ = 2, d₂ = 4: (W₁, W₂) ∈ ℝ^{d₀×d₁} × ℝ^{d₁×d₂} = ℝ^{3×2} × ℝ^{2×4} as printed",
            "L²(W₁, W₂) = ½‖Y − W₂W₁X‖²_F needs W₂W₁ = (2×4)·(3×2): inner dimensions 4 ≠ 3, undefined; by Section 2's "
            + "Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁} the space is ℝ^{d₁×d₀} × ℝ^{d₂×d₁} (checked as nrt/thm2.2#b~fixed, as trbw/thm5#b~fixed)");

    [ClaimCheck("descent-loss-undefined-on-the-printed-factor-spaces")]
    private static CheckResult DescentLossUndefinedOnPrintedFactorSpaces(CheckContext context) =>
        ExactCheck.ShapeError(
            context.ClaimId,
            "N = 2, d₀ = 3, d₁ = 2, d₂ = 4: gradient descent on ℝ^{d₀×d₁} × ℝ^{d₁×d₂} = ℝ^{3×2} × ℝ^{2×4} as printed",
            "L²(W₁, W₂) = ½‖Y − W₂W₁X‖²_F needs W₂W₁ = (2×4)·(3×2): inner dimensions 4 ≠ 3, undefined; by Section 2's "
            + "Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁} the space is ℝ^{d₁×d₀} × ℝ^{d₂×d₁} (checked as nrt/thm2.6#b~fixed, as nrt/thm2.2#b~fixed)");

    /// <summary>The printed index range j = 1, …, N of the display named by the argument <c>display</c> (e.g.
    /// <c>(2.3)</c>) uses W_{N+1}, which does not exist.</summary>
    [ClaimCheck("printed-index-range-uses-a-missing-layer", Parameters = ["display"])]
    private static CheckResult PrintedIndexRangeUsesAMissingLayer(CheckContext context) =>
        IndexRangeError(context.ClaimId, context.Argument("display"));

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

    private static CheckResult IndexRangeError(string id, string display)
    {
        // The printed range j = 1, …, N uses W_{j+1}; the layers are W_1, …, W_N. Witness N = 2, j = N.
        const int n = 2;
        int largestIndexUsed = n + 1;
        return largestIndexUsed <= n
            ? ExactCheck.Proved("index range", ["every index used lies in 1…N"])
            : ExactCheck.ShapeError(
                id,
                $"N = {n}: j = N = {n} in {display} uses W_{largestIndexUsed}",
                $"index {largestIndexUsed} > N = {n}: W_{largestIndexUsed} does not exist (the tuple is W_1, …, W_{n}); "
                + "the meant range is j = 1, …, N−1 as in (2.7)");
    }

    [ClaimCheck("printed-operator-domain-does-not-type-check")]
    private static CheckResult OperatorDomain(CheckContext context)
    {
        const int dx = 2, dy = 3;
        // W ∈ ℝ^{dy×dx}; (WWᵀ)^{(N−j)/N} is dy×dy; the printed domain puts Z ∈ ℝ^{dx×dy}.
        var left = (Rows: dy, Cols: dy);
        var z = (Rows: dx, Cols: dy);
        return left.Cols == z.Rows
            ? ExactCheck.Proved("shape check", ["(WWᵀ)^{(N−j)/N}·Z is defined"])
            : ExactCheck.ShapeError(
                "nrt/text5",
                $"dₓ = {dx}, d_y = {dy}, N = 2: W ∈ ℝ^{{{dy}×{dx}}}, (WWᵀ)^{{1/2}} ∈ ℝ^{{{dy}×{dy}}}, Z ∈ ℝ^{{{dx}×{dy}}} (printed domain)",
                $"(WWᵀ)^{{1/2}}·Z multiplies {left.Rows}×{left.Cols} by {z.Rows}×{z.Cols}: inner dimensions {left.Cols} ≠ {z.Rows}");
    }

    [ClaimCheck("printed-parameter-space-does-not-type-check")]
    private static CheckResult ParameterSpace(CheckContext context)
    {
        int[] d = [1, 2, 3];
        // Printed j-th factor space ℝ^{d_{j−1}×d_j}.
        var w1 = (Rows: d[0], Cols: d[1]);
        var w2 = (Rows: d[1], Cols: d[2]);
        return w2.Cols == w1.Rows
            ? ExactCheck.Proved("shape check", ["W₂W₁ is defined"])
            : ExactCheck.ShapeError(
                "nrt/text11",
                $"N = 2, (d₀, d₁, d₂) = ({d[0]}, {d[1]}, {d[2]}): printed W₁ ∈ ℝ^{{{w1.Rows}×{w1.Cols}}}, W₂ ∈ ℝ^{{{w2.Rows}×{w2.Cols}}}",
                $"W₂W₁ multiplies {w2.Rows}×{w2.Cols} by {w1.Rows}×{w1.Cols}: inner dimensions {w2.Cols} ≠ {w1.Rows} "
                + "(the factor spaces are the transposes of Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁})");
    }

    [ClaimCheck("printed-lemma-domain-does-not-type-check")]
    private static CheckResult LemmaDomain(CheckContext context)
    {
        const int dx = 2, dy = 1, m = 3;
        var w = (Rows: dx, Cols: dy); // printed W ∈ ℝ^{dₓ×d_y}
        var x = (Rows: dx, Cols: m);
        return w.Cols == x.Rows
            ? ExactCheck.Proved("shape check", ["WX is defined"])
            : ExactCheck.ShapeError(
                "nrt/lemma3.1#shape",
                $"dₓ = {dx}, d_y = {dy}, m = {m}: printed W ∈ ℝ^{{{dx}×{dy}}}, X ∈ ℝ^{{{dx}×{m}}}",
                $"WX in ‖Y − WX‖ multiplies {w.Rows}×{w.Cols} by {x.Rows}×{x.Cols}: inner dimensions {w.Cols} ≠ {x.Rows}");
    }

    [ClaimCheck("second-form-of-m")]
    private static CheckResult SecondFormOfM(CheckContext context)
    {
        // N = 2 (a depth that does not depend on whether N = 1 is included), all widths 1, m = 1, X = 1, Y = 0,
        // W₁(0) = W₂(0) = 1 (balanced): W = W₂W₁ = 1, residual R = Y − WX = −1, L = ½R² = ½.
        decimal x = 1, y = 0, w1 = 1, w2 = 1;
        decimal residual = y - (w2 * w1 * x);
        decimal twoL = residual * residual; // 2L = R²
        // First form numerator √(2L) + |Y|: squared value of √(2L) is 2L = 1. Second form numerator √2·|R| + |Y|: squared 2R² = 2.
        decimal firstSquared = twoL;
        decimal secondSquared = 2 * residual * residual;
        return firstSquared == secondSquared
            ? ExactCheck.Proved(ExactCheck.PrintedNumbersScope, ["both forms agree on the witness"])
            : ExactCheck.Counterexample(
                "nrt/eq2.11",
                "N = 2, all widths 1, m = 1, X = 1, Y = 0, W₁(0) = W₂(0) = 1 (balanced; σ_min(X) = 1, L^N = 1/2)",
                @"N = 2,\ X = 1,\ Y = 0,\ W_1(0) = W_2(0) = 1",
                $"first form M = (√(2L) + ‖Y‖)/σ_min = 1, second form (√2‖Y − W₂W₁X‖_F + ‖Y‖)/σ_min = √2 (squares {firstSquared} ≠ {secondSquared})");
    }

    [ClaimCheck("base-case-exponent-of-the-factor-norm-bound")]
    private static CheckResult BaseCaseExponent(CheckContext context)
    {
        // Implementation note: the witness has depth N = 4 (not N = 1), so it does not depend on whether the paper
        // includes N = 1 (issue 12, least debatable witness). N = 4, 1×1 factors, X = 2 (σ_min = 2), Y = 1,
        // Wⱼ(0) = 0 (balanced, balancedness constant 0 ≤ αδ), δ = 1/4: √(2L) = |Y − W X| = 1, ‖Y‖ = 1.
        const int n = 4;
        decimal sigmaMin = 2, sqrtTwoL = 1, normY = 1, delta = 0.25m;
        decimal printedBase = (sqrtTwoL + normY) / (1 / sigmaMin); // (√(2L) + ‖Y‖)/σ_min^{-1} = 4
        decimal printedMiddle = (printedBase * printedBase) + (n * n * delta); // exponent N/2 = 2
        decimal m = (sqrtTwoL + normY) / sigmaMin; // M = 1, so M^{2/N} = M^{1/2} = 1 exactly
        decimal fixedRight = m + (n * n * delta);
        return m == 1 && printedMiddle == fixedRight
            ? ExactCheck.Proved(ExactCheck.PrintedNumbersScope, ["the printed middle term equals M^{2/N} + N²δ"])
            : ExactCheck.Counterexample(
                "nrt/prop3.3#proof-k0",
                "N = 4, all widths 1, m = 1, X = 2, Y = 1, Wⱼ(0) = 0 for j = 1…4 (balanced), δ = 1/4 (M = 1)",
                @"N = 4,\ X = 2,\ Y = 1,\ W_j(0) = 0,\ \delta = 1/4",
                $"printed middle ((√(2L) + ‖Y‖)/σ_min⁻¹)^{{N/2}} + N²δ = 4² + 4 = {printedMiddle} ≠ M^{{2/N}} + N²δ = 1 + 4 = {fixedRight}");
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

    [ClaimCheck("hidden-dimensions-of-the-construction")]
    private static CheckResult HiddenDimensions(CheckContext context)
    {
        const int d = 70, r = 2;
        var steps = new List<string>();
        for (int n = 2; n <= d; n++)
        {
            var dims = new int[n + 1];
            dims[0] = d;
            dims[1] = r;
            for (int j = 2; j <= n; j++)
            {
                dims[j] = (int)Math.Round(r + ((j - 1) * (decimal)(d - r) / (n - 1)), MidpointRounding.AwayFromZero);
            }

            bool monotone = Enumerable.Range(2, n - 1).All(j => dims[j] >= dims[j - 1]);
            if (dims[n] != d || !monotone)
            {
                return ExactCheck.Counterexample(
                    "nrt/text20", $"N = {n}", $"N = {n}", $"widths ({string.Join(", ", dims)}): d_N = {dims[n]} (expected {d}), monotone = {monotone}");
            }

            if (n is 2 or 3 or 5)
            {
                steps.Add($"N = {n}: (d₀, …, d_N) = ({string.Join(", ", dims)})");
            }
        }

        steps.Add($"for every N = 2…{d}: d_N = r + (N−1)(d−r)/(N−1) = d = {d} exactly and the widths are non-decreasing");
        return ExactCheck.Proved(ExactCheck.PrintedNumbersScope, steps, "exact rational arithmetic", "round half away from zero");
    }

    [ClaimCheck("scalar-inner-product-with-a-matrix-is-undefined")]
    private static CheckResult ScalarInnerProductWithMatrix(CheckContext context)
    {
        const int dy = 2, dx = 3;
        var loss = (Rows: 1, Cols: 1); // L^N(W⃗) is a scalar
        var p = (Rows: dy, Cols: dx); // P_{i,j} ∈ ℝ^{d_y×dₓ}
        return loss == p
            ? ExactCheck.Proved("shape check", ["⟨L^N(W⃗), P_{i,j}⟩ is defined"])
            : ExactCheck.ShapeError(
                "nrt/text15",
                $"d_y = {dy}, dₓ = {dx}: L^N(W⃗) ∈ ℝ (1×1), P_{{i,j}} ∈ ℝ^{{{dy}×{dx}}}",
                $"the Frobenius inner product ⟨L^N(W⃗), P_{{i,j}}⟩ pairs a {loss.Rows}×{loss.Cols} with a {p.Rows}×{p.Cols} matrix; "
                + "the paper's next display uses A_ξXXᵀ − YXᵀ ∈ ℝ^{d_y×dₓ} there");
    }

    [ClaimCheck("printed-construction-shape")]
    private static CheckResult ConstructionShape(CheckContext context)
    {
        const int d = 70, d1 = 2;
        var identity = (Rows: d1, Cols: d1); // I_{d_j,d_1} for j = 1
        var u1Transposed = (Rows: d, Cols: d); // U₁ ∈ ℝ^{d×d}
        return identity.Cols == u1Transposed.Rows
            ? ExactCheck.Proved("shape check", ["V₁I_{d₁,d₁}U₁ᵀ is defined"])
            : ExactCheck.ShapeError(
                "nrt/text21",
                $"j = 1, d = {d}, d₁ = r = {d1}: I_{{d₁,d₁}} ∈ ℝ^{{{d1}×{d1}}}, U₁ ∈ ℝ^{{{d}×{d}}}",
                $"I_{{d₁,d₁}}U₁ᵀ multiplies {identity.Rows}×{identity.Cols} by {u1Transposed.Rows}×{u1Transposed.Cols}: inner dimensions "
                + $"{identity.Cols} ≠ {u1Transposed.Rows}; the meant factor is I_{{d₁,d₀}}");
    }

    [ClaimCheck("figure-1-steps-against-the-printed-bounds")]
    private static CheckResult Figure1StepsVersusBounds(CheckContext context)
    {
        decimal[] below = [1e-5m];
        decimal[] above = [1e-3m, 0.05m];
        var steps = new List<string>();
        foreach (var (depth, bound) in PrintedBounds)
        {
            foreach (decimal eta in below)
            {
                if (eta >= bound)
                {
                    return ExactCheck.Counterexample("nrt/text24", $"N = {depth}", $"N = {depth}", $"η = {eta} is not below the printed bound {bound}");
                }

                steps.Add(string.Create(CultureInfo.InvariantCulture, $"N = {depth}: {eta} < {bound}"));
            }

            foreach (decimal eta in above)
            {
                if (eta <= bound)
                {
                    return ExactCheck.Counterexample("nrt/text24", $"N = {depth}", $"N = {depth}", $"η = {eta} does not exceed the printed bound {bound}");
                }

                steps.Add(string.Create(CultureInfo.InvariantCulture, $"N = {depth}: {eta} > {bound}"));
            }
        }

        return ExactCheck.Proved(ExactCheck.PrintedNumbersScope, steps, "exact decimal comparison");
    }

    [ClaimCheck("schedule-constants-equal-the-printed-bounds")]
    private static CheckResult ScheduleConstantsEqualBounds(CheckContext context)
    {
        (int Depth, decimal A1)[] printedA1 = [(2, 7.73e-4m), (3, 1.29e-4m), (5, 3.91e-5m)];
        var steps = new List<string>();
        foreach (var (depth, a1) in printedA1)
        {
            decimal eta = PrintedBounds.Single(b => b.Depth == depth).Eta;
            if (a1 != eta)
            {
                return ExactCheck.Counterexample("nrt/text27", $"N = {depth}", $"N = {depth}", $"a₁ = {a1} differs from the plot-1a step {eta}");
            }

            steps.Add(string.Create(CultureInfo.InvariantCulture, $"N = {depth}: a₁ = {a1} = η(plot 1a) = {eta}"));
        }

        steps.Add("consistent with (5.3) ≡ (5.1) (nrt/eq5.3)");
        return ExactCheck.Proved(ExactCheck.PrintedNumbersScope, steps, "exact decimal comparison");
    }

    [ClaimCheck("figure-2-steps-against-the-printed-bounds")]
    private static CheckResult Figure2StepsVersusBounds(CheckContext context)
    {
        (string Plot, decimal A1, decimal A2)[] plots = [("2c", 0.1m, 0.01m), ("2d", 0.05m, 0.1m)];
        var steps = new List<string>();
        decimal largestBound = PrintedBounds.Max(b => b.Eta);
        foreach (var (plot, a1, a2) in plots)
        {
            decimal eta0 = Math.Min(a1, a2); // (5.2) at k = 0: min{a₁, a₂/1^γ}
            if (eta0 <= largestBound)
            {
                return ExactCheck.Counterexample("nrt/text29", $"plot {plot}", $"plot {plot}", $"η₀ = {eta0} meets the printed bound {largestBound}");
            }

            steps.Add(string.Create(CultureInfo.InvariantCulture, $"plot {plot}: η₀ = min{{{a1}, {a2}}} = {eta0} > {largestBound} ≥ every printed bound"));
        }

        steps.Add("plot 2d: η₀ = 0.05 > 0.01 = η₀ of plot 2c");
        return ExactCheck.Proved(ExactCheck.PrintedNumbersScope, steps, "exact decimal comparison");
    }

    private static decimal SquareRootOfPerfectSquare(decimal value)
    {
        decimal root = (decimal)Math.Sqrt((double)value);
        return root * root == value
            ? root
            : throw new InvalidOperationException($"Internal: {value} is not a perfect square.");
    }
}
