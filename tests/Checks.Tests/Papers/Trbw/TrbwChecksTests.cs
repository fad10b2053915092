using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Trbw;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Trbw;

/// <summary>
/// The trbw checks reach their expected verdicts through the catalog, and each engine-backed check has a negative
/// control (a deliberately false variant that must be refuted, or a hypothesis-violating run that must come out as
/// hypotheses-not-met).
/// </summary>
public class TrbwChecksTests
{
    private static readonly CheckContext Context = CheckContext.Direct();

    private static CheckResult Run(string id) => ClaimCatalog.Default.Get(id).Check!(Context);

    /// <summary>The direct context with one <c>with:</c> argument (a negative-control switch is 1).</summary>
    private static CheckContext With(string key, string value = "1")
        => Context with { Arguments = new Dictionary<string, string>(StringComparer.Ordinal) { [key] = value } };

    private static bool IsHypothesesNotMet(CheckResult result)
        => result.Verdict == Verdict.Inconclusive && result.Evidence is InconclusiveEvidence { HypothesesNotMet: true };

    [Fact]
    public void Catalog_EveryTrbwClaim_HasACheck()
    {
        var missing = ClaimCatalog.Default.ForPaper("trbw").Where(c => !c.HasCheck).Select(c => c.Id.Text).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("trbw/eq1", Verdict.Proved)]
    [InlineData("trbw/text1", Verdict.Verified)]
    [InlineData("trbw/eq2", Verdict.Verified)]
    [InlineData("trbw/text2#identity", Verdict.Verified)]
    [InlineData("trbw/text2#minimum", Verdict.Verified)]
    [InlineData("trbw/text3", Verdict.Proved)]
    [InlineData("trbw/eq5", Verdict.Proved)]
    [InlineData("trbw/def2", Verdict.Verified)]
    [InlineData("trbw/text4", Verdict.Proved)]
    [InlineData("trbw/text8", Verdict.Proved)]
    [InlineData("trbw/eq6", Verdict.Verified)]
    [InlineData("trbw/eq7", Verdict.Verified)]
    [InlineData("trbw/thm3#self-adjoint", Verdict.Verified)]
    [InlineData("trbw/thm3#image", Verdict.Verified)]
    [InlineData("trbw/thm3#positive-definite", Verdict.Verified)]
    [InlineData("trbw/eq8", Verdict.Verified)]
    [InlineData("trbw/thm3#integral", Verdict.Verified)]
    [InlineData("trbw/text6", Verdict.Verified)]
    [InlineData("trbw/eq9", Verdict.Verified)]
    [InlineData("trbw/thm6#no-minimum", Verdict.Verified)]
    [InlineData("trbw/text9#strict-saddle", Verdict.Verified)]
    [InlineData("trbw/text9", Verdict.NotCheckable)]
    [InlineData("trbw/thm5#b", Verdict.Refuted)]
    [InlineData("trbw/text10", Verdict.Verified)]
    [InlineData("trbw/text11", Verdict.Refuted)]
    [InlineData("trbw/text11~fixed", Verdict.Verified)]
    [InlineData("trbw/text13", Verdict.Verified)]
    [InlineData("trbw/text18", Verdict.Proved)]
    [InlineData("trbw/text19", Verdict.Verified)]
    [InlineData("trbw/text21", Verdict.Verified)]
    [InlineData("trbw/text22", Verdict.Refuted)]
    [InlineData("trbw/thm1", Verdict.NotCheckable)]
    [InlineData("trbw/thm3", Verdict.NotCheckable)]
    [InlineData("trbw/thm4", Verdict.NotCheckable)]
    [InlineData("trbw/thm5", Verdict.NotCheckable)]
    public void Check_CheapClaim_ReachesExpectedVerdict(string id, Verdict expected)
    {
        var result = Run(id);

        Assert.Equal(expected, result.Verdict);
    }

    [Theory]
    [InlineData("trbw/text4#flow")]
    [InlineData("trbw/text5")]
    [InlineData("trbw/thm1#bounded")]
    [InlineData("trbw/thm1#critical")]
    [InlineData("trbw/thm4#1-rank")]
    [InlineData("trbw/thm4#1-flow")]
    [InlineData("trbw/thm4#2")]
    [InlineData("trbw/thm5#a")]
    [InlineData("trbw/thm5#a-rank")]
    [InlineData("trbw/thm5#b~fixed")]
    [InlineData("trbw/thm6")]
    [InlineData("trbw/text12")]
    [InlineData("trbw/text15")]
    [InlineData("trbw/text16")]
    [InlineData("trbw/text20")]
    [InlineData("trbw/text22~fixed")]
    [InlineData("trbw/text23")]
    public void Check_TrajectoryClaim_IsVerifiedWithoutRejections(string id)
    {
        var result = Run(id);

        Assert.Equal(Verdict.Verified, result.Verdict);
        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.True(evidence.InstancesTried > 0);
    }

    [Fact]
    public void Check_SameSeed_GivesIdenticalEvidence()
    {
        foreach (var id in new[] { "trbw/text4#flow", "trbw/thm3#integral", "trbw/text24" })
        {
            var first = Run(id);
            var second = Run(id);

            Assert.Equal(first.Evidence.Summary(), second.Evidence.Summary());
        }
    }

    [Fact]
    public void FactorFlowMatchesDirectFlow_UnbalancedStarts_IsHypothesesNotMet()
    {
        Assert.True(IsHypothesesNotMet(TrbwChecks.FactorFlowMatchesDirectFlow(With("unbalanced-starts"))));
    }

    [Fact]
    public void RankPreservedFromBalancedStarts_UnbalancedStarts_IsHypothesesNotMet()
    {
        Assert.True(IsHypothesesNotMet(TrbwChecks.RankPreservedFromBalancedStarts(With("unbalanced-starts"))));
    }

    [Fact]
    public void IsBalanced_PerturbedTuple_IsRejected()
    {
        var w1 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0, 2 } });
        var w2 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0, 2 } });
        var balanced = new DeepLinear.Numeric.Model.DeepLinearNetwork(w1, w2);
        var perturbed = balanced.WithFactor(1, w1 * 1.001);

        Assert.True(TrbwInstances.IsBalanced(balanced));
        Assert.False(TrbwInstances.IsBalanced(perturbed));
    }

    [Fact]
    public void RefutedClaims_CarryExactShapeOrValueWitnesses()
    {
        var text11 = Assert.IsType<CounterexampleEvidence>(Run("trbw/text11").Evidence);
        var thm5b = Assert.IsType<CounterexampleEvidence>(Run("trbw/thm5#b").Evidence);
        var text22 = Assert.IsType<CounterexampleEvidence>(Run("trbw/text22").Evidence);

        Assert.True(text11.IsShapeError);
        Assert.True(thm5b.IsShapeError);
        Assert.True(text22.Exact);
        Assert.Contains("1/2", text22.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void BalancedFasterThanGaussian_VerdictIsTheOneTheWilsonIntervalSupports()
    {
        var result = TrbwAppendixChecks.BalancedFasterThanGaussian(Context);
        var evidence = Assert.IsType<MonteCarloEvidence>(result.Evidence);

        Assert.Equal(evidence.SupportedVerdict(), result.Verdict);
    }

    [Fact]
    public void Arguments_UnknownStart_IsAnErrorNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrbwAppendixChecks.AutoencoderLimit(With("start", "uniform")));

        Assert.Contains("start", error.Message, StringComparison.Ordinal);
    }
}
