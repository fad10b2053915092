using DeepLinear.Checks.Reproductions;
using DeepLinear.Numeric.Losses;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using static DeepLinear.Checks.Papers.Acgh.AcghCheckSupport;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>
/// Claims 4 and 5 of acgh by their explicit constructions (Appendices D.6–D.7), Lemmas 17–18. The Claim-4 iterates grow
/// doubly exponentially (|W(t+1)| ≈ η|W(t)|^{2N−1}) and overflow doubles after a few steps: the first step is taken in
/// exact rational arithmetic and the recursion continues in (sign, log|·|) form (<see cref="SignedLog"/>), so overflow
/// is never reported as NaN; the Claim-5 runs use the eigen-decomposition of Lemma 18 in the same log form and are
/// cross-checked against the numeric engine's descent while it stays finite.
/// </summary>
public static class DivergentDescentConstructions
{
    /// <summary>A property of the Claim-4 runs (the explicit construction (50)–(51)); the property is the claim's
    /// <c>with: { property: … }</c>: <c>loss-stays-above-bound</c> (Claim 4), <c>signs-alternate-and-magnitudes-grow</c>
    /// (Lemma 17's induction), <c>loss-at-least-doubles-each-step</c>. <c>balanced-start: 1</c> is the negative control: the
    /// same product c from the 0-balanced start Wⱼ(0) = c^{1/N} (A = 1) with η at the bound (7) of Theorem 1, which
    /// converges, so the divergence claims must be refuted.</summary>
    /// <param name="context">The context with the argument <c>property</c>.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("margin-without-balance-descent-diverges", Parameters = ["property", "balanced-start"])]
    internal static CheckResult DivergentRuns(CheckContext context) =>
        ClaimFourRuns(context.ClaimId, context.Argument("property"), Variant(context, "balanced-start", 0) != 0);

    /// <summary>
    /// Lemma 17 with an exact witness at t = 1 (the weakest admissible constants are B = minⱼ|Wⱼ(1)|, C = maxⱼ|Wⱼ(1)|): N = 2, η = 1,
    /// c = (199/200)², Φ = 1, A from (50) = max{√2, 2/(η(1−c)c^{1/2}) ≈ 201.5, 2000, 20, √(2·10⁴) ≈ 141.4} = 2000 (rational), W(0) from (51).
    /// Then W₁(1) = c^{1/2}A − η(c−1)c^{1/2}/A and W₂(1) = c^{1/2}/A − η(c−1)c^{1/2}A exactly, and ηmin³ &lt; 20·max, so no B(1) ≤ min,
    /// C(1) ≥ max with ηB(1)^{2N−1} ≥ 20C(1) exist. The log-domain runs of acgh/claim4 give further failures (e.g. N = 2, η = 10⁻³, c = 0.9).
    /// </summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("growth-induction-fails-at-first-step-exactly")]
    internal static CheckResult GrowthInductionAsPrinted(CheckContext context)
    {
        var root = new Rational(199, 200);
        var c = root * root;
        var eta = Rational.One;
        var a = new Rational(2000, 1);

        // The terms of (50) other than 2000, bounded exactly: √(ηN) = √2 < 2; 2/(η(1−c)c^{1/2}) < 2000 ⇔ 2 < 2000η(1−c)c^{1/2};
        // 20/η = 20; (20·10³/η⁴)^{1/2} = √20000 < 2000 ⇔ 20000 < 4·10⁶.
        bool aIs2000 = 2 < 2000 * eta * (Rational.One - c) * root && new Rational(20000, 1) < new Rational(4_000_000, 1);
        var w1 = (root * a) - (eta * (c - Rational.One) * root / a);
        var w2 = (root / a) - (eta * (c - Rational.One) * root * a);
        var b = w1 < w2 ? w1 : w2;
        var cMax = w1 < w2 ? w2 : w1;
        bool fails = eta * b.Pow(3) < 20 * cMax && b >= 2 && w1 > Rational.Zero && w2 > Rational.Zero;
        if (!aIs2000 || !fails)
        {
            return ClaimFourRuns(context.ClaimId, "signs-alternate-and-magnitudes-grow");
        }

        return ExactCheck.Counterexample(
            context.ClaimId,
            "N = 2, η = 1, c = (199/200)², Φ = 1, A = 2000 (the maximum in (50), exact), W₁(0) = (199/200)·2000, W₂(0) = (199/200)/2000, t = 1",
            @"N = 2,\ \eta = 1,\ c = (199/200)^2,\ A = 2000,\ t = 1",
            $"W₁(1) = {w1} ≈ {w1.ToDouble():G8} and W₂(1) = {w2} ≈ {w2.ToDouble():G8} (exact): any admissible B(1) ≤ W₂(1) and C(1) ≥ W₁(1) give "
            + $"ηB(1)³ ≤ {(eta * b.Pow(3)).ToDouble():G6} < {(20 * cMax).ToDouble():G6} ≤ 20C(1), so 'ηB(t)^(2N−1) ≥ 20C(t)' fails at t = 1 "
            + "(the base case of the proof takes B(1) = min{η, 1}A/10 = 200 > W₂(1), acgh/lemma17#base); Claim 4 itself still holds on this instance (acgh/claim4)");
    }

