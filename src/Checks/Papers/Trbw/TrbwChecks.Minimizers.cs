using DeepLinear.Numeric.Geometry;
using static DeepLinear.Checks.Papers.Trbw.TrbwInstances;
using static DeepLinear.Checks.Papers.Trbw.TrbwAppendixChecks;

namespace DeepLinear.Checks.Papers.Trbw;

/// <content>
/// Theorems 5 and 6 on seeded random initialisations (each draw from an absolutely continuous law avoids any fixed null
/// set with probability one; "for almost all" itself is not decidable by sampling): limits of long factor flows are the
/// rank-k minimisers W*_k = [Q]_k(XXᵀ)^{−1/2} (<see cref="LowRankMinimizer"/>) with k ≤ r̄; for N = 2 the limit is a global
/// minimiser of L²; the direct flow (9) from rank-k starts reaches W*_k (k ≤ q) or leaves 𝓜_k towards lower rank (k &gt; q);
/// (the infimum of L¹ over 𝓜_k above rank q, not attained, is declarative in catalog/trbw.yaml). Theorem 5(b) is
/// refuted as printed (transposed factor spaces), its corrected form checked as <c>trbw/thm5#b~fixed</c>.
/// </content>
public static partial class TrbwChecks
{
    /// <summary>
    /// Runs the factor flow (5) with the Dormand–Prince pair in segments until Σⱼ‖∇_{Wⱼ}L^N‖_F ≤ tolerance, or
    /// <paramref name="done"/> holds, or maxTime; records the monitor (default: the gradient norm) after each segment.
    /// </summary>
    internal static (DeepLinearNetwork Final, double Time, List<double> Times, List<double> Values) RunUntilCritical(
        DeepLinearNetwork start, RegressionData data, double tolerance, double segment, double maxTime, CancellationToken token,
        Func<DeepLinearNetwork, double>? monitor = null, Func<DeepLinearNetwork, bool>? done = null)
    {
        var times = new List<double> { 0 };
        var values = new List<double> { monitor?.Invoke(start) ?? DeepLinearGradient.GradientNorm(start, data) };
        var current = start;
        double t = 0;
        while (t < maxTime && DeepLinearGradient.GradientNorm(current, data) > tolerance && !(done?.Invoke(current) ?? false))
        {
            current = FactorFlowAdaptiveAt(current, data, [segment], token, 1e-10)[0];
            t += segment;
            times.Add(t);
            values.Add(monitor?.Invoke(current) ?? DeepLinearGradient.GradientNorm(current, data));
        }

        return (current, t, times, values);
    }

