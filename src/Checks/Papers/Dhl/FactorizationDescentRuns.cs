using System.Collections.Concurrent;
using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Losses;
using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Lemma 3.1 and the induction of Appendix B.1 (Claims B.1, B.2, (13), (14), (16)) along gradient descent (9) run by the
/// numeric engine (<see cref="AsymmetricFactorization.Step"/>) with Theorem 3.1's step sizes
/// η_t = √(ε/r)/(100(t+1)‖M*‖_F^{3/2}) (and footnote 11's exponent 3/4), from initializations meeting the conditions of
/// Appendix B.1; every claim is checked at every iterate. Runs whose step sizes exceed the schedule or whose start
/// violates the conditions do not meet the hypotheses and are counted as rejected (negative controls).
/// </summary>
public static class FactorizationDescentRuns
{
    /// <summary>The properties the runs check, the values of the <c>property</c> argument.</summary>
    internal static readonly string[] DescentProperties =
    [
        "imbalance-at-most-epsilon", "loss-non-increasing", "factor-norms-bounded", "imbalance-step-stays-below-epsilon", "loss-decreases-under-bounds", "factor-norm-step-bound", "imbalance-one-step-increment", "smooth-descent-inequality", "gradient-step-decrease",
    ];

    internal static readonly ConcurrentDictionary<(ulong Seed, bool Thorough), Lazy<DescentRun[]>> DescentCache = new();

    /// <summary>Lemma 3.1 and the induction of Appendix B.1 at every iterate of the runs (argument: the property checked).</summary>
    [ClaimCheck("factorization-descent-under-theorem-3-1-schedule", Parameters = ["property"])]
    internal static CheckResult FactorizationDescentUnderTheorem31Schedule(CheckContext context) => LemmaThreeOne(context, context.Argument("property"), 1, 1);

    /// <summary>Theorem 3.1: the runs under the printed schedule, reported as not checkable with their numbers.</summary>
    [ClaimCheck("theorem-3-1-runs-do-not-reach-epsilon")]
    internal static CheckResult Theorem31RunsDoNotReachEpsilon(CheckContext context) => TheoremThreeOneRun(context);

    /// <summary>
    /// The quantities of one iterate t that the claims use: f, ‖UᵀU − VᵀV‖_F, ‖U‖²_F, ‖V‖²_F, and (for t &lt; T, NaN at the
    /// last iterate) ‖VᵀRᵀRV‖_F, ‖UᵀRRᵀU‖_F, ‖R‖²_F, ‖∇f‖²_F, ⟨∇f, (U_{t+1}, V_{t+1}) − (U_t, V_t)⟩ and the squared step length.
    /// </summary>
    internal readonly record struct DescentIterate(double F, double Defect, double NormU2, double NormV2, double VRRV, double URRU, double Residual2, double Gradient2, double GradientDotStep, double Step2);

    /// <summary>One recorded run: the instance, the schedule, every iterate's quantities, the final factors, and whether its hypotheses hold.</summary>
    internal sealed record DescentRun(
        ulong Seed, int D1, int D2, int R, Matrix<double> M, double NormM, double Epsilon, double Exponent, double[] Eta,
        DescentIterate[] Iterates, Matrix<double> FinalU, Matrix<double> FinalV, string? Rejection)
    {
        public string Text => string.Create(CultureInfo.InvariantCulture, $"seed {Seed}: d₁ = {D1}, d₂ = {D2}, r = {R}, ‖M*‖_F = {NormM:G4}, ε = {Epsilon:G4}, η_t ∝ (t+1)^−{Exponent:G3}");
    }

