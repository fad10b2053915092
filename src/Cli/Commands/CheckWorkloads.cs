using System.Diagnostics;
using System.Globalization;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Reproductions;
using DeepLinear.Checks.Running;
using DeepLinear.Numeric.Benchmarks;
using DeepLinear.Numeric.Workspace;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// The benchmark workloads of <c>dlv bench</c> that live above the numeric engine:
/// <list type="bullet">
/// <item><c>dhl-relu-step</c>: one gradient-descent step of the dhl Figure 2 ReLU network (1,000 → 100 → 100 → 10,
/// 1,000 samples; <see cref="ReluNetworkDescent.Step"/>), with the share of the product B₁(XᵀX) (the descent keeps Z₁ = W₁X by the Gram matrix);</item>
/// <item><c>nrt-fast-tier</c>: the fast tier of every nrt claim check, one claim at a time (the quantity whose budget is
/// 40 single-threaded seconds; it replaces a wall-clock test, since speed targets are checked by benchmarks).</item>
/// </list>
/// </summary>
internal static class CheckWorkloads
{
    /// <summary>The dhl ReLU step workload.</summary>
    public const string DhlReluStep = "dhl-relu-step";

    /// <summary>The nrt fast-tier workload.</summary>
    public const string NrtFastTier = "nrt-fast-tier";

    /// <summary>The single-threaded budget of the nrt fast tier, in seconds (stated in the description, not asserted).</summary>
    public const double NrtFastTierBudgetSeconds = 40;

    /// <summary>The workload names.</summary>
    public static IReadOnlyList<string> Names { get; } = [DhlReluStep, NrtFastTier];

    /// <summary>The default timed iterations: 20 steps, or 1 run of the tier.</summary>
    public static int DefaultIterations(string name) => name == NrtFastTier ? 1 : 20;

    /// <summary>Runs <paramref name="name"/> for <paramref name="iterations"/> timed iterations.</summary>
    public static BenchmarkMeasurement Run(string name, int iterations, int seed) => name switch
    {
        DhlReluStep => ReluStep(iterations, seed),
        NrtFastTier => NrtTier(iterations, seed),
        _ => throw new CliUsageException("--workload", name, "must be one of " + string.Join(", ", Names)),
    };

    /// <summary>
    /// Times <see cref="ReluNetworkDescent.Step"/> (median of the per-step times, after three warm-up steps), the bytes it
    /// allocates on the calling thread, and separately the 100 × 1,000 × 1,000 product B₁(XᵀX) that each step makes (the
    /// descent keeps Z₁ = W₁X by the Gram matrix instead of forming W₁X and B₁Xᵀ).
    /// </summary>
    private static BenchmarkMeasurement ReluStep(int iterations, int seed)
    {
        var descent = DhlFigureReproduction.CreateDescent(balanced: true, seed);
        for (int k = 0; k < 3; k++)
        {
            descent.Step(DhlFigureReproduction.StepSize);
        }

        var times = new double[iterations];
        var clock = new Stopwatch();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < iterations; k++)
        {
            clock.Restart();
            descent.Step(DhlFigureReproduction.StepSize);
            clock.Stop();
            times[k] = clock.Elapsed.TotalNanoseconds;
        }

        double allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)iterations;
        double step = Median(times);

        int h = DhlFigureReproduction.HiddenWidth, m = DhlFigureReproduction.Samples;
        var gram = new double[m * m];
        var b = new double[h * m];
        var rng = new Random(seed);
        for (int i = 0; i < gram.Length; i++)
        {
            gram[i] = rng.NextDouble() - 0.5;
        }

        for (int i = 0; i < b.Length; i++)
        {
            b[i] = rng.NextDouble() - 0.5;
        }

        var c = new double[h * m];
        var scratch = new GemmScratch([(h, m, m)]);
        var products = new double[Math.Max(3, iterations / 2)];
        RowMajorGemm.Multiply(b, false, gram, false, c, h, m, m, scratch);
        for (int k = 0; k < products.Length; k++)
        {
            clock.Restart();
            RowMajorGemm.Multiply(b, false, gram, false, c, h, m, m, scratch);
            clock.Stop();
            products[k] = clock.Elapsed.TotalNanoseconds;
        }

        double share = Median(products) / step;
        double macs = (1.0 * h * m * m) + (5.0 * h * h * m) + (2.0 * DhlFigureReproduction.OutputWidth * h * m);
        string description = string.Create(CultureInfo.InvariantCulture, $"dhl Figure 2 ReLU network, one step W ← W − η∇L (seed {seed}, balanced start; Z₁ = W₁X kept by the Gram matrix XᵀX); {macs / 1e6:F0} M multiply-adds per step, {macs / step:F2} per ns; the product B₁(XᵀX) takes {100 * share:F0} % of it");
        return new BenchmarkMeasurement(DhlReluStep, step, allocated, iterations, description);
    }

    /// <summary>
    /// Runs the fast tier of the nrt claims <paramref name="iterations"/> times, one claim at a time with the default
    /// seed, and reports the median wall time of a run, the managed bytes it allocated (all threads) and, in the
    /// description, the process CPU time per run (robust to other load on the machine).
    /// </summary>
    private static BenchmarkMeasurement NrtTier(int iterations, int seed)
    {
        var claims = ClaimCatalog.Default.Select("nrt", null);
        var options = new RunOptions(CheckContext.DefaultSeed + (ulong)(seed - 1), TimeSpan.FromSeconds(300), Thorough: false, MaxParallelism: 1);
        var times = new double[iterations];
        double checkSeconds = 0;
        int finished = 0;
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int k = 0; k < iterations; k++)
        {
            var clock = Stopwatch.StartNew();
            var outcomes = ClaimRunner.Run(claims, options);
            clock.Stop();
            times[k] = clock.Elapsed.TotalNanoseconds;
            checkSeconds = outcomes.Sum(o => o.Seconds);
            finished = outcomes.Count(o => o.Status == OutcomeStatus.Completed);
        }

        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds / iterations;
        double allocated = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)iterations;
        double wall = Median(times);
        string description = string.Create(CultureInfo.InvariantCulture, $"fast tier of the {claims.Count} nrt claims ({finished} completed), one at a time, seed {options.Seed}; summed check time of the last run {checkSeconds:F1} s, process CPU {cpuSeconds:F1} s per run; budget {NrtFastTierBudgetSeconds:F0} single-threaded seconds (wall {(wall / 1e9 <= NrtFastTierBudgetSeconds ? "within" : "over")}, CPU {(cpuSeconds <= NrtFastTierBudgetSeconds ? "within" : "over")}; on a loaded machine the wall time measures the load)");
        return new BenchmarkMeasurement(NrtFastTier, wall, allocated, iterations, description);
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[(n / 2) - 1] + sorted[n / 2]);
    }
}
