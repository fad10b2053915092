using DeepLinear.Checks.Sampling;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Checks.Tests.Sampling;

/// <summary>The shared sampling layer: each family has the property its description states, a perturbed draw does
/// not (negative control), and a draw is a function of its seed.</summary>
public class NetworkFamiliesTests
{
    private static readonly int[] Widths = [3, 5, 4, 6];

    [Theory]
    [InlineData(1UL)]
    [InlineData(77UL)]
    public void Balanced_FactorsSatisfyTheBalancednessIdentity(ulong seed)
    {
        var w = NetworkFamilies.Balanced(RandomSource.For(seed), Widths, 3);
        Assert.True(MaxBalancedness(w) < 1e-12);
        Assert.Equal(3, Product(w).Rank());
    }

    [Fact]
    public void NearBalanced_IsNotBalanced_NegativeControl()
    {
        var w = NetworkFamilies.NearBalanced(RandomSource.For(5UL), Widths, 0.1);
        Assert.True(MaxBalancedness(w) > 1e-3);
    }

    [Fact]
    public void RankDeficient_ProductHasRankBelowTheSmallestWidth()
    {
        var w = NetworkFamilies.RankDeficient(RandomSource.For(9UL), Widths, 10);
        Assert.Equal(Widths.Min() - 1, Product(w).Rank());
        Assert.True(MaxBalancedness(w) < 1e-12);
    }

    [Fact]
    public void TinyScale_ScalesEveryFactorSingularValue()
    {
        var plain = NetworkFamilies.Balanced(RandomSource.For(11UL), Widths, Widths.Min());
        var tiny = NetworkFamilies.TinyScale(RandomSource.For(11UL), Widths, 1e-3);
        Assert.All(Enumerable.Range(0, plain.Length), j => Assert.True((tiny[j] - (plain[j] * 1e-3)).FrobeniusNorm() < 1e-15));
    }

    [Fact]
    public void HaarOrthogonal_IsOrthogonal_AndDependsOnlyOnTheSeed()
    {
        var q = RandomMatrices.HaarOrthogonal(RandomSource.For(3UL), 6);
        Assert.True((q.TransposeThisAndMultiply(q) - Matrix<double>.Build.DenseIdentity(6)).InfinityNorm() < 1e-12);
        Assert.Equal(q, RandomMatrices.HaarOrthogonal(RandomSource.For(3UL), 6));
        Assert.NotEqual(q, RandomMatrices.HaarOrthogonal(RandomSource.For(4UL), 6));
    }

    [Fact]
    public void WithSingularValues_HasThoseSingularValues()
    {
        var m = RandomMatrices.WithSingularValues(RandomSource.For(8UL), 5, 4, [3, 2, 0.5]);
        var s = m.Svd(computeVectors: false).S;
        Assert.Equal(3, s[0], 12);
        Assert.Equal(2, s[1], 12);
        Assert.Equal(0.5, s[2], 12);
        Assert.True(s[3] < 1e-12);
    }

    [Fact]
    public void Whitened_HasIdentityGram()
    {
        var x = NetworkFamilies.Whitened(RandomSource.For(2UL), 3, 10);
        Assert.True((x.TransposeAndMultiply(x) - Matrix<double>.Build.DenseIdentity(3)).InfinityNorm() < 1e-12);
    }

    private static Matrix<double> Product(Matrix<double>[] w) => w.Skip(1).Aggregate(w[0], (p, f) => f * p);

    private static double MaxBalancedness(Matrix<double>[] w)
        => Enumerable.Range(0, w.Length - 1).Max(j => (w[j + 1].TransposeThisAndMultiply(w[j + 1]) - w[j].TransposeAndMultiply(w[j])).InfinityNorm());
}
