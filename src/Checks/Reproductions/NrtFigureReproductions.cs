using DeepLinear.Numeric.Bounds;
using static DeepLinear.Checks.Reproductions.ReproductionFormat;

namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// The experiments of nrt §5: Figure 1 (constant step sizes, the bound (5.1) with δ = M^{2/N}/N³ of Remark 2.5(b))
/// and Figure 2 (decreasing step sizes (5.2) with a₁ = a₂ of (5.3)), in the setup of <see cref="NrtExperimentSetup"/>
/// (d = 70, m = 3d, rank-2 target, balanced orthogonal start, N ∈ {2, 3, 5}).
/// </summary>
public static class NrtFigureReproductions
{
    /// <summary>The input width d of nrt §5.</summary>
    public const int Width = 70;

    /// <summary>The rank r of the target (and the bottleneck width d₁).</summary>
    public const int Rank = 2;

    /// <summary>The sample count m = 3d.</summary>
    public const int Samples = 3 * Width;

    private const int FullIterations = 20000;
    private const int QuickIterations = 1500;

    /// <summary>The depths of nrt §5.</summary>
    public static IReadOnlyList<int> Depths { get; } = [2, 3, 5];

    /// <summary>The step sizes printed in nrt §5 for Figure 1a (and as a₁ = a₂ for Figure 2a/2b), per depth.</summary>
    public static IReadOnlyList<double> PrintedEta { get; } = [7.73e-4, 1.29e-4, 3.91e-5];

    /// <summary>
    /// The bound (5.1) (= a₁ = a₂ of (5.3)) for depth N over the seeds <c>Seed … Seed + Seeds − 1</c>, one data set and
    /// start per seed from <see cref="NrtExperimentSetup.Create"/>.
    /// </summary>
    public static IReadOnlyList<double> BoundsOverSeeds(int depth, ReproductionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Enumerable.Range(0, Math.Max(1, options.Seeds)).Select(i =>
        {
            var (x, y, start) = NrtExperimentSetup.Create(depth, Width, Rank, Samples, options.Seed + i);
            return NrtStepSizeBound.ForData(x, y, start).Eta;
        }).ToArray();
    }

    /// <summary>nrt Figure 1: the bound (5.1) over seeds next to the printed values, and the four constant-step runs.</summary>
    public static ReproductionResult Figure1(ReproductionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int iterations = options.Quick ? QuickIterations : FullIterations;
        var rows = new List<ReproductionRow>();
        var firstSeedEta = new double[Depths.Count];
        for (int i = 0; i < Depths.Count; i++)
        {
            var etas = BoundsOverSeeds(Depths[i], options);
            firstSeedEta[i] = etas[0];
            rows.Add(BoundRow(Depths[i], etas, PrintedEta[i], "\\eta", "(5.1)", "eta"));
        }

        string[] panels = ["a", "b", "c", "d"];
        string[] captions = ["η meeting the bound (5.1)", "η = 10⁻⁵", "η = 10⁻³", "η = 0.05"];
        var plots = new List<ReproductionPlot>();
        var outcomes = new RunOutcome[4, Depths.Count];
        var runs = RunPanels(options, iterations, (p, i) => StepSchedule.Constant(Fig1Eta(p, firstSeedEta[i])));
        for (int p = 0; p < 4; p++)
        {
            var curves = new List<ReproductionCurve>();
            for (int i = 0; i < Depths.Count; i++)
            {
                double eta = Fig1Eta(p, firstSeedEta[i]);
                var run = runs[p, i];
                outcomes[p, i] = ReproductionMath.Outcome(run);
                curves.Add(ReproductionMath.LossCurve("N = " + I(Depths[i]) + (p == 0 ? ", η = " + G(eta, 3) : string.Empty), run));
            }

            plots.Add(new ReproductionPlot("fig1" + panels[p], "nrt Figure 1(" + panels[p] + "): constant step size, " + captions[p], "iteration k", "loss L^N(W(k))", true, curves));
        }

        var notes = new List<string>();
        for (int p = 0; p < 4; p++)
        {
            notes.Add("Panel (" + panels[p] + ") " + string.Join("; ", Enumerable.Range(0, Depths.Count).Select(i => "$N = " + I(Depths[i]) + "$: " + outcomes[p, i].Describe())) + ".");
        }

        notes.Add("Printed: \"Since we observe convergence in plot 1c\" — ours: " + Agreement(Enumerable.Range(0, Depths.Count).All(i => outcomes[2, i].Kind == RunOutcomeKind.Converged), "every depth converges with $\\eta = 10^{-3}$", "not every depth converges with $\\eta = 10^{-3}$ within the budget") + ".");
        notes.Add("Printed: \"increasing the step size beyond a certain value leads to divergence as suggested by plot 2d\" (the text says 2d; the panel with $\\eta = 0.05$ is 1d) — ours with $\\eta = 0.05$: " + Agreement(Enumerable.Range(0, Depths.Count).All(i => outcomes[3, i].Kind == RunOutcomeKind.Diverged), "every depth diverges", "not every depth diverges") + ".");
        notes.Add("Our bound (5.1) is larger than the printed value for every depth; with our bound $\\eta = 10^{-3}$ (panel c) "
            + (firstSeedEta[0] >= 1e-3 ? "meets (5.1) for $N = 2$ on seed " + I(options.Seed) + ", whereas the paper says 1c violates it" : "violates (5.1) for every depth, as the paper says") + ".");
        notes.Add("Candidate explanations of the factor (not applied; the values above use the formulas as printed): a different loss normalisation, norm, or realisation of the random data; the paper gives one realisation and no seed.");
        return new ReproductionResult(
            "nrt-fig1",
            "nrt",
            "Figure 1: gradient descent with constant step sizes",
            options.Quick,
            Setup(options, iterations, "constant step sizes $\\eta = \\eta_{(5.1)}$ (the first seed's bound), $10^{-5}$, $10^{-3}$, $0.05$ (panels a–d)"),
            rows,
            plots,
            notes);
    }

