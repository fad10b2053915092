using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Geometry;
using static DeepLinear.Checks.Papers.Nrt.NrtSampling;

namespace DeepLinear.Checks.Papers.Nrt;

/// <summary>
/// Section 5 and Section 4: the balanced construction, the rank-2 targets, the step sizes (5.1) over seeded draws of the
/// §5 setup, the observations of Figures 1–2 on a scaled-down setup (the full reproduction of Figure 1 is a separate
/// helper's), Theorem 2.6(b) per draw, and the strict/non-strict saddles of the proof of Theorem 2.6.
/// </summary>
public static class NrtExperimentChecks
{
    private static readonly (int Depth, double Printed)[] PrintedSteps = [(2, 7.73e-4), (3, 1.29e-4), (5, 3.91e-5)];

    [ClaimCheck("section-5-construction-has-the-stated-shape-and-rank", Parameters = [ClaimMutation.Key])]
    private static CheckResult Construction(CheckContext context)
    {
        bool lastColumns = ClaimMutation.Read(context, "u-from-last-columns") != "none";
        var acc = new SlackAccumulator();
        int i = 0;
        foreach (int n in new[] { 2, 3, 5 })
        {
            for (int s = 0; s < (context.Thorough ? 10 : 3); s++, i++)
            {
                var widths = NrtExperimentSetup.Widths(n, 12, 2);
                var w = lastColumns
                    ? ConstructionWithLastColumns(widths, SeedOf(context.Seed, 1000 + i))
                    : NrtExperimentSetup.BalancedOrthogonal(widths, SeedOf(context.Seed, 1000 + i));
                var outcomes = new List<InstanceOutcome> { InstanceOutcome.Inequality(Balancedness.SpectralConstant(w), 1e-12) };
                for (int j = 1; j <= n; j++)
                {
                    var sv = w.Factor(j).Svd(computeVectors: false).S;
                    outcomes.AddRange(sv.Select((v, k) => k < 2 ? Same(v, 1, 1e-12) : InstanceOutcome.Inequality(v, 1e-12)));
                }

                var psv = w.Product().Svd(computeVectors: false).S;
                outcomes.Add(InstanceOutcome.Inequality(1e-12, psv[1]));
                outcomes.AddRange(psv.Skip(2).Select(v => InstanceOutcome.Inequality(v, 1e-12)));
                acc.Add(Worst([.. outcomes]), (ulong)i, () => $"N = {n}, widths {widths}");
            }
        }

        return acc.ToResult("nrt/text21~fixed", "the §5 construction (numeric engine) for N ∈ {2, 3, 5}, d = 12, r = 2 (scaled down from 70)", "W₁ = V₁I_{d₁,d₀}U₁ᵀ, Wⱼ = VⱼI_{dⱼ,d₁}Uⱼᵀ: balancedness constant ≤ 1e-12, every Wⱼ has d₁ = 2 singular values equal to 1 (1e-12) and the others 0, the product has rank d₁");
    }

    /// <summary>
    /// The negative control of nrt/text21~fixed: the §5 construction with Uⱼ₊₁ taken from the LAST d₁ columns of Vⱼ
    /// (instead of the first), so that Wⱼ₊₁ᵀWⱼ₊₁ = Uⱼ₊₁Uⱼ₊₁ᵀ differs from WⱼWⱼᵀ whenever dⱼ &gt; d₁: not balanced.
    /// </summary>
    private static DeepLinearNetwork ConstructionWithLastColumns(LayerDimensions widths, int seed)
    {
        var random = new MathNet.Numerics.Random.MersenneTwister(seed, threadSafe: false);
        int n = widths.Depth;
        int d1 = widths.Width(1);
        var factors = new Matrix<double>[n];
        var u = NrtExperimentSetup.HaarOrthogonal(widths.Width(0), random).SubMatrix(0, widths.Width(0), 0, d1);
        for (int j = 1; j <= n; j++)
        {
            int dj = widths.Width(j);
            var v = NrtExperimentSetup.HaarOrthogonal(dj, random);
            var identity = Matrix<double>.Build.Dense(dj, d1, (a, b) => a == b ? 1 : 0);
            factors[j - 1] = v * identity * u.Transpose();
            u = v.SubMatrix(0, dj, dj - d1, d1);
        }

        return new DeepLinearNetwork(factors);
    }