    /// <summary>
    /// trbw/thm5#a (and, with <c>autoencoder-data: 1</c>, trbw/text15): from seeded Gaussian starts (entries
    /// N(0, 1/dⱼ₋₁)), N ∈ {2, 3, 4}, the factor flow (5) is run until ‖∇L^N‖ ≤ 10⁻⁹ (t ≤ 2000); with k the numerical rank
    /// of W = W_N⋯W₁ (σᵢ &gt; 10⁻⁶σ₁), W must equal the rank-k minimiser W*_k of L¹ to 10⁻⁶(1 + ‖W*_k‖_F) and k ≤ r̄.
    /// A run that does not reach the gradient tolerance is rejected (not converged on the horizon), not counted as a
    /// counterexample.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <remarks>Arguments (<c>with:</c>, absent = the statement as printed): <c>autoencoder-data</c>: Use autoencoder data Y = X (trbw/text15) instead of regression data; <c>zero-start</c>: Negative control: start at Wⱼ = 0 for all j (a critical point, so a point of the exceptional null set); the limit W = 0 is compared with the global minimiser W*_{r̄} ≠ 0 and must be refuted.</remarks>
    /// <returns>Verified on the draws; refuted for the negative control.</returns>
    [ClaimCheck("factor-flow-limits-are-rank-k-minimizers", Parameters = ["autoencoder-data", "zero-start"])]
    public static CheckResult LimitsAreRankKMinimizers(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool autoencoder = Flag(context, "autoencoder-data");
        bool zeroStart = Flag(context, "zero-start");
        string id = autoencoder ? "trbw/text15" : "trbw/thm5#a";
        int runs = context.Thorough ? 24 : autoencoder ? 4 : 6;
        double horizon = autoencoder ? 500 : 2000;
        var acc = new SlackAccumulator();
        var series = new List<PlotSeries>();
        var ranks = new List<string>();
        for (int i = 0; i < runs; i++)
        {
            ulong seed = context.DeriveSeed((ulong)i);
            var rng = Rng(seed);
            int depth = 2 + (i % 3);
            int dx = rng.Next(2, 4);
            int dy = autoencoder ? dx : rng.Next(2, 4);
            int[] widths = [dx, .. Enumerable.Range(1, depth - 1).Select(_ => rng.Next(1, 4)), dy];
            var start = new DeepLinearNetwork(Enumerable.Range(1, depth).Select(j => GaussianMatrix(widths[j], widths[j - 1], 1 / Math.Sqrt(widths[j - 1]), rng)).ToArray());
            if (zeroStart)
            {
                start = new DeepLinearNetwork(Enumerable.Range(1, depth).Select(j => Matrix<double>.Build.Dense(widths[j], widths[j - 1])).ToArray());
            }

            RegressionData data;
            if (autoencoder)
            {
                var x = GaussianMatrix(dx, 3 * dx, 1 / Math.Sqrt(dx), rng);
                data = new RegressionData(x, x);
            }
            else
            {
                data = i % 2 == 0 ? RandomData(dx, dy, rng) : LowRankData(dx, dy, rng.Next(1, Math.Min(dx, dy) + 1), rng);
            }

            if (!data.InputCovarianceIsFullRank)
            {
                acc.Reject("XXᵀ not of full rank");
                continue;
            }

            string description = string.Create(CultureInfo.InvariantCulture, $"N = {depth}, widths ({string.Join(", ", widths)}), {(autoencoder ? "autoencoder Y = X" : i % 2 == 0 ? "noisy regression target" : "low-rank target")}, seed {seed}");
            var (final, time, times, values) = RunUntilCritical(start, data, 1e-9, 25, horizon, context.CancellationToken);
            if (DeepLinearGradient.GradientNorm(final, data) > 1e-9)
            {
                acc.Reject(description + ": not converged by t = " + F(horizon));
                continue;
            }

            var w = final.Product();
            int k = MatrixDiagnostics.NumericalRank(w, 1e-6);
            int q = LowRankMinimizer.Compute(data, int.MaxValue / 2).Rank;
            int rBar = Math.Min(q, widths.Min());
            var target = LowRankMinimizer.Compute(data, zeroStart ? rBar : k).Minimizer;
            double distance = (w - target).FrobeniusNorm();
            ranks.Add(string.Create(CultureInfo.InvariantCulture, $"{k}/{rBar}"));
            acc.Add(distance, 1e-6 * (1 + target.FrobeniusNorm()), seed, () => string.Create(CultureInfo.InvariantCulture, $"{description}: limit of rank {k}, ‖W − W*_{(zeroStart ? rBar : k)}‖_F = {F(distance)} at t = {time}"));
            acc.Add(k, rBar, seed, () => string.Create(CultureInfo.InvariantCulture, $"{description}: rank {k} > r̄ = {rBar}"));
            if (series.Count < 6)
            {
                series.Add(new PlotSeries(LegendLabel(description), times, Floor(values)));
            }
        }

        var result = acc.ToResult(
            id,
            string.Create(CultureInfo.InvariantCulture, $"{runs} seeded Gaussian starts, factor flow (5) to ‖∇L^N‖ ≤ 10⁻⁹ (t ≤ {horizon})"),
            (autoencoder ? "autoencoder data Y = X (q = dₓ)" : "noisy and exactly low-rank regression targets")
            + ", N = 2–4, dₓ, d_y ∈ {2, 3}, hidden widths 1–3, starts N(0, 1/dⱼ₋₁); limit rank k / r̄ per run: " + string.Join(" ", ranks));
        return series.Count == 0 ? result : result.WithPlots(Plot("gradient-to-critical", "‖∇L^N‖ along (5) until a critical point", "‖∇L^N‖_F", true, [.. series]));
    }

