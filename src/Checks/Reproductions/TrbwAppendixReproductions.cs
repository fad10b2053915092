using MathNet.Numerics.Random;
using static DeepLinear.Checks.Reproductions.ReproductionFormat;

namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// The gradient-flow experiments of trbw's appendix: the autoencoder case (Appendix B: <c>Y = X</c>, limit
/// <c>U_rU_rᵀ</c>, optimal error <c>√(Σ_{i&gt;r}σ_i²)</c>, balanced vs non-balanced) and the general supervised case
/// (Appendix A: <c>Y = W̃X</c>, limit <c>U_kΣ_kV_k(XXᵀ)^{−1/2} = W̃</c>).
/// </summary>
/// <remarks>
/// Implementation note: the paper integrates with RK4 (step not given). Both cases run on the allocation-free field
/// <see cref="GradientFlowField"/>, the independent runs in parallel. The supervised flows are smooth and non-stiff, so
/// they use the adaptive Dormand–Prince 5(4) pair (<see cref="FieldIntegrator.DormandPrince54"/>, <see cref="Tolerance"/>);
/// the tests compare it with RK4 of step <see cref="ReferenceStep"/> where a verdict rests on a stall. The autoencoder
/// flows (d = 40) are stiff: the pair's step is limited by stability, not accuracy, and it needs more field evaluations
/// than RK4, so they keep fixed-step RK4 with <see cref="ReferenceStep"/> (<see cref="FieldIntegrator.RungeKutta4"/>),
/// retried once with a tenth of the step when a run blows up, as before.
/// </remarks>
public static class TrbwAppendixReproductions
{
    /// <summary>The depths of the appendix.</summary>
    public static IReadOnlyList<int> Depths { get; } = [2, 5, 10, 20];

    /// <summary>The error control of the flows: relative 10⁻⁹, absolute 10⁻¹² per step (see <see cref="AdaptiveTolerance"/>).</summary>
    internal static readonly AdaptiveTolerance Tolerance = new(1e-9, 1e-12);

    /// <summary>The RK4 step the reproductions used before the adaptive pair, and the reference of the tests.</summary>
    internal const double ReferenceStep = 0.005;

    private const int Chunks = 100;
    private const double Accuracy = 1e-3;
    private const double SpeedAccuracy = 0.1;

    /// <summary>Autoencoder case (trbw Appendix B.1–B.3).</summary>
    public static ReproductionResult Autoencoder(ReproductionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int d = options.Quick ? 10 : 40;
        int r = d / 2;
        double endTime = options.Quick ? 30 : 100;
        var x = Initializations.GaussianData(d, 3 * d, options.Seed);
        var (_, y) = Initializations.Autoencoder(x);
        var data = new RegressionData(x, y);
        var evd = x.TransposeAndMultiply(x).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, d).OrderByDescending(i => evd.EigenValues[i].Real).ToArray();
        var ur = Matrix<double>.Build.Dense(d, r, (a, b) => evd.EigenVectors[a, order[b]]);
        var limit = ur.TransposeAndMultiply(ur);
        double optimal = Math.Sqrt(order.Skip(r).Sum(i => Math.Max(0, evd.EigenValues[i].Real)));
        var rows = new List<ReproductionRow>();
        var balancedCurves = new List<ReproductionCurve>();
        var gaussianCurves = new List<ReproductionCurve>();
        var times = new List<(int N, double Balanced, double Gaussian)>();
        var jobs = new List<FlowJob>();
        foreach (int n in Depths)
        {
            var widths = NrtExperimentSetup.Widths(n, d, r, WidthRounding.Floor);
            jobs.Add(new FlowJob(n, "balanced", NrtExperimentSetup.BalancedOrthogonal(widths, options.Seed + (1000 * n)), data, w => (w - limit).FrobeniusNorm()));
            jobs.Add(new FlowJob(n, "non-balanced", GaussianStart(widths, options.Seed + (1000 * n) + 1), data, w => (w - limit).FrobeniusNorm()));
        }

