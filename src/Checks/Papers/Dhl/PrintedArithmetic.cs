namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// The exact scalar derivations of dhl that hold for all parameters (the step-size sum and η_tβ &lt; 1 of Appendix B.1,
/// the ratio rearrangement of Appendix C) and the closed-form probability of Appendix C's initialization event. The
/// printed numbers, shapes and single false steps are claim-file data (catalog/dhl.yaml).
/// </summary>
public static class PrintedArithmetic
{
    /// <summary>Claim B.1, proof: the summation bound.</summary>
    [ClaimCheck("step-size-sum-bound")]
    internal static CheckResult StepSizeSumBound(CheckContext context) => SummationBound(context.ClaimId);

    /// <summary>Claim B.2, proof: η_tβ &lt; 1.</summary>
    [ClaimCheck("smoothness-constant-times-step-below-one")]
    internal static CheckResult SmoothnessConstantTimesStepBelowOne(CheckContext context) => SmoothnessConstantAndStep(context);

    /// <summary>Appendix C: the initialization event has probability ≥ 1/2 for every d (standard-deviation reading).</summary>
    [ClaimCheck("initialization-event-probability-at-least-one-half", Parameters = [ClaimMutation.Key])]
    internal static CheckResult InitializationEventProbabilityAtLeastOneHalf(CheckContext context)
        => InitializationEvent(context.ClaimId, standardDeviationReading: ClaimMutation.Read(context, "variance-reading") == "none");

    /// <summary>Appendix C: 101|α − β| ≤ 99(α + β) ⟺ 1/100 ≤ α/β ≤ 100.</summary>
    [ClaimCheck("ratio-bound-rearrangement")]
    internal static CheckResult RatioBoundRearrangement(CheckContext context) => RatioBound(context.ClaimId);

    private static CheckResult SummationBound(string claimId)
    {
        // Σ_{i=0}^{t} 1/(i+1)² ≤ 1 + Σ_{n≥2} (1/(n−1) − 1/n) = 2; 1/√r ≤ 1.
        decimal sumBound = 2m;
        decimal addedTermOverEpsilon = 40m * sumBound / 10000m; // 40√r‖M‖³ · Σ · (ε/r)/(10⁴‖M‖³) ≤ 40·2/10⁴ · ε
        var steps = new List<string>
        {
            "Σ_{i=0}^{t} 1/(i+1)² ≤ 1 + Σ_{n=2}^{∞} (1/(n−1) − 1/n) = 2 for every t (telescoping, 1/n² ≤ 1/(n(n−1)))",
            "40√r‖M*‖³ · (ε/r)/(100²‖M*‖³) = 40ε/(10⁴√r) ≤ 40ε/10⁴ for r ≥ 1",
            string.Create(CultureInfo.InvariantCulture, $"added term ≤ {addedTermOverEpsilon}·ε ≤ 0.5·ε, so ε/2 + added ≤ ε"),
        };
        if (addedTermOverEpsilon > 0.5m)
        {
            return ExactCheck.Counterexample(claimId, "r = 1", "r = 1", steps[^1]);
        }

        double partial = 0;
        for (int i = 0; i < 100000; i++)
        {
            partial += 1.0 / ((i + 1.0) * (i + 1.0));
        }

        steps.Add(string.Create(CultureInfo.InvariantCulture, $"sanity: Σ_{{i<10⁵}} 1/(i+1)² = {partial:G8} < 2"));
        return ExactCheck.Proved("all t ≥ 0, r ≥ 1, ε > 0 (exact bound)", steps, "telescoping bound", "1/√r ≤ 1");
    }

    private static CheckResult SmoothnessConstantAndStep(CheckContext context)
    {
        var steps = new List<string>
        {
            "Lemma B.1 with c = 11√r: 6c + 2 = 66√r + 2, so β = (66√r + 2)‖M*‖_F",
            "η_t ≤ η₀ = √(ε/r)/(100‖M*‖^{3/2}); η₀β = √(ε/‖M*‖)·(66 + 2/√r)/100",
            "with ε < ‖M*‖_F and r ≥ 1: η₀β < (66 + 2)/100 = 0.68 < 1",
        };
        double worst = 0;
        int instances = 0;
        for (int r = 1; r <= 100; r++)
        {
            for (int k = 1; k < 1000; k++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                double epsilonOverM = k / 1000.0;
                double product = Math.Sqrt(epsilonOverM) * (66 + (2 / Math.Sqrt(r))) / 100;
                worst = Math.Max(worst, product);
                instances++;
            }
        }

        steps.Add(string.Create(CultureInfo.InvariantCulture, $"sanity grid (r ≤ 100, ε/‖M*‖ ∈ (0, 1), {instances} points): max η₀β = {worst:G4} < 1"));
        return worst < 1
            ? ExactCheck.Proved("all r ≥ 1, 0 < ε < ‖M*‖_F, t ≥ 0 (exact bound)", steps, "Lemma B.1", "η_t decreasing in t")
            : ExactCheck.Counterexample(context.ClaimId, "grid point", "grid point", $"η₀β = {worst} ≥ 1");
    }