    /// <summary>
    /// trbw/thm5#a-rank: with exactly low-rank targets (q &lt; r in most runs, so the bound min(q, r) is not just r) the
    /// numerical rank of the limit of (5) from Gaussian starts is at most r̄ = min(q, r).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <remarks>Arguments (<c>with:</c>, absent = the statement as printed): <c>bound-offset</c>: Negative control: compare with r̄ + offset (−1 must be refuted).</remarks>
    /// <returns>Verified, or refuted for the negative control.</returns>
    [ClaimCheck("factor-flow-limit-rank-at-most-r-bar", Parameters = ["bound-offset"])]
    public static CheckResult LimitRankBound(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int boundOffset = Integer(context, "bound-offset", 0);
        int runs = context.Thorough ? 24 : 6;
        var acc = new SlackAccumulator();
        var seen = new List<string>();
        var series = new List<PlotSeries>();
        for (int i = 0; i < runs; i++)
        {
            ulong seed = context.DeriveSeed((ulong)i + 1000);
            var rng = Rng(seed);
            int depth = 2 + (i % 2);
            int dx = 3;
            int dy = 3;
            int[] widths = [dx, .. Enumerable.Range(1, depth - 1).Select(_ => rng.Next(2, 4)), dy];
            int q = rng.Next(1, widths.Min());
            var data = LowRankData(dx, dy, q, rng);
            var start = new DeepLinearNetwork(Enumerable.Range(1, depth).Select(j => GaussianMatrix(widths[j], widths[j - 1], 1 / Math.Sqrt(widths[j - 1]), rng)).ToArray());
            var (final, _, times, values) = RunUntilCritical(start, data, 1e-9, 25, 2000, context.CancellationToken);
            int k = MatrixDiagnostics.NumericalRank(final.Product(), 1e-6);
            if (series.Count < 6)
            {
                series.Add(new PlotSeries(string.Create(CultureInfo.InvariantCulture, $"N = {depth}, q = {q}"), times, Floor(values)));
            }

            int rBar = Math.Min(LowRankMinimizer.Compute(data, 3).Rank, widths.Min()) + boundOffset;
            seen.Add(string.Create(CultureInfo.InvariantCulture, $"{k}≤{rBar}"));
            acc.Add(k, rBar, seed, () => string.Create(CultureInfo.InvariantCulture, $"N = {depth}, widths ({string.Join(", ", widths)}), q = {q}: limit rank {k} > r̄ = {rBar}"));
        }

        return acc.ToResult(
            "trbw/thm5#a-rank",
            string.Create(CultureInfo.InvariantCulture, $"{runs} seeded Gaussian starts, factor flow (5) to ‖∇L^N‖ ≤ 10⁻⁹ (t ≤ 2000)"),
            "targets Y = W̃X with rank W̃ = q < min dⱼ, N ∈ {2, 3}, dₓ = d_y = 3, hidden widths 2–3; numerical rank σᵢ > 10⁻⁶σ₁; per run k ≤ r̄: " + string.Join(" ", seen))
            .WithPlots(Plot("gradient-low-rank-targets", "‖∇L^N‖ along (5), rank-q targets", "‖∇L^N‖_F", true, [.. series]));
    }

