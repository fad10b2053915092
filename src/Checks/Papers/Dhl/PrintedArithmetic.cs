namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// The checks of dhl that need no numeric or symbolic engine: the homogeneity identity of the activations on an exact
/// dyadic grid, shape arithmetic on printed formulas, exact witnesses for false proof steps, exact arithmetic on the
/// printed numbers of Section 4 and exact scalar derivations. The witnesses of refuted printed steps name their claim
/// in the re-run command of the evidence.
/// </summary>
public static class PrintedArithmetic
{
    /// <summary>§2: φ(x) = φ′(x)·x for ReLU, leaky ReLU and the identity, exactly on a dyadic grid.</summary>
    [ClaimCheck("activations-are-homogeneous", Parameters = [ClaimMutation.Key])]
    internal static CheckResult ActivationsAreHomogeneous(CheckContext context) => ClaimMutation.Read(context, "tanh", "softplus") switch
    {
        "tanh" => CheckHomogeneous("tanh (negative control)", Math.Tanh, x => [1 - (Math.Tanh(x) * Math.Tanh(x))]),
        "softplus" => CheckHomogeneous("softplus (negative control)", x => Math.Log(1 + Math.Exp(x)), x => [1 / (1 + Math.Exp(-x))]),
        _ => HomogeneousActivations(),
    };

    /// <summary>§4: the printed layer shapes compose.</summary>
    [ClaimCheck("experiment-network-shapes")]
    internal static CheckResult ExperimentNetworkShapes(CheckContext context) => NetworkShapes();

    /// <summary>§4: the printed variances give equal expected squared norms.</summary>
    [ClaimCheck("experiment-initialization-norms")]
    internal static CheckResult ExperimentInitializationNorms(CheckContext context) => BalancedInitializationNorms();

    /// <summary>§4: the printed final norm differences against the stated bound (the run of Figure 2, with the printed numbers as arguments).</summary>
    [ClaimCheck("printed-final-norm-differences-within-stated-bound", Parameters = ["first", "second", "third", "bound", "claim"])]
    internal static CheckResult PrintedFinalNormDifferencesWithinStatedBound(CheckContext context) => PrintedDifferenceBound(context);

    /// <summary>Claim B.1, proof: the printed U_tᵀR_tᵀR_tU_t is a defined product.</summary>
    [ClaimCheck("printed-one-step-identity-product-is-defined")]
    internal static CheckResult PrintedOneStepIdentityProductIsDefined(CheckContext context) => ShapeError("dhl/claimb.1#identity", d1: 2, d2: 3, r: 1, "U_tᵀR_tᵀR_tU_t: R_tᵀR_t ∈ ℝ^{3×3} times U_t ∈ ℝ^{2×1}", leftCols: 3, rightRows: 2);

    /// <summary>Claim B.1, proof: the summation bound.</summary>
    [ClaimCheck("step-size-sum-bound")]
    internal static CheckResult StepSizeSumBound(CheckContext context) => SummationBound();

    /// <summary>Claim B.2, proof: the printed middle step 11√r‖M*‖ + ε/100 ≤ 11√r‖M*‖.</summary>
    [ClaimCheck("printed-spurious-middle-step")]
    internal static CheckResult PrintedSpuriousMiddleStep(CheckContext context) => SpuriousMiddleStep();

    /// <summary>Claim B.2, proof: η_tβ &lt; 1.</summary>
    [ClaimCheck("smoothness-constant-times-step-below-one")]
    internal static CheckResult SmoothnessConstantTimesStepBelowOne(CheckContext context) => SmoothnessConstantAndStep(context);

    /// <summary>Claim B.3, proof: the printed final step.</summary>
    [ClaimCheck("printed-squared-norm-step")]
    internal static CheckResult PrintedSquaredNormStep(CheckContext context) => SquaredNormStep();