        var runs = RunAll(jobs, options, job => FlowRungeKutta4WithRetry(job, endTime));
        for (int depthIndex = 0; depthIndex < Depths.Count; depthIndex++)
        {
            int n = Depths[depthIndex];
            var b = runs[2 * depthIndex];
            var g = runs[(2 * depthIndex) + 1];
            balancedCurves.Add(b.Curve("N = " + I(n)));
            gaussianCurves.Add(g.Curve("N = " + I(n)));
            double residual = (x - (b.Final.Product() * x)).FrobeniusNorm();
            rows.Add(LimitRow("$\\Vert W(T) - U_rU_r^\\top\\Vert_F$, balanced, $N = " + I(n) + "$", "$\\to 0$ (B.1, Figure 5)", b, n, "balanced"));
            rows.Add(new ReproductionRow(
                "$\\Vert X - W(T)X\\Vert_F$ vs $\\sqrt{\\sum_{i>r}\\sigma_i^2}$, balanced, $N = " + I(n) + "$",
                "$\\to \\sqrt{\\sum_{i>r}\\sigma_i^2}$ (B.1, Figure 6)",
                M(residual, 6) + " vs " + M(optimal, 6),
                Math.Abs(residual - optimal) <= Accuracy * optimal ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced,
                "relative difference " + M(Math.Abs(residual - optimal) / optimal, 2) + "; reproduced when $\\le 10^{-3}$")
            {
                Fields = [new("N", n), new("init", "balanced"), new("quantity", "residual_vs_optimal"), new("residual", residual), new("optimal", optimal)],
            });
            rows.Add(LimitRow("$\\Vert W(T) - U_rU_r^\\top\\Vert_F$, non-balanced, $N = " + I(n) + "$", "$\\to 0$ (B.2, Figure 7)", g, n, "non-balanced"));
            times.Add((n, b.TimeTo(SpeedAccuracy), g.TimeTo(SpeedAccuracy)));
        }