    /// <summary>
    /// trbw/thm5#b~fixed: for N = 2 (W₁ ∈ ℝ^{d₁×d₀}, W₂ ∈ ℝ^{d₂×d₁}) and seeded Gaussian starts, the flow (5) reaches
    /// ‖∇L²‖ ≤ 10⁻⁹ and L²(W₁, W₂) = min L² = L¹(W*_{r̄}) to 10⁻⁸(1 + L¹(W*_{r̄})).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <remarks>Arguments (<c>with:</c>, absent = the statement as printed): <c>zero-start</c>: Negative control: W₁ = W₂ = 0 (a critical point on the null set) must be refuted.</remarks>
    /// <returns>Verified on the draws; refuted for the negative control.</returns>
    [ClaimCheck("two-layer-flow-reaches-global-minimum", Parameters = ["zero-start"])]
    public static CheckResult TwoLayerGlobalMinimum(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool zeroStart = Flag(context, "zero-start");
        int runs = context.Thorough ? 24 : 6;
        var acc = new SlackAccumulator();
        var series = new List<PlotSeries>();
        for (int i = 0; i < runs; i++)
        {
            ulong seed = context.DeriveSeed((ulong)i + 2000);
            var rng = Rng(seed);
            int d0 = rng.Next(2, 5);
            int d1 = rng.Next(1, 4);
            int d2 = rng.Next(2, 5);
            var data = i % 2 == 0 ? RandomData(d0, d2, rng) : LowRankData(d0, d2, rng.Next(1, Math.Min(d0, d2) + 1), rng);
            var start = zeroStart
                ? new DeepLinearNetwork(Matrix<double>.Build.Dense(d1, d0), Matrix<double>.Build.Dense(d2, d1))
                : new DeepLinearNetwork(GaussianMatrix(d1, d0, 1 / Math.Sqrt(d0), rng), GaussianMatrix(d2, d1, 1 / Math.Sqrt(d1), rng));
            string description = string.Create(CultureInfo.InvariantCulture, $"N = 2, widths ({d0}, {d1}, {d2}), {(zeroStart ? "zero start" : "Gaussian start")}, seed {seed}");
            double best = LowRankMinimizer.Compute(data, Math.Min(d1, Math.Min(d0, d2))).Loss;
            var (final, time, times, gaps) = RunUntilCritical(start, data, 1e-9, 25, 2000, context.CancellationToken, n => DeepLinearGradient.Loss(n, data) - best);
            if (!zeroStart && DeepLinearGradient.GradientNorm(final, data) > 1e-9)
            {
                acc.Reject(description + ": not converged by t = 2000");
                continue;
            }

            if (series.Count < 6)
            {
                series.Add(new PlotSeries(string.Create(CultureInfo.InvariantCulture, $"widths ({d0}, {d1}, {d2})"), times, Floor(gaps)));
            }

            double loss = DeepLinearGradient.Loss(final, data);
            acc.Add(loss - best, 1e-8 * (1 + best), seed, () => string.Create(CultureInfo.InvariantCulture, $"{description}: L² = {F(loss)} > min L² = {F(best)} at t = {time}"));
        }

        return acc.ToResult(
            "trbw/thm5#b~fixed",
            string.Create(CultureInfo.InvariantCulture, $"{runs} seeded starts, N = 2, factor flow (5) to ‖∇L²‖ ≤ 10⁻⁹ (t ≤ 2000)"),
            "widths d₀, d₂ ∈ 2–4, d₁ ∈ 1–3 (bottleneck and wide), noisy and low-rank targets, starts N(0, 1/dⱼ₋₁); min L² = L¹(W*_{min(d₀, d₁, d₂)}) by Eckart–Young")
            .WithPlots(Plot("loss-gap-two-layers", "L²(W₁(t), W₂(t)) − min L², N = 2", "L² − min L²", true, [.. series]));
    }