    /// <summary>nrt Figure 2: a₁ = a₂ of (5.3) next to the printed values, and the decreasing step sizes (5.2) of panels a–d.</summary>
    public static ReproductionResult Figure2(ReproductionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        int iterations = options.Quick ? QuickIterations : FullIterations;
        var rows = new List<ReproductionRow>();
        var a53 = new double[Depths.Count];
        for (int i = 0; i < Depths.Count; i++)
        {
            var values = Enumerable.Range(0, Math.Max(1, options.Seeds)).Select(s =>
            {
                var (x, y, start) = NrtExperimentSetup.Create(Depths[i], Width, Rank, Samples, options.Seed + s);
                var q = NrtStepSizeBound.ForData(x, y, start);
                return NrtStepSizeBound.A53(q.InitialLoss, q.Delta, q.B);
            }).ToArray();
            a53[i] = values[0];
            rows.Add(BoundRow(Depths[i], values, PrintedEta[i], "a_1 = a_2", "(5.3)", "a1"));
        }

        string[] panels = ["a", "b", "c", "d"];
        var schedules = new Func<int, StepSchedule>[]
        {
            i => StepSchedule.NrtDecreasing(a53[i], a53[i], 0.2),
            i => StepSchedule.NrtDecreasing(a53[i], a53[i], 0.4),
            _ => StepSchedule.NrtDecreasing(0.1, 0.01, 0.2),
            _ => StepSchedule.NrtDecreasing(0.05, 0.1, 0.2),
        };
        string[] captions = ["γ = 0.2, a₁ = a₂ of (5.3)", "γ = 0.4, a₁ = a₂ of (5.3)", "γ = 0.2, a₁ = 0.1, a₂ = 0.01", "γ = 0.2, a₁ = 0.05, a₂ = 0.1"];
        var plots = new List<ReproductionPlot>();
        var outcomes = new RunOutcome[4, Depths.Count];
        var runs = RunPanels(options, iterations, (p, i) => schedules[p](i));
        for (int p = 0; p < 4; p++)
        {
            var curves = new List<ReproductionCurve>();
            for (int i = 0; i < Depths.Count; i++)
            {
                var run = runs[p, i];
                outcomes[p, i] = ReproductionMath.Outcome(run);
                curves.Add(ReproductionMath.LossCurve("N = " + I(Depths[i]), run));
            }

            plots.Add(new ReproductionPlot("fig2" + panels[p], "nrt Figure 2(" + panels[p] + "): η_k = min{a₁, a₂/(k+1)^γ}, " + captions[p], "iteration k", "loss L^N(W(k))", true, curves));
        }

        for (int i = 0; i < Depths.Count; i++)
        {
            int depth = Depths[i];
            rows.Add(PanelRow("a", depth, "converges", outcomes[0, i], outcomes[0, i].Kind == RunOutcomeKind.Converged, ConvergenceRule(outcomes[0, i], iterations)));
            bool slower = outcomes[1, i].Kind != RunOutcomeKind.Diverged && outcomes[1, i].FinalLoss >= outcomes[0, i].FinalLoss;
            rows.Add(PanelRow("b", depth, "converges, slower than (a)", outcomes[1, i], slower && outcomes[1, i].Kind != RunOutcomeKind.NotDecreasing, "final loss of (b) $\\ge$ final loss of (a) and decreasing"));
            rows.Add(PanelRow("c", depth, "converges", outcomes[2, i], outcomes[2, i].Kind == RunOutcomeKind.Converged, ConvergenceRule(outcomes[2, i], iterations)));
            rows.Add(PanelRow("d", depth, "diverges", outcomes[3, i], outcomes[3, i].Kind == RunOutcomeKind.Diverged, "non-finite values or loss $> 10^6 \\times$ initial"));
        }

        var notes = new List<string>
        {
            "$a_1 = a_2 = 2(1-\\sigma)/B_\\delta$ of (5.3) equals the bound (5.1) algebraically ($2(1-\\sigma)/B_\\delta = 2\\delta/(4L^N(W(0)) + \\delta B_\\delta)$), so its rows repeat nrt-fig1's.",
            "Panel (d) starts with $\\eta_0 = \\min\\{0.05, 0.1\\} = 0.05$, the step of Figure 1(d).",
        };
        return new ReproductionResult(
            "nrt-fig2",
            "nrt",
            "Figure 2: gradient descent with decreasing step sizes (5.2)",
            options.Quick,
            Setup(options, iterations, "step sizes (5.2) $\\eta_k = \\min\\{a_1, a_2/(k+1)^\\gamma\\}$: (a) $\\gamma = 0.2$ and (b) $\\gamma = 0.4$ with $a_1 = a_2$ of (5.3) (the first seed's value), (c) $\\gamma = 0.2$, $a_1 = 0.1$, $a_2 = 0.01$, (d) $\\gamma = 0.2$, $a_1 = 0.05$, $a_2 = 0.1$"),
            rows,
            plots,
            notes);
    }