    [ClaimCheck("section-5-targets-have-rank-two")]
    private static CheckResult RankTwoTargets(CheckContext context)
    {
        var acc = new SlackAccumulator();
        int i = 0;
        foreach (int n in new[] { 2, 3, 5 })
        {
            for (int s = 0; s < (context.Thorough ? 10 : 2); s++, i++)
            {
                var (x, y, _) = NrtExperimentSetup.Create(n, 12, 2, 36, SeedOf(context.Seed, 1100 + i));
                var data = new RegressionData(x, y);
                var ysv = y.Svd(computeVectors: false).S;
                var ls = LowRankMinimizer.Compute(data, Math.Min(x.RowCount, y.RowCount));
                var lssv = ls.Minimizer.Svd(computeVectors: false).S;
                var widths = NrtExperimentSetup.Widths(n, 12, 2);
                var factors = BalancedFactorization(ls.Minimizer, [.. widths.Widths]);
                double loss = DeepLinearGradient.Loss(factors, data);
                double yy = Math.Pow(y.FrobeniusNorm(), 2);
                acc.Add(Worst(InstanceOutcome.Inequality(ysv[2], 1e-10 * ysv[0]), InstanceOutcome.Inequality(1e-10 * ysv[0], ysv[1]), InstanceOutcome.Inequality(lssv[2], 1e-10 * lssv[0]), InstanceOutcome.Inequality(loss, 1e-20 * yy)), (ulong)i, () => $"N = {n}, draw {s}");
            }
        }

        return acc.ToResult("nrt/text22", "the §5 setup (numeric engine), N ∈ {2, 3, 5}, d = 12, m = 36, r = 2", "rank(Y) = 2 (σ₃(Y) ≤ 1e-10σ₁ < σ₂), the least-squares minimizer of L¹ has rank 2, and a balanced factorization of it through the widths of §5 has L^N ≤ 1e-20‖Y‖²_F: min L^N = 0 is attained");
    }

    /// <summary>
    /// nrt Section 5, the printed step sizes of Figure 1a: the bound (5.1) with δ = M^{2/N}/N³ on seeded draws of the
    /// §5 setup (d = 70, m = 210, r = 2) per depth N ∈ {2, 3, 5}. The authors' draw is unpublished, so a printed value
    /// is taken as reproduced when some draw's bound lies within a factor 2 of it (the draws' own spread is far below a
    /// factor 2); a depth where even the closest draw is more than a factor 2 away is a printed number our runs do not
    /// reproduce (<see cref="Verdict.NotReproduced"/> with the factor, by <see cref="PrintedExperimentComparison"/>).
    /// <paramref name="printedSteps"/> replaces the printed values (negative control: values our draws give must come
    /// out verified).
    /// </summary>
    /// <param name="context">The run context.</param>
    /// <param name="printedSteps">The (depth, step) pairs to compare with; null for the printed ones.</param>
    /// <returns>The result.</returns>
    internal static CheckResult PrintedStepSizes(CheckContext context, IReadOnlyList<(int Depth, double Printed)>? printedSteps = null)
    {
        int draws = context.Thorough ? 20 : 3;
        var cases = new List<(string Label, double Printed, IReadOnlyList<double> Runs)>();
        foreach (var (n, printed) in printedSteps ?? PrintedSteps)
        {
            var values = new List<double>();
            for (int s = 0; s < draws; s++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var (x, y, start) = NrtExperimentSetup.Create(n, 70, 2, 210, SeedOf(context.Seed, 1200 + (10 * n) + s));
                values.Add(NrtStepSizeBound.ForData(x, y, start).Eta);
            }

            cases.Add((string.Create(CultureInfo.InvariantCulture, $"N = {n}"), printed, values));
        }

        return PrintedExperimentComparison.Compare(
            cases,
            acceptedFactor: 2,
            string.Create(CultureInfo.InvariantCulture, $"{draws} seeded draws per depth of the §5 setup (d = 70, m = 210, r = 2), N ∈ {{2, 3, 5}}"),
            "the printed step is within a factor 2 of the bound (5.1) with δ = M^{2/N}/N³ of some draw (the authors' draw is unpublished)",
            CounterexampleEvidence.RerunCommand(context.ClaimId));
    }