    /// <summary>The scalar update of the proof of Claim 4, exactly.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("scalar-product-loss-update-exact")]
    internal static CheckResult ScalarUpdate(CheckContext context)
    {
        var steps = new List<string>();
        foreach (int n in ClaimFourDepths)
        {
            var names = new VariableNames();
            var w = Enumerable.Range(1, n).Select(j => Polynomial.Variable(names.Fresh($"w{j}", $"w_{{{j}}}"))).ToArray();
            var product = w.Aggregate(Polynomial.One, (x, y) => x * y);
            var loss = (Polynomial.One - product).Pow(2).Scale(new Rational(1, 2));
            for (int j = 0; j < n; j++)
            {
                var others = w.Where((_, i) => i != j).Aggregate(Polynomial.One, (x, y) => x * y);
                var printed = (product - Polynomial.One) * others;
                if (!(loss.Derivative(names.Count - n + j) - printed).IsZero)
                {
                    return ExactCheck.Counterexample(context.ClaimId, $"N = {n}, j = {j + 1}", "instance", "∂/∂wⱼ ½(1 − ∏w)² ≠ (∏w − 1)∏_{i≠j}wᵢ");
                }
            }

            // First step at W(0) from (51) with c = r^N, A = 2000, η = 1/10 (exact): compare with the printed W_j(1).
            var root = new Rational(19, 20);
            var c = root.Pow(n);
            var a = new Rational(2000, 1);
            var eta = new Rational(1, 10);
            var w0 = Enumerable.Range(1, n).Select(j => j <= n / 2 ? a * root : root / a).ToArray();
            var prod = w0.Aggregate(Rational.One, (x, y) => x * y);
            for (int j = 0; j < n; j++)
            {
                var othersValue = prod / w0[j];
                var next = w0[j] - (eta * (prod - Rational.One) * othersValue);
                var printed = j < n / 2 ? (root * a) - (eta * (c - Rational.One) * root.Pow(n - 1) / a) : (root / a) - (eta * (c - Rational.One) * root.Pow(n - 1) * a);
                if (next != printed)
                {
                    return ExactCheck.Counterexample(context.ClaimId, $"N = {n}, j = {j + 1}, c = {c}, A = 2000, η = 1/10", "instance", $"W_j(1) = {next} ≠ printed {printed}");
                }
            }

            steps.Add($"N = {n}: ∂/∂wⱼ ½(1 − ∏w)² = (∏w − 1)∏_(i≠j)wᵢ (canonical polynomial form), and the printed Wⱼ(1) equals the exact first step at c = (19/20)^N, A = 2000, η = 1/10");
        }

        return ExactScoped("N ∈ {2, 4, 6}: symbolic gradient and exact rational first step", steps, "polynomial differentiation", "exact rationals");
    }

    /// <summary>The first-step bounds of the proof of Claim 4 (Lemma 17's base case) as printed, refuted exactly.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("first-step-bounds-fail-exactly", Parameters = ["bound"])]
    internal static CheckResult FirstStep(CheckContext context) => FirstStepBounds(context.ClaimId, context.Argument("bound"));

    /// <summary>Lemma 17's induction step on random states meeting its premises.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("growth-induction-step-holds", Parameters = ["drop-growth"])]
    internal static CheckResult GrowthStep(CheckContext context) => LemmaSeventeenStep(context, Variant(context, "drop-growth", 0) != 0);

    /// <summary>text26: the d-dimensional construction through the numeric engine (double, first two steps, d ∈ {2, 3}):
    /// off-first entries stay exactly 1 and 0, and the loss equals the scalar loss.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("diagonal-construction-matches-engine-steps")]
    internal static CheckResult DiagonalConstruction(CheckContext context)
    {
        var acc = new SlackAccumulator(1e-9);
        foreach (int n in new[] { 2, 4 })
        {
            foreach (int d in new[] { 2, 3 })
            {
                foreach (double eta in new[] { 1e-2, 1 })
                {
                    const double c = 0.9;
                    double a = Math.Exp(ClaimFourLogA(n, eta, c));
                    double root = Math.Pow(c, 1.0 / n);
                    var w = Enumerable.Range(1, n).Select(j => Matrix<double>.Build.DenseDiagonal(d, d, i => i == 0 ? (j <= n / 2 ? a * root : root / a) : 1)).ToArray();
                    var loss = new WhitenedLoss(Matrix<double>.Build.DenseIdentity(d));
                    var scalar = ClaimFourScalar(n, eta, c, 2);
                    for (int t = 1; t <= 2; t++)
                    {
                        var g = loss.Gradient(new DeepLinearNetwork(w));
                        w = w.Select((f, j) => f - (eta * g[j])).ToArray();
                        if (w.Any(f => !f.Enumerate().All(double.IsFinite)))
                        {
                            break;
                        }

                        double offFirst = w.Max(f => (f - Matrix<double>.Build.DenseDiagonal(d, d, i => i == 0 ? f[0, 0] : 1)).FrobeniusNorm());
                        int tt = t;
                        acc.Add(offFirst, 0, (ulong)t, () => $"N = {n}, d = {d}, η = {eta}, t = {tt}: off-first entries moved by {offFirst:G3}");
                        double first = Math.Log(Math.Abs(w[0][0, 0]));
                        acc.AddIdentity(first - scalar[t][0].Log, Math.Abs(first), (ulong)t, () => $"N = {n}, d = {d}, η = {eta}, t = {tt}: first entry differs from the scalar run", 1e-9);
                    }
                }
            }
        }

        return acc.ToResult(context.ClaimId, "N ∈ {2, 4}, d ∈ {2, 3}, η ∈ {10⁻², 1}, c = 0.9, first two steps of the engine's gradient (WhitenedLoss)", "diagonal construction of Appendix D.6 with Φ = I_d");
    }