    /// <summary>Claim B.5: the printed UΔ_V is a defined product.</summary>
    [ClaimCheck("printed-claim-b5-product-is-defined")]
    internal static CheckResult PrintedClaimB5ProductIsDefined(CheckContext context) => ShapeError("dhl/claimb.5", d1: 2, d2: 3, r: 1, "UΔ_V: U ∈ ℝ^{2×1} times Δ_V ∈ ℝ^{3×1}", leftCols: 1, rightRows: 3);

    /// <summary>(21): the printed U*U* is a defined product.</summary>
    [ClaimCheck("printed-gram-identity-product-is-defined")]
    internal static CheckResult PrintedGramIdentityProductIsDefined(CheckContext context) => ShapeError("dhl/eq21", d1: 2, d2: 3, r: 1, "U*U*: U* ∈ ℝ^{2×1} times U* ∈ ℝ^{2×1}", leftCols: 1, rightRows: 2);

    /// <summary>Appendix C: the initialization event has probability ≥ 1/2 for every d (standard-deviation reading).</summary>
    [ClaimCheck("initialization-event-probability-at-least-one-half", Parameters = [ClaimMutation.Key])]
    internal static CheckResult InitializationEventProbabilityAtLeastOneHalf(CheckContext context)
        => InitializationEvent(standardDeviationReading: ClaimMutation.Read(context, "variance-reading") == "none");

    /// <summary>Appendix C: 101|α − β| ≤ 99(α + β) ⟺ 1/100 ≤ α/β ≤ 100.</summary>
    [ClaimCheck("ratio-bound-rearrangement")]
    internal static CheckResult RatioBoundRearrangement(CheckContext context) => RatioBound();

    /// <summary>
    /// Checks the homogeneity identity φ(x) = g·x for every element g of the sub-differential, exactly, on the dyadic
    /// grid x = k/8 (k = −64 … 64, exactly representable, 0 included). Public so that tests can run its negative
    /// control (tanh must be refuted).
    /// </summary>
    /// <param name="name">The activation's name.</param>
    /// <param name="phi">The activation.</param>
    /// <param name="subdifferential">The elements of the sub-differential at x (one element where differentiable).</param>
    /// <returns>Verified with exact comparisons, or refuted with the first x and g that fail.</returns>
    public static CheckResult CheckHomogeneous(string name, Func<double, double> phi, Func<double, IReadOnlyList<double>> subdifferential)
    {
        ArgumentNullException.ThrowIfNull(phi);
        ArgumentNullException.ThrowIfNull(subdifferential);
        int instances = 0;
        for (int k = -64; k <= 64; k++)
        {
            double x = k / 8.0;
            foreach (double g in subdifferential(x))
            {
                instances++;
                double lhs = phi(x);
                double rhs = g * x;
                if (lhs != rhs)
                {
                    return ExactCheck.Counterexample(
                        "dhl/text4",
                        string.Create(CultureInfo.InvariantCulture, $"{name}, x = {x}, g = {g:R}"),
                        string.Create(CultureInfo.InvariantCulture, $"x = {x}"),
                        string.Create(CultureInfo.InvariantCulture, $"φ(x) = {lhs:R} ≠ g·x = {rhs:R}"));
                }
            }
        }

        return CheckResult.Verified(
            "dyadic grid x = k/8, |k| ≤ 64, every listed sub-gradient, exact",
            new NumericEvidence(
                $"{name}: φ(x) = g·x on the exact dyadic grid (identity: error 0 required; worst ratio = max |φ(x) − gx|)",
                instances, 0, 0, 0, null, null));
    }

