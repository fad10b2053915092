using System.Globalization;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Sampling;
using DeepLinear.Checks.Support;
using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Model;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using static DeepLinear.Checks.Papers.Nrt.NrtSampling;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>
/// The step-size constants: (2.8)–(2.10) against an independent evaluation, Remark 2.5(b)'s simplified bound against
/// (2.8) (as printed for every N ≥ 1, and for N ≥ 2), its polynomial decay in N, the set constants (2.12)–(2.14) on a
/// sampled set ℬ of initializations, and the schedule (5.2).
/// </content>
public static partial class NrtEngineChecks
{
    /// <summary>Scalar data of Remark 2.5(b): N, α, σ_min(X) ≤ ‖X‖, ‖Y‖, ‖XYᵀ‖ ≤ ‖X‖‖Y‖, √(2L) ≥ 0.</summary>
    internal sealed record RemarkCase(int N, double Alpha, double SigmaMin, double XNorm, double YNorm, double XyT, double RootTwoL)
    {
        public double M => (RootTwoL + YNorm) / SigmaMin;

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"N = {N}, α = {Alpha:R}, σ_min(X) = {SigmaMin:R}, ‖X‖ = {XNorm:R}, ‖Y‖ = {YNorm:R}, ‖XYᵀ‖ = {XyT:R}, √(2L) = {RootTwoL:R} (M = {M:R})");
    }

    private static Gen<RemarkCase> RemarkGen(int minDepth) =>
        from n in Gen.Choose(minDepth, 50)
        from a in Gen.Choose(0, 999)
        from s in LogUniform(-2, 2, 0)
        from cond in LogUniform(0, 2.5, 0)
        from y in LogUniform(-2, 2, 0)
        from align in Gen.Choose(0, 1000)
        from l in LogUniform(-3, 2, 0.2)
        select new RemarkCase(n, a / 1000.0, s, s * cond, y, s * cond * y * align / 1000.0, l);

    /// <summary>Remark 2.5(b) on one instance: the simplified bound against the right-hand side of (2.8) with δ = M^{2/N}/N³.</summary>
    internal static InstanceOutcome RemarkStep(RemarkCase c)
    {
        double m = c.M;
        if (!double.IsFinite(m) || !(m > 0) || !double.IsFinite(c.XNorm) || !double.IsFinite(c.XyT) || !(c.SigmaMin > 0))
        {
            return InstanceOutcome.Rejected("M or the norms overflow double precision (scalars far outside the sampled ranges)");
        }

        double delta = NrtStepSizeBound.RemarkDelta(m, c.N);
        double b = NrtStepSizeBound.B(NrtStepSizeBound.K(m, c.N, delta), c.N, c.XNorm, c.XyT);
        if (!double.IsFinite(b) || !double.IsFinite(m) || !(b > 0))
        {
            return InstanceOutcome.Rejected("B_δ overflows double precision (scalars far outside the sampled ranges)");
        }

        double loss = c.RootTwoL * c.RootTwoL / 2;
        return InstanceOutcome.Inequality(NrtStepSizeBound.RemarkSimplifiedEta(c.Alpha, c.N, m, c.SigmaMin, c.XNorm, c.XyT), NrtStepSizeBound.Eta(delta, c.Alpha, loss, b));
    }

    private static CheckResult RemarkStepCheck(CheckContext context, string id, int minDepth) =>
        new InequalityCheck<RemarkCase>
        {
            ClaimId = id,
            Family = string.Create(CultureInfo.InvariantCulture, $"scalars N = {minDepth}…50, α ∈ [0, 1), σ_min(X) ∈ [1e-2, 1e2], ‖X‖/σ_min(X) ∈ [1, 10^2.5], ‖Y‖ ∈ [1e-2, 1e2], ‖XYᵀ‖ ∈ [0, ‖X‖‖Y‖], √(2L^N(W⃗(0))) ∈ {{0}} ∪ [1e-3, 1e2] (consistent data: 2L ≤ σ²_min M²); claim: Remark 2.5(b)'s bound ≤ the right-hand side of (2.8) with δ = M^{{2/N}}/N³ (so it implies (2.8))"),
            Generator = RemarkGen(minDepth),
            Evaluate = RemarkStep,
            Describe = c => c.ToString(),
            Shrink = c => ArbMap.Default.ArbFor<int>().Shrinker(c.N).Where(n => n >= minDepth).Select(n => c with { N = n }),
            Instances = 300,
            ThoroughInstances = 4000,
            RelativeTolerance = 1e-12,
            Tightness = new TightnessSpec<RemarkCase>
            {
                Dimension = 6,
                FromParameters = p => new RemarkCase(minDepth + (int)Math.Min(48, Math.Abs(Math.Round(p[0] * 5))), Math.Min(0.999, 1 / (1 + Math.Exp(-p[1]))), Math.Exp(p[2]), Math.Exp(p[2]) * (1 + Math.Exp(p[3])), Math.Exp(p[4]), Math.Exp(p[2]) * (1 + Math.Exp(p[3])) * Math.Exp(p[4]) / (1 + Math.Exp(-p[5])), 0),
                Restarts = 3,
                MaxEvaluations = 200,
            },
        }.Run(context);

    /// <summary>An independent evaluation of L, M, K_δ, B_δ and (2.8) from the data, against NrtStepSizeBound.ForData.</summary>
    private static (InstanceOutcome Outcome, string Description) StepConstantsInstance(System.Random r, string which)
    {
        int n = 1 + r.Next(5);
        var widths = Enumerable.Range(0, n + 1).Select(_ => 1 + r.Next(4)).ToArray();
        int m = widths[0] + r.Next(4);
        var x = RandomMatrices.Gaussian(r, widths[0], m, Math.Pow(10, -1 + (2 * r.NextDouble())));
        var y = RandomMatrices.Gaussian(r, widths[^1], m, Math.Pow(10, -1 + (2 * r.NextDouble())));
        double startScale = Math.Pow(10, -0.5 + r.NextDouble());
        var start = Scaled(BalancedTuple(r, widths, [.. Enumerable.Range(0, widths.Min()).Select(_ => 0.2 + r.NextDouble())]), _ => startScale);
        double alpha = r.Next(3) == 0 ? 0 : 0.9 * r.NextDouble();
        double? deltaGiven = r.Next(2) == 0 ? null : Math.Pow(10, -2 + (3 * r.NextDouble()));
        var q = NrtStepSizeBound.ForData(x, y, start, alpha, deltaGiven);
        double loss = 0.5 * Math.Pow((y - (start.Product() * x)).FrobeniusNorm(), 2);
        var sv = x.Svd(computeVectors: false).S;
        double mm = (Math.Sqrt(2 * loss) + Norm(y)) / sv[widths[0] - 1];
        double delta = deltaGiven ?? (Math.Pow(mm, 2.0 / n) / (n * n * n));
        double k = Math.Pow(mm, 2.0 / n) + (n * n * delta);
        double b = (2 * Math.E * n * Math.Pow(k, n - 1) * sv[0] * sv[0]) + (Math.Sqrt(Math.E) * n * Math.Pow(k, (n / 2.0) - 1) * Norm(x * y.Transpose()));
        double eta = 2 * (1 - alpha) * delta / ((4 * loss) + ((1 - alpha) * delta * b));
        var outcome = which switch
        {
            "K" => Worst(Same(q.M, mm, 1e-10), Same(q.K, k, 1e-10)),
            "B" => Worst(Same(q.M, mm, 1e-10), Same(q.B, b, 1e-10)),
            _ => Worst(Same(q.InitialLoss, loss, 1e-10), Same(q.Delta, delta, 1e-10), Same(q.Eta, eta, 1e-10)),
        };
        return (outcome, string.Create(CultureInfo.InvariantCulture, $"N = {n}, widths {W(widths)}, m = {m}, α = {alpha:G4}, δ = {(deltaGiven is null ? "M^{2/N}/N³" : F(delta))}"));
    }

    /// <summary>
    /// A sampled bounded set ℬ of initializations for one data set: αδ-balanced perturbations of a balanced tuple; the
    /// suprema (2.12)–(2.13) are estimated by the sample maxima times a safety factor 1.1 (a sample can only estimate a
    /// supremum from below).
    /// </summary>
    internal sealed record SampledSet(Matrix<double> X, Matrix<double> Y, RegressionData Data, IReadOnlyList<DeepLinearNetwork> Members, double DeltaB, double LB, double MB, double SigmaMin, double XNorm, double YNorm, double XyT)
    {
        public int Depth => Members[0].Depth;
    }

    internal static SampledSet SampleSet(System.Random r, int depth, int members, int[]? widths = null)
    {
        widths ??= [.. Enumerable.Range(0, depth + 1).Select(_ => 2 + r.Next(2))];
        int m = widths[0] + 3;
        var x = RandomMatrices.Gaussian(r, widths[0], m, 1 / Math.Sqrt(widths[0]));
        var target = BalancedTuple(r, widths, [.. Enumerable.Range(0, widths.Min()).Select(_ => 0.7 + (0.5 * r.NextDouble()))]).Product();
        var y = target * x;
        var data = new RegressionData(x, y);
        var list = new List<DeepLinearNetwork>();
        for (int i = 0; i < members; i++)
        {
            var b = BalancedTuple(r, widths, [.. Enumerable.Range(0, widths.Min()).Select(_ => 0.5 + (0.6 * r.NextDouble()))]);
            list.Add(new DeepLinearNetwork([.. Enumerable.Range(1, depth).Select(j => b.Factor(j) + RandomMatrices.Gaussian(r, widths[j], widths[j - 1], 0.01))]));
        }

        var sv = x.Svd(computeVectors: false).S;
        double deltaB = 1.1 * list.Max(Balancedness.SpectralConstant);
        double lb = 1.1 * list.Max(w => DeepLinearGradient.Loss(w, data));
        double yNorm = Norm(y);
        return new SampledSet(x, y, data, list, deltaB, lb, (Math.Sqrt(2 * lb) + yNorm) / sv[widths[0] - 1], sv[widths[0] - 1], sv[0], yNorm, Norm(x * y.Transpose()));
    }

    /// <summary>The uniform bound (2.14) for ℬ with δ = δ_ℬ/α.</summary>
    internal static double UniformStep(SampledSet set, double alpha, out double delta)
    {
        delta = Math.Max(set.DeltaB / alpha, NrtStepSizeBound.RemarkDelta(set.MB, set.Depth));
        double k = NrtStepSizeBound.K(set.MB, set.Depth, delta);
        return NrtStepSizeBound.Eta(delta, alpha, set.LB, NrtStepSizeBound.B(k, set.Depth, set.XNorm, set.XyT));
    }

    private static CheckResult SetCheck(CheckContext context, string id, string family, Func<SampledSet, DeepLinearNetwork, InstanceOutcome> evaluate)
    {
        var acc = new SlackAccumulator();
        int sets = context.Thorough ? 40 : 8;
        for (int i = 0; i < sets; i++)
        {
            var set = SampleSet(Rng(context.DeriveSeed((ulong)i)), 2 + (i % 3), 10);
            foreach (var w in set.Members)
            {
                acc.Add(evaluate(set, w), (ulong)i, () => $"set {i} (N = {set.Depth})");
            }
        }

        return acc.ToResult(id, string.Create(CultureInfo.InvariantCulture, $"{sets} sampled sets ℬ of 10 initializations, N = 2…4"), family);
    }

    /// <summary>
    /// nrt Section 2.2, "δ_ℬ and M_ℬ are finite (assuming XXᵀ has full rank) since L^N is continuous", checked through
    /// explicit finite bounds for ℬ inside the spectral ball ‖Wⱼ‖ ≤ R (every bounded set lies in one): for positive
    /// semidefinite A, B, ‖A − B‖ ≤ max(‖A‖, ‖B‖), so ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖ ≤ R² and δ_ℬ ≤ R²; ‖W_N⋯W₁X‖_F ≤
    /// R^N‖X‖_F, so L_ℬ ≤ ½(‖Y‖_F + R^N‖X‖_F)² and M_ℬ ≤ (√(2L_ℬ) + ‖Y‖)/σ_min(X), finite because XXᵀ of full rank
    /// gives σ_min(X) &gt; 0. Every sampled member (random directions, norms in [0, R] including R, and the extreme
    /// tuples with one factor 0 and the next of norm R) must meet both bounds. <paramref name="deltaFactor"/> scales
    /// the bound on δ_ℬ (negative control: ½R² is exceeded by the extreme tuples).
    /// </summary>
    /// <param name="context">The run context.</param>
    /// <param name="deltaFactor">The factor c in δ_ℬ ≤ cR² (1 for the claim).</param>
    /// <returns>The result.</returns>
    internal static CheckResult SetConstantsFinite(CheckContext context, double deltaFactor = 1)
    {
        var acc = new SlackAccumulator();
        int sets = context.Thorough ? 60 : 12;
        for (int i = 0; i < sets; i++)
        {
            var r = Rng(SeedOf(context.Seed, 2100 + i));
            int depth = 1 + (i % 4);
            int[] widths = [.. Enumerable.Range(0, depth + 1).Select(_ => 1 + r.Next(4))];
            double radius = Math.Pow(10, -1 + (2 * r.NextDouble()));
            var x = RandomMatrices.Gaussian(r, widths[0], widths[0] + 3, 1);
            var y = RandomMatrices.Gaussian(r, widths[^1], widths[0] + 3, 1);
            double sigmaMin = x.Svd(computeVectors: false).S[widths[0] - 1];
            double lossBound = 0.5 * Math.Pow(y.FrobeniusNorm() + (Math.Pow(radius, depth) * x.FrobeniusNorm()), 2);
            double mBound = (Math.Sqrt(2 * lossBound) + Norm(y)) / sigmaMin;
            var data = new RegressionData(x, y);
            for (int k = 0; k < 20; k++)
            {
                var factors = Enumerable.Range(1, depth).Select(j =>
                {
                    var g = RandomMatrices.Gaussian(r, widths[j], widths[j - 1], 1);
                    double target = k < 4 ? radius : radius * r.NextDouble();
                    if (k == 0 && depth > 1)
                    {
                        target = j == 1 ? 0 : radius;
                    }

                    return g * (target / Math.Max(Norm(g), 1e-300));
                }).ToArray();
                var w = new DeepLinearNetwork(factors);
                double loss = DeepLinearGradient.Loss(w, data);
                double m = (Math.Sqrt(2 * loss) + Norm(y)) / sigmaMin;
                int set = i, member = k;
                acc.Add(Worst(InstanceOutcome.Inequality(Balancedness.SpectralConstant(w), deltaFactor * radius * radius), InstanceOutcome.Inequality(loss, lossBound), InstanceOutcome.Inequality(m, mBound)), (ulong)(i * 100 + k), () => string.Create(CultureInfo.InvariantCulture, $"set {set} (N = {depth}, R = {radius:G4}), member {member}"));
            }
        }

        return acc.ToResult(
            "nrt/text10",
            string.Create(CultureInfo.InvariantCulture, $"{sets} spectral balls ‖Wⱼ‖ ≤ R (N = 1…4, widths 1…4, R ∈ [0.1, 10], XXᵀ full rank), 20 members each"),
            "every member meets the explicit finite bounds δ(W⃗) ≤ R², L^N(W⃗) ≤ ½(‖Y‖_F + R^N‖X‖_F)², M(W⃗) ≤ (√(2·that) + ‖Y‖)/σ_min(X) (σ_min(X) > 0 by full rank), so δ_ℬ, L_ℬ and M_ℬ are finite for every bounded ℬ");
    }

    private static IEnumerable<(string, Func<CheckContext, CheckResult>)> StepSizeChecks()
    {
        const string ConstFamily = "random data X, Y (scales 10^{−1…1}), balanced starts scaled by 10^{−½…½}, N = 1…5, widths 1…4, α ∈ {0} ∪ [0, 0.9), δ = M^{2/N}/N³ or given; independent evaluation from (2.9)–(2.11) against the engine (NrtStepSizeBound.ForData), 1e-10 relative";
        yield return ("nrt/eq2.8", ctx => SeededCheck(ctx, "nrt/eq2.8", ConstFamily + ": L^N(W⃗(0)), δ and the bound (2.8)", 100, r => StepConstantsInstance(r, "eta")));
        yield return ("nrt/eq2.9", ctx => SeededCheck(ctx, "nrt/eq2.9", ConstFamily + ": M and B_δ", 100, r => StepConstantsInstance(r, "B")));
        yield return ("nrt/eq2.10", ctx => SeededCheck(ctx, "nrt/eq2.10", ConstFamily + ": M and K_δ", 100, r => StepConstantsInstance(r, "K")));
        yield return ("nrt/remark2.5#b-step", ctx => RemarkStepCheck(ctx, "nrt/remark2.5#b-step", 1));
        yield return ("nrt/remark2.5#b-step~fixed", ctx => RemarkStepCheck(ctx, "nrt/remark2.5#b-step~fixed", 2));
        yield return ("nrt/remark2.5#b-nonexp", ctx => SeededCheck(ctx, "nrt/remark2.5#b-nonexp", "random data scalars as for nrt/remark2.5#b-step, N = 2…200: the remark's bound η(N) ≥ c·N^{−3} with c = 2/(2(1−α)⁻¹max(M, M²)σ²_min + 2e²max(M, M²)‖X‖² + e·max(1, M)‖XYᵀ‖) independent of N (a polynomial, not exponential, lower bound); the fitted log–log slope over N = 100…200 is reported", 40, r =>
        {
            var c = new RemarkCase(2, 0.9 * r.NextDouble(), Math.Pow(10, -1 + (2 * r.NextDouble())), 0, Math.Pow(10, -1 + (2 * r.NextDouble())), 0, Math.Pow(10, -2 + (3 * r.NextDouble())));
            double xNorm = c.SigmaMin * (1 + (10 * r.NextDouble()));
            c = c with { XNorm = xNorm, XyT = xNorm * c.YNorm * r.NextDouble() };
            double m = c.M;
            double cc = 2 / ((2 / (1 - c.Alpha) * Math.Max(m, m * m) * c.SigmaMin * c.SigmaMin) + (2 * Math.Exp(2) * Math.Max(m, m * m) * c.XNorm * c.XNorm) + (Math.E * Math.Max(1, m) * c.XyT));
            var outcomes = new List<InstanceOutcome>();
            for (int n = 2; n <= 200; n++)
            {
                outcomes.Add(InstanceOutcome.Inequality(cc * Math.Pow(n, -3), NrtStepSizeBound.RemarkSimplifiedEta(c.Alpha, n, m, c.SigmaMin, c.XNorm, c.XyT)));
            }

            double slope = Math.Log(NrtStepSizeBound.RemarkSimplifiedEta(c.Alpha, 200, m, c.SigmaMin, c.XNorm, c.XyT) / NrtStepSizeBound.RemarkSimplifiedEta(c.Alpha, 100, m, c.SigmaMin, c.XNorm, c.XyT)) / Math.Log(2);
            return (Worst([.. outcomes]), c + string.Create(CultureInfo.InvariantCulture, $", log–log slope over N = 100…200: {slope:G4}"));
        }));
        yield return ("nrt/text10", ctx => SetConstantsFinite(ctx));
        yield return ("nrt/eq2.12", ctx => SetCheck(ctx, "nrt/eq2.12", "sampled ℬ (balanced tuples + 0.01 Gaussian perturbations); δ_ℬ = 1.1 × the sample maximum of max_j‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖; every member's constant ≤ δ_ℬ", (s, w) => InstanceOutcome.Inequality(Balancedness.SpectralConstant(w), s.DeltaB)));
        yield return ("nrt/eq2.13", ctx => SetCheck(ctx, "nrt/eq2.13", "sampled ℬ; L_ℬ = 1.1 × the sample maximum loss, M_ℬ = (√(2L_ℬ) + ‖Y‖)σ_min⁻¹(X); every member has L^N(W⃗) ≤ L_ℬ and M(W⃗) ≤ M_ℬ", (s, w) =>
        {
            double l = DeepLinearGradient.Loss(w, s.Data);
            return Worst(InstanceOutcome.Inequality(l, s.LB), InstanceOutcome.Inequality(NrtStepSizeBound.M(l, s.YNorm, s.SigmaMin), s.MB));
        }));
        yield return ("nrt/eq2.14", ctx => SetCheck(ctx, "nrt/eq2.14", "sampled ℬ, α = 0.5, δ = max(δ_ℬ/α, M_ℬ^{2/N}/N³): the uniform bound (2.14) (with M_ℬ, L_ℬ) is ≤ the bound (2.8) of each member with the same δ and α, so the hypotheses of Theorem 2.4 hold for every member", (s, w) =>
        {
            double uniform = UniformStep(s, 0.5, out double delta);
            double l = DeepLinearGradient.Loss(w, s.Data);
            double mw = NrtStepSizeBound.M(l, s.YNorm, s.SigmaMin);
            double own = NrtStepSizeBound.Eta(delta, 0.5, l, NrtStepSizeBound.B(NrtStepSizeBound.K(mw, s.Depth, delta), s.Depth, s.XNorm, s.XyT));
            return Worst(InstanceOutcome.Inequality(Balancedness.SpectralConstant(w), 0.5 * delta), InstanceOutcome.Inequality(uniform, own));
        }));
        yield return ("nrt/eq5.2", ctx => SeededCheck(ctx, "nrt/eq5.2", "random a₁, a₂ ∈ [1e-5, 1], γ ∈ [0, 2]: the engine schedule StepSchedule.NrtDecreasing equals min{a₁, a₂/(k+1)^γ} computed independently for k = 0…10⁴ (1e-15 relative)", 20, r =>
        {
            double a1 = Math.Pow(10, -5 * r.NextDouble()), a2 = Math.Pow(10, -5 * r.NextDouble()), gamma = 2 * r.NextDouble();
            var schedule = StepSchedule.NrtDecreasing(a1, a2, gamma);
            double worst = 0;
            for (int k = 0; k <= 10_000; k++)
            {
                double expected = Math.Min(a1, a2 / Math.Pow(k + 1, gamma));
                worst = Math.Max(worst, Math.Abs(schedule.StepSize(k) - expected) / expected);
            }

            return (InstanceOutcome.Inequality(worst, 1e-15), $"a₁ = {F(a1)}, a₂ = {F(a2)}, γ = {F(gamma)}");
        }));
    }
}
