using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using Xunit;

namespace DeepLinear.Checks.Tests.Support;

public class SlackAccumulatorTests
{
    [Fact]
    public void ToResult_TrajectoryWithinBound_IsVerifiedWithWorstIterate()
    {
        var acc = new SlackAccumulator();
        for (int k = 0; k < 10; k++)
        {
            acc.Add(k, 10, (ulong)k);
        }

        var result = acc.ToResult("nrt/text1", "10 iterates", "one run");

        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.Equal(10, evidence.InstancesTried);
        Assert.Equal(1, evidence.MinimumSlack);
        Assert.Equal(0.9, evidence.WorstRatio, 12);
        Assert.Equal(9UL, evidence.WorstSeed);
    }

    [Fact]
    public void ToResult_IterateAboveBound_IsRefuted()
    {
        var acc = new SlackAccumulator();
        acc.Add(1, 2, 0);
        acc.Add(3, 2, 1, () => "iteration 1");

        var result = acc.ToResult("nrt/text1", "2 iterates", "one run");

        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.Equal("iteration 1", Assert.IsType<CounterexampleEvidence>(result.Evidence).WitnessText);
    }

    [Fact]
    public void WithPlots_AppendsPlots()
    {
        var acc = new SlackAccumulator();
        acc.Add(1, 2, 0);
        var plot = new ClaimPlot("loss", "Loss", "iteration", "loss", [new PlotSeries("loss", [0.0, 1.0], [1.0, 0.5])], LogY: true);

        var result = acc.ToResult("nrt/text1", "1 iterate", "one run").WithPlots(plot);

        Assert.Single(result.Plots);
        Assert.Equal(Verdict.Verified, result.Verdict);
    }

    [Fact]
    public void Constructor_NegativeTolerance_NamesArgument()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SlackAccumulator(-1));
        Assert.Contains("relativeTolerance", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SymbolicProof_FromProvedDerivation_IsProvedWithScope()
    {
        var derivation = DeepLinear.Symbolic.DepthGeneric.DepthGenericProofs.FlowInvariant();

        var result = SymbolicProof.FromDerivation(derivation);

        Assert.Equal(Verdict.Proved, result.Verdict);
        Assert.Equal("all depths and all dimensions", result.Scope);
    }

    [Fact]
    public void SymbolicProof_FromUnprovedDerivation_Throws()
    {
        var derivation = DeepLinear.Symbolic.DepthGeneric.DepthGenericProofs.FlowInvariant() with { Proved = false };

        Assert.Throws<InvalidOperationException>(() => SymbolicProof.FromDerivation(derivation));
    }
}
