using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Acgh;
using DeepLinear.Checks.Running;
using DeepLinear.Symbolic.Proving;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Acgh;

public class AcghChecksTests
{
    private static CheckContext Ctx => CheckContext.Direct();

    private static CheckResult Run(string id) => ClaimCatalog.Default.Get(id).Check!(Ctx);

    private static void AssertNotMet(CheckResult result)
    {
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.True(Assert.IsType<InconclusiveEvidence>(result.Evidence).HypothesesNotMet);
    }

    [Fact]
    public void Catalog_EveryAcghClaim_HasACheck()
    {
        var claims = ClaimCatalog.Default.ForPaper("acgh");
        Assert.Equal(145, claims.Count);
        Assert.All(claims, c => Assert.True(c.HasCheck, c.Id.Text));
    }

    [Theory]
    [InlineData("loss-at-most-initial-times-exponential-decay")]
    [InlineData("decrease-at-least-half-eta-sigma-min-grad-squared")]
    [InlineData("log-loss-drop-at-least-sum-of-log-contractions")]
    [InlineData("log-loss-drop-at-least-t-log-contraction-at-margin")]
    [InlineData("loss-contracts-by-eta-sigma-min")]
    [InlineData("imbalance-at-most-two-delta")]
    [InlineData("factor-spectral-norms-at-most-root-of-four-phi")]
    public void TheoremOneTrajectoryCheck_TheoremStepSize_IsVerifiedWithAPlot(string id)
    {
        var result = DescentRunChecks.TheoremOneTrajectoryCheck(Ctx, id);
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.NotEmpty(result.Plots);
    }

    [Theory]
    [InlineData("loss-at-most-initial-times-exponential-decay")]
    [InlineData("decrease-at-least-half-eta-sigma-min-grad-squared")]
    [InlineData("imbalance-at-most-two-delta")]
    public void TheoremOneTrajectoryCheck_StepFarAboveBound_IsHypothesesNotMet(string id) =>
        AssertNotMet(DescentRunChecks.TheoremOneTrajectoryCheck(Ctx, id, etaFactor: 1e4));

    [Theory]
    [InlineData("decrease-at-least-half-eta-sigma-min-grad-squared", 5)]
    [InlineData("loss-contracts-by-eta-sigma-min", 5)]
    [InlineData("factor-spectral-norms-at-most-root-of-four-phi", 10)]
    public void TheoremOneTrajectoryCheck_StrongerFalseVariant_IsRefuted(string id, double factor)
    {
        var result = DescentRunChecks.TheoremOneTrajectoryCheck(Ctx, id, claimFactor: factor);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.Contains("iteration t =", Assert.IsType<CounterexampleEvidence>(result.Evidence).WitnessText, StringComparison.Ordinal);
    }

    [Fact]
    public void TheoremOneTrajectoryCheck_UnbalancedStart_IsHypothesesNotMet() =>
        AssertNotMet(DescentRunChecks.TheoremOneTrajectoryCheck(Ctx, "loss-at-most-initial-times-exponential-decay", imbalanceFactor: 50));

    [Fact]
    public void TheoremOneTrajectoryCheck_NoMargin_IsHypothesesNotMet() =>
        AssertNotMet(DescentRunChecks.TheoremOneTrajectoryCheck(Ctx, "decrease-at-least-half-eta-sigma-min-grad-squared", rho: 1.2));

    [Fact]
    public void LemmaSevenCheck_StepFarAboveBound_IsHypothesesNotMet()
    {
        Assert.Equal(Verdict.Verified, SingleStepDescentChecks.LemmaSevenCheck(Ctx, "decrease-at-least-half-eta-rate-grad-squared").Verdict);
        AssertNotMet(SingleStepDescentChecks.LemmaSevenCheck(Ctx, "decrease-at-least-half-eta-rate-grad-squared", etaFactor: 1e4));
    }

    [Theory]
    [InlineData("acgh/eq18")]
    [InlineData("acgh/eq35")]
    [InlineData("acgh/lemma5")]
    [InlineData("acgh/text13")]
    [InlineData("acgh/text21")]
    [InlineData("acgh/claim4#proof-w1-bounds")]
    [InlineData("acgh/lemma7#proof-balance-error")]
    [InlineData("acgh/lemma17#base")]
    [InlineData("acgh/lemma17")]
    public void RefutationCandidates_Confirmed_AreRefutedWithExactWitnesses(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.True(Assert.IsType<CounterexampleEvidence>(result.Evidence).Exact);
    }

    [Theory]
    [InlineData("acgh/eq18~fixed")]
    [InlineData("acgh/lemma5~fixed")]
    [InlineData("acgh/eq35~fixed")]
    [InlineData("acgh/lemma7#proof-combined~fixed")]
    [InlineData("acgh/lemma7#proof-balance-error~fixed")]
    public void FixedReadings_AreVerified(string id) => Assert.Equal(Verdict.Verified, Run(id).Verdict);

    [Fact]
    public void ProcedureOne_Exact_IsProvedAndWrongRootIsRefuted()
    {
        Assert.Equal(Verdict.Proved, BalancedInitializationChecks.ProcedureOneSymbolic("acgh/proc1#product", productProperty: true).Verdict);
        Assert.Equal(Verdict.Proved, BalancedInitializationChecks.ProcedureOneSymbolic("acgh/proc1#balanced", productProperty: false).Verdict);
        Assert.Equal(Verdict.Refuted, BalancedInitializationChecks.ProcedureOneSymbolic("acgh/proc1#product", productProperty: true, rootOffset: 1).Verdict);
        Assert.Equal(Verdict.Refuted, BalancedInitializationChecks.ProcedureOneSymbolic("acgh/proc1#balanced", productProperty: false, rootOffset: 1).Verdict);
    }

