using System.Diagnostics;
using System.Globalization;
using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Workspace;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepLinear.Numeric.Benchmarks;

/// <summary>
/// Times full gradient-descent steps (every layer's gradient and the update; metric recording excluded) of
/// <see cref="DescentWorkspace"/> on fixed workloads, for <c>dlv bench</c>.
/// </summary>
public static class DescentBenchmark
{
    /// <summary>The longest run of timed steps from the start point before the (untimed) reset.</summary>
    public const int ChunkLength = 250;

    /// <summary>The workload names.</summary>
    public static IReadOnlyList<string> WorkloadNames { get; } = ["gd-nrt-N2", "gd-nrt-N3", "gd-nrt-N5", "gd-nrt-N5-m21000", "gd-square-512"];

    /// <summary>
    /// Builds the workload, runs <paramref name="warmupIterations"/> untimed steps (and at least half a second), then
    /// times <paramref name="iterations"/> steps in chunks and reports the median chunk's time per step (the mean is in
    /// <see cref="BenchmarkMeasurement.MeanNsPerIter"/>) and the bytes allocated per step on the calling thread.
    /// </summary>
    /// <exception cref="NumericArgumentException">Unknown workload or non-positive iteration count.</exception>
    public static BenchmarkMeasurement Run(string workload, int iterations, int warmupIterations, int seed)
    {
        Require.Positive(iterations, nameof(iterations));
        if (warmupIterations < 0)
        {
            throw new NumericArgumentException(nameof(warmupIterations), warmupIterations.ToString(CultureInfo.InvariantCulture), "must be ≥ 0");
        }

        var (workspace, eta, description) = Build(workload, seed);
        var start = workspace.ToNetwork();
        // Warm up for the requested steps and at least half a second, so that tiered compilation has settled.
        var warmup = Stopwatch.StartNew();
        for (int k = 0; k < warmupIterations || warmup.ElapsedMilliseconds < 500; k++)
        {
            workspace.Step(eta);
            if (k % ChunkLength == ChunkLength - 1)
            {
                workspace.Reset(start);
            }
        }

        // Time chunks of at most ChunkLength steps, each from the start point (the reset is not timed): the nrt
        // targets are exactly realizable, so a long run drives the gradients into subnormal numbers whose arithmetic
        // is orders of magnitude slower on x86 and would measure the floating-point unit, not the kernel. There are at
        // least ten chunks (when there are ten steps), so that the median chunk discards interference from other
        // processes on a shared machine.
        int chunkLength = Math.Clamp(iterations / 10, 1, ChunkLength);
        var chunkTimes = new List<double>((iterations / chunkLength) + 1);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        workspace.Reset(start);
        var clock = new Stopwatch();
        long before = GC.GetAllocatedBytesForCurrentThread();
        var total = TimeSpan.Zero;
        int done = 0;
        int sinceReset = 0;
        long resetBytes = 0;
        while (done < iterations)
        {
            int chunk = Math.Min(chunkLength, iterations - done);
            if (sinceReset + chunk > ChunkLength)
            {
                long r0 = GC.GetAllocatedBytesForCurrentThread();
                workspace.Reset(start);
                resetBytes += GC.GetAllocatedBytesForCurrentThread() - r0;
                sinceReset = 0;
            }

            clock.Restart();
            for (int k = 0; k < chunk; k++)
            {
                workspace.Step(eta);
            }

            clock.Stop();
            total += clock.Elapsed;
            done += chunk;
            sinceReset += chunk;
            if (chunk == chunkLength)
            {
                chunkTimes.Add(clock.Elapsed.TotalNanoseconds / chunk);
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before - resetBytes;
        string finite = workspace.FactorsAreFinite() ? string.Empty : " (warning: factors became non-finite)";
        chunkTimes.Sort();
        double median = chunkTimes.Count == 0 ? total.TotalNanoseconds / iterations
            : chunkTimes.Count % 2 == 1 ? chunkTimes[chunkTimes.Count / 2]
            : 0.5 * (chunkTimes[(chunkTimes.Count / 2) - 1] + chunkTimes[chunkTimes.Count / 2]);
        double mean = total.TotalNanoseconds / iterations;
        return new BenchmarkMeasurement(
            workload,
            median,
            (double)allocated / iterations,
            iterations,
            description + string.Create(CultureInfo.InvariantCulture, $"; plan {workspace.MultiplyAddsPerGradient} multiply-adds/step; median of {chunkTimes.Count} chunks of {chunkLength} steps (mean {mean / 1000:F2} µs)") + finite)
        {
            MeanNsPerIter = mean,
        };
    }

    private static (DescentWorkspace Workspace, double Eta, string Description) Build(string workload, int seed)
    {
        switch (workload)
        {
            case "gd-nrt-N2":
                return Nrt(2, 210, seed);
            case "gd-nrt-N3":
                return Nrt(3, 210, seed);
            case "gd-nrt-N5":
                return Nrt(5, 210, seed);
            case "gd-nrt-N5-m21000":
                return Nrt(5, 21000, seed);
            case "gd-square-512":
                {
                    var random = new MersenneTwister(seed, threadSafe: false);
                    const int d = 512;
                    var x = Matrix<double>.Build.Dense(d, 1024, (_, _) => Normal.Sample(random, 0, Math.Sqrt(1.0 / d)));
                    var y = Matrix<double>.Build.Dense(d, 1024, (_, _) => Normal.Sample(random, 0, Math.Sqrt(1.0 / d)));
                    var factors = Enumerable.Range(0, 3).Select(_ => Matrix<double>.Build.Dense(d, d, (_, _) => Normal.Sample(random, 0, Math.Sqrt(1.0 / d)))).ToArray();
                    var ws = new DescentWorkspace(new DeepLinearNetwork(factors), new RegressionData(x, y));
                    return (ws, 1e-3, "N = 3, widths 512, m = 1024, Gaussian data and N(0, 1/512) factors, η = 1e-3");
                }

            default:
                throw new NumericArgumentException(nameof(workload), $"\"{workload}\"", "must be one of " + string.Join(", ", WorkloadNames));
        }
    }

    private static (DescentWorkspace Workspace, double Eta, string Description) Nrt(int depth, int m, int seed)
    {
        const int d = 70;
        const int r = 2;
        var (x, y, start) = NrtExperimentSetup.Create(depth, d, r, m, seed);
        var data = new RegressionData(x, y);
        var ws = new DescentWorkspace(start, data);
        double loss = ws.Loss();
        var svdX = x.Svd(computeVectors: false);
        double eta = NrtStepSizeBound.EtaForBalancedStart(loss, depth, y.L2Norm(), svdX.S[^1], svdX.S[0], x.TransposeAndMultiply(y).L2Norm());
        return (ws, eta, $"nrt §5: d = 70, m = {m.ToString(CultureInfo.InvariantCulture)}, rank-2 target, widths {start.Dimensions}, balanced orthogonal start, η = {eta.ToString("G3", CultureInfo.InvariantCulture)} from (5.1) with δ of Remark 2.5(b)");
    }
}