    /// <summary>Claim 5: descent from the identity diverges for a target with a negative eigenvalue.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("identity-start-diverges-for-negative-eigenvalue", Parameters = ["positive-definite-target"])]
    internal static CheckResult IdentityStartDiverges(CheckContext context) =>
        ClaimFive(context.ClaimId, true, Variant(context, "positive-definite-target", 0) != 0);

    /// <summary>The eigen-decomposition argument of the proof of Claim 5, on the same runs.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("identity-start-eigenvalue-recursion")]
    internal static CheckResult EigenvalueRecursion(CheckContext context) => ClaimFive(context.ClaimId, false, false);

    /// <summary>The gradient at the identity start, exactly.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("gradient-at-identity-is-identity-minus-target")]
    internal static CheckResult GradientAtIdentity(CheckContext context)
    {
        var steps = new List<string>();
        foreach (int n in new[] { 2, 4 })
        {
            const int d = 2;
            var names = new VariableNames();
            var w = Enumerable.Range(1, n).Select(j => SymbolicMatrix.Fresh(names, $"W{j}", $"W_{{{j}}}", d, d)).ToArray();
            var phi = SymbolicMatrix.Fresh(names, "Φ", @"\Phi", d, d);
            var r = SymbolicPartial(w, n, 1, d) - phi;
            var loss = SymbolicMatrix.FrobeniusInner(r, r).Scale(new Rational(1, 2));
            var identity = new Dictionary<int, Polynomial>();
            foreach (var f in w)
            {
                for (int i = 0; i < d; i++)
                {
                    for (int k = 0; k < d; k++)
                    {
                        identity[f.VariableAt(i, k)] = i == k ? Polynomial.One : Polynomial.Zero;
                    }
                }
            }

            var expected = SymbolicMatrix.Identity(d) - phi;
            for (int j = 0; j < n; j++)
            {
                var gradient = EntrywiseCalculus.Gradient(loss, w[j]).Map(p => p.Substitute(identity));
                var outcome = EntrywiseIdentity.Check(gradient, expected, names);
                if (!outcome.Proved)
                {
                    return Refutation(context.ClaimId, $"N = {n}, j = {j + 1}", outcome, "∂L^N/∂Wⱼ at the identity ≠ I − Φ");
                }
            }

            steps.Add($"N = {n}, d = 2, Φ symbolic: ∂L^N/∂Wⱼ at Wᵢ = I equals I − Φ for every j (entry-wise)");
        }

        steps.Add("I − Φ ≠ 0 when Φ has a negative eigenvalue (Φ = I would have none); print note: the proof writes W_{1:j−1}(0) where (14) has its transpose — immaterial at the identity");
        return ExactScoped("entry-wise, N ∈ {2, 4}, d = 2", steps, "entry-wise differentiation", "substitution");
    }

    /// <summary>Lemma 18: descent from the identity stays in the target's eigenbasis.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("identity-start-stays-in-target-eigenbasis", Parameters = ["non-symmetric-target"])]
    internal static CheckResult StaysInEigenbasis(CheckContext context) => LemmaEighteen(context.ClaimId, Variant(context, "non-symmetric-target", 0) != 0);

    /// <summary>(50): A as the maximum of its five terms, computed in logs (no overflow).</summary>
    internal static double ClaimFourLogA(int n, double eta, double c) => new[]
    {
        0.5 * Math.Log(eta * n),
        Math.Log(2) - Math.Log(eta * (1 - c)) - ((n - 1.0) / n * Math.Log(c)),
        Math.Log(2000),
        Math.Log(20 / eta),
        (Math.Log(20) + ((2 * n - 1) * Math.Log(10)) - (2 * n * Math.Log(eta))) / (2 * n - 2),
    }.Max();

