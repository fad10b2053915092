using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Support;
using Xunit;

namespace DeepLinear.Checks.Tests.Support;

public class PrintedExperimentComparisonTests
{
    private static DeepLinear.Checks.Running.CheckResult Compare(double printed, params double[] runs)
        => PrintedExperimentComparison.Compare([("N = 2", printed, runs)], 2, "scope", "family", "dlv check --claim x");

    [Fact]
    public void Compare_PrintedWithinTheFactor_IsVerified()
        => Assert.Equal(Verdict.Verified, Compare(1.0, 1.5, 1.6).Verdict);

    [Fact]
    public void Compare_PrintedFarFromEveryRun_IsNotReproducedWithTheFactor_NegativeControl()
    {
        var result = Compare(1.0, 3.0, 3.2);
        Assert.Equal(Verdict.NotReproduced, result.Verdict);
        var evidence = Assert.IsType<NotReproducedEvidence>(result.Evidence);
        Assert.Equal(3.0, evidence.ClosestFactor, 12);
        Assert.Equal(3.2 / 3.0, evidence.RunSpread, 12);
    }

    [Fact]
    public void Compare_RunsSpreadingMoreThanTheFactor_IsInconclusive()
        => Assert.Equal(Verdict.Inconclusive, Compare(1.0, 3.0, 9.0).Verdict);

    [Fact]
    public void Compare_PrintedBelowTheRuns_UsesTheSymmetricFactor()
        => Assert.Equal(Verdict.NotReproduced, Compare(9.0, 3.0, 3.5).Verdict);
}