    private static CheckResult HomogeneousActivations()
    {
        (string Name, Func<double, double> Phi, Func<double, IReadOnlyList<double>> Sub)[] activations =
        [
            ("ReLU", x => Math.Max(x, 0), x => x > 0 ? [1.0] : x < 0 ? [0.0] : [0.0, 0.5, 1.0]),
            ("Leaky ReLU α = 1/4", x => Math.Max(x, 0.25 * x), x => x > 0 ? [1.0] : x < 0 ? [0.25] : [0.25, 0.625, 1.0]),
            ("Leaky ReLU α = 1/2", x => Math.Max(x, 0.5 * x), x => x > 0 ? [1.0] : x < 0 ? [0.5] : [0.5, 0.75, 1.0]),
            ("identity", x => x, _ => [1.0]),
        ];
        int total = 0;
        foreach (var (name, phi, sub) in activations)
        {
            var result = CheckHomogeneous(name, phi, sub);
            if (result.Verdict != Verdict.Verified)
            {
                return result;
            }

            total += ((NumericEvidence)result.Evidence).InstancesTried;
        }

        return CheckResult.Verified(
            "ReLU, Leaky ReLU (α = 1/4, 1/2), identity; dyadic grid x = k/8, |k| ≤ 64, all listed sub-gradients at 0; exact",
            new NumericEvidence(
                "φ(x) = g·x for every sub-gradient g, exact comparisons (identity: error 0; worst ratio = max |φ(x) − gx|)",
                total, 0, 0, 0, null, null));
    }

    private static CheckResult NetworkShapes()
    {
        // x ∈ ℝ^{1000}, W₁ ∈ ℝ^{100×1000}, W₂ ∈ ℝ^{100×100}, W₃ ∈ ℝ^{10×100}.
        (string Name, int Rows, int Cols)[] layers = [("W₁", 100, 1000), ("W₂", 100, 100), ("W₃", 10, 100)];
        int current = 1000;
        var steps = new List<string>();
        foreach (var (name, rows, cols) in layers)
        {
            if (cols != current)
            {
                return ExactCheck.ShapeError("dhl/text9", $"{name} ∈ ℝ^{{{rows}×{cols}}} applied to ℝ^{{{current}}}", $"{cols} ≠ {current}");
            }

            steps.Add($"{name} ∈ ℝ^{{{rows}×{cols}}} maps ℝ^{{{cols}}} → ℝ^{{{rows}}}");
            current = rows;
        }

        steps.Add($"output in ℝ^{{{current}}}");
        return ExactCheck.Proved(ExactCheck.PrintedNumbersScope, steps, "dimension matching");
    }

    private static CheckResult BalancedInitializationNorms()
    {
        (string Name, int Entries, decimal Variance)[] layers =
            [("W₁", 100 * 1000, 1e-4m / 100), ("W₂", 100 * 100, 1e-4m / 10), ("W₃", 10 * 100, 1e-4m)];
        var expected = layers.Select(l => l.Entries * l.Variance).ToArray();
        var steps = layers.Select((l, i) => string.Create(
            CultureInfo.InvariantCulture, $"E‖{l.Name}‖²_F = {l.Entries} · {l.Variance} = {expected[i]}")).ToList();
        if (expected.Distinct().Count() != 1)
        {
            return ExactCheck.Counterexample("dhl/text10", "printed variances", "printed variances", string.Join("; ", steps));
        }

        steps.AddRange(layers.Select(l => string.Create(
            CultureInfo.InvariantCulture, $"relative std of ‖{l.Name}‖²_F = √(2/{l.Entries}) = {Math.Sqrt(2.0 / l.Entries):G3}")));
        return ExactCheck.Proved(ExactCheck.PrintedNumbersScope, steps, "E‖W‖²_F = (number of entries)·(variance)");
    }

    private static CheckResult PrintedDifferenceBound(CheckContext context)
    {
        decimal Printed(string key) => decimal.Parse(context.Argument(key), NumberStyles.Float, CultureInfo.InvariantCulture);
        (string Name, decimal A, decimal B)[] pairs =
            [("‖W₁‖²_F − ‖W₂‖²_F", Printed("first"), Printed("second")), ("‖W₂‖²_F − ‖W₃‖²_F", Printed("second"), Printed("third"))];
        decimal bound = Printed("bound");
        string id = context.Argument("claim");
        var steps = new List<string>();
        foreach (var (name, a, b) in pairs)
        {
            decimal difference = Math.Abs(a - b);
            string line = string.Create(CultureInfo.InvariantCulture, $"|{name}| at iteration 10,000 = |{a} − {b}| = {difference}");
            if (difference > bound)
            {
                return ExactCheck.Counterexample(
                    id,
                    string.Create(CultureInfo.InvariantCulture, $"the printed norms after 10,000 iterations: {a} and {b}"),
                    string.Create(CultureInfo.InvariantCulture, $"{a} - {b}"),
                    string.Create(CultureInfo.InvariantCulture, $"{line} > {bound} (the bound stated for all iterations)"));
            }

            steps.Add(string.Create(CultureInfo.InvariantCulture, $"{line} ≤ {bound}"));
        }

        return ExactCheck.Proved(ExactCheck.PrintedNumbersScope, steps, "exact decimal arithmetic");
    }