    /// <summary>The scalar Claim-4 run: W_j(t) in log form, t = 0..steps.</summary>
    private static List<SignedLog[]> ClaimFourScalar(int n, double eta, double c, int steps, bool balancedStart = false)
    {
        double logA = balancedStart ? 0 : ClaimFourLogA(n, eta, c);
        double logRoot = Math.Log(c) / n;
        var w = Enumerable.Range(1, n).Select(j => new SignedLog(1, j <= n / 2 ? logA + logRoot : logRoot - logA)).ToArray();
        var history = new List<SignedLog[]> { w };
        var etaLog = SignedLog.From(eta);
        for (int t = 0; t < steps; t++)
        {
            var product = w.Aggregate(new SignedLog(1, 0), (x, y) => x * y);
            var residual = product - SignedLog.From(1);
            var next = new SignedLog[n];
            for (int j = 0; j < n; j++)
            {
                var others = product / w[j];
                next[j] = w[j] - (etaLog * residual * others);
            }

            w = next;
            history.Add(w);
        }

        return history;
    }

    private static readonly int[] ClaimFourDepths = [2, 4, 6];
    private static readonly double[] ClaimFourEtas = [1e-3, 1e-2, 1, 10];
    private static readonly double[] ClaimFourMargins = [0.75, 0.9, 0.99];

    private static CheckResult ClaimFourRuns(string claimId, string property, bool balancedStart = false)
    {
        var acc = new SlackAccumulator(1e-12, 0);
        const int steps = 30;
        List<double>? plotX = null, plotY = null, plotBound = null;
        foreach (int n in ClaimFourDepths)
        {
            foreach (double gridEta in ClaimFourEtas)
            {
                foreach (double c in ClaimFourMargins)
                {
                    // Implementation note: the balanced control replaces η by the bound (7) at Φ = 1, c^{(4N−2)/N}/(6144N³).
                    double eta = balancedStart ? Math.Pow(c, (4.0 * n - 2) / n) / (6144.0 * n * n * n) : gridEta;
                    var history = ClaimFourScalar(n, eta, c, steps, balancedStart);
                    string setting = string.Create(CultureInfo.InvariantCulture, $"N = {n}, η = {eta}, c = {c}");
                    double boundLog = Math.Log(0.5 * Math.Pow(Math.Pow(2, n) - 1, 2));
                    double previousLossLog = double.NaN;
                    for (int t = 0; t <= steps; t++)
                    {
                        var w = history[t];
                        var product = w.Aggregate(new SignedLog(1, 0), (x, y) => x * y);
                        var residual = product - SignedLog.From(1);
                        double lossLog = residual.Sign == 0 ? double.NegativeInfinity : Math.Log(0.5) + (2 * residual.Log);
                        int tt = t;
                        switch (property)
                        {
                            case "loss-stays-above-bound":
                                if (t == 0)
                                {
                                    // Margin c at t = 0: σ_min(Φ) − |W_{1:N}(0) − 1| = 1 − (1 − c) = c (product exactly c up to rounding).
                                    double margin = 1 - Math.Abs(Math.Exp(product.Log) - 1);
                                    acc.AddIdentity(margin - c, 1, 0, () => setting + ": margin at t = 0", 1e-12);
                                }
                                else
                                {
                                    // ℓ(t) ≥ ½(2^N − 1)² compared in logs: −ln ℓ ≤ −ln bound.
                                    acc.Add(boundLog, lossLog, (ulong)t, () => $"{setting}, t = {tt}: ln ℓ = {lossLog:G6} < ln(½(2^N − 1)²) = {boundLog:G6}");
                                }

                                break;
                            case "signs-alternate-and-magnitudes-grow":
                                if (t >= 1)
                                {
                                    int sign = w[0].Sign;
                                    bool same = w.All(x => x.Sign == sign);
                                    bool alternates = t == 1 || history[t - 1][0].Sign == -sign;
                                    acc.Add(same && alternates ? 0 : 1, 0, (ulong)t, () => $"{setting}, t = {tt}: signs not equal or not alternating");
                                    double logB = w.Min(x => x.Log), logC = w.Max(x => x.Log);
                                    acc.Add(Math.Log(2), logB, (ulong)t, () => $"{setting}, t = {tt}: min|Wⱼ(t)| = e^{logB:G6} < 2");

                                    // ηB^{2N−1} ≥ 20C with the weakest witnesses B = min|Wⱼ|, C = max|Wⱼ| (compared in logs).
                                    acc.Add(Math.Log(20) + logC, Math.Log(eta) + ((2 * n - 1) * logB), (ulong)t, () => string.Create(CultureInfo.InvariantCulture, $"{setting}, t = {tt}: |Wⱼ(t)| ∈ [{Math.Exp(logB):G6}, {Math.Exp(logC):G6}] and ηB^(2N−1) = {Math.Exp(Math.Log(eta) + ((2 * n - 1) * logB)):G6} < 20C = {20 * Math.Exp(logC):G6} for every admissible B ≤ min, C ≥ max"));
                                }

                                break;
                            default:
                                if (t >= 2)
                                {
                                    acc.Add(Math.Log(2), lossLog - previousLossLog, (ulong)t, () => $"{setting}, t = {tt}: ℓ(t)/ℓ(t − 1) < 2");
                                }

                                break;
                        }

                        if (n == 2 && eta == 1 && c == 0.9 && t >= 1)
                        {
                            plotX ??= [];
                            plotY ??= [];
                            plotBound ??= [];
                            plotX.Add(t);
                            plotY.Add(lossLog / Math.Log(10));
                            plotBound.Add(boundLog / Math.Log(10));
                        }

                        previousLossLog = lossLog;
                    }
                }
            }
        }

        var result = acc.ToResult(
            claimId,
            balancedStart
                ? "negative control: the 0-balanced start Wⱼ(0) = c^{1/N} (product c, margin c), Φ = 1, N ∈ {2, 4, 6}, η at the bound (7), c ∈ {0.75, 0.9, 0.99}, 30 steps each"
                : "the explicit construction (50)–(51), Φ = 1, N ∈ {2, 4, 6}, η ∈ {10⁻³, 10⁻², 1, 10}, c ∈ {0.75, 0.9, 0.99}, 30 steps each (36 runs)",
            "scalar recursion Wⱼ(t+1) = Wⱼ(t) − η(W_{1:N}(t) − 1)∏_{i≠j}Wᵢ(t) in (sign, ln|·|) arithmetic (values up to e^(10^14) without overflow)");
        return plotX is null ? result : result.WithPlots(new ClaimPlot("loss", "Claim 4 construction, N = 2, η = 1, c = 0.9", "iteration t (from 1)", "log₁₀ of the value", [new PlotSeries("log₁₀ of the loss", plotX, plotY!), new PlotSeries("log₁₀ of (2^N − 1)²/2", plotX, plotBound!, Dashed: true)], LogY: false));
    }