    private static CheckResult RatioBound(string claimId)
    {
        // 101(α − β) ≤ 99(α + β) ⟺ α ≤ 100β; symmetric. Boundary and beyond-boundary checks in exact decimals.
        var steps = new List<string>
        {
            "101(α − β) ≤ 99(α + β) ⟺ 2α ≤ 200β ⟺ α/β ≤ 100 (β > 0)",
            "101(β − α) ≤ 99(α + β) ⟺ 2β ≤ 200α ⟺ α/β ≥ 1/100 (α > 0)",
        };
        decimal beta = 1m;
        foreach (decimal alpha in new[] { 100m, 0.01m })
        {
            decimal lhs = 101m * Math.Abs(alpha - beta);
            decimal rhs = 99m * (alpha + beta);
            if (lhs != rhs)
            {
                return ExactCheck.Counterexample(claimId, $"α = {alpha}, β = 1", $"α = {alpha}", $"boundary not tight: {lhs} vs {rhs}");
            }

            steps.Add(string.Create(CultureInfo.InvariantCulture, $"α/β = {alpha}: 101|α − β| = {lhs} = 99(α + β) (boundary attained)"));
        }

        decimal outside = 101m;
        if (101m * Math.Abs(outside - beta) <= 99m * (outside + beta))
        {
            return ExactCheck.Counterexample(claimId, "α = 101, β = 1", "α = 101", "ratio 101 meets the bound");
        }

        steps.Add("α/β = 101: 101·100 = 10100 > 99·102 = 10098 (excluded)");
        return ExactCheck.Proved("all α, β > 0 (exact)", steps, "linear rearrangement");
    }

    /// <summary>
    /// dhl Appendix C, the initialization event: u₀ ∈ ℝ^{d₁}, v₀ ∈ ℝ^{d₂} with i.i.d. N(0, δ²) entries (the
    /// standard-deviation reading of N(0, δI), the one under which the printed ranges scale), δ = c_init√(σ₁/d),
    /// d₁ = d₂ = d. Then α₀ = u₀ᵀu* ~ N(0, δ²) and α²_{0,⊥} = ‖U*_⊥u₀‖² ~ δ²χ²_{d−1}, independent, and likewise for v₀,
    /// so P(|α₀|, |β₀| ∈ [0.1δ, 10δ], α_{0,⊥}, β_{0,⊥} ≤ 10c_init√σ₁ = 10δ√d)
    /// = (P(0.1 ≤ |Z| ≤ 10)·P(χ²_{d−1} ≤ 100d))² ≈ 0.847 for every d, evaluated in closed form (erf and the χ² CDF).
    /// "With high probability" is unspecified; Theorem 3.2 holds "with constant probability", so it is read as a
    /// probability at least 1/2 for every d (a constant, not 1 − o(1): the value does not tend to 1).
    /// <paramref name="standardDeviationReading"/> false is the negative control: under the variance reading
    /// α₀ ~ N(0, δ) and the event has probability far below 1/2 for c_init = 10⁻², so the check must refute.
    /// </summary>
    /// <param name="claimId">The claim id, for the re-run command of a violation.</param>
    /// <param name="standardDeviationReading">Whether δ is the standard deviation (true) or the variance (false).</param>
    /// <returns>The result.</returns>
    internal static CheckResult InitializationEvent(string claimId, bool standardDeviationReading)
    {
        const double cInit = 1e-2, sigma1 = 1;
        var acc = new SlackAccumulator(1e-12);
        var values = new List<string>();
        foreach (int d in new[] { 10, 100, 1000, 100_000 })
        {
            double delta = cInit * Math.Sqrt(sigma1 / d);
            double scale = standardDeviationReading ? delta : Math.Sqrt(delta);
            double lo = 0.1 * delta / scale, hi = 10 * delta / scale;
            double parallel = MathNet.Numerics.SpecialFunctions.Erf(hi / Math.Sqrt(2)) - MathNet.Numerics.SpecialFunctions.Erf(lo / Math.Sqrt(2));
            double perpBound = 10 * cInit * Math.Sqrt(sigma1) / scale;
            double perp = MathNet.Numerics.Distributions.ChiSquared.CDF(d - 1, perpBound * perpBound);
            double probability = Math.Pow(parallel * perp, 2);
            values.Add(string.Create(CultureInfo.InvariantCulture, $"d = {d}: {probability:G4}"));
            int dim = d;
            acc.Add(InstanceOutcome.Inequality(0.5, probability), (ulong)d, () => string.Create(CultureInfo.InvariantCulture, $"d₁ = d₂ = {dim}, c_init = 10⁻², σ₁ = 1, {(standardDeviationReading ? "standard-deviation" : "variance")} reading: P(event) = (P(|α₀| ∈ [0.1δ, 10δ])·P(α_{{0,⊥}} ≤ 10c_init√σ₁))² = ({parallel:G6}·{perp:G6})² = {probability:G6}"));
        }

        return acc.ToResult(
            claimId,
            "d₁ = d₂ = d ∈ {10, 100, 1000, 100000}, c_init = 10⁻², σ₁ = 1, closed form (erf, χ² CDF)",
            (standardDeviationReading ? "N(0, δI) read as standard deviation δ" : "N(0, δI) read as variance δ (negative control)")
            + "; 'with high probability' read as probability ≥ 1/2 for every d (Theorem 3.2 is a constant-probability statement): P(event) = "
            + string.Join(", ", values) + " (a constant ≈ P(0.1 ≤ |Z| ≤ 10)² ≈ 0.847, not tending to 1)");
    }
}
