using System.Collections.Concurrent;
using System.Globalization;
using DeepLinear.Checks.Sampling;
using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;
using static DeepLinear.Checks.Papers.Nrt.NrtSampling;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>
/// The gradient-descent runs behind the trajectory claims of Proposition 3.3 and Theorem 2.4: seeded data (X of full
/// row rank, Y = TX + noise), starts of balancedness constant αδ (balanced tuples Uⱼdiag(s)Uⱼ₋₁ᵀ perturbed until the
/// constant is just below αδ), δ = factor·M^{2/N}/N³ (Remark 2.5(b)), the step sizes (2.8) (= (3.14) with the σ of
/// Theorem 2.4), constant or decreasing as in (5.2). Each run records every iterate (numeric engine gradients) and
/// its engine twin <see cref="GradientDescent.Run"/>; a scenario that breaks a hypothesis (start not αδ-balanced, a step
/// above (3.14)) carries the reason, and every check rejects its iterates instead of testing them.
/// </content>
public static partial class NrtDescentRunChecks
{
    private static readonly ConcurrentDictionary<(ulong Seed, bool Thorough), Lazy<DescentRun[]>> RunCache = new();

    /// <summary>
    /// A gradient-descent scenario for the trajectory checks (public so that tests can build hypothesis-violating
    /// negative controls).
    /// </summary>
    /// <param name="Depth">N ≥ 1.</param>
    /// <param name="Alpha">α ∈ [0, 1): the start is built with balancedness constant just below αδ.</param>
    /// <param name="DeltaFactor">δ = DeltaFactor·M^{2/N}/N³.</param>
    /// <param name="StepFactor">η_k = StepFactor × the bound (2.8) (× the (5.2) decay); &gt; 1 breaks the hypothesis.</param>
    /// <param name="Gamma">Decay rate γ of (5.2) (0: constant step).</param>
    /// <param name="Iterations">Number of steps.</param>
    /// <param name="Seed">Seed of data and start.</param>
    /// <param name="UnbalanceFactor">Scale W₁ by this and W₂ by its inverse after building the start (≠ 1 breaks the
    /// balancedness hypothesis).</param>
    /// <param name="FirstStepFactor">Multiplies η₀ only (the k ∈ ℕ reading of (3.14) leaves η₀ unconstrained).</param>
    /// <param name="CriticalStart">Start at the critical point W⃗ = 0 (N ≥ 2) instead.</param>
    /// <param name="EngineOnly">Record only the engine run (loss and gradient norm at every iterate, stopping when
    /// ‖∇L^N‖_F ≤ 10⁻⁶‖∇L^N(W⃗(0))‖_F), for long runs.</param>
    public sealed record DescentScenario(
        int Depth,
        double Alpha,
        double DeltaFactor,
        double StepFactor,
        double Gamma,
        int Iterations,
        int Seed,
        double UnbalanceFactor = 1,
        double FirstStepFactor = 1,
        bool CriticalStart = false,
        bool EngineOnly = false)
    {
        /// <inheritdoc/>
        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"N = {Depth}, α = {Alpha}, δ = {DeltaFactor}·M^{{2/N}}/N³, η = {StepFactor}×(2.8){(Gamma > 0 ? $"·min(1, (k+1)^−{Gamma})" : string.Empty)}{(FirstStepFactor != 1 ? $", η₀ ×{FirstStepFactor}" : string.Empty)}{(UnbalanceFactor != 1 ? $", W₁×{UnbalanceFactor}, W₂/{UnbalanceFactor}" : string.Empty)}{(CriticalStart ? ", start W⃗ = 0" : string.Empty)}, {Iterations} steps, seed {Seed}");
    }

    /// <summary>One recorded run.</summary>
    internal sealed class DescentRun
    {
        public required DescentScenario Scenario { get; init; }

        public required Matrix<double> X { get; init; }

        public required Matrix<double> Y { get; init; }

        public required RegressionData Data { get; init; }

        public required double Delta { get; init; }

        public required double K { get; init; }

        public required double B { get; init; }

        public required double M { get; init; }

        public required double Sigma { get; init; }

        public required double Bound { get; init; }

        public required double SigmaMinX { get; init; }

        public required double XNorm { get; init; }

        public required double YNorm { get; init; }

        public required double StartConstant { get; init; }

        public required double[] Etas { get; init; }

        public required DeepLinearNetwork[] Iterates { get; init; }

        public required double[] Losses { get; init; }

        public required Matrix<double>[][] Gradients { get; init; }

        public required RunResult Engine { get; init; }

        /// <summary>Null when the scenario meets every hypothesis of Proposition 3.3 (k ∈ ℕ₀); otherwise the reason.</summary>
        public string? HypothesisFailure { get; init; }

        /// <summary>Null when the scenario meets the hypotheses with (3.14) read for k ∈ ℕ = {1, 2, …} only.</summary>
        public string? PrintedRangeFailure { get; init; }

        public int Depth => Scenario.Depth;

        public int Steps => Etas.Length;

        public double L0 => Losses[0];

        public double GradientNormSquared(int k) => Gradients[k].Sum(g => Math.Pow(g.FrobeniusNorm(), 2));

        public override string ToString() => Scenario.ToString();
    }

    /// <summary>Builds and runs one scenario (public through <see cref="DescentScenario"/> for tests).</summary>
    internal static DescentRun Run(DescentScenario s)
    {
        var r = Rng(s.Seed);
        int n = s.Depth;
        int[] widths = Enumerable.Range(0, n + 1).Select(_ => 2 + r.Next(2)).ToArray();
        int dx = widths[0], dy = widths[^1], m = dx + 3;
        var x = RandomMatrices.Gaussian(r, dx, m, 1 / Math.Sqrt(dx));
        var target = BalancedTuple(r, widths, Enumerable.Range(0, widths.Min()).Select(_ => 0.7 + (0.5 * r.NextDouble())).ToArray()).Product();
        var y = (target * x) + RandomMatrices.Gaussian(r, dy, m, 0.05);
        var data = new RegressionData(x, y);
        var sv = x.Svd(computeVectors: false).S;
        double smin = sv[dx - 1], xNorm = sv[0], yNorm = Norm(y), xyT = Norm(x.TransposeAndMultiply(y));
        var start = s.CriticalStart
            ? new DeepLinearNetwork(Enumerable.Range(1, n).Select(j => Matrix<double>.Build.Dense(widths[j], widths[j - 1])).ToArray())
            : BalancedTuple(r, widths, Enumerable.Range(0, widths.Min()).Select(_ => 0.6 + (0.5 * r.NextDouble())).ToArray());
        double Delta(DeepLinearNetwork w) =>
            s.DeltaFactor * NrtStepSizeBound.RemarkDelta(NrtStepSizeBound.M(DeepLinearGradient.Loss(w, data), yNorm, smin), n);
        if (s.Alpha > 0 && n >= 2 && !s.CriticalStart)
        {
            var e = Enumerable.Range(1, n).Select(j => RandomMatrices.Gaussian(r, widths[j], widths[j - 1], 1)).ToArray();
            DeepLinearNetwork Perturbed(double eps) => new(Enumerable.Range(1, n).Select(j => start.Factor(j) + (eps * e[j - 1])).ToArray());
            double eps = 1e-3 * s.Alpha * Delta(start) / Math.Max(1e-300, Balancedness.SpectralConstant(Perturbed(1e-3)));
            for (int it = 0; it < 30; it++)
            {
                double target2 = s.Alpha * Delta(Perturbed(eps));
                double c = Balancedness.SpectralConstant(Perturbed(eps));
                if (c <= target2 && c >= 0.9 * target2)
                {
                    break;
                }

                eps *= 0.97 * target2 / c;
            }

            start = Perturbed(eps);
        }

        if (s.UnbalanceFactor != 1 && n >= 2)
        {
            start = Scaled(start, j => j == 1 ? s.UnbalanceFactor : j == 2 ? 1 / s.UnbalanceFactor : 1);
        }

        double l0 = DeepLinearGradient.Loss(start, data);
        double mm = NrtStepSizeBound.M(l0, yNorm, smin);
        double delta = s.DeltaFactor * NrtStepSizeBound.RemarkDelta(mm, n);
        double k = NrtStepSizeBound.K(mm, n, delta);
        double b = NrtStepSizeBound.B(k, n, xNorm, xyT);
        double bound = NrtStepSizeBound.Eta(delta, s.Alpha, l0, b);
        double sigma = 4 * l0 / ((4 * l0) + ((1 - s.Alpha) * delta * b));
        double Step(int kk) => s.StepFactor * bound * Math.Min(1, Math.Pow(kk + 1, -s.Gamma)) * (kk == 0 ? s.FirstStepFactor : 1);
        var etas = Enumerable.Range(0, s.Iterations).Select(Step).ToArray();
        double startConstant = Balancedness.SpectralConstant(start);
        double bound314 = sigma > 0 && sigma < 1 ? NrtBounds.Condition314(sigma, s.Alpha, delta, l0, b) : bound;
        string? failure = null, printed = null;
        // Round-off allowance: a balanced tuple (α = 0) is balanced only to ~1e-16·‖Wⱼ‖² in floating point.
        double roundOff = 1e-12 * Enumerable.Range(1, n).Max(j => Math.Pow(start.SpectralNorm(j), 2));
        if (startConstant > (s.Alpha * delta * (1 + 1e-9)) + roundOff)
        {
            failure = printed = $"the start has balancedness constant {F(startConstant)} > αδ = {F(s.Alpha * delta)}";
        }

        for (int kk = 0; kk < etas.Length && printed is null; kk++)
        {
            if (etas[kk] > bound314 * (1 + 1e-12))
            {
                string why = $"η_{kk} = {F(etas[kk])} exceeds the bound (3.14) = {F(bound314)}";
                failure ??= why;
                if (kk >= 1)
                {
                    printed = why;
                }
            }
        }

        var iterates = new DeepLinearNetwork[s.Iterations + 1];
        var losses = new double[s.Iterations + 1];
        var grads = new Matrix<double>[s.Iterations + 1][];
        iterates[0] = start;
        var current = start;
        int steps = s.EngineOnly ? 0 : s.Iterations;
        for (int kk = 0; kk <= (s.EngineOnly ? 0 : s.Iterations); kk++)
        {
            losses[kk] = DeepLinearGradient.Loss(current, data);
            grads[kk] = DeepLinearGradient.Gradient(current, data);
            iterates[kk] = current;
            if (s.EngineOnly || kk == s.Iterations || !double.IsFinite(losses[kk]) || losses[kk] > 1e12 * (1 + l0))
            {
                steps = kk;
                break;
            }

            var g = grads[kk];
            current = new DeepLinearNetwork(Enumerable.Range(1, n).Select(j => current.Factor(j) - (etas[kk] * g[j - 1])).ToArray());
        }

        var schedule = StepSchedule.FromFunction(Step, "nrt scenario");
        var engine = s.EngineOnly
            ? GradientDescent.Run(start, data, new GradientDescentOptions(s.Iterations, schedule, GradientTolerance: 1e-6 * Math.Sqrt(grads[0].Sum(g => Math.Pow(g.FrobeniusNorm(), 2))), DivergenceFactor: 1e12, Metrics: TrajectoryMetrics.None))
            : GradientDescent.Run(start, data, new GradientDescentOptions(Math.Max(1, steps), schedule, DivergenceFactor: 1e12));
        return new DescentRun
        {
            Scenario = s,
            X = x,
            Y = y,
            Data = data,
            Delta = delta,
            K = k,
            B = b,
            M = mm,
            Sigma = sigma,
            Bound = bound,
            SigmaMinX = smin,
            XNorm = xNorm,
            YNorm = yNorm,
            StartConstant = startConstant,
            Etas = s.EngineOnly ? etas : etas[..steps],
            Iterates = iterates[..(steps + 1)],
            Losses = losses[..(steps + 1)],
            Gradients = grads[..(steps + 1)],
            Engine = engine,
            HypothesisFailure = failure,
            PrintedRangeFailure = printed,
        };
    }

    /// <summary>The scenarios of the fast (thorough) tier: N ∈ {2, 3, 5} × α ∈ {0, 0.5, 0.9}, δ factor 1 with the constant
    /// step at the bound, δ factor 10 with the decreasing schedule (5.2), γ = 0.4.</summary>
    internal static IReadOnlyList<DescentScenario> StandardScenarios(ulong seed, bool thorough)
    {
        var list = new List<DescentScenario>();
        int i = 0;
        int iterations = thorough ? 2000 : 150;
        foreach (int n in new[] { 2, 3, 5 })
        {
            foreach (double alpha in new[] { 0.0, 0.5, 0.9 })
            {
                list.Add(new DescentScenario(n, alpha, 1, 1, 0, iterations, SeedOf(seed, i++)));
                list.Add(new DescentScenario(n, alpha, 10, 1, 0.4, iterations, SeedOf(seed, i++)));
            }
        }

        return list;
    }

    private static DescentRun[] StandardRuns(Running.CheckContext context) =>
        RunCache.GetOrAdd((context.Seed, context.Thorough), key => new Lazy<DescentRun[]>(() => [.. StandardScenarios(key.Seed, key.Thorough).Select(Run)])).Value;
}