    /// <summary>
    /// The bounds on Wⱼ(1) in the proof of Claim 4 and the base case of Lemma 17, with exact rational witnesses:
    /// (i) N = 2, η = 1, c = (99/100)² (A = 2000 exactly): W₂(1) = 0.99/2000 + 0.0199·0.99·2000 = 39.4025 &lt; (3/16)ηA = 375 and
    /// &lt; B(1) = min{η, 1}A/10 = 200; (ii) N = 2, η = 10, c = (9/10)² (A = 2000): W₂(1) = 0.9/2000 + 10·0.19·0.9·2000 = 3420.00045 &gt; A,
    /// contradicting 'Wⱼ(1) ≤ A for N/2 &lt; j ≤ N' (the derivation bounds the first half).
    /// </summary>
    private static CheckResult FirstStepBounds(string claimId, string bound)
    {
        Rational Second(Rational eta, Rational root, Rational a) => (root / a) + (eta * (Rational.One - (root * root)) * root * a);
        var a = new Rational(2000, 1);
        var w21 = Second(Rational.One, new Rational(99, 100), a);
        var w22 = Second(new Rational(10, 1), new Rational(9, 10), a);
        bool lowerFails = w21 < new Rational(3, 16) * a && w21 < a / new Rational(10, 1);
        bool upperFails = w22 > a;
        if (!lowerFails || !upperFails)
        {
            return ExactScoped("exact rationals", [$"W₂(1) = {w21} and {w22}: the printed bounds hold on these instances"], "exact rationals");
        }

        return bound == "lower-bound-of-all-factors"
            ? ExactCheck.Counterexample(
                claimId,
                "N = 2, η = 1, c = (99/100)², Φ = 1, A = max{√2, 2/(η(1−c)c^{1/2}) ≈ 101.5, 2000, 20, √(20·10³) ≈ 141} = 2000, W(0) = (1980, 0.000495)",
                @"N = 2,\ \eta = 1,\ c = (99/100)^2,\ A = 2000",
                $"B(1) = min{{η, 1}}A/10 = 200 but W₂(1) = {w21} = 39.4025 < B(1) (exact), so 'B(1) ≤ Wⱼ(1) for all j' fails; ηB(1)^(2N−1) ≥ 20C(1) itself holds")
            : ExactCheck.Counterexample(
                claimId,
                "(i) N = 2, η = 1, c = (99/100)², A = 2000; (ii) N = 2, η = 10, c = (9/10)², A = 2000",
                @"(i)\ N = 2, \eta = 1, c = 0.99^2;\ (ii)\ N = 2, \eta = 10, c = 0.9^2;\ A = 2000",
                $"(i) W₂(1) = {w21} = 39.4025 < (3/16)ηA = 375 (the lower bound of the second half fails for c near 1); "
                + $"(ii) W₂(1) = {w22} = 3420.00045 > A = 2000 ('Wⱼ(1) ≤ A for N/2 < j ≤ N' fails: its derivation c^(1/N)A + η(1−c)/A ≤ A bounds the first half); exact rationals");
    }