    private static CheckResult ShapeError(string id, int d1, int d2, int r, string product, int leftCols, int rightRows)
        => leftCols == rightRows
            ? ExactCheck.Proved("shape check", [product + " is defined"])
            : ExactCheck.ShapeError(
                id,
                $"d₁ = {d1}, d₂ = {d2}, r = {r}",
                $"{product}: inner dimensions {leftCols} ≠ {rightRows}");

    private static CheckResult SummationBound()
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
            return ExactCheck.Counterexample("dhl/claimb.1#sum", "r = 1", "r = 1", steps[^1]);
        }

        double partial = 0;
        for (int i = 0; i < 100000; i++)
        {
            partial += 1.0 / ((i + 1.0) * (i + 1.0));
        }

        steps.Add(string.Create(CultureInfo.InvariantCulture, $"sanity: Σ_{{i<10⁵}} 1/(i+1)² = {partial:G8} < 2"));
        return ExactCheck.Proved("all t ≥ 0, r ≥ 1, ε > 0 (exact bound)", steps, "telescoping bound", "1/√r ≤ 1");
    }

    private static CheckResult SpuriousMiddleStep()
    {
        // Witness r = 1, ‖M*‖_F = 1, ε = 1/2: the printed step 11√r‖M*‖ + ε/100 ≤ 11√r‖M*‖.
        decimal normM = 1m, epsilon = 0.5m;
        decimal left = (11m * normM) + (epsilon / 100m);
        decimal right = 11m * normM;
        return left <= right
            ? ExactCheck.Proved(ExactCheck.PrintedNumbersScope, ["the printed step holds on the witness"])
            : ExactCheck.Counterexample(
                "dhl/claimb.2#norm",
                "r = 1, ‖M*‖_F = 1, ε = 1/2 (0 < ε < ‖M*‖_F)",
                @"r = 1,\ \|M^*\|_F = 1,\ \epsilon = 1/2",
                string.Create(CultureInfo.InvariantCulture, $"11√r‖M*‖_F + ε/100 = {left} > 11√r‖M*‖_F = {right} (false for every ε > 0)"));
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
            : ExactCheck.Counterexample("dhl/claimb.2#beta", "grid point", "grid point", $"η₀β = {worst} ≥ 1");
    }

    private static CheckResult SquaredNormStep()
    {
        // Witness r = 1, ‖M*‖_F = 1/2: compare squares of √(19r)‖M*‖ and 5√r‖M*‖².
        decimal normM = 0.5m;
        decimal leftSquared = 19m * normM * normM; // (√19‖M‖)² = 19/4
        decimal right = 5m * normM * normM; // 5‖M‖² = 5/4
        decimal rightSquared = right * right; // 25/16
        return leftSquared <= rightSquared
            ? ExactCheck.Proved(ExactCheck.PrintedNumbersScope, ["the printed step holds on the witness"])
            : ExactCheck.Counterexample(
                "dhl/claimb.3#final",
                "r = 1, ‖M*‖_F = 1/2 (the premises of (15) can be met, e.g. U = V = 0)",
                @"r = 1,\ \|M^*\|_F = 1/2",
                string.Create(CultureInfo.InvariantCulture, $"(√(19r)‖M*‖_F)² = {leftSquared} > (5√r‖M*‖²_F)² = {rightSquared}"));
    }

    /// <summary>
    /// Negative control of dhl/eq23#perp: outside the regime of Theorem 3.2 (η‖v_t‖² = 4 > 1) the printed ⊥-update
    /// without absolute values fails on an exact integer witness (d₁ = d₂ = 2, u* = v* = e₁, σ₁ = 1, η = 1,
    /// u_t = (0, 1), v_t = (0, 2): α_{t+1,⊥} = 3, printed −3), so the regime hypothesis is needed.
    /// </summary>
    /// <returns>Refuted (a proof result would mean the control is broken).</returns>
    public static CheckResult ComplementUpdateOutsideRegime()
    {
        // d₁ = d₂ = 2, u* = v* = e₁, σ₁ = 1, η = 1, u_t = (0, 1), v_t = (0, 2); M* = σ₁u*v*ᵀ.
        int[] u = [0, 1], v = [0, 2];
        int[] uStar = [1, 0], vStar = [1, 0];
        const int sigma = 1, eta = 1;
        int vNormSquared = (v[0] * v[0]) + (v[1] * v[1]);
        int vDotVStar = (v[0] * vStar[0]) + (v[1] * vStar[1]);
        // u_{t+1} = u − η(u vᵀ − σ u* v*ᵀ) v = u − η(u‖v‖² − σ u*(v*ᵀv)).
        int[] next = [u[0] - (eta * ((u[0] * vNormSquared) - (sigma * uStar[0] * vDotVStar))), u[1] - (eta * ((u[1] * vNormSquared) - (sigma * uStar[1] * vDotVStar)))];
        int alphaPerpNext = Math.Abs(next[1]); // ‖(I − u*u*ᵀ)u_{t+1}‖ with u* = e₁
        int alphaPerp = Math.Abs(u[1]);
        int printed = (1 - (eta * vNormSquared)) * alphaPerp;
        return printed == alphaPerpNext
            ? ExactCheck.Proved(ExactCheck.PrintedNumbersScope, ["the printed update holds on the witness"])
            : ExactCheck.Counterexample(
                "dhl/eq23#perp",
                $"d₁ = d₂ = 2, u* = v* = e₁, σ₁ = {sigma}, η = {eta}, u_t = ({u[0]}, {u[1]}), v_t = ({v[0]}, {v[1]}); u_{{t+1}} = ({next[0]}, {next[1]})",
                @"u^* = v^* = e_1,\ \sigma_1 = 1,\ \eta = 1,\ u_t = (0, 1),\ v_t = (0, 2)",
                $"α_{{t+1,⊥}} = {alphaPerpNext} but the printed (1 − η‖v_t‖²)α_{{t,⊥}} = {printed}");
    }

    private static CheckResult RatioBound()
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
                return ExactCheck.Counterexample("dhl/text23", $"α = {alpha}, β = 1", $"α = {alpha}", $"boundary not tight: {lhs} vs {rhs}");
            }

            steps.Add(string.Create(CultureInfo.InvariantCulture, $"α/β = {alpha}: 101|α − β| = {lhs} = 99(α + β) (boundary attained)"));
        }

        decimal outside = 101m;
        if (101m * Math.Abs(outside - beta) <= 99m * (outside + beta))
        {
            return ExactCheck.Counterexample("dhl/text23", "α = 101, β = 1", "α = 101", "ratio 101 meets the bound");
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
    /// <param name="standardDeviationReading">Whether δ is the standard deviation (true) or the variance (false).</param>
    /// <returns>The result.</returns>
    internal static CheckResult InitializationEvent(bool standardDeviationReading)
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
            "dhl/text21",
            "d₁ = d₂ = d ∈ {10, 100, 1000, 100000}, c_init = 10⁻², σ₁ = 1, closed form (erf, χ² CDF)",
            (standardDeviationReading ? "N(0, δI) read as standard deviation δ" : "N(0, δI) read as variance δ (negative control)")
            + "; 'with high probability' read as probability ≥ 1/2 for every d (Theorem 3.2 is a constant-probability statement): P(event) = "
            + string.Join(", ", values) + " (a constant ≈ P(0.1 ≤ |Z| ≤ 10)² ≈ 0.847, not tending to 1)");
    }
}
