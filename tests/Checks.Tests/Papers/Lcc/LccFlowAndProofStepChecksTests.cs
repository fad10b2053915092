using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Lcc;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Lcc;

public class LccFlowAndProofStepChecksTests
{
    private static CheckContext Context => CheckContext.Direct();

    private static CheckResult Run(string id) => ClaimCatalog.Default.Get(id).Check!(CheckContext.Direct());

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
        var verified = ReducedFlowChecks.AlmostAllConverge(Context);
        Assert.Equal(Verdict.Verified, verified.Verdict);
        Assert.IsType<MonteCarloEvidence>(verified.Evidence);
        Assert.Equal(Verdict.Refuted, ReducedFlowChecks.AlmostAllConverge(Context, startAtSaddle: true).Verdict);
    }

    [Theory]
    [InlineData("lcc/thm1#exceptions")]
    [InlineData("lcc/prop1#critical")]
    [InlineData("lcc/remark1~fixed")]
    public void FlowClaims_AreVerified(string id) => Assert.Equal(Verdict.Verified, Run(id).Verdict);
}