    private static (RegressionData Data, DeepLinearNetwork Start) ScaledSetup(int n, int seed)
    {
        var (x, y, start) = NrtExperimentSetup.Create(n, 16, 2, 48, seed);
        return (new RegressionData(x, y), start);
    }

    [ClaimCheck("figure-1c-descent-above-the-bound")]
    private static CheckResult Figure1c(CheckContext context)
    {
        var acc = new SlackAccumulator();
        var series = new List<Reports.PlotSeries>();
        foreach (int n in new[] { 2, 3, 5 })
        {
            var (data, start) = ScaledSetup(n, SeedOf(context.Seed, 1300 + n));
            double l0 = DeepLinearGradient.Loss(start, data);
            var run = GradientDescent.Run(start, data, new GradientDescentOptions(context.Thorough ? 100_000 : 20_000, StepSchedule.Constant(1e-3), RecordStride: 1000, LossTolerance: 1e-6 * l0, Metrics: TrajectoryMetrics.None));
            double final = run.Trajectory.Points[^1].Loss;
            series.Add(new Reports.PlotSeries(string.Create(CultureInfo.InvariantCulture, $"N = {n}"), [.. run.Trajectory.Points.Select(p => (double)p.Iteration)], [.. run.Trajectory.Points.Select(p => p.Loss / l0)]));
            acc.Add(InstanceOutcome.Inequality(final / l0, 1e-6), (ulong)n, () => $"N = {n}: final L^N/L^N(0) = {F(final / l0)} after {run.StopIteration} steps ({run.Reason})");
        }

        return WithPlot(acc.ToResult("nrt/text25", "the §5 setup scaled to d = 16, m = 48, N ∈ {2, 3, 5}, η = 1e-3, up to 20 000 steps", "gradient descent at η = 10⁻³ (above (5.1)) drives L^N below 1e-6·L^N(W⃗(0)) within the budget (the observation of plot 1c)"), "Plot 1c (scaled): L^N(W(k))/L^N(W(0)) at η = 10⁻³", "iteration k", "relative loss", true, [.. series]);
    }

    /// <summary>Whether constant-step descent from the scaled §5 setup diverges within 3000 steps.</summary>
    private static bool Diverges(RegressionData data, DeepLinearNetwork start, double eta) =>
        GradientDescent.Run(start, data, new GradientDescentOptions(3000, StepSchedule.Constant(eta), RecordStride: 1000, LossTolerance: 1e-10 * DeepLinearGradient.Loss(start, data), DivergenceFactor: 1e10, Metrics: TrajectoryMetrics.None)).Reason == StopReason.Diverged;