    /// <summary>
    /// trbw/thm6 on seeded random rank-k starts W(0) = U diag(σ) Vᵀ. The flow (9) on 𝓜_k is integrated through its balanced
    /// factorisation (Theorem 4.1: the product of the factor flow (5) from a balanced rank-k tuple with hidden widths k
    /// solves (9); checked against the RK4 direct flow as trbw/thm4#1-flow), with the adaptive Dormand–Prince pair so that
    /// long horizons are affordable. For k ≤ q the run goes until ‖∇L^N‖ ≤ 10⁻⁹ (t ≤ 1000; otherwise rejected as not
    /// converged) and the limit must be the global minimiser of L¹ on 𝓜_k: ‖W − W*_k‖_F ≤ 10⁻⁵(1 + ‖W*_k‖_F). For k &gt; q
    /// (rank-q targets) the second option must be under way on [0, 200]: σ_k(W(t)) decreases at every recorded time and
    /// L¹(W(200)) − min L¹ ≤ 10⁻³(1 + min L¹) (the flow approaches the critical point W*_q of the lower stratum 𝓜_q).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <remarks>Arguments (<c>with:</c>, absent = the statement as printed): <c>target-rank-offset</c>: Negative control: compare k ≤ q limits with W*_{k+offset} (−1 must be refuted); <c>autoencoder-data</c>: Autoencoder data Y = X (q = dₓ, so every start has k ≤ q; used by trbw/text15).</remarks>
    /// <returns>Verified, or refuted for the negative control.</returns>
    [ClaimCheck("direct-flow-limits-are-rank-k-minimizers-or-drop-rank", Parameters = ["target-rank-offset", "autoencoder-data"])]
    public static CheckResult DirectFlowLimits(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int targetRankOffset = Integer(context, "target-rank-offset", 0);
        bool autoencoder = Flag(context, "autoencoder-data");
        int runs = context.Thorough ? 24 : autoencoder ? 3 : 8;
        double horizon = autoencoder ? 300 : 1000;
        var acc = new SlackAccumulator();
        var series = new List<PlotSeries>();
        for (int i = 0; i < runs; i++)
        {
            ulong seed = context.DeriveSeed((ulong)i + 3000);
            var rng = Rng(seed);
            int depth = 2 + (i % 3);
            int dx = rng.Next(2, 5);
            int dy = autoencoder ? dx : rng.Next(2, 5);
            bool above = !autoencoder && i % 4 == 3;
            int q = above ? rng.Next(1, Math.Min(dx, dy)) : Math.Min(dx, dy);
            RegressionData data;
            if (autoencoder)
            {
                var x = GaussianMatrix(dx, 3 * dx, 1 / Math.Sqrt(dx), rng);
                data = new RegressionData(x, x);
            }
            else
            {
                data = above ? LowRankData(dx, dy, q, rng) : RandomData(dx, dy, rng);
            }
            int k = above ? q + 1 : rng.Next(1, q + 1);
            int[] widths = [dx, .. Enumerable.Repeat(k, depth - 1), dy];
            var start = BalancedTuple(widths, Spectrum(k, 1, false, rng), rng);
            string description = string.Create(CultureInfo.InvariantCulture, $"N = {depth}, W(0) ∈ ℝ^{{{dy}×{dx}}} of rank {k}, q = {q}, seed {seed}");
            if (!above)
            {
                var target = LowRankMinimizer.Compute(data, Math.Max(0, k + targetRankOffset)).Minimizer;
                var (final, time, times, values) = RunUntilCritical(start, data, 1e-9, 25, horizon, context.CancellationToken, n => (n.Product() - target).FrobeniusNorm());
                if (DeepLinearGradient.GradientNorm(final, data) > 1e-9)
                {
                    acc.Reject(description + ": not converged by t = " + F(horizon));
                    continue;
                }

                double distance = (final.Product() - target).FrobeniusNorm();
                acc.Add(distance, 1e-5 * (1 + target.FrobeniusNorm()), seed, () => string.Create(CultureInfo.InvariantCulture, $"{description}: ‖W − W*_k‖_F = {F(distance)} at t = {time}"));
                if (series.Count < 6)
                {
                    series.Add(new PlotSeries(description.Split(',')[0] + ", rank " + k.ToString(CultureInfo.InvariantCulture), times, Floor(values)));
                }
            }
            else
            {
                var times = Grid(25, 8);
                var path = FactorFlowAdaptiveAt(start, data, times, context.CancellationToken, 1e-10);
                var sigmaK = path.Select(n => Sigma(SingularValues(n.Product()), k)).Prepend(Sigma(SingularValues(start.Product()), k)).ToArray();
                for (int p = 1; p < sigmaK.Length; p++)
                {
                    int at = p;
                    acc.Add(sigmaK[p], sigmaK[p - 1], seed, () => string.Create(CultureInfo.InvariantCulture, $"{description}: σ_k(W(t)) rose from {F(sigmaK[at - 1])} to {F(sigmaK[at])} at t = {times[at - 1]}"));
                }

                double minimum = data.Constant;
                double gap = data.Loss(path[^1].Product()) - minimum;
                acc.Add(gap, 1e-3 * (1 + Math.Abs(minimum)), seed, () => description + ": L¹(W(200)) − min L¹ = " + F(gap));
            }
        }

        var result = acc.ToResult(
            autoencoder ? "trbw/text15" : "trbw/thm6",
            string.Create(CultureInfo.InvariantCulture, $"{runs} seeded rank-k starts; (9) through balanced rank-k factorisations, Dormand–Prince, to ‖∇‖ ≤ 10⁻⁹ (t ≤ {horizon}) for k ≤ q, on [0, 200] for k > q"),
            autoencoder
                ? "autoencoder data Y = X (q = dₓ), N = 2–4, dₓ = 2–4, every rank k ≤ dₓ"
                : "N = 2–4, shapes 2–4, k ≤ q (noisy targets, q = min(dₓ, d_y)) in three quarters, k = q + 1 with rank-q targets in one quarter");
        return series.Count == 0 ? result : result.WithPlots(Plot("direct-flow-to-minimizer", "‖W(t) − W*_k‖_F along (9), k ≤ q", "‖W − W*_k‖_F", true, [.. series]));
    }