    private static ReproductionRow BoundRow(int depth, IReadOnlyList<double> values, double printed, string symbol, string equation, string key)
    {
        double median = ReproductionMath.Median(values);
        double min = values.Min();
        double max = values.Max();
        bool inRange = printed >= min && printed <= max;
        double factor = median / printed;
        string note = inRange
            ? "printed value lies in [min, max] over " + I(values.Count) + " seeds"
            : "median/printed $= " + G(factor, 3) + "$ (range " + G(min / printed, 3) + "–" + G(max / printed, 3) + "× over " + I(values.Count) + " seeds)";
        return new ReproductionRow(
            "$" + symbol + "$ of " + equation + ", $N = " + I(depth) + "$",
            M(printed),
            "median " + M(median) + " (min " + M(min) + ", max " + M(max) + ")",
            inRange ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced,
            note)
        {
            Fields =
            [
                new("N", depth),
                new(key + "_bound_median", median),
                new(key + "_bound_min", min),
                new(key + "_bound_max", max),
                new(key + "_printed", printed),
            ],
        };
    }

    private static ReproductionRow PanelRow(string panel, int depth, string printed, RunOutcome outcome, bool agrees, string rule) =>
        new("Figure 2(" + panel + "), $N = " + I(depth) + "$", printed, outcome.Describe(), agrees ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced, rule)
        {
            Fields =
            [
                new("panel", panel),
                new("N", depth),
                new("printed", printed),
                new("outcome", outcome.Kind.ToString().ToLowerInvariant()),
                new("initial_loss", outcome.InitialLoss),
                new("final_loss", outcome.FinalLoss),
                new("stop_iteration", outcome.StopIteration),
            ],
        };