    [ClaimCheck("figure-1d-descent-far-above-the-bound")]
    private static CheckResult Figure1d(CheckContext context)
    {
        var acc = new SlackAccumulator();
        var notes = new List<string>();
        foreach (int n in new[] { 2, 3, 5 })
        {
            var (data, start) = ScaledSetup(n, SeedOf(context.Seed, 1400 + n));
            bool at005 = Diverges(data, start, 0.05);
            // Bisection on log η for the divergence threshold in [0.05, 10].
            double lo = 0.05, hi = 10;
            bool hiDiverges = Diverges(data, start, hi);
            for (int i = 0; i < 7 && hiDiverges; i++)
            {
                double mid = Math.Sqrt(lo * hi);
                if (Diverges(data, start, mid))
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }

            bool above = hiDiverges && Diverges(data, start, 2 * hi) && Diverges(data, start, 4 * hi);
            acc.Add(InstanceOutcome.Inequality(above ? 0 : 1, 0), (ulong)n, () => $"N = {n}: no divergence found up to η = 10");
            string full = string.Empty;
            if (context.Thorough)
            {
                var (x70, y70, start70) = NrtExperimentSetup.Create(n, 70, 2, 210, SeedOf(context.Seed, 1450 + n));
                full = Diverges(new RegressionData(x70, y70), start70, 0.05) ? "; at d = 70: diverges" : "; at d = 70: does not diverge";
            }

            notes.Add(string.Create(CultureInfo.InvariantCulture, $"N = {n}: η = 0.05 {(at005 ? "diverges" : "does not diverge")}{full}, divergence from η ≈ {hi:G3} on (2×, 4× it diverges too)"));
        }

        return acc.ToResult("nrt/text26", "the §5 setup scaled to d = 16, m = 48, N ∈ {2, 3, 5}, up to 3000 steps per run (a run that reaches L^N ≤ 1e-10·L^N(W⃗(0)) counts as not diverging)", "there is a step size beyond which gradient descent diverges (engine stop reason 'diverged'): threshold located by bisection on log η and steps 2× and 4× above it diverge too. whether plot 1d's η = 0.05 itself diverges on our draws is reported (the thorough tier also runs the full d = 70 setup): " + string.Join("; ", notes));
    }

    [ClaimCheck("figure-2-loss-decay-ordering")]
    private static CheckResult DecayOrdering(CheckContext context)
    {
        var acc = new SlackAccumulator();
        var series = new List<Reports.PlotSeries>();
        foreach (int n in new[] { 2, 3, 5 })
        {
            var (x, y, start) = NrtExperimentSetup.Create(n, 16, 2, 48, SeedOf(context.Seed, 1500 + n));
            var data = new RegressionData(x, y);
            double a = NrtStepSizeBound.ForData(x, y, start).Eta;
            var runs = new[] { 0.0, 0.2, 0.4 }.Select(g => GradientDescent.Run(start, data, new GradientDescentOptions(context.Thorough ? 20_000 : 3000, StepSchedule.NrtDecreasing(a, a, g), RecordStride: 50, Metrics: TrajectoryMetrics.None))).ToArray();
            var losses = runs.Select(run => run.Trajectory.Points[^1].Loss).ToArray();
            if (n == 3)
            {
                series.AddRange(runs.Select((run, gi) => new Reports.PlotSeries(string.Create(CultureInfo.InvariantCulture, $"γ = {0.2 * gi:G2}"), [.. run.Trajectory.Points.Select(p => (double)p.Iteration)], [.. run.Trajectory.Points.Select(p => p.Loss)])));
            }

            acc.Add(Worst(InstanceOutcome.Inequality(losses[0], losses[1]), InstanceOutcome.Inequality(losses[1], losses[2])), (ulong)n, () => $"N = {n}: losses {string.Join(", ", losses.Select(F))}");
        }

        return WithPlot(acc.ToResult("nrt/text28", "the §5 setup scaled to d = 16, m = 48, N ∈ {2, 3, 5}, schedules (5.2) with a₁ = a₂ from (5.3), 3000 steps", "after the same number of steps L(γ = 0) ≤ L(γ = 0.2) ≤ L(γ = 0.4)"), "Schedules (5.2) with (5.3), N = 3 (scaled §5 setup): L^N(W(k))", "iteration k", "L^N", true, [.. series]);
    }