    /// <summary>
    /// trbw/text9#strict-saddle (N = 2): the critical points of L² that are not global minimisers are strict saddles. For a
    /// set S of singular triples of Q = YXᵀ(XXᵀ)^{−1/2} with |S| ≤ d₁ that is not the top-r̄ set, W_S = Σ_{i∈S}σᵢuᵢvᵢᵀ(XXᵀ)^{−1/2}
    /// with balanced factors W₂ = U Σ^{1/2}Oᵀ, W₁ = OΣ^{1/2}Vᵀ (SVD of W_S) is a critical point of L² (checked:
    /// ‖∇L²‖ ≤ 10⁻⁹·scale, else rejected), and the smallest eigenvalue of the full Hessian is negative:
    /// λ_min + 10⁻⁸‖∇²L²‖ ≤ 0.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <remarks>Arguments (<c>with:</c>, absent = the statement as printed): <c>global-minimizers</c>: Negative control: take S = the top-r̄ set (global minimisers, Hessian positive semidefinite); must be refuted.</remarks>
    /// <returns>Verified, or refuted for the negative control.</returns>
    [ClaimCheck("two-layer-non-global-critical-points-are-strict-saddles", Parameters = ["global-minimizers"])]
    public static CheckResult StrictSaddlesTwoLayers(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool globalMinimizers = Flag(context, "global-minimizers");
        int count = context.Thorough ? 200 : 30;
        var acc = new SlackAccumulator(1e-9);
        for (int i = 0; i < count; i++)
        {
            ulong seed = context.DeriveSeed((ulong)i + 14000);
            var rng = Rng(seed);
            int d0 = rng.Next(2, 5);
            int d2 = rng.Next(2, 5);
            int d1 = rng.Next(1, 4);
            var data = RandomData(d0, d2, rng);
            var q = LowRankMinimizer.WhitenedTarget(data);
            var svd = q.Svd(computeVectors: true);
            int rBar = Math.Min(Math.Min(d0, d2), d1);
            int[] set;
            if (globalMinimizers)
            {
                set = [.. Enumerable.Range(0, rBar)];
            }
            else
            {
                int size = rng.Next(0, rBar + 1);
                var pool = Enumerable.Range(0, Math.Min(d0, d2)).OrderBy(_ => rng.Next()).ToArray();
                set = [.. pool.Take(size).OrderBy(a => a)];
                if (set.SequenceEqual(Enumerable.Range(0, rBar)))
                {
                    set = [.. set.Take(rBar - 1)];
                }
            }

            var w = Matrix<double>.Build.Dense(d2, d0);
            foreach (int a in set)
            {
                w += svd.S[a] * svd.U.Column(a).OuterProduct(svd.VT.Row(a));
            }

            w *= data.WhiteningRootPseudoInverse;
            var ws = w.Svd(computeVectors: true);
            int k = set.Length;
            var w1 = Matrix<double>.Build.Dense(d1, d0);
            var w2 = Matrix<double>.Build.Dense(d2, d1);
            for (int a = 0; a < k; a++)
            {
                double root = Math.Sqrt(ws.S[a]);
                for (int c = 0; c < d0; c++)
                {
                    w1[a, c] = root * ws.VT[a, c];
                }

                for (int r = 0; r < d2; r++)
                {
                    w2[r, a] = root * ws.U[r, a];
                }
            }

            var net = new DeepLinearNetwork(w1, w2);
            string description = string.Create(CultureInfo.InvariantCulture, $"widths ({d0}, {d1}, {d2}), S = {{{string.Join(", ", set.Select(a => a + 1))}}}, r̄ = {rBar}, seed {seed}");
            double scale = 1 + data.Gradient(Matrix<double>.Build.Dense(d2, d0)).FrobeniusNorm();
            if (DeepLinearGradient.GradientNorm(net, data) > 1e-9 * scale)
            {
                acc.Reject(description + ": not a critical point (gradient " + F(DeepLinearGradient.GradientNorm(net, data)) + ")");
                continue;
            }

            var eigenvalues = DeepLinearHessian.Eigenvalues(net, data);
            double norm = eigenvalues.Max(Math.Abs);
            double lambdaMin = eigenvalues.Min();
            acc.Add(lambdaMin + (1e-8 * norm), 0, seed, () => description + ": λ_min(∇²L²) = " + F(lambdaMin));
        }

        return acc.ToResult(
            "trbw/text9#strict-saddle",
            string.Create(CultureInfo.InvariantCulture, $"{count} constructed critical points, N = 2"),
            "widths d₀, d₂ ∈ 2–4, d₁ ∈ 1–3, noisy Gaussian targets; critical points W_S from sets S of singular triples of Q other than the top-r̄ set (S = ∅ included), balanced factors");
    }
}
