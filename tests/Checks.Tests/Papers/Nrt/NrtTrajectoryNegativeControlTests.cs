using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Nrt;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Nrt;

/// <summary>Negative controls of the trajectory claims: runs that break a hypothesis must never come out verified.</summary>
public class NrtTrajectoryNegativeControlTests
{
    private static readonly CheckContext Context = CheckContext.Direct();

    public static TheoryData<string> TrajectoryIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in NrtDescentRunChecks.TrajectoryClaimIds.Order(StringComparer.Ordinal))
            {
                data.Add(id);
            }

            return data;
        }
    }

    private static void AssertNotMet(CheckResult result)
    {
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.True(Assert.IsType<InconclusiveEvidence>(result.Evidence).HypothesesNotMet);
    }

    [Theory]
    [MemberData(nameof(TrajectoryIds))]
    public void TrajectoryCheck_StepFarAboveBound_IsHypothesesNotMet(string id)
    {
        var scenarios = new[] { new NrtDescentRunChecks.DescentScenario(3, 0, 1, 100, 0, 30, 11) };
        AssertNotMet(NrtDescentRunChecks.TrajectoryCheck(id, Context, scenarios));
    }

    [Theory]
    [MemberData(nameof(TrajectoryIds))]
    public void TrajectoryCheck_UnbalancedStart_IsHypothesesNotMet(string id)
    {
        var scenarios = new[] { new NrtDescentRunChecks.DescentScenario(2, 0.5, 1, 1, 0, 30, 12, UnbalanceFactor: 3) };
        AssertNotMet(NrtDescentRunChecks.TrajectoryCheck(id, Context, scenarios));
    }

    [Fact]
    public void TrajectoryCheck_ValidScenario_IsVerifiedWithPlot()
    {
        var scenarios = new[] { new NrtDescentRunChecks.DescentScenario(3, 0.5, 1, 1, 0, 40, 13) };
        var result = NrtDescentRunChecks.TrajectoryCheck("nrt/prop3.3#1", Context, scenarios, claimOverride: "balancedness-within-delta");
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.Single(result.Plots);
        Assert.Equal(41, Assert.IsType<NumericEvidence>(result.Evidence).InstancesTried);
    }

    [Fact]
    public void TrajectoryCheck_FirstStepAboveBoundReadWithKInN_RefutesBalancedness()
    {
        // (3.14) as printed constrains η_k only for k ∈ ℕ = {1, 2, …}: a huge η₀ breaks Proposition 3.3 (1) at k = 1.
        var scenarios = new[] { new NrtDescentRunChecks.DescentScenario(2, 0, 1, 1, 0, 5, 14, FirstStepFactor: 100) };
        var printed = NrtDescentRunChecks.TrajectoryCheck("nrt/eq3.14", Context, scenarios, printedRange: true, claimOverride: "balancedness-within-delta");
        Assert.Equal(Verdict.Refuted, printed.Verdict);
        Assert.Contains("iteration 1", Assert.IsType<CounterexampleEvidence>(printed.Evidence).WitnessText, StringComparison.Ordinal);

        // With k ∈ ℕ₀ (the ~fixed reading) the same run does not meet the hypothesis.
        AssertNotMet(NrtDescentRunChecks.TrajectoryCheck("nrt/prop3.3#1", Context, scenarios, claimOverride: "balancedness-within-delta"));
    }

    [Fact]
    public void ProductFlowIdentity_UnbalancedStart_IsRefuted()
    {
        Assert.Equal(Verdict.Verified, NrtGradientFlowChecks.ProductFlowIdentity(Context).Verdict);
        Assert.Equal(Verdict.Refuted, NrtGradientFlowChecks.ProductFlowIdentity(Context, balanced: false).Verdict);
    }
}