    private static string ConvergenceRule(RunOutcome outcome, int iterations) => outcome.Kind switch
    {
        RunOutcomeKind.Converged => "converged: final loss $\\le 10^{-6} \\times$ initial within " + I(iterations) + " iterations",
        RunOutcomeKind.Decreasing => "not converged within our " + I(iterations) + " iterations (still decreasing; the paper's iteration count is not legible in the text); converged means final loss $\\le 10^{-6} \\times$ initial",
        _ => "converged means final loss $\\le 10^{-6} \\times$ initial",
    };

    private static string Agreement(bool agrees, string yes, string no) => agrees ? "agrees (" + yes + ")" : "differs (" + no + ")";

    private static double Fig1Eta(int panel, double firstSeedEta) => panel switch { 0 => firstSeedEta, 1 => 1e-5, 2 => 1e-3, _ => 0.05 };

    /// <summary>
    /// The four panels' runs, one per depth, in parallel on up to <see cref="Environment.ProcessorCount"/> threads; each
    /// run is independent and writes only its own slot, so the result does not depend on the scheduling.
    /// </summary>
    private static RunResult[,] RunPanels(ReproductionOptions options, int iterations, Func<int, int, StepSchedule> schedule)
    {
        var runs = new RunResult[4, Depths.Count];
        var counter = new RunCounter(options, runs.Length);
        Parallel.For(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, j =>
        {
            int p = j / Depths.Count;
            int i = j % Depths.Count;
            var run = Run(Depths[i], options.Seed, schedule(p, i), iterations);
            runs[p, i] = run;
            counter.Finished("panel " + (char)('a' + p) + ", N = " + I(Depths[i]), "gradient descent", run.StopIteration, run.StopIteration + 1L);
        });
        return runs;
    }

    private static RunResult Run(int depth, int seed, StepSchedule schedule, int iterations)
    {
        var (x, y, start) = NrtExperimentSetup.Create(depth, Width, Rank, Samples, seed);
        var options = new GradientDescentOptions(iterations, schedule, RecordStride: Math.Max(1, iterations / 400), Metrics: TrajectoryMetrics.None);
        return GradientDescent.Run(start, new RegressionData(x, y), options);
    }

    private static List<string> Setup(ReproductionOptions options, int iterations, string steps) =>
    [
        "Data as in nrt §5 (`NrtExperimentSetup.Create`): $d = 70$, $m = 3d = 210$, $X \\in \\mathbb{R}^{d \\times m}$ with i.i.d. $N(0, 1/d)$ entries, widths $d_0 = d$, $d_1 = r = 2$, $d_j = \\mathrm{round}(r + (j-1)(d-r)/(N-1))$ (ties away from zero; none occur), $Y = \\widetilde W_N \\cdots \\widetilde W_1 X$ with $\\widetilde W$ drawn like the start.",
        "Start: balanced orthogonal factors $W_j = V_j I_{d_j,d_1} U_j^\\top$ (Haar $U_1$, $V_j$), balancedness constant 0, so $\\alpha = 0$.",
        "Loss $L^N(W) = \\frac{1}{2}\\Vert Y - W_N \\cdots W_1 X\\Vert_F^2$ (no $1/m$), spectral norms in $M$, $B_\\delta$ of (2.9)–(2.11), $\\delta = M^{2/N}/N^3$ (Remark 2.5(b)) — `NrtStepSizeBound.ForData`.",
        "Bounds over " + I(Math.Max(1, options.Seeds)) + " seeds $" + I(options.Seed) + ", \\ldots, " + I(options.Seed + Math.Max(1, options.Seeds) - 1) + "$ (one data set and start per seed; the paper reports one realisation and no seed). Verdict: reproduced when the printed value lies in [min, max] over the seeds.",
        "Runs: seed " + I(options.Seed) + ", " + I(iterations) + " iterations" + (options.Quick ? " (quick mode; full mode runs " + I(FullIterations) + ")" : " (the paper's iteration count is not legible in the text)") + ", " + steps + ". A run counts as diverged when a value is non-finite or the loss exceeds $10^6 \\times$ its initial value.",
    ];
}
