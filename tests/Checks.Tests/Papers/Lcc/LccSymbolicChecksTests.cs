using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Lcc;
using DeepLinear.Checks.Running;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Lcc;

public class LccSymbolicChecksTests
{
    private static CheckResult Run(string id) => ClaimCatalog.Default.Get(id).Check!(CheckContext.Direct());

    [Theory]
    [InlineData("lcc/text5")]
    [InlineData("lcc/eq4")]
    [InlineData("lcc/lemma1")]
    [InlineData("lcc/lemma1#h1")]
    [InlineData("lcc/text10")]
    [InlineData("lcc/prop1#proof-ddt~fixed")]
    [InlineData("lcc/prop1#proof-chain-eq")]
    [InlineData("lcc/prop1#proof-difference")]
    [InlineData("lcc/eq5")]
    [InlineData("lcc/text11#delta")]
    [InlineData("lcc/text11#hessian")]
    [InlineData("lcc/eq6#gradient")]
    [InlineData("lcc/text16#degree")]
    [InlineData("lcc/text1")]
    [InlineData("lcc/text2")]
    [InlineData("lcc/text17")]
    [InlineData("lcc/eq11")]
    public void SymbolicClaims_AsPrinted_AreProved(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Proved, result.Verdict);
        Assert.IsType<ProofEvidence>(result.Evidence);
    }

    [Fact]
    public void DifferentialAtFixedDepths_SignFlipped_IsNotProved()
    {
        Assert.True(ReducedLossProofs.DifferentialAtFixedDepths(-1).Proved);
        Assert.False(ReducedLossProofs.DifferentialAtFixedDepths(+1).Proved);
    }

    [Fact]
    public void GradientAllDepths_FactorsOnTheWrongSides_IsNotProved()
    {
        Assert.True(ReducedLossProofs.GradientAllDepths().Proved);
        Assert.False(ReducedLossProofs.GradientAllDepths(transposeOrderSwapped: true).Proved);
    }

    [Fact]
    public void ChainEqualities_OppositeSignOfC0_IsNotProved() =>
        Assert.False(ReducedLossProofs.ChainEqualities(negateC0: true).Proved);

    [Fact]
    public void BlockLoss_WithoutTheCbTerm_IsNotProved()
    {
        Assert.True(ReducedLossProofs.BlockLoss(dropCb: false).Proved);
        Assert.False(ReducedLossProofs.BlockLoss(dropCb: true).Proved);
    }

    [Fact]
    public void BlockExpansion_CoefficientOneOnTheSquares_IsNotProved()
    {
        Assert.True(ReducedLossProofs.BlockExpansion(secondOrder: true, hessianHalf: new Rational(1, 2)).Proved);
        Assert.False(ReducedLossProofs.BlockExpansion(secondOrder: true, hessianHalf: Rational.One).Proved);
    }

    [Fact]
    public void BlockGradients_WithoutTheCbbTerm_IsNotProved() =>
        Assert.False(ReducedLossProofs.BlockGradients(withCbbTerm: false).Proved);

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 6)]
    [InlineData(3, 8)]
    public void ReducedLossDegree_HHiddenLayers_IsTwiceTheDepth(int h, int degree) =>
        Assert.Equal(degree, ReducedLossProofs.ReducedLossDegree(h));

    [Fact]
    public void LossDegree_PrintedSquare_IsRefutedAtTwoHiddenLayers()
    {
        var result = Run("lcc/text9");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var evidence = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.True(evidence.Exact);
        Assert.Contains("deg L = 6", evidence.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void LossDefinition_PrintedNormalisation_IsVerifiedAndOneOverMIsRefuted()
    {
        Assert.Equal(Verdict.Verified, LossReductionChecks.LossDefinition(CheckContext.Direct(), 1).Verdict);
        Assert.Equal(Verdict.Refuted, LossReductionChecks.LossDefinition(CheckContext.Direct(), 0.5).Verdict);
    }

    [Fact]
    public void ReductionProof_WithoutSx_IsNotProved()
    {
        Assert.True(LossReductionChecks.LossDefinitionProof().Proved);
        Assert.True(LossReductionChecks.ReductionProof(dropSx: false).Proved);
        Assert.False(LossReductionChecks.ReductionProof(dropSx: true).Proved);
    }

    [Theory]
    [InlineData("lcc/eq1")]
    [InlineData("lcc/eq2")]
    public void LossAndReduction_AreProvedEntrywise(string id) => Assert.Equal(Verdict.Proved, Run(id).Verdict);

    [Fact]
    public void ReductionIdentity_WithoutSx_IsRefuted()
    {
        Assert.Equal(Verdict.Verified, LossReductionChecks.ReductionIdentity(CheckContext.Direct(), dropSx: false).Verdict);
        Assert.Equal(Verdict.Refuted, LossReductionChecks.ReductionIdentity(CheckContext.Direct(), dropSx: true).Verdict);
    }

    [Fact]
    public void CriticalEquations_BothForms_AreVerifiedTogether() =>
        Assert.Equal(Verdict.Verified, Run("lcc/eq6").Verdict);
}
