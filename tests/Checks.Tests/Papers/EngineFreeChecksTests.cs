using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Dhl;
using DeepLinear.Checks.Papers.Nrt;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers;

public class EngineFreeChecksTests
{
    private static CheckResult Run(string id) => ClaimCatalog.Default.Get(id).Check!(CheckContext.Direct() with { ClaimId = id });

    [Theory]
    [InlineData("nrt/eq2.3")]
    [InlineData("nrt/eq2.4")]
    [InlineData("nrt/text5")]
    [InlineData("nrt/text11")]
    [InlineData("nrt/thm2.2#b")]
    [InlineData("nrt/thm2.6#b")]
    [InlineData("nrt/lemma3.1#shape")]
    [InlineData("nrt/text21")]
    [InlineData("nrt/text15")]
    public void ShapeChecks_PrintedFormula_IsRefutedAsShapeError(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var evidence = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.True(evidence.IsShapeError);
        Assert.StartsWith($"dlv check --claim {id}", evidence.Rerun, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nrt/eq2.11")]
    [InlineData("nrt/prop3.3#proof-k0")]
    public void WitnessChecks_PrintedStatement_IsRefutedExactly(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var evidence = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.True(evidence.Exact);
        Assert.False(evidence.IsShapeError);
        Assert.StartsWith($"dlv check --claim {id}", evidence.Rerun, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dhl/claimb.1#identity", true)]
    [InlineData("dhl/claimb.5", true)]
    [InlineData("dhl/eq21", true)]
    [InlineData("dhl/text11", false)]
    [InlineData("dhl/text13", false)]
    [InlineData("dhl/claimb.2#norm", false)]
    [InlineData("dhl/claimb.3#final", false)]
    public void DhlPrintedStatements_OnClaimFiles_AreRefutedExactlyOrAsShapeErrors(string id, bool shapeError)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var evidence = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.Equal(shapeError, evidence.IsShapeError);
        Assert.True(shapeError || evidence.Exact, id);
    }

    [Theory]
    [InlineData("dhl/text9")]
    [InlineData("dhl/text10")]
    public void DhlPrintedNumbers_OnClaimFiles_AreProved(string id) => Assert.Equal(Verdict.Proved, Run(id).Verdict);

    [Fact]
    public void RefutedPrintedStatements_HaveAFixedVariantWhereThePaperShowsTheMeaning()
    {
        string[] withFix =
        [
            "nrt/eq2.3", "nrt/eq2.4", "nrt/text5", "nrt/text11", "nrt/thm2.2#b", "nrt/thm2.6#b", "nrt/lemma3.1#shape", "nrt/text21", "nrt/eq2.11",
            "nrt/prop3.3#proof-k0", "nrt/text15", "dhl/claimb.1#identity", "dhl/claimb.5", "dhl/eq21", "dhl/claimb.2#norm",
            "dhl/claimb.3#final",
        ];
        Assert.All(withFix, id => Assert.True(ClaimCatalog.Default.TryGet(id + "~fixed", out _), id));
    }

    [Theory]
    [InlineData("nrt/text13")]
    [InlineData("nrt/text20")]
    [InlineData("nrt/text24")]
    [InlineData("nrt/text27")]
    [InlineData("nrt/text29")]
    [InlineData("dhl/claimb.1#sum")]
    [InlineData("dhl/claimb.2#beta")]
    [InlineData("dhl/text23")]
    public void ArithmeticChecks_AreProvedWithTheirSteps(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Proved, result.Verdict);
        var proof = Assert.IsType<ProofEvidence>(result.Evidence);
        Assert.True(proof.Steps > 0);
        Assert.False(string.IsNullOrWhiteSpace(proof.DerivationText));
    }

    [Fact]
    public void CompoundInterest_BelowE_IsVerifiedWithTightnessNearOne()
    {
        var result = Run("nrt/remark2.5#b-k");
        Assert.Equal(Verdict.Verified, result.Verdict);
        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.Equal(300, evidence.InstancesTried);
        Assert.True(evidence.MinimumSlack > 0);
        Assert.InRange(evidence.Tightness!.LargestRatio, 0.99, 1.0);
    }

    [Fact]
    public void CompoundInterest_NegativeControl_BoundBelowTheSupremumIsRefuted()
    {
        // (1 + 1/N)^N → e, so a bound 2.7 < e must fail for some N (first at N = 74).
        var result = NrtChecks.CompoundInterestBelowE(CheckContext.Direct(), "nrt/remark2.5#b-k", 1, "control", 27, 10);
        Assert.Equal(Verdict.Refuted, result.Verdict);
    }

    [Fact]
    public void Homogeneity_ReluLeakyIdentity_IsVerified()
        => Assert.Equal(Verdict.Verified, Run("dhl/text4").Verdict);

    [Fact]
    public void InitializationEvent_StandardDeviationReading_IsVerifiedAndVarianceReadingRefuted()
    {
        var result = Run("dhl/text21");
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.Contains("0.847", Assert.IsType<NumericEvidence>(result.Evidence).InstanceFamily, StringComparison.Ordinal);
        Assert.Equal(Verdict.Refuted, PrintedArithmetic.InitializationEvent("dhl/text21", standardDeviationReading: false).Verdict); // negative control
    }

    [Theory]
    [InlineData("nrt/thm2.4", 2)]
    [InlineData("dhl/thm3.1", 3)]
    [InlineData("dhl/thm3.2", 2)]
    public void NotCheckable_ListsItsComputableSubClaims(string id, int subClaims)
    {
        var result = Run(id);
        Assert.Equal(Verdict.NotCheckable, result.Verdict);
        var evidence = Assert.IsType<NotCheckableEvidence>(result.Evidence);
        Assert.Equal(subClaims, evidence.SubClaimIds.Count);
        Assert.All(evidence.SubClaimIds, sub => Assert.True(ClaimCatalog.Default.TryGet(sub, out _), sub));
    }
}