    /// <summary>
    /// nrt Theorem 2.6(b) in the factor spaces of Section 2 (nrt/thm2.6#b~fixed), checked per draw as Theorem 2.2(b)
    /// is (nrt/thm2.2#b~fixed): a seeded start lies outside any fixed null set with probability one, so each draw whose
    /// gradient descent has converged (‖∇L²‖ ≤ 10⁻⁶·‖∇L²(W⃗(0))‖ within the budget) must end at a global minimum of L²,
    /// i.e. L²(W⃗(K)) − min_{rank ≤ r̄} L¹ ≤ 10⁻⁶·L²(W⃗(0)) (r̄ = 2, the target is realizable, so the minimum is 0); a
    /// draw that has not converged is rejected, never counted. Hypotheses: N = 2, ℬ a sampled bounded set with
    /// δ_ℬ ≤ αδ (α = 0.5, δ = δ_ℬ/α), the constant step (2.14) for ℬ, XXᵀ of full rank.
    /// <paramref name="startAtSaddle"/> is the negative control: W⃗(0) = 0 is a critical point (a strict saddle, in the
    /// null set the theorem excludes), so descent stays there, converged, at the loss L¹(0) &gt; 0, and the check must
    /// refute.
    /// </summary>
    /// <param name="context">The run context.</param>
    /// <param name="startAtSaddle">Start every draw at W⃗(0) = 0 (negative control).</param>
    /// <returns>The result.</returns>
    internal static CheckResult DescentGlobalMinimumPerDraw(CheckContext context, bool startAtSaddle = false)
    {
        var acc = new SlackAccumulator();
        int trials = context.Thorough ? 60 : 8;
        const int rBar = 2;
        for (int i = 0; i < trials; i++)
        {
            int seed = SeedOf(context.Seed, 1600 + i);
            var r = RandomSource.For(seed);
            var set = NrtEngineChecks.SampleSet(r, 2, 5, [3, 2, 3]);
            double eta = NrtEngineChecks.UniformStep(set, 0.5, out _);
            var member = set.Members[r.Next(set.Members.Count)];
            var start = startAtSaddle ? new DeepLinearNetwork([.. Enumerable.Range(1, 2).Select(j => Matrix<double>.Build.Dense(member.Factor(j).RowCount, member.Factor(j).ColumnCount))]) : member;
            double l0 = DeepLinearGradient.Loss(start, set.Data);
            double g0 = DeepLinearGradient.GradientNorm(member, set.Data);
            var run = GradientDescent.Run(start, set.Data, new GradientDescentOptions(context.Thorough ? 400_000 : 100_000, StepSchedule.Constant(eta), RecordStride: 10_000, LossTolerance: 1e-16 * l0, Metrics: TrajectoryMetrics.None));
            double gradient = DeepLinearGradient.GradientNorm(run.Final, set.Data);
            if (!(gradient <= 1e-6 * g0))
            {
                acc.Add(InstanceOutcome.Rejected(string.Create(CultureInfo.InvariantCulture, $"not converged within the budget (‖∇L²‖ = {gradient:G3})")), (ulong)seed);
                continue;
            }

            double final = DeepLinearGradient.Loss(run.Final, set.Data);
            double best = LowRankMinimizer.Compute(set.Data, rBar).Loss;
            int draw = i;
            acc.Add(InstanceOutcome.Inequality(final - best, 1e-6 * l0), (ulong)seed, () => string.Create(CultureInfo.InvariantCulture, $"draw {draw}: η = {eta:G4}, L²(W⃗(K)) = {final:G4}, min_{{rank ≤ {rBar}}} L¹ = {best:G4}{(startAtSaddle ? " (start W⃗(0) = 0)" : "")}"));
        }

        return acc.ToResult(
            "nrt/thm2.6#b~fixed",
            string.Create(CultureInfo.InvariantCulture, $"{trials} sampled sets ℬ (N = 2, widths (3, 2, 3), realizable rank-2 targets), one seeded member each, constant step (2.14) with α = 0.5, converged draws (‖∇L²‖ ≤ 1e-6·‖∇L²(W⃗(0))‖)"),
            "per draw (a seeded start avoids any fixed null set with probability one): L²(W⃗(K)) − min_{rank ≤ r̄} L¹ ≤ 1e-6·L²(W⃗(0)), r̄ = 2");
    }

