using DeepLinear.Checks.Reproductions;
using Xunit;

namespace DeepLinear.Checks.Tests.Reproductions;

/// <summary>The shared run counter: progress (run i of n) and the counted work per method, and that neither changes a
/// result; the dhl descent step allocates nothing.</summary>
public class ReproductionWorkTests
{
    [Fact]
    public void Add_SeveralRuns_SumsPerMethodInOrdinalOrder()
    {
        var tally = new ReproductionWorkTally();
        tally.Add("RK4 h = 0.005", 10, 40);
        tally.Add("DP5", 7, 43);
        tally.Add("RK4 h = 0.005", 5, 20);
        Assert.Equal(
            [new ReproductionWork("DP5", 1, 7, 43), new ReproductionWork("RK4 h = 0.005", 2, 15, 60)],
            tally.Totals());
    }

    [Fact]
    public void Add_NegativeSteps_IsRejected()
    {
        var tally = new ReproductionWorkTally();
        Assert.Throws<ArgumentOutOfRangeException>(() => tally.Add("RK4", -1, 0));
    }

    [Fact]
    public void Claim5_WithSinks_ReportsEveryRunAndItsWorkAndTheSameResult()
    {
        var reports = new List<ReproductionProgress>();
        var tally = new ReproductionWorkTally();
        var sinks = ReproductionOptions.QuickDefault with { Progress = new SynchronousProgress(reports), Work = tally };

        var counted = AcghClaimReproductions.Claim5(sinks);
        var plain = AcghClaimReproductions.Claim5(ReproductionOptions.QuickDefault);

        Assert.Equal(plain.ToMarkdown(), counted.ToMarkdown());
        Assert.Equal(plain.ToJson(), counted.ToJson());
        Assert.Equal(14, reports.Count);
        Assert.Equal(Enumerable.Range(1, 14), reports.Select(r => r.Finished));
        Assert.All(reports, r => Assert.Equal(14, r.Total));
        var totals = tally.Totals().ToDictionary(w => w.Method, StringComparer.Ordinal);
        Assert.Equal(12, totals["log-domain eigenvalue recursion"].Runs);

        // Quick mode runs 500 steps: the engine's descent evaluates the gradient at each of the 501 iterates.
        Assert.Equal(new ReproductionWork("gradient descent", 1, 500, 501), totals["gradient descent"]);
        Assert.Equal(new ReproductionWork("eigenvalue recursion (double)", 1, 500, 500), totals["eigenvalue recursion (double)"]);
    }

    [Fact]
    public void ReluStep_AfterWarmUp_AllocatesNothing()
    {
        var descent = SmallReluDescent();
        descent.Step(0.01);
        var norms = new double[3];
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 20; k++)
        {
            descent.Step(0.01);
            descent.SquaredNorms(norms);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void ReluStep_AllocatingNormsTwin_IsSeenByTheSameMeasurement()
    {
        // Negative control of the allocation test: the allocating twin must show up in the same measurement.
        var descent = SmallReluDescent();
        descent.Step(0.01);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 0; k < 20; k++)
        {
            descent.Step(0.01);
            _ = descent.SquaredNorms();
        }

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before > 0);
    }

    [Fact]
    public void Plot_WithFloor_ExplainsItOnThePageAndKeepsComputedValuesInJson()
    {
        var plot = new ReproductionPlot("p", "plot", "t", "error", true, [new ReproductionCurve("N = 2", [0.0, 1.0, 2.0], [1.0, 1e-6, 1e-12])])
        {
            Floor = new ReproductionFloor(1e-9, "tolerance 1e-9", "The dashed line is the tolerance."),
        };
        var result = new ReproductionResult("demo", "trbw", "Demo", false, ["setup"], [], [plot], []);
        Assert.Contains("![plot](img/demo-p.png)\n\nThe dashed line is the tolerance.\n", result.ToMarkdown(), StringComparison.Ordinal);
        var json = System.Text.Json.Nodes.JsonNode.Parse(result.ToJson())!;
        Assert.Equal(1e-12, json["curves"]![0]!["y"]![2]!.GetValue<double>());
        Assert.Single(json["curves"]!.AsArray());

        string folder = Path.Combine(Path.GetTempPath(), "dlv-floor-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(["img/demo-p.png"], result.WritePlots(folder));
            Assert.True(new FileInfo(Path.Combine(folder, "img", "demo-p.png")).Length > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ReluNetworkDescent SmallReluDescent()
    {
        const int d = 12, h = 6, p = 3, m = 9;
        var rng = new Random(3);
        double[] Fill(int n, double scale) => Enumerable.Range(0, n).Select(_ => scale * (rng.NextDouble() - 0.5)).ToArray();
        return new ReluNetworkDescent(d, h, p, m, Fill(d * m, 1), Fill(p * m, 1), [Fill(h * d, 0.3), Fill(h * h, 0.3), Fill(p * h, 0.3)]);
    }

    private sealed class SynchronousProgress(List<ReproductionProgress> reports) : IProgress<ReproductionProgress>
    {
        public void Report(ReproductionProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
