using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using Xunit;

namespace DeepLinear.Checks.Tests.Support;

public class SlackAccumulatorTests
{
    [Fact]
    public void ToResult_TrajectoryWithinBound_IsVerifiedWithWorstIterateNamedNotCalledASeed()
    {
        var acc = new SlackAccumulator();
        for (int k = 0; k < 10; k++)
        {
            acc.Add(k, 10, (ulong)k, () => $"run A, iteration {k}");
        }

        var result = acc.ToResult("nrt/text1", "10 iterates", "one run");

        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.Equal(10, evidence.InstancesTried);
        Assert.Equal(1, evidence.MinimumSlack);
        Assert.Equal(0.9, evidence.WorstRatio, 12);
        Assert.Null(evidence.WorstSeed);
        Assert.Equal("run A, iteration 9", evidence.WorstInstance);
        Assert.Null(evidence.WorstRelativeError);
    }

    [Fact]
    public void ToResult_SeedsWithAFaithfulReplay_ReportsTheWorstSeed()
    {
        var acc = new SlackAccumulator { Replay = seed => InstanceOutcome.Inequality(seed % 7, 10) };
        foreach (ulong seed in new ulong[] { 11, 22, 34, 5 })
        {
            acc.Add(seed % 7, 10, seed);
        }

        var evidence = Assert.IsType<NumericEvidence>(acc.ToResult("demo/ineq", "4 instances", "seeded").Evidence);

        Assert.Equal(34UL, evidence.WorstSeed);
        Assert.Equal(0.6, evidence.WorstRatio, 12);
        Assert.Equal("seed 34", evidence.WorstText);
    }

    [Fact]
    public void NegativeControl_ToResult_ReplayThatDoesNotReproduceTheWorstInstance_Throws()
    {
        // The keys are not the seeds of the instances (an index was passed): the replay finds another instance.
        var acc = new SlackAccumulator { Replay = seed => InstanceOutcome.Inequality(seed, 10) };
        acc.Add(6, 10, 0);
        acc.Add(2, 10, 1);

        var error = Assert.Throws<InvalidOperationException>(() => acc.ToResult("demo/ineq", "2 instances", "indexed"));
        Assert.Contains("seed 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToResult_Identity_ReportsTheWorstRelativeErrorAndTolerance()
    {
        var acc = new SlackAccumulator();
        acc.AddIdentity(3e-12, 2, 1, () => "first");
        acc.AddIdentity(-9e-12, 2, 2, () => "second");

        var evidence = Assert.IsType<NumericEvidence>(acc.ToResult("demo/eq", "2 instances", "identity").Evidence);

        Assert.Equal(9e-12 / 3, evidence.WorstRelativeError);
        Assert.Equal(InstanceOutcome.DefaultIdentityTolerance, evidence.IdentityTolerance);
        Assert.Contains("worst relative error", evidence.Summary(), StringComparison.Ordinal);
        Assert.Equal("second", evidence.WorstInstance);
    }

    [Fact]
    public void ToResult_EqualityCheckedAsRelativeDistance_ReportsTheWorstRelativeErrorAndTolerance()
    {
        var acc = new SlackAccumulator();
        acc.AddRelativeError(2e-8, 1e-6, 1, () => "run 1, t = 5");
        acc.AddRelativeError(4e-7, 1e-6, 2, () => "run 2, t = 20");

        var evidence = Assert.IsType<NumericEvidence>(acc.ToResult("demo/drift", "2 runs", "relative drift ≤ 1e-6").Evidence);

        Assert.Equal(4e-7, evidence.WorstRelativeError);
        Assert.Equal(1e-6, evidence.IdentityTolerance);
        Assert.Equal("run 2, t = 20", evidence.WorstInstance);
        // Negative control: the same drift beyond the tolerance refutes the equality.
        var beyond = new SlackAccumulator();
        beyond.AddRelativeError(2e-6, 1e-6, 1, () => "run 1");
        Assert.Equal(Verdict.Refuted, beyond.ToResult("demo/drift", "1 run", "drift").Verdict);
    }

    [Fact]
    public void ToResult_InequalityMixedWithIdentity_ReportsNoRelativeError()
    {
        var acc = new SlackAccumulator();
        acc.AddIdentity(3e-12, 2, 1);
        acc.Add(1, 2, 2);

        var evidence = Assert.IsType<NumericEvidence>(acc.ToResult("demo/mixed", "2 instances", "mixed").Evidence);

        Assert.Null(evidence.WorstRelativeError);
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