    /// <summary>
    /// Runs gradient descent for instance <paramref name="index"/>: d₁, d₂ ≤ 8, r ≤ 3, ‖M*‖_F ∈ [0.5, 20],
    /// ε ∈ {0.01, 0.1, 0.9}·‖M*‖_F, entries of U₀, V₀ i.i.d. N(0, ε/(100·d²·r)); even instances use the printed schedule,
    /// odd ones footnote 11's exponent 3/4 with the same constant. <paramref name="stepMultiplier"/> scales every step and
    /// <paramref name="imbalance"/> scales U₀ (negative controls).
    /// </summary>
    internal static DescentRun MakeDescentRun(CheckContext context, int index, int iterations, double stepMultiplier, double imbalance)
    {
        ulong seed = context.DeriveSeed((ulong)index);
        var rng = Rng(unchecked((int)seed));
        int d1 = 1 + rng.Next(8), d2 = 1 + rng.Next(8);
        int r = 1 + rng.Next(Math.Min(3, Math.Min(d1, d2)));
        double normM = 0.5 * Math.Pow(40, rng.NextDouble());
        var (m0, _, _) = RankR(rng, d1, d2, Spectrum(rng, r, 1));
        var m = m0 * (normM / Fro(m0));
        double epsilon = new[] { 0.01, 0.1, 0.9 }[rng.Next(3)] * normM;
        int d = Math.Max(d1, d2);
        double std = Math.Sqrt(epsilon / (100.0 * d * d * r));
        var u = Gaussian(rng, d1, r, std) * imbalance;
        var v = Gaussian(rng, d2, r, std);
        double exponent = index % 2 == 0 ? 1 : 0.75;
        string? rejection = null;
        double defect = Fro(u.TransposeThisAndMultiply(u) - v.TransposeThisAndMultiply(v));
        if (Fro2(u) > epsilon || Fro2(v) > epsilon || defect > epsilon / 2)
        {
            rejection = string.Create(CultureInfo.InvariantCulture, $"initialization conditions of Appendix B.1 fail: ‖U₀‖² = {Fro2(u):G4}, ‖V₀‖² = {Fro2(v):G4}, ‖U₀ᵀU₀ − V₀ᵀV₀‖ = {defect:G4} vs ε = {epsilon:G4} (ε/2 for the last)");
        }

        var loss = new AsymmetricFactorization(m);
        var eta = new double[iterations];
        var iterates = new List<DescentIterate>(iterations + 1);
        static double Defect(Matrix<double> a, Matrix<double> b) => Fro(a.TransposeThisAndMultiply(a) - b.TransposeThisAndMultiply(b));
        for (int t = 0; t < iterations; t++)
        {
            double scheduled = DhlBounds.Theorem31StepSize(epsilon, r, normM, t, exponent);
            eta[t] = scheduled * stepMultiplier;
            if (rejection is null && eta[t] > scheduled * (1 + 1e-12))
            {
                rejection = string.Create(CultureInfo.InvariantCulture, $"step size η_{t} = {eta[t]:G4} exceeds Theorem 3.1's η_{t} = {scheduled:G4}");
            }

            var (nu, nv) = loss.Step(u, v, eta[t]);
            if (!nu.Enumerate().All(double.IsFinite) || !nv.Enumerate().All(double.IsFinite) || Fro(nu) > 1e100)
            {
                Array.Resize(ref eta, t);
                break;
            }

            var res = (u * v.Transpose()) - m;
            var (gu, gv) = loss.Gradient(u, v);
            var (du, dv) = (nu - u, nv - v);
            iterates.Add(new DescentIterate(
                loss.Value(u, v), Defect(u, v), Fro2(u), Fro2(v),
                Fro(v.Transpose() * res.Transpose() * res * v), Fro(u.Transpose() * res * res.Transpose() * u), Fro2(res),
                Fro2(gu) + Fro2(gv), Inner(gu, du) + Inner(gv, dv), Fro2(du) + Fro2(dv)));
            (u, v) = (nu, nv);
        }

        iterates.Add(new DescentIterate(loss.Value(u, v), Defect(u, v), Fro2(u), Fro2(v), double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));
        return new DescentRun(seed, d1, d2, r, m, normM, epsilon, exponent, eta, [.. iterates], u, v, rejection);
    }

    internal static DescentRun[] DescentRuns(CheckContext context, double stepMultiplier, double imbalance)
    {
        int count = context.Thorough ? 40 : 8;
        int iterations = context.Thorough ? 20000 : 1500;
        if (stepMultiplier == 1 && imbalance == 1)
        {
            return DescentCache.GetOrAdd(
                (context.Seed, context.Thorough),
                _ => new Lazy<DescentRun[]>(() => [.. Enumerable.Range(0, count).Select(i => MakeDescentRun(context, i, iterations, 1, 1))])).Value;
        }

        return [.. Enumerable.Range(0, count).Select(i => MakeDescentRun(context, i, iterations, stepMultiplier, imbalance))];
    }