    [ClaimCheck("descent-from-saddles")]
    private static CheckResult Saddles(CheckContext context)
    {
        var acc = new SlackAccumulator(1e-9, 1e-12);
        int count = context.Thorough ? 60 : 12;
        for (int i = 0; i < count; i++)
        {
            var r = RandomSource.For(SeedOf(context.Seed, 1700 + i));
            var x = RandomMatrices.Gaussian(r, 3, 6, 0.6);
            var data = new RegressionData(x, RandomMatrices.Gaussian(r, 3, 6, 1));
            int k = r.Next(2);
            var wk = LowRankMinimizer.Compute(data, k).Minimizer;
            var balanced = k == 0 ? new DeepLinearNetwork(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(3, 2)) : BalancedFactorization(wk, [3, 2, 3]);
            var g = RandomMatrices.Gaussian(r, 2, 2, 1) + (2 * Matrix<double>.Build.DenseIdentity(2));
            var critical = new DeepLinearNetwork(g * balanced.Factor(1), balanced.Factor(2) * g.Inverse());
            double gradient = DeepLinearGradient.GradientNorm(critical, data);
            var eig = DeepLinearHessian.Eigenvalues(critical, data);
            double scale = eig.Max(Math.Abs);
            acc.Add(Worst(InstanceOutcome.Inequality(gradient, 1e-8 * (1 + scale)), InstanceOutcome.Inequality(1e-6 * scale, -eig.Min())), (ulong)i, () => $"N = 2, k = {k}, instance {i}");
        }

        var r3 = RandomSource.For(SeedOf(context.Seed, 1799));
        var x3 = RandomMatrices.Gaussian(r3, 3, 6, 0.6);
        var data3 = new RegressionData(x3, RandomMatrices.Gaussian(r3, 3, 6, 1));
        var zero = new DeepLinearNetwork(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(2, 2), Matrix<double>.Build.Dense(3, 2));
        var eig3 = DeepLinearHessian.Eigenvalues(zero, data3);
        bool nonStrict = eig3.Min() >= -1e-12 && DeepLinearGradient.GradientNorm(zero, data3) == 0 && DeepLinearGradient.Loss(zero, data3) > LowRankMinimizer.Compute(data3, 1).Loss;
        acc.Add(InstanceOutcome.Inequality(nonStrict ? 0 : 1, 0), (ulong)count, () => "N = 3 witness W⃗ = 0");
        return acc.ToResult("nrt/text19", string.Create(CultureInfo.InvariantCulture, $"{count} N = 2 instances and one N = 3 witness"), "N = 2: critical tuples (W₁, W₂) = (GB₁, B₂G⁻¹) from a balanced factorization (B₁, B₂) of the best rank-k approximation W*_k (k ∈ {0, 1} < r̄ = 2) and a random invertible G; the gradient vanishes and the Hessian (dense, numeric engine) has an eigenvalue below −1e-6·‖∇²‖: a strict saddle. N = 3: W⃗ = 0 is critical with W = 0 the global minimizer of L¹ on 𝓜₀ (k = 0 < r̄), its Hessian is 0 (no negative eigenvalue) and it is not a minimum (a rank-1 point has smaller loss): a non-strict saddle exists");
    }

    [ClaimCheck("printed-figure-1a-step-sizes-against-seeded-draws")]
    private static CheckResult PrintedStepSizesAgainstSeededDraws(CheckContext context) => PrintedStepSizes(context);

    /// <summary>Theorem 2.6(b) per draw; <c>with: { mutation: start-at-saddle-zero }</c> starts at W⃗(0) = 0 (a strict
    /// saddle in the excluded null set), the catalog's negative control, which must be refuted.</summary>
    [ClaimCheck("descent-reaches-a-global-minimum-on-each-draw", Parameters = [ClaimMutation.Key])]
    private static CheckResult DescentGlobalMinimumOnEachDraw(CheckContext context) =>
        DescentGlobalMinimumPerDraw(context, startAtSaddle: ClaimMutation.Read(context, "start-at-saddle-zero") != "none");
}
