using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Lcc;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Lcc;

public class LccCriticalPointChecksTests
{
    private static CheckResult Run(string id) => ClaimCatalog.Default.Get(id).Check!(CheckContext.Direct());

    [Theory]
    [InlineData("lcc/text6")]
    [InlineData("lcc/text14")]
    [InlineData("lcc/lemma2")]
    [InlineData("lcc/lemma2#rank")]
    [InlineData("lcc/eq7")]
    [InlineData("lcc/text12")]
    [InlineData("lcc/prop2")]
    [InlineData("lcc/prop2#i")]
    [InlineData("lcc/prop2#proof-no-max")]
    [InlineData("lcc/prop2#proof-negative")]
    [InlineData("lcc/eq12")]
    [InlineData("lcc/lemma4#kernel-c2")]
    [InlineData("lcc/text18#negative-eigenvalues")]
    public void RefutedItems_HaveExactWitnesses(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var evidence = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.True(evidence.Exact);
        Assert.False(evidence.IsShapeError);
    }

    [Theory]
    [InlineData("lcc/lemma2#kernel")]
    [InlineData("lcc/eq7~fixed")]
    [InlineData("lcc/lemma2#permutation")]
    [InlineData("lcc/eq8")]
    [InlineData("lcc/text13")]
    [InlineData("lcc/text7")]
    [InlineData("lcc/prop2#i~fixed")]
    [InlineData("lcc/prop2#ii")]
    [InlineData("lcc/prop2#iii")]
    [InlineData("lcc/prop2#iii-variety")]
    [InlineData("lcc/prop2#proof-negative~fixed")]
    [InlineData("lcc/eq10")]
    [InlineData("lcc/eq10#construction")]
    [InlineData("lcc/lemma3")]
    [InlineData("lcc/eq13")]
    [InlineData("lcc/eq14")]
    [InlineData("lcc/lemma4#kernel-b")]
    [InlineData("lcc/lemma4#kernel-a1c1")]
    [InlineData("lcc/lemma4#negative")]
    [InlineData("lcc/eq6#equivalence")]
    public void ExactSurveyClaims_AreVerifiedAtEveryConstructedPoint(string id)
    {
        var result = Run(id);
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.True(Assert.IsType<NumericEvidence>(result.Evidence).InstancesTried >= 10);
    }

    [Fact]
    public void Survey_SaddleLearningTheSmallerValue_HasTwoNegativeEigenvalues()
    {
        // The inertia distinguishes saddles: learning s₁ = 2 gives n₋ = 1 (text18 witness), learning s₂ = 1 gives n₋ = 2.
        var s = new Rational[] { 2, 1 };
        var aBar = RationalMatrix.Build(2, 1, (i, _) => i == 0 ? Rational.One : Rational.Zero);
        var larger = LccPoint.FromStructure(s, [0], aBar, RationalMatrix.Build(1, 2, (_, j) => j == 0 ? s[0] : Rational.Zero), ExactLinearAlgebra.Zero(2, 0));
        var smaller = LccPoint.FromStructure(s, [1], aBar, RationalMatrix.Build(1, 2, (_, j) => j == 0 ? s[1] : Rational.Zero), ExactLinearAlgebra.Zero(2, 0));
        Assert.True(larger.IsCritical && smaller.IsCritical);
        Assert.Equal((1, 3, 4), LccSurvey.Analyse(larger).Inertia);
        Assert.Equal(2, LccSurvey.Analyse(smaller).Inertia.Negative);
    }

    [Fact]
    public void PerturbedCriticalPoint_IsNotCritical()
    {
        var random = new Random(5);
        var point = LccPoint.Critical(2, 3, 4, [3, new Rational(1, 2)], [1], random);
        Assert.True(point.IsCritical);
        var moved = LccPoint.FromBlocks(point.S, point.A, point.B, point.C + RationalMatrix.Identity(2, new Rational(1, 3)) * ExactLinearAlgebra.Of(new[,] { { 1, 0, 0 }, { 0, 0, 0 } }));
        Assert.False(moved.IsCritical);
    }

    [Fact]
    public void SylvesterKernel_RepeatedValueAcrossTheSplit_IsNonzero()
    {
        // Without Assumption 3 (learned and unlearned singular values equal) the c₂-map has a kernel: the refutation of
        // lemma4#kernel-c2 really uses distinct values.
        var k = ExactLinearAlgebra.Of(new[,] { { 4, 0 }, { 0, 0 } });
        var e2 = ExactLinearAlgebra.Of(new[,] { { 4 } });
        var map = ExactLinearAlgebra.MatrixOfMap(2, v =>
        {
            var x = RationalMatrix.Build(2, 1, (i, _) => v[i]);
            return ExactLinearAlgebra.Flatten(ExactLinearAlgebra.Minus(x * e2, k * x));
        });
        Assert.Equal(1, 2 - ExactLinearAlgebra.Rank(map));
    }

    [Fact]
    public void Survey_SameSeed_GivesIdenticalEvidence()
    {
        var a = Run("lcc/prop2#iii");
        var b = ExactCriticalPointChecks.SaddlesHaveBothCurvatures(CheckContext.Direct());
        Assert.Equal(a.Evidence.Summary(), b.Evidence.Summary());
    }
}