    /// <summary>
    /// Lemma 3.1 (i)–(iii) and the claims of its induction, at every iterate of the recorded runs. Public so that tests can
    /// run the negative controls: <paramref name="stepMultiplier"/> ≫ 1 (steps far above the schedule) or
    /// <paramref name="imbalance"/> ≫ 1 (an unbalanced start) must give hypotheses-not-met.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="property">One of dhl/lemma3.1#i, #ii, #iii, dhl/claimb.1, dhl/claimb.2, dhl/claimb.2#norm~fixed, dhl/eq13, dhl/eq14, dhl/eq16.</param>
    /// <param name="stepMultiplier">Factor applied to every scheduled step size (1 for the claim).</param>
    /// <param name="imbalance">Factor applied to U₀ (1 for the claim).</param>
    /// <returns>Verified, refuted at the first violating iterate, or hypotheses-not-met.</returns>
    public static CheckResult LemmaThreeOne(CheckContext context, string property, double stepMultiplier, double imbalance)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!DescentProperties.Contains(property))
        {
            throw new ArgumentException($"Unknown property '{property}': expected one of {string.Join(", ", DescentProperties)}.", nameof(property));
        }

        var runs = DescentRuns(context, stepMultiplier, imbalance);
        var acc = new SlackAccumulator(1e-9);
        int iterates = 0;
        ClaimPlot? plot = null;
        foreach (var run in runs)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (run.Rejection is not null)
            {
                acc.Reject(run.Text + ": " + run.Rejection);
                continue;
            }

            int n = run.Eta.Length;
            var it = run.Iterates;
            var f = it.Select(x => x.F).ToArray();
            var defect = it.Select(x => x.Defect).ToArray();
            var nu = it.Select(x => x.NormU2).ToArray();
            var nv = it.Select(x => x.NormV2).ToArray();
            double cBound = DhlBounds.Lemma31FactorNormSquaredBound(run.R, run.NormM);
            double beta = DhlBounds.SmoothnessConstant(run.R, run.NormM);
            double m2 = run.NormM * run.NormM;
            bool b = f[0] <= 2 * m2, c = true;
            for (int t = 0; t <= n; t++)
            {
                string Where() => run.Text + string.Create(CultureInfo.InvariantCulture, $", iterate t = {t}");
                ulong key = (run.Seed * 1_000_003UL) + (ulong)t;
                bool cNow = nu[t] <= cBound && nv[t] <= cBound;
                bool bNow = t == 0 ? f[0] <= 2 * m2 : b && f[t] <= f[t - 1] * (1 + 1e-12);
                iterates++;
                switch (property)
                {
                    case "imbalance-at-most-epsilon":
                        acc.Add(defect[t], run.Epsilon, key, Where);
                        break;
                    case "loss-non-increasing":
                        acc.Add(t == 0 ? f[0] : f[t], t == 0 ? 2 * m2 : f[t - 1], key, Where);
                        break;
                    case "factor-norms-bounded":
                        acc.Add(Math.Max(nu[t], nv[t]), cBound, key, Where);
                        break;
                    case "imbalance-step-stays-below-epsilon" when t < n:
                        if (bNow && c && cNow)
                        {
                            acc.Add(defect[t + 1], run.Epsilon, key, Where);
                        }
                        else
                        {
                            acc.Reject("premise B(0…t), C(0…t) fails at " + Where());
                        }

                        break;
                    case "loss-decreases-under-bounds" when t < n:
                        if (bNow && cNow)
                        {
                            acc.Add(f[t + 1], f[t], key, Where);
                        }
                        else
                        {
                            acc.Reject("premise B(0…t), C(t) fails at " + Where());
                        }

                        break;
                    case "factor-norm-step-bound" when t < n:
                        if (bNow && cNow)
                        {
                            double bound = (10 * Math.Sqrt(run.R) * run.NormM) + (run.Epsilon / 100);
                            var (l, rr) = WorstLink((Math.Max(nu[t + 1], nv[t + 1]), bound), (bound, 11 * Math.Sqrt(run.R) * run.NormM));
                            acc.Add(l, rr, key, Where);
                        }
                        else
                        {
                            acc.Reject("premise B(t), C(t) fails at " + Where());
                        }

                        break;
                    case "imbalance-one-step-increment" when t < n:
                        if (bNow && cNow)
                        {
                            double eta2 = run.Eta[t] * run.Eta[t];
                            double l1 = defect[t] + (eta2 * (it[t].VRRV + it[t].URRU));
                            double l2 = defect[t] + (eta2 * ((nv[t] * it[t].Residual2) + (nu[t] * it[t].Residual2)));
                            double l3 = defect[t] + (2 * eta2 * 10 * Math.Sqrt(run.R) * run.NormM * 2 * m2);
                            var (l, rr) = WorstLink((defect[t + 1], l1), (l1, l2), (l2, l3));
                            acc.Add(l, rr, key, Where);
                        }
                        else
                        {
                            acc.Reject("premise B(t), C(t) fails at " + Where());
                        }

                        break;
                    case "smooth-descent-inequality" when t < n:
                        {
                            double sBound = 11 * Math.Sqrt(run.R) * run.NormM;
                            if (Math.Max(nu[t], nv[t]) <= sBound && Math.Max(nu[t + 1], nv[t + 1]) <= sBound && run.Eta[t] <= 1 / beta)
                            {
                                double g2 = it[t].Gradient2;
                                double b1 = f[t] + it[t].GradientDotStep + (beta / 2 * it[t].Step2);
                                double b3 = f[t] - (run.Eta[t] / 2 * g2);
                                var (l, rr) = WorstLink((f[t + 1], b1), (b1, b3 + (1e-12 * f[t])));
                                acc.Add(l, rr, key, Where);
                            }
                            else
                            {
                                acc.Reject("iterates outside S or η_t > 1/β at " + Where());
                            }
                        }

                        break;
                    case "gradient-step-decrease" when t < n:
                        {
                            double g2 = it[t].Gradient2;
                            double step = Math.Sqrt(it[t].Step2);
                            double equalityGap = Math.Abs((run.Eta[t] / 2 * g2) - (0.5 * Math.Sqrt(g2) * step));
                            acc.Add(f[t + 1] + equalityGap, f[t] - (run.Eta[t] / 2 * g2) + (1e-12 * f[t]), key, Where);
                        }

                        break;
                }

                b = bNow;
                c = c && cNow;
            }

            plot ??= DescentPlot(property, context.ClaimId.Length > 0 ? context.ClaimId : property, run, f, defect, nu, nv, cBound);
        }

        var result = acc.ToResult(
            property,
            string.Create(CultureInfo.InvariantCulture, $"{runs.Length} gradient-descent runs, {iterates} iterates, every iterate checked"),
            "gradient descent (9) by the numeric engine with Theorem 3.1's η_t = √(ε/r)/(100(t+1)‖M*‖_F^{3/2}) (even runs) and footnote 11's "
            + "(t+1)^{−3/4} (odd runs); d₁, d₂ ≤ 8, r ≤ 3, ‖M*‖_F ∈ [0.5, 20], ε ∈ {0.01, 0.1, 0.9}·‖M*‖_F, U₀, V₀ i.i.d. N(0, ε/(100d²r)); "
            + "Σ_t η_t·‖M*‖_F stays below 0.1 (printed schedule), so the iterates move little, as the schedule dictates");
        return plot is null ? result : result.WithPlots(plot);
    }

    internal static ClaimPlot DescentPlot(string property, string subject, DescentRun run, double[] f, double[] defect, double[] nu, double[] nv, double cBound)
    {
        int n = f.Length;
        int stride = Math.Max(1, n / 400);
        var idx = Enumerable.Range(0, n).Where(t => t % stride == 0).ToArray();
        double[] x = [.. idx.Select(t => (double)t)];
        var series = new List<PlotSeries> { new("f(U_t, V_t)", x, [.. idx.Select(t => f[t])]) };
        switch (property)
        {
            case "imbalance-at-most-epsilon" or "imbalance-step-stays-below-epsilon" or "imbalance-one-step-increment":
                series.Add(new("‖U_tᵀU_t − V_tᵀV_t‖_F", x, [.. idx.Select(t => defect[t])]));
                series.Add(new("ε", x, [.. idx.Select(_ => run.Epsilon)], Dashed: true));
                break;
            case "factor-norms-bounded" or "factor-norm-step-bound":
                series.Add(new("‖U_t‖²_F", x, [.. idx.Select(t => nu[t])]));
                series.Add(new("‖V_t‖²_F", x, [.. idx.Select(t => nv[t])]));
                series.Add(new("5√r‖M*‖_F", x, [.. idx.Select(_ => cBound)], Dashed: true));
                break;
            default:
                series.Add(new("2‖M*‖²_F", x, [.. idx.Select(_ => 2 * run.NormM * run.NormM)], Dashed: true));
                break;
        }

        return new ClaimPlot("run", subject + " along the first run", "iteration t", "value", series, LogY: true);
    }

    internal static CheckResult TheoremThreeOneRun(CheckContext context)
    {
        var runs = DescentRuns(context, 1, 1).Where(r => r.Rejection is null && r.Exponent == 1).ToArray();
        int successes = 0;
        double worstError = 0, worstSum = 0;
        foreach (var run in runs)
        {
            double error = Fro((run.FinalU * run.FinalV.Transpose()) - run.M);
            successes += error <= run.Epsilon ? 1 : 0;
            worstError = Math.Max(worstError, error / run.NormM);
            worstSum = Math.Max(worstSum, run.Eta.Sum() * run.NormM);
        }

        var footnote = DescentRuns(context, 1, 1).Where(r => r.Rejection is null && r.Exponent != 1).ToArray();
        double footnoteSum = footnote.Select(r => r.Eta.Sum() * r.NormM).DefaultIfEmpty(0).Max();
        int footnoteSuccesses = footnote.Count(r => Fro((r.FinalU * r.FinalV.Transpose()) - r.M) <= r.Epsilon);
        int iterations = runs.Length == 0 ? 0 : runs[0].Eta.Length;
        string reason = string.Concat(
            string.Create(CultureInfo.InvariantCulture, $"Theorem 3.1 is about the limit t → ∞ (with an unspecified poly(d) and 'high probability'), and no feasible run approaches it under the printed schedule: with {runs.Length} runs, after T = {iterations} iterations "),
            string.Create(CultureInfo.InvariantCulture, $"Σ_t η_t‖M*‖_F ≤ {worstSum:G3} (it grows like √(ε/‖M*‖_F)·ln T/100), so U_tV_tᵀ stays near the small initialization; "),
            string.Create(CultureInfo.InvariantCulture, $"{successes} of {runs.Length} runs reached ‖U_TV_Tᵀ − M*‖_F ≤ ε (largest relative error {worstError:G4}); reaching ε needs "),
            "Σ_t η_t‖M*‖_F of order ln(100d²r‖M*‖_F/ε) (the growth factor from the initialization scale), i.e. ln T of order 100·ln(100d²r‖M*‖_F/ε)/√(ε/‖M*‖_F): astronomically many iterations. The schedule itself is read as η_t = √(ε/r)/(100(t+1)‖M*‖_F^{3/2}): the extraction ",
            "prints the denominator twice, once damaged ('‖M^2') and once as ‖M*‖_F^{3/2}; the proofs of Claims B.1 and B.2 square it as ",
            "(ε/r)/(100²(t+1)²‖M*‖³_F), which fixes the 3/2 reading. poly(d) is unspecified (100·d²·r used). ",
            string.Create(CultureInfo.InvariantCulture, $"Footnote 11's exponent 3/4 with the same constant (information): Σ_t η_t‖M*‖_F ≤ {footnoteSum:G3}, {footnoteSuccesses} of {footnote.Length} runs within ε."));
        return CheckResult.NotCheckable(reason + " Runs: gradient descent from N(0, ε/(100d²r)) initializations meeting Appendix B.1's conditions.");
    }
}
