using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace DeepLinear.Checks.Tests.Support;

public class InequalityCheckTests
{
    private static InequalityCheck<int> SquareBelowCheck(Func<int, InstanceOutcome> evaluate) => new()
    {
        ClaimId = "nrt/text1",
        Family = "integers 0 … 50",
        Generator = Gen.Choose(0, 50),
        Evaluate = evaluate,
        Describe = x => $"x = {x}",
        Shrink = x => ArbMap.Default.ArbFor<int>().Shrinker(x),
        Instances = 60,
    };

    [Fact]
    public void Run_TrueInequality_IsVerifiedWithTightnessNearOne()
    {
        var check = new InequalityCheck<double>
        {
            ClaimId = "nrt/text1",
            Family = "reals",
            Generator = Gen.Choose(-1000, 1000).Select(i => i / 10.0),
            Evaluate = x => InstanceOutcome.Inequality(Math.Abs(Math.Sin(x)), 1),
            Describe = x => $"x = {x}",
            Tightness = new TightnessSpec<double> { Dimension = 1, FromParameters = p => p[0] },
        };

        var result = check.Run(CheckContext.Direct());

        Assert.Equal(Verdict.Verified, result.Verdict);
        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.Equal(100, evidence.InstancesTried);
        Assert.Equal(0, evidence.InstancesRejected);
        Assert.True(evidence.WorstRatio <= 1);
        Assert.NotNull(evidence.Tightness);
        Assert.InRange(evidence.Tightness!.LargestRatio, 0.999, 1.0);
    }

    [Fact]
    public void Run_FalseInequality_IsRefutedAndShrunkToTheSmallestViolation()
    {
        // Negative control: x² ≤ x fails for every x ≥ 2; the smallest counterexample FsCheck's shrinker reaches is 2.
        var result = SquareBelowCheck(x => InstanceOutcome.Inequality((double)x * x, x)).Run(CheckContext.Direct());

        Assert.Equal(Verdict.Refuted, result.Verdict);
        var evidence = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.True(evidence.Shrunk);
        Assert.Equal("x = 2", evidence.WitnessText);
        Assert.Contains("lhs = 4 > rhs = 2", evidence.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EveryInstanceRejected_ReportsHypothesesNotMet()
    {
        var result = SquareBelowCheck(_ => InstanceOutcome.Rejected("x < 0 required")).Run(CheckContext.Direct());

        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        var evidence = Assert.IsType<InconclusiveEvidence>(result.Evidence);
        Assert.True(evidence.HypothesesNotMet);
    }

    [Fact]
    public void Run_SomeInstancesRejected_CountsThem()
    {
        var result = SquareBelowCheck(x => x % 2 == 0 ? InstanceOutcome.Rejected("odd x required") : InstanceOutcome.Inequality(x, x))
            .Run(CheckContext.Direct());

        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.Equal(60, evidence.InstancesTried + evidence.InstancesRejected);
        Assert.True(evidence.InstancesRejected > 0);
        Assert.Equal(0, evidence.MinimumSlack);
    }

    [Fact]
    public void Run_NonFiniteSide_IsInconclusive()
    {
        var result = SquareBelowCheck(_ => InstanceOutcome.Inequality(double.NaN, 1)).Run(CheckContext.Direct());

        Assert.Equal(Verdict.Inconclusive, result.Verdict);
    }

    [Fact]
    public void Run_SameSeedTwice_GivesIdenticalEvidence()
    {
        var check = SquareBelowCheck(x => InstanceOutcome.Inequality(x, 2.0 * x + 1));
        Assert.Equal(check.Run(CheckContext.Direct(7)).Evidence.Summary(), check.Run(CheckContext.Direct(7)).Evidence.Summary());
        Assert.Equal(check.Sample(CheckContext.Direct(7), 3), check.Sample(CheckContext.Direct(7), 3));
    }

    [Fact]
    public void Identity_RelativeResidual_ComparesWithTolerance()
    {
        Assert.False(InstanceOutcome.Identity(1e-6, 1e6).Violates(1e-9, 0));
        Assert.True(InstanceOutcome.Identity(1e-3, 1).Violates(1e-9, 0));
    }
}