    /// <summary>
    /// The inductive step of Lemma 17 as an implication on sampled premises: N even, all Wⱼ(t) of one sign with |Wⱼ(t)| ∈ [B, C],
    /// B ≥ 2, ηB^{2N−1} ≥ 20C; conclusions: Wⱼ(t+1) of the opposite sign with 9C ≤ |Wⱼ(t+1)| ≤ ηC^{2N−1}, and
    /// η(9C)^{2N−1} ≥ 20ηC^{2N−1}. (Odd N also passes: with all factors negative, P − 1 &lt; 0 and the update still flips the
    /// sign.) Public for the negative control <paramref name="dropGrowth"/>: C drawn up to 10⁴ without ηB^{2N−1} ≥ 20C, which
    /// must be refuted.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="dropGrowth">Negative control switch.</param>
    /// <returns>The result.</returns>
    public static CheckResult LemmaSeventeenStep(CheckContext context, bool dropGrowth) =>
        new InequalityCheck<Draw>
        {
            ClaimId = context.ClaimId,
            Family = (dropGrowth ? "premise ηB^{2N−1} ≥ 20C dropped (negative control), " : string.Empty) + "N ∈ {2, 4, 6}, η ∈ 10^[−3, 1], B ∈ [2, 50], C ∈ (B, min{ηB^{2N−1}/20, 10⁴}], "
                + "Wⱼ(t) uniform in [B, C] with a common sign, computed in (sign, log) arithmetic",
            Generator = DrawGen(12),
            Evaluate = d =>
            {
                int n = 2 * d.Int(0, 1, 3);
                double eta = d.LogUniform(1, -3, 1);
                double b = d.Real(2, 2, 50);
                double cMax = dropGrowth ? 1e4 : Math.Min(Math.Exp(Math.Log(eta) + ((2 * n - 1) * Math.Log(b)) - Math.Log(20)), 1e4);
                if (cMax <= b)
                {
                    return InstanceOutcome.Rejected("no C with B < C ≤ ηB^{2N−1}/20");
                }

                double c = b + ((cMax - b) * Math.Max(d.Unit(3), 1e-9));
                int sign = d.Int(4, 0, 1) == 0 ? 1 : -1;
                var w = Enumerable.Range(0, n).Select(j => new SignedLog(sign, Math.Log(b + ((c - b) * d.Unit(5 + (j % 7)))))).ToArray();
                var product = w.Aggregate(new SignedLog(1, 0), (x, y) => x * y);
                var residual = product - SignedLog.From(1);
                var next = w.Select(x => x - (SignedLog.From(eta) * residual * (product / x))).ToArray();
                double worst = double.NegativeInfinity;
                InstanceOutcome outcome = InstanceOutcome.Inequality(0, 1);
                void Keep(double lhs, double rhs)
                {
                    var o = InstanceOutcome.Inequality(lhs, rhs);
                    if (o.Ratio > worst)
                    {
                        worst = o.Ratio;
                        outcome = o;
                    }
                }

                foreach (var x in next)
                {
                    Keep(x.Sign == -sign ? 0 : 1, 0.5);
                    Keep(Math.Log(9 * c), x.Log);
                    Keep(x.Log, Math.Log(eta) + ((2 * n - 1) * Math.Log(c)) + 1e-12);
                }

                Keep(Math.Log(20) + Math.Log(eta) + ((2 * n - 1) * Math.Log(c)), Math.Log(eta) + ((2 * n - 1) * Math.Log(9 * c)));
                return outcome;
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 100,
        }.Run(context);

    /// <summary>
    /// Claim 5 and its loss bound (text28): Φ = U diag(−λ, μ₂, …)Uᵀ symmetric with a negative eigenvalue, Wⱼ(0) = I_d, N even,
    /// η on a log grid 10⁻⁴ … 10, 200 steps: by Lemma 18 every Wⱼ(t) = U D̂(t) Uᵀ with the scalar recursions
    /// x ← x − η(x^N − λᵢ)x^{N−1} per eigenvalue, run in (sign, log) form; ℓ(t) = ½Σ(x^N − λᵢ)² ≥ ½λ² at every step; the runs are
    /// cross-checked against the engine's descent while it is finite. Public for the negative control: a positive definite
    /// target (Φ = 1.5·I, with the claimed bound taken as ½·1.5²) converges for small η and must be refuted.
    /// </summary>
    /// <param name="claimId">The claim id (for the witness).</param>
    /// <param name="divergence">True: Claim 5 (with the start checks); false: the eigenvalue recursion of its proof.</param>
    /// <param name="positiveDefiniteTarget">Negative control switch.</param>
    /// <returns>The result.</returns>
    public static CheckResult ClaimFive(string claimId, bool divergence, bool positiveDefiniteTarget)
    {
        var acc = new SlackAccumulator(1e-9, 1e-300);
        int run = 0;
        var plotX = new List<double>();
        var plotLoss = new List<double>();
        var plotBound = new List<double>();
        foreach (int n in new[] { 2, 4 })
        {
            foreach (int d in new[] { 1, 2, 3 })
            {
                foreach (double eta in new[] { 1e-4, 1e-3, 1e-2, 0.1, 0.5, 1, 3, 10 })
                {
                    var rng = RandomSource.For(500 + run++);
                    var eigen = Enumerable.Range(0, d).Select(i => positiveDefiniteTarget ? 1.5 : i == 0 ? -(0.2 + rng.NextDouble()) : (2 * rng.NextDouble()) - 0.5).ToArray();
                    double lambda = positiveDefiniteTarget ? 1.5 : -eigen[0];
                    var u = RandomMatrices.HaarOrthogonal(rng, d);
                    var phi = u * Matrix<double>.Build.DenseOfDiagonalArray(eigen) * u.Transpose();
                    var x = eigen.Select(_ => new SignedLog(1, 0)).ToArray();
                    var engine = Enumerable.Range(0, n).Select(_ => Matrix<double>.Build.DenseIdentity(d)).ToArray();
                    var loss = new WhitenedLoss(phi);
                    bool engineFinite = true;
                    if (divergence)
                    {
                        var g0 = loss.Gradient(new DeepLinearNetwork(engine));
                        acc.Add(g0.Sum(g => (g - (Matrix<double>.Build.DenseIdentity(d) - phi)).FrobeniusNorm()), 1e-12, 0, () => "gradient at the identity ≠ I − Φ");
                        acc.Add(1e-300 - (Matrix<double>.Build.DenseIdentity(d) - phi).FrobeniusNorm(), 0, 0, () => "stationary start");
                        acc.Add(ImbalanceFrobenius(engine).DefaultIfEmpty(0).Max(), 0, 0, () => "start not 0-balanced");
                    }

                    for (int t = 0; t <= 200; t++)
                    {
                        var residuals = x.Select((v, i) => new SignedLog(v.Sign == 0 ? 0 : (n % 2 == 0 ? 1 : v.Sign), n * v.Log) - SignedLog.From(eigen[i])).ToArray();
                        double maxLog = residuals.Where(r => r.Sign != 0).Select(r => r.Log).DefaultIfEmpty(double.NegativeInfinity).Max();
                        double lossLog = double.IsNegativeInfinity(maxLog) ? double.NegativeInfinity
                            : Math.Log(0.5) + (2 * maxLog) + Math.Log(residuals.Where(r => r.Sign != 0).Sum(r => Math.Exp(2 * (r.Log - maxLog))));
                        int tt = t;
                        string setting = string.Create(CultureInfo.InvariantCulture, $"N = {n}, d = {d}, η = {eta}, λ = {lambda:G4}, t = {tt}");
                        // ℓ(t) ≥ ½λ² as (½λ²)/ℓ(t) ≤ 1, the quotient formed in logs (no overflow; 0 when ℓ is astronomically large).
                        acc.Add(Math.Exp(Math.Log(0.5 * lambda * lambda) - lossLog), 1, (ulong)run, () => setting + $": ln ℓ = {lossLog:G6} < ln(½λ²)");
                        if (n == 2 && d == 2 && eta == 0.1)
                        {
                            plotX.Add(t);
                            plotLoss.Add(lossLog / Math.Log(10));
                            plotBound.Add(Math.Log10(0.5 * lambda * lambda));
                        }

                        if (engineFinite && t <= 20)
                        {
                            double engineLoss = loss.Value(new DeepLinearNetwork(engine));
                            if (double.IsFinite(engineLoss) && engineLoss < 1e8 && double.IsFinite(lossLog))
                            {
                                acc.AddIdentity(Math.Log(engineLoss) - lossLog, Math.Abs(lossLog), (ulong)run, () => setting + ": engine descent and the Lemma-18 recursion disagree", 1e-4);
                                var g = loss.Gradient(new DeepLinearNetwork(engine));
                                engine = engine.Select((f, j) => f - (eta * g[j])).ToArray();
                            }
                            else
                            {
                                engineFinite = false;
                            }
                        }

                        var etaLog = SignedLog.From(eta);
                        x = x.Select((v, i) =>
                        {
                            var power = new SignedLog(v.Sign == 0 ? 0 : (n % 2 == 0 ? 1 : v.Sign), n * v.Log);
                            var powerMinusOne = new SignedLog(v.Sign == 0 ? 0 : ((n - 1) % 2 == 0 ? 1 : v.Sign), (n - 1) * v.Log);
                            return v - (etaLog * (power - SignedLog.From(eigen[i])) * powerMinusOne);
                        }).ToArray();
                    }
                }
            }
        }

        return acc.ToResult(
            claimId,
            "N ∈ {2, 4}, d ∈ {1, 2, 3}, η ∈ {10⁻⁴, …, 10} (48 runs), 200 steps each, every step checked",
            (positiveDefiniteTarget ? "positive definite Φ = 1.5·I (negative control); " : "symmetric Φ with eigenvalue −λ < 0; ")
            + "identity start (0-balanced, non-stationary); per-eigenvalue recursion in (sign, log) form, engine descent cross-checked for 20 steps while ℓ < 10⁸"
            + (!divergence ? "; print note: D̂(t)^L in the proof must read D̂(t)^N, and N even is needed for D̂^N ⪰ 0" : string.Empty))
            .WithPlots(new ClaimPlot("loss", "Claim 5 construction, N = 2, d = 2, η = 0.1", "iteration t", "log₁₀ of the value", [new PlotSeries("log₁₀ of the loss", plotX, plotLoss), new PlotSeries("log₁₀ of λ²/2", plotX, plotBound, Dashed: true)], LogY: false));
    }

    /// <summary>
    /// Lemma 18 along descent from the identity (N ∈ {2, 3, 4}, d ∈ {2, 3}, η on a log grid, 60 steps or until the values leave
    /// [10⁻¹⁰⁰, 10¹⁰⁰]): all Wⱼ(t) equal and UᵀWⱼ(t)U diagonal (relative off-diagonal ≤ 10⁻⁹). Public for the negative control
    /// <paramref name="nonSymmetricTarget"/>, which must be refuted.
    /// </summary>
    /// <param name="claimId">The claim id (for the witness).</param>
    /// <param name="nonSymmetricTarget">Negative control switch.</param>
    /// <returns>The result.</returns>
    public static CheckResult LemmaEighteen(string claimId, bool nonSymmetricTarget)
    {
        var acc = new SlackAccumulator(0, 0);
        int run = 0;
        var plotX = new List<double>();
        var plotY = new List<double>();
        var plotLoss = new List<double>();
        foreach (int n in new[] { 2, 3, 4 })
        {
            foreach (int d in new[] { 2, 3 })
            {
                foreach (double eta in new[] { 1e-3, 1e-2, 0.1, 0.5 })
                {
                    var rng = RandomSource.For(900 + run++);
                    var eigen = Enumerable.Range(0, d).Select(_ => (2 * rng.NextDouble()) - 0.7).ToArray();
                    var u = RandomMatrices.HaarOrthogonal(rng, d);
                    var phi = u * Matrix<double>.Build.DenseOfDiagonalArray(eigen) * u.Transpose();
                    if (nonSymmetricTarget)
                    {
                        phi[0, d - 1] += 0.5;
                    }

                    var loss = new WhitenedLoss(phi);
                    var w = Enumerable.Range(0, n).Select(_ => Matrix<double>.Build.DenseIdentity(d)).ToArray();
                    for (int t = 0; t <= 60; t++)
                    {
                        double size = w.Max(f => f.FrobeniusNorm());
                        if (!(size < 1e100))
                        {
                            break;
                        }

                        double equal = w.Skip(1).Select(f => (f - w[0]).FrobeniusNorm()).DefaultIfEmpty(0).Max() / size;
                        var rotated = u.Transpose() * w[0] * u;
                        double off = (rotated - Matrix<double>.Build.DenseOfDiagonalArray(rotated.Diagonal().ToArray())).FrobeniusNorm() / size;
                        int tt = t;
                        string setting = string.Create(CultureInfo.InvariantCulture, $"N = {n}, d = {d}, η = {eta}, t = {tt}");
                        acc.Add(Math.Max(equal, off), 1e-9, (ulong)run, () => setting + $": factors unequal ({equal:G3}) or not diagonal in Φ's eigenbasis ({off:G3})");
                        if (n == 3 && d == 3 && eta == 0.1)
                        {
                            plotX.Add(t);
                            plotY.Add(Math.Max(Math.Max(equal, off), 1e-18));
                            plotLoss.Add(Math.Max(loss.Value(new DeepLinearNetwork(w)), 1e-18));
                        }

                        var g = loss.Gradient(new DeepLinearNetwork(w));
                        w = w.Select((f, j) => f - (eta * g[j])).ToArray();
                    }
                }
            }
        }

        return acc.ToResult(
            claimId,
            "N ∈ {2, 3, 4}, d ∈ {2, 3}, η ∈ {10⁻³, 10⁻², 0.1, 0.5} (24 runs), up to 60 steps each, every step checked",
            (nonSymmetricTarget ? "non-symmetric Φ (negative control)" : "symmetric Φ = UDUᵀ with eigenvalues in [−0.7, 1.3]") + ", identity start, engine gradient (WhitenedLoss)")
            .WithPlots(new ClaimPlot("structure", "Lemma 18, N = 3, d = 3, η = 0.1", "iteration t", "value", [new PlotSeries("structure defect", plotX, plotY), new PlotSeries("1e-9 (tolerance)", plotX, plotX.Select(_ => 1e-9).ToList(), Dashed: true), new PlotSeries("loss", plotX, plotLoss)], LogY: true));
    }
}