    [Fact]
    public void ProcedureOneNumeric_GaussianLayers_AreRefuted()
    {
        Assert.Equal(Verdict.Verified, BalancedInitializationChecks.ProcedureOneNumeric(Ctx, productOnly: false).Verdict);
        Assert.Equal(Verdict.Refuted, BalancedInitializationChecks.ProcedureOneNumeric(Ctx, productOnly: false, gaussianLayers: true).Verdict);
    }

    [Fact]
    public void GradientAndExpansion_Printed_AreProvedAndMutationsRefuted()
    {
        Assert.Equal(Verdict.Proved, EndToEndGradientChecks.GradientFormula("acgh/eq14").Verdict);
        Assert.Equal(Verdict.Refuted, EndToEndGradientChecks.GradientFormula("acgh/eq14", swapped: true).Verdict);
        Assert.Equal(Verdict.Proved, EndToEndGradientChecks.ExpansionFirstOrder("acgh/eq29").Verdict);
        Assert.Equal(Verdict.Refuted, EndToEndGradientChecks.ExpansionFirstOrder("acgh/eq29", wrongSide: true).Verdict);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ExpansionIdentity_AllDimensions_IsProvedAndMutationRefuted(int depth)
    {
        string identity = EndToEndGradientChecks.ExpansionIdentity(depth);
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(identity, [], EndToEndGradientChecks.ExpansionShapes(depth)).Verdict);
        string mutated = identity.Replace("== -eta*(", "== -eta*eta*(", StringComparison.Ordinal);
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove(mutated, [], EndToEndGradientChecks.ExpansionShapes(depth)).Verdict);
    }

    [Fact]
    public void LinearGradient_WrongFactor_IsRefuted()
    {
        Assert.Equal(Verdict.Proved, WhitenedLossAndMarginChecks.LinearGradientProof("acgh/text9", Rational.One).Verdict);
        Assert.Equal(Verdict.Refuted, WhitenedLossAndMarginChecks.LinearGradientProof("acgh/text9", new Rational(1, 2)).Verdict);
    }

    [Fact]
    public void TheoremTwo_MonteCarloAndDescent_AreVerified()
    {
        Assert.Equal(Verdict.Verified, Run("acgh/thm2").Verdict);
        Assert.Equal(Verdict.Verified, Run("acgh/thm2#descent").Verdict);
    }

    [Fact]
    public void RotationInvariance_AnisotropicLayer_IsDetected()
    {
        Assert.Equal(Verdict.Verified, LayerwiseGaussianStartChecks.RotationInvariance(Ctx, false).Verdict);
        Assert.Equal(Verdict.Refuted, LayerwiseGaussianStartChecks.RotationInvariance(Ctx, true).Verdict);
    }

    [Fact]
    public void ClaimFour_Construction_NeverReportsNaN()
    {
        var result = Run("acgh/claim4");
        Assert.Equal(Verdict.Verified, result.Verdict);
        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.False(double.IsNaN(evidence.MinimumSlack));
    }

    [Fact]
    public void LemmaSeventeenStep_WithoutGrowthPremise_IsRefuted()
    {
        Assert.Equal(Verdict.Verified, DivergentDescentConstructions.LemmaSeventeenStep(Ctx, false).Verdict);
        Assert.Equal(Verdict.Refuted, DivergentDescentConstructions.LemmaSeventeenStep(Ctx, true).Verdict);
    }

    [Fact]
    public void ClaimFive_PositiveDefiniteTarget_IsRefuted()
    {
        Assert.Equal(Verdict.Verified, DivergentDescentConstructions.ClaimFive("acgh/claim5", divergence: true, positiveDefiniteTarget: false).Verdict);
        Assert.Equal(Verdict.Refuted, DivergentDescentConstructions.ClaimFive("acgh/claim5", divergence: true, positiveDefiniteTarget: true).Verdict);
    }

    [Fact]
    public void LemmaEighteen_NonSymmetricTarget_IsRefuted()
    {
        Assert.Equal(Verdict.Verified, DivergentDescentConstructions.LemmaEighteen("acgh/lemma18", false).Verdict);
        Assert.Equal(Verdict.Refuted, DivergentDescentConstructions.LemmaEighteen("acgh/lemma18", true).Verdict);
    }

    [Fact]
    public void NotCheckableClaims_NameTheirComputableParts()
    {
        foreach (var id in new[] { "acgh/claim3", "acgh/lemma11", "acgh/lemma12" })
        {
            var result = Run(id);
            Assert.Equal(Verdict.NotCheckable, result.Verdict);
            Assert.NotEmpty(Assert.IsType<NotCheckableEvidence>(result.Evidence).SubClaimIds);
            Assert.All(Assert.IsType<NotCheckableEvidence>(result.Evidence).SubClaimIds, s => Assert.True(ClaimCatalog.Default.TryGet(s, out _), s));
        }
    }

    [Fact]
    public void Checks_SameSeed_GiveIdenticalEvidence()
    {
        foreach (var id in new[] { "acgh/claim1", "acgh/eq38#monte-carlo", "acgh/eq16" })
        {
            Assert.Equal(Run(id).Evidence.Summary(), Run(id).Evidence.Summary());
        }
    }
}
