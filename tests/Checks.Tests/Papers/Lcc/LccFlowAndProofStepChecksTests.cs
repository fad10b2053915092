using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Lcc;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Lcc;

public class LccFlowAndProofStepChecksTests
{
    private static CheckContext Context => CheckContext.Direct();

    private static CheckResult Run(string id) => LccChecks.All[id](Context);

    private static void AssertHypothesesNotMet(CheckResult result)
    {
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.True(Assert.IsType<InconclusiveEvidence>(result.Evidence).HypothesesNotMet);
    }

    [Fact]
    public void InvariantAlongFlow_Invariant_IsVerifiedWithAPlot()
    {
        var result = LccChecks.InvariantAlongFlow(Context, reversed: false);
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.Single(result.Plots);
    }

    [Fact]
    public void InvariantAlongFlow_ReversedExpression_IsRefuted() =>
        Assert.Equal(Verdict.Refuted, LccChecks.InvariantAlongFlow(Context, reversed: true).Verdict);

    [Fact]
    public void BoundedTrajectories_AssumptionOne_IsVerified() =>
        Assert.Equal(Verdict.Verified, LccChecks.BoundedTrajectories(Context, violateDimensions: false).Verdict);

    [Fact]
    public void BoundedTrajectories_DimensionsViolatingAssumptionOne_AreHypothesesNotMet() =>
        AssertHypothesesNotMet(LccChecks.BoundedTrajectories(Context, violateDimensions: true));

    [Fact]
    public void ExponentialRate_CorrectedRate_IsVerified() =>
        Assert.Equal(Verdict.Verified, LccChecks.ExponentialRate(Context, unbalancedStart: false).Verdict);

    [Fact]
    public void ExponentialRate_StartsWithoutPositiveEigenvalues_AreHypothesesNotMet() =>
        AssertHypothesesNotMet(LccChecks.ExponentialRate(Context, unbalancedStart: true));

    [Fact]
    public void PrintedExponentialRate_IsRefutedExactly()
    {
        var result = Run("lcc/remark1");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.Contains("-13/4", Assert.IsType<CounterexampleEvidence>(result.Evidence).Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void AlmostAllConverge_GaussianStarts_IsVerifiedAndSaddleStartsAreRefuted()
    {
        var verified = LccChecks.AlmostAllConverge(Context);
        Assert.Equal(Verdict.Verified, verified.Verdict);
        Assert.IsType<MonteCarloEvidence>(verified.Evidence);
        Assert.Equal(Verdict.Refuted, LccChecks.AlmostAllConverge(Context, startAtSaddle: true).Verdict);
    }

    [Theory]
    [InlineData("lcc/thm1#exceptions")]
    [InlineData("lcc/prop1#critical")]
    public void FlowClaims_AreVerified(string id) => Assert.Equal(Verdict.Verified, Run(id).Verdict);

    [Fact]
    public void ChainInequality_PrintedLambdaMax_IsRefutedAndTheFixedVersionVerified()
    {
        Assert.Equal(Verdict.Verified, LccChecks.ChainInequality(Context, printedLambdaMax: false).Verdict);
        Assert.Equal(Verdict.Refuted, LccChecks.ChainInequality(Context, printedLambdaMax: true).Verdict);
    }

    [Fact]
    public void CauchySchwarz_TraceOfIdentityReplacedByOne_IsRefuted()
    {
        Assert.Equal(Verdict.Verified, LccChecks.CauchySchwarz(Context, traceOfIdentity: true).Verdict);
        Assert.Equal(Verdict.Refuted, LccChecks.CauchySchwarz(Context, traceOfIdentity: false).Verdict);
    }

    [Fact]
    public void LogisticBound_CTwoEqualToOne_IsRefuted()
    {
        Assert.Equal(Verdict.Verified, LccChecks.LogisticBound(Context, 0).Verdict);
        Assert.Equal(Verdict.Refuted, LccChecks.LogisticBound(Context, 1).Verdict);
    }

    [Fact]
    public void WeylStep_AscendingOrder_IsRefuted()
    {
        Assert.Equal(Verdict.Verified, LccChecks.WeylStep(Context, ascending: false).Verdict);
        Assert.Equal(Verdict.Refuted, LccChecks.WeylStep(Context, ascending: true).Verdict);
    }

    [Fact]
    public void NinthInequality_FixedVersion_IsVerified() => Assert.Equal(Verdict.Verified, Run("lcc/eq9~fixed").Verdict);

    [Theory]
    [InlineData("lcc/prop1#proof-chain-ineq")]
    [InlineData("lcc/prop1#proof-trace-bound")]
    [InlineData("lcc/remark1#proof-w1")]
    [InlineData("lcc/remark1#proof-interlacing")]
    public void FalseProofSteps_AreRefutedExactly(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.True(Assert.IsType<CounterexampleEvidence>(result.Evidence).Exact);
    }

    [Fact]
    public void DistinctSingularValues_Gaussian_IsVerifiedAndForcedRepeatsAreRefuted()
    {
        Assert.Equal(Verdict.Verified, LccChecks.DistinctSingularValues(Context, repeated: false).Verdict);
        Assert.Equal(Verdict.Refuted, LccChecks.DistinctSingularValues(Context, repeated: true).Verdict);
    }

    [Fact]
    public void AllLccChecks_CoverEveryInventoryEntry()
    {
        var ids = ClaimCatalog.Default.ForPaper("lcc").Select(c => c.Id.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ids.OrderBy(x => x, StringComparer.Ordinal), LccChecks.All.Keys.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("lcc/prop1")]
    [InlineData("lcc/thm2")]
    [InlineData("lcc/remark2")]
    [InlineData("lcc/lemma4")]
    [InlineData("lcc/text18")]
    [InlineData("lcc/text16")]
    [InlineData("lcc/text8")]
    [InlineData("lcc/text15")]
    [InlineData("lcc/def1")]
    [InlineData("lcc/eq3")]
    public void NotCheckableItems_NameTheirReasonAndParts(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.NotCheckable, result.Verdict);
        var evidence = Assert.IsType<NotCheckableEvidence>(result.Evidence);
        foreach (string part in evidence.SubClaimIds)
        {
            Assert.True(LccChecks.All.ContainsKey(part), part);
        }
    }
}