        rows.AddRange(SpeedRows(times, "B.3: \"a slightly faster convergence for the balanced case than for the non-balanced case\"", balancedFaster: true));
        var plots = new List<ReproductionPlot>
        {
            new("balanced", "trbw B.1: ‖W(t) − U_rU_rᵀ‖_F, balanced start, d = " + I(d) + ", r = " + I(r), "flow time t", "error", true, balancedCurves),
            new("nonbalanced", "trbw B.2: ‖W(t) − U_rU_rᵀ‖_F, Gaussian start, d = " + I(d) + ", r = " + I(r), "flow time t", "error", true, gaussianCurves),
        };
        var setup = CommonSetup(options, d, Rk4Integration(endTime));
        setup.Insert(1, "Autoencoder (Appendix B): $Y = X$, $r = d_1 = \\lfloor d/2 \\rfloor = " + I(r) + "$, widths $d_j = \\lfloor r + (d-r)(j-1)/(N-1)\\rfloor$ (B.1's floor rule; the text also says \"rounds to the nearest integer\", which gives the same $r$ for even $d$).");
        setup.Add("Limit: $U_rU_r^\\top$ with $U_r$ the eigenvectors of the $r$ largest eigenvalues of $XX^\\top$; optimal error $\\sqrt{\\sum_{i>r}\\sigma_i^2}$ with $\\sigma_i^2$ the eigenvalues of $XX^\\top$.");
        var notes = new List<string>
        {
            "B.1's construction $W_j(0) = V_jI_{d_jd_1}U_{j-1}^\\top$ with $U_j$ \"the $d_1$ columns of $V_j$\" is nrt §5's `NrtExperimentSetup.BalancedOrthogonal` with the index shifted ($U_j$ there is built from $V_{j-1}$; $U_0$ = $d_1$ columns of a Haar $V_0$); we take the first $d_1$ columns, the paper does not say which.",
            Rk4CostNote(runs),
            "B.3's own setup ($d_x = 20$, $r = 1$, ceiling widths, errors against $W(T)$) is not run separately: the speed rows use the B.1/B.2 runs and the time to reach relative error $10^{-1}$ against $U_rU_r^\\top$.",
        };
        return new ReproductionResult("trbw-autoencoder", "trbw", "Appendix B: gradient flow for the autoencoder", options.Quick, setup, rows, plots, notes);
    }

    /// <summary>General supervised case (trbw Appendix A): convergence to W̃ for balanced and non-balanced starts.</summary>
    public static ReproductionResult Supervised(ReproductionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (d, r, endTime) = SupervisedSize(options);
        var rows = new List<ReproductionRow>();
        var balancedCurves = new List<ReproductionCurve>();
        var gaussianCurves = new List<ReproductionCurve>();
        var times = new List<(int N, double Balanced, double Gaussian)>();
        var jobs = Depths.SelectMany(n => SupervisedJobs(options, n)).ToList();
        var runs = RunAll(jobs, options, job => Flow(job, endTime));
        for (int depthIndex = 0; depthIndex < Depths.Count; depthIndex++)
        {
            int n = Depths[depthIndex];
            var b = runs[2 * depthIndex];
            var g = runs[(2 * depthIndex) + 1];
            var data = jobs[2 * depthIndex].Data;
            var target = jobs[2 * depthIndex].Target!;
            var critical = data.WhitenedTarget * data.WhiteningRootPseudoInverse;
            double criticalGap = (critical - target).FrobeniusNorm() / target.FrobeniusNorm();
            balancedCurves.Add(b.Curve("N = " + I(n)));
            gaussianCurves.Add(g.Curve("N = " + I(n)));
            var sv = target.Svd(computeVectors: false).S;
            rows.Add(new ReproductionRow(
                "$U_k\\Sigma_kV_k(XX^\\top)^{-1/2}$ vs $\\widetilde W$, $N = " + I(n) + "$",
                "equal (Appendix A)",
                "relative difference " + M(criticalGap, 2),
                criticalGap <= 1e-8 ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced,
                "$\\widetilde W$ has rank " + I(sv.Count(s => s > 1e-12 * sv[0])) + ", singular values " + M(sv[0]) + " … " + M(sv[Math.Min(r, sv.Count) - 1]) + "; reproduced when $\\le 10^{-8}$")
            {
                Fields = [new("N", n), new("quantity", "critical_point_vs_target"), new("relative_difference", criticalGap)],
            });
            rows.Add(LimitRow("$\\Vert W(T) - \\widetilde W\\Vert_F$, balanced, $N = " + I(n) + "$", "$\\to 0$ (Figures 1, 3 left)", b, n, "balanced"));
            rows.Add(LimitRow("$\\Vert W(T) - \\widetilde W\\Vert_F$, non-balanced, $N = " + I(n) + "$", "$\\to 0$ (Figures 2, 3 right)", g, n, "non-balanced"));
            times.Add((n, b.TimeTo(SpeedAccuracy), g.TimeTo(SpeedAccuracy)));
        }

        rows.AddRange(SpeedRows(times, "Appendix A: convergence \"seems not to depend on the initial conditions, balanced or non-balanced\"", balancedFaster: false));
        var floor = ToleranceFloor(runs);
        var plots = new List<ReproductionPlot>
        {
            new("balanced", "trbw Appendix A: ‖W(t) − W̃‖_F, balanced start, d = " + I(d) + ", r = " + I(r), "flow time t", "error", true, balancedCurves) { Floor = floor },
            new("nonbalanced", "trbw Appendix A: ‖W(t) − W̃‖_F, Gaussian start, d = " + I(d) + ", r = " + I(r), "flow time t", "error", true, gaussianCurves) { Floor = floor },
        };
        var setup = CommonSetup(options, d, AdaptiveIntegration(endTime));
        setup.Insert(1, "Supervised (Appendix A): $d_x = d_y = " + I(d) + "$, $r = d_1 = " + I(r) + "$" + (options.Quick ? " (quick mode; full mode and the paper's left panels use $d_x = 20$, $r = 2$)" : " (the left panels; the right panels' $d_x = 200$, $r = 20$ are not run: one gradient of the 20-layer network costs $\\sim 10^9$ flops)") + ", widths $d_j = \\lceil r + (d_x - r)(j-1)/(N-1)\\rceil$, $Y = \\widetilde WX$ with $\\widetilde W = \\widetilde W_N \\cdots \\widetilde W_1$, entries of $\\widetilde W_j$ i.i.d. $N(0, 1/d_j)$ (`Initializations.TrbwGaussianTarget`).");
        var notes = new List<string>
        {
            "With $Y = \\widetilde WX$ and $XX^\\top$ invertible, $Q = YX^\\top(XX^\\top)^{-1/2} = \\widetilde W(XX^\\top)^{1/2}$, so the critical point $U_k\\Sigma_kV_k(XX^\\top)^{-1/2}$ is $\\widetilde W$ itself, as the paper remarks; the first row per depth checks this numerically.",
            AdaptiveCostNote(runs),
            "Small singular values of the product target $\\widetilde W$ (a product of $N$ Gaussian factors) are learned slowly by deep networks; a depth whose error has not reached the accuracy by $T$ shows it.",
        };
        return new ReproductionResult("trbw-supervised", "trbw", "Appendix A: gradient flow for general supervised learning", options.Quick, setup, rows, plots, notes);
    }

    /// <summary>
    /// The level below which the adaptive runs' errors are not resolved: the relative tolerance of <see cref="Tolerance"/>
    /// times the largest ‖W̃‖_F of the plotted depths. Converged runs flatten out near it (the error control lets each
    /// step err by up to that fraction of the state), so the plots draw it and put smaller errors on it.
    /// </summary>
    private static ReproductionFloor ToleranceFloor(IReadOnlyList<FlowRun> runs)
    {
        double level = Tolerance.Relative * runs.Max(run => run.Scale);
        return new ReproductionFloor(
            level,
            "DP5 tolerance " + level.ToString("0.#e0", CultureInfo.InvariantCulture),
            "The dashed line is the integrator's resolution: relative tolerance $" + Sci(Tolerance.Relative) + "$ times the largest $\\Vert\\widetilde W\\Vert_F$ of the depths, $" + Sci(level, 2) + "$. Converged runs flatten out near it in a zig-zag of the error control, which is not a property of the flow; the plot draws errors below the line on it (the rows and the JSON keep the computed values).");
    }

    private static List<string> CommonSetup(ReproductionOptions options, int d, string integration) =>
    [
        "Data (Appendix B.1): $X \\in \\mathbb{R}^{d \\times m}$, $d = " + I(d) + "$, $m = 3d$, columns i.i.d. $N(0, I/d)$ (`Initializations.GaussianData`, seed " + I(options.Seed) + ")" + (options.Quick ? "; quick mode ($d = 10$ for every depth, below B.1's range $2N \\le d$ for $N \\ge 10$; full mode uses the full-mode $d$ for every depth)" : "; one $d$ for every depth so the depths compare") + ".",
        integration,
        "Balanced start: B.1's orthogonal construction (`NrtExperimentSetup.BalancedOrthogonal`, seed $S + 1000N$). Non-balanced start (B.2: \"we randomly generate Gaussian matrices\", variance not given): entries i.i.d. $N(0, 1/d_j)$, seed $S + 1000N + 1$.",
        "Verdicts: a limit row is reproduced when the final error is $\\le 10^{-3}$ (relative to the limit's Frobenius norm); speed rows compare the first time the error is $\\le 10^{-1}$ relative (a level every converging run passes within $T$).",
    ];

    /// <summary>The setup sentence of the supervised case's integration (Dormand–Prince 5(4), <see cref="Tolerance"/>).</summary>
    private static string AdaptiveIntegration(double endTime) =>
        "Loss $L^1(W) = \\frac{1}{2}\\Vert Y - WX\\Vert_F^2$, gradient flow $\\dot W_j = -\\nabla_{W_j}L^N$ to $T = " + G(endTime) + "$ (the paper gives neither its RK4 step nor $T$), integrated by the Dormand–Prince 5(4) pair with error control (per step: relative tolerance $" + Sci(Tolerance.Relative) + "$, absolute $" + Sci(Tolerance.Absolute) + "$); the tests check it against RK4 with $h = " + G(ReferenceStep) + "$ where a verdict rests on where a run stalls. Errors recorded at " + I(Chunks) + " equally spaced times.";

    /// <summary>The setup sentence of the autoencoder's integration (RK4 with <see cref="ReferenceStep"/>, retried once
    /// with a tenth of it).</summary>
    private static string Rk4Integration(double endTime) =>
        "Loss $L^1(W) = \\frac{1}{2}\\Vert Y - WX\\Vert_F^2$, gradient flow $\\dot W_j = -\\nabla_{W_j}L^N$ integrated by RK4 (as the paper says) with step $h = " + G(ReferenceStep) + "$ (retried once with $h/10$ when a run blows up) to $T = " + G(endTime) + "$ (the paper gives neither $h$ nor $T$), errors recorded " + I(Chunks) + " times.";

    private static string AdaptiveCostNote(IReadOnlyList<FlowRun> runs) =>
        "Cost: " + I(runs.Sum(r => r.FieldEvaluations)) + " evaluations of the gradient field over the " + I(runs.Count) + " runs ("
        + I(runs.Sum(r => r.Integration.AcceptedSteps)) + " accepted and " + I(runs.Sum(r => r.Integration.RejectedSteps)) + " rejected steps). Fixed-step RK4 with $h = " + G(ReferenceStep) + "$ takes 4 evaluations per step, $4T/h$ per run, and ten times that for a run that blows up at $h$ and must be retried with $h/10$.";

    private static string Rk4CostNote(IReadOnlyList<FlowRun> runs) =>
        "Cost: " + I(runs.Sum(r => r.FieldEvaluations)) + " evaluations of the gradient field over the " + I(runs.Count) + " runs (RK4, 4 per step"
        + (runs.Any(r => r.Step < ReferenceStep) ? ", counting the attempts with $h = " + G(ReferenceStep) + "$ that blew up" : string.Empty) + ").";

    private static ReproductionRow LimitRow(string quantity, string printed, FlowRun run, int n, string init)
    {
        bool ok = run.Reason != StopReason.Diverged && run.FinalRelativeError <= Accuracy;
        bool fixedStep = run.Step is not null;
        string reproduced = run.Reason == StopReason.Diverged
            ? (fixedStep ? "RK4 diverged at $t = " + G(run.StopTime) + "$ (also with $h = " + G(run.Step!.Value) + "$)" : "the flow blew up at $t = " + G(run.StopTime) + "$")
            : M(run.FinalError, 3) + " at $T$ (relative " + M(run.FinalRelativeError, 2) + ")";
        string stepNote = run.Step < ReferenceStep ? "; the run with $h = " + G(ReferenceStep) + "$ blew up, this one uses $h = " + G(run.Step!.Value) + "$" : string.Empty;
        string note = ok
            ? "first below $10^{-3}$ relative at $t = " + G(run.TimeTo(Accuracy), 3) + "$" + stepNote
            : run.Reason == StopReason.Diverged ? (fixedStep ? "the fixed-step RK4 run blew up; the paper's $h$ is not given" : "the integration stopped at non-finite values") : "error ratio final/initial " + M(run.FinalError / run.InitialError, 2) + "; over the last tenth of $[0, T]$ the error changed by the factor " + M(run.LateRatio, 3) + " (" + (run.LateRatio < 0.99 ? "still decreasing" : "stalled") + " at $T$)";
        return new ReproductionRow(quantity, printed, reproduced, ok ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced, note)
        {
            Fields = [new("N", n), new("init", init), new("final_error", run.FinalError), new("final_relative_error", run.FinalRelativeError), new("time_to_1e-3", run.TimeTo(Accuracy))],
        };
    }

    private static IEnumerable<ReproductionRow> SpeedRows(List<(int N, double Balanced, double Gaussian)> times, string printed, bool balancedFaster)
    {
        foreach (var (n, tb, tg) in times)
        {
            bool both = double.IsFinite(tb) && double.IsFinite(tg);
            ReproductionVerdict verdict;
            string note;
            if (!both)
            {
                verdict = ReproductionVerdict.NotReproduced;
                note = "a run did not reach relative error $10^{-1}$ by $T$";
            }
            else if (balancedFaster)
            {
                verdict = tb <= tg ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced;
                note = "reproduced when balanced time $\\le$ non-balanced time; ratio non-balanced/balanced $= " + G(tg / tb, 3) + "$";
            }
            else
            {
                verdict = tg / tb is >= 0.5 and <= 2 ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced;
                note = "reproduced when the times differ by at most a factor 2 (our reading of \"seems not to depend\"); ratio $= " + G(tg / tb, 3) + "$";
            }

            yield return new ReproductionRow(
                "time to relative error $10^{-1}$: balanced vs non-balanced, $N = " + I(n) + "$",
                printed,
                "$t = " + G(tb, 3) + "$ vs $t = " + G(tg, 3) + "$" + (both ? string.Empty : " ($\\infty$: not reached by $T$)"),
                verdict,
                note)
            {
                Fields = [new("N", n), new("quantity", "time_to_relative_1e-1"), new("balanced", tb), new("non_balanced", tg)],
            };
        }

        var balanced = times.Select(t => t.Balanced).ToArray();
        bool allFinite = balanced.All(double.IsFinite);
        bool increasing = allFinite && balanced.Zip(balanced.Skip(1)).All(p => p.Second >= p.First);
        yield return new ReproductionRow(
            "time to relative error $10^{-1}$ (balanced) against $N$",
            "slower for larger $N$",
            string.Join(", ", times.Select(t => "$N = " + I(t.N) + "$: " + G(t.Balanced, 3))),
            increasing ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced,
            "reproduced when the times do not decrease with $N$")
        {
            Fields = [new("quantity", "time_to_relative_1e-1_by_depth"), .. times.Select(t => new KeyValuePair<string, object>("N" + I(t.N), t.Balanced))],
        };
    }

    private static DeepLinearNetwork GaussianStart(LayerDimensions widths, int seed)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        return new DeepLinearNetwork(Enumerable.Range(1, widths.Depth).Select(j => Matrix<double>.Build.Dense(
            widths.Width(j), widths.Width(j - 1), (_, _) => MathNet.Numerics.Distributions.Normal.Sample(rng, 0, 1 / Math.Sqrt(widths.Width(j))))).ToArray());
    }

    /// <summary>The supervised case's data dimension, rank and end time in the mode of <paramref name="options"/>.</summary>
    internal static (int D, int R, double EndTime) SupervisedSize(ReproductionOptions options) =>
        options.Quick ? (10, 1, 30) : (20, 2, 40);

    /// <summary>The supervised case's two runs at depth <paramref name="n"/> (balanced, then non-balanced): data
    /// <c>Y = W̃X</c>, starts and error <c>‖W − W̃‖_F</c>, exactly as <see cref="Supervised"/> integrates them.</summary>
    internal static IReadOnlyList<FlowJob> SupervisedJobs(ReproductionOptions options, int n)
    {
        var (d, r, _) = SupervisedSize(options);
        var x = Initializations.GaussianData(d, 3 * d, options.Seed);
        var widths = NrtExperimentSetup.Widths(n, d, r, WidthRounding.Ceiling);
        var target = Initializations.TrbwGaussianTarget(widths, options.Seed + (1000 * n) + 2).Product();
        var data = new RegressionData(x, target * x);
        return
        [
            new FlowJob(n, "balanced", NrtExperimentSetup.BalancedOrthogonal(widths, options.Seed + (1000 * n)), data, w => (w - target).FrobeniusNorm()) { Target = target },
            new FlowJob(n, "non-balanced", GaussianStart(widths, options.Seed + (1000 * n) + 1), data, w => (w - target).FrobeniusNorm()) { Target = target },
        ];
    }

    /// <summary>
    /// Integrates every job with <paramref name="flow"/>, in parallel on up to <see cref="Environment.ProcessorCount"/>
    /// threads. Each run is independent and writes only its own slot, so the results (in job order) do not depend on
    /// the scheduling.
    /// </summary>
    private static FlowRun[] RunAll(IReadOnlyList<FlowJob> jobs, ReproductionOptions options, Func<FlowJob, FlowRun> flow)
    {
        var runs = new FlowRun[jobs.Count];
        var counter = new RunCounter(options, jobs.Count);

        // Longest runs (deepest networks) first, so the last thread to finish is not left with the biggest one.
        var order = Enumerable.Range(0, jobs.Count).OrderByDescending(i => jobs[i].Start.Dimensions.Depth).ThenBy(i => i).ToArray();
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var run = flow(jobs[i]);
            runs[i] = run;
            string method = run.Step is { } h ? "RK4 h = " + G(h) : "DP5(4) rtol " + G(Tolerance.Relative) + ", atol " + G(Tolerance.Absolute);
            counter.Finished("N = " + I(jobs[i].N) + ", " + jobs[i].Init, method, run.Integration.AcceptedSteps + run.Integration.RejectedSteps, run.FieldEvaluations);
        });
        return runs;
    }

    /// <summary>One run with the adaptive Dormand–Prince pair (<see cref="Tolerance"/>), errors recorded at
    /// <see cref="Chunks"/> equally spaced times.</summary>
    internal static FlowRun Flow(FlowJob job, double endTime) => Flow(job, endTime, (state, field, record) =>
        FieldIntegrator.DormandPrince54(state, field, endTime, Tolerance, Chunks, record));

    /// <summary>The same run with classic RK4 of step <paramref name="step"/> (the paper's integrator; for the tests that
    /// compare the two).</summary>
    internal static FlowRun FlowRungeKutta4(FlowJob job, double endTime, double step) => Flow(job, endTime, (state, field, record) =>
        FieldIntegrator.RungeKutta4(state, field, endTime, step, Chunks, record)) with { Step = step };

    /// <summary>The autoencoder's run: RK4 with <see cref="ReferenceStep"/>, and when that blows up the whole run again
    /// with a tenth of the step (the result then counts the field evaluations of both attempts).</summary>
    internal static FlowRun FlowRungeKutta4WithRetry(FlowJob job, double endTime)
    {
        var run = FlowRungeKutta4(job, endTime, ReferenceStep);
        if (run.Reason != StopReason.Diverged)
        {
            return run;
        }

        var retry = FlowRungeKutta4(job, endTime, ReferenceStep / 10);
        return retry with { FieldEvaluations = retry.FieldEvaluations + run.FieldEvaluations };
    }

    private static FlowRun Flow(FlowJob job, double endTime, Func<double[], VectorField, Action<int, double, double[]>, FieldIntegrationResult> integrate)
    {
        var start = job.Start;
        double scale = job.Error(Matrix<double>.Build.Dense(start.Dimensions.OutputWidth, start.Dimensions.InputWidth));
        var t = new List<double> { 0 };
        var e = new List<double> { job.Error(start.Product()) };
        var field = new GradientFlowField(start, job.Data);
        var state = field.Parameters(start);
        var result = integrate(state, field.Evaluate, (_, time, y) =>
        {
            t.Add(time);
            e.Add(job.Error(field.Network(y).Product()));
        });
        if (result.Reason == StopReason.Diverged)
        {
            t.Add(result.Time);
            e.Add(double.PositiveInfinity);
        }

        return new FlowRun(t, e, scale, field.Network(state), result) { FieldEvaluations = result.FieldEvaluations };
    }

    /// <summary>One gradient-flow run of a reproduction: depth, start (<paramref name="Init"/> in words), data and the
    /// error against the limit.</summary>
    internal sealed record FlowJob(int N, string Init, DeepLinearNetwork Start, RegressionData Data, Func<Matrix<double>, double> Error)
    {
        /// <summary>The supervised target W̃ (null for the autoencoder).</summary>
        public Matrix<double>? Target { get; init; }
    }

    /// <summary>The recorded errors of one run and how the integration ended.</summary>
    internal sealed record FlowRun(List<double> Times, List<double> Errors, double Scale, DeepLinearNetwork Final, FieldIntegrationResult Integration)
    {
        public StopReason Reason => Integration.Reason;

        /// <summary>Field evaluations spent on this run, including a fixed-step attempt that blew up and was retried.</summary>
        public long FieldEvaluations { get; init; }

        /// <summary>The fixed RK4 step, or null for the adaptive pair.</summary>
        public double? Step { get; init; }

        public double InitialError => Errors[0];

        public double FinalError => Errors[^1];

        public double FinalRelativeError => FinalError / Scale;

        public double StopTime => Times[^1];

        /// <summary>The final error over the error recorded at 0.9·T: below 1 while the run still decreases, ≈ 1 when it stalls.</summary>
        public double LateRatio => FinalError / Errors[Math.Max(0, Times.FindIndex(t => t >= 0.9 * StopTime))];

        public double TimeTo(double relative)
        {
            for (int i = 0; i < Errors.Count; i++)
            {
                if (Errors[i] <= relative * Scale)
                {
                    return Times[i];
                }
            }

            return double.PositiveInfinity;
        }

        public ReproductionCurve Curve(string label) => new(label, Times, Errors);
    }
}
