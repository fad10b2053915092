using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Nrt;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Sampling;
using DeepLinear.Checks.Support;
using DeepLinear.Numeric.Diagnostics;
using FsCheck.Fluent;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Nrt;

/// <summary>Negative controls of the instance-family and symbolic checks: a deliberately false variant must fail.</summary>
public class NrtInstanceNegativeControlTests
{
    private static readonly CheckContext Context = CheckContext.Direct();

    private static CheckResult RunFamily<T>(FsCheck.Gen<T> generator, Func<T, InstanceOutcome> evaluate) where T : notnull =>
        new InequalityCheck<T>
        {
            ClaimId = "nrt/prop3.2",
            Family = "negative control",
            Generator = generator,
            Evaluate = evaluate,
            Describe = c => c.ToString() ?? string.Empty,
            Instances = 150,
        }.Run(Context);

    [Fact]
    public void HessianBound_BelowTheWorstObservedRatio_IsRefuted()
    {
        var verified = ClaimCatalog.Default.Get("nrt/text17").Check!(Context with { ClaimId = "nrt/text17" });
        Assert.Equal(Verdict.Verified, verified.Verdict);
        double worst = Assert.IsType<NumericEvidence>(verified.Evidence).WorstRatio;
        Assert.InRange(worst, 1e-6, 1);
        var lowered = RunFamily(
            from n in Gen.Choose(1, 4)
            from seed in Gen.Choose(0, int.MaxValue)
            select new NrtDescentRunChecks.HessianCase(n, seed, 0, 0),
            c => NrtDescentRunChecks.HessianBound(c, worst / 4));
        Assert.Equal(Verdict.Refuted, lowered.Verdict);
    }

    [Fact]
    public void HessianBlocks_ResidualWithoutXTranspose_IsNotProved()
    {
        Assert.True(NrtEngineChecks.HessianBlocks(mixed: true, maxDepth: 3).Proved);
        Assert.True(NrtEngineChecks.HessianBlocks(mixed: false, maxDepth: 3).Proved);
        Assert.False(NrtEngineChecks.HessianBlocks(mixed: true, maxDepth: 3, residualTimesXt: false).Proved);
    }

    [Fact]
    public void StepSizeSigmaIdentity_WrongSigma_IsNotProved()
    {
        Assert.True(NrtEngineChecks.StepSizeSigmaIdentity().Proved);
        Assert.True(NrtEngineChecks.StepSizeSigmaIdentity(alphaZero: true).Proved);
        Assert.False(NrtEngineChecks.StepSizeSigmaIdentity(sigmaNumeratorFactor: 2).Proved);
    }

    [Fact]
    public void DiagonalConstant_WrongConstant_IsViolated()
    {
        double[][] diags = [[1, 2], [1.5, 0.5], [0.2, 1]];
        Assert.False(NrtEngineChecks.DiagonalConstant(diags).Violates(1e-9, 0));
        Assert.True(NrtEngineChecks.DiagonalConstant(diags, known: 3.0).Violates(1e-9, 0));
    }

    [Fact]
    public void RemarkStep_DepthOne_HasAnExplicitCounterexample()
    {
        // X = diag(13, 1) (m = 2), Y = [1, 0], W₁(0) = [1/13, 0] (L = 0): σ_min = 1, ‖X‖ = 13, ‖Y‖ = 1, ‖XYᵀ‖ = 13, M = 1.
        var witness = new NrtEngineChecks.RemarkCase(1, 0, 1, 13, 1, 13, 0);
        var outcome = NrtEngineChecks.RemarkStep(witness);
        Assert.True(outcome.Violates(1e-9, 0), $"{outcome.Lhs} vs {outcome.Rhs}");
        Assert.False(NrtEngineChecks.RemarkStep(witness with { N = 2 }).Violates(1e-9, 0));
    }

    [Fact]
    public void PrintedInductionStep_ExactWitness_IsRefutedExactly()
    {
        var result = ClaimCatalog.Default.Get("nrt/prop3.2#proof-induction").Check!(Context with { ClaimId = "nrt/prop3.2#proof-induction" });
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var evidence = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.True(evidence.Exact);
        Assert.Contains("w2 = 2", evidence.WitnessText, StringComparison.Ordinal);
    }

    [Fact]
    public void BalancedFactorization_ReproducesTheMatrixThroughNarrowWidths()
    {
        var r = RandomSource.For(3);
        var a = RandomMatrices.Gaussian(r, 5, 2, 1) * RandomMatrices.Gaussian(r, 2, 4, 1);
        var w = NrtSampling.BalancedFactorization(a, [4, 2, 3, 5]);
        Assert.True((w.Product() - a).FrobeniusNorm() < 1e-12 * a.FrobeniusNorm());
        Assert.True(Balancedness.SpectralConstant(w) < 1e-12 * a.L2Norm());
    }
}
