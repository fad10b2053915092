using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Initialization;

public class BalancedFactorizationTests
{
    [Theory]
    [InlineData(new[] { 5, 3, 5 })]
    [InlineData(new[] { 6, 4, 2, 4, 6 })]
    [InlineData(new[] { 4, 7, 7, 3 })]
    [InlineData(new[] { 3, 3 })]
    public void OfBestRankApproximation_IsBalancedWithTheTruncatedProduct(int[] widths)
    {
        var dims = new LayerDimensions(widths);
        var a = Initializations.Gaussian(new LayerDimensions(dims.InputWidth, dims.OutputWidth), 1.0, 11).Factor(1);
        int k = Math.Min(Math.Min(dims.InputWidth, dims.OutputWidth), widths[1..^1].DefaultIfEmpty(int.MaxValue).Min());
        var svd = a.Svd(true);
        var sigma = Matrix<double>.Build.Dense(a.RowCount, a.ColumnCount);
        for (int i = 0; i < k; i++)
        {
            sigma[i, i] = svd.S[i];
        }

        var net = BalancedFactorization.OfBestRankApproximation(a, dims);

        Assert.True((net.Product() - (svd.U * sigma * svd.VT)).FrobeniusNorm() < 1e-10);
        Assert.True(Balancedness.SpectralConstant(net) < 1e-10);
    }

    [Fact]
    public void OfBestRankApproximation_UnbalancedControl_GaussianFactorsAreNotBalanced()
    {
        // Negative control: the balancedness measure used above does detect an unbalanced tuple.
        var net = Initializations.Gaussian(new LayerDimensions(5, 3, 5), 1.0, 2);
        Assert.True(Balancedness.SpectralConstant(net) > 0.1);
    }

    [Fact]
    public void OfBestRankApproximation_WrongShape_NamesArgument()
    {
        var ex = Assert.Throws<NumericArgumentException>(() => BalancedFactorization.OfBestRankApproximation(Matrix<double>.Build.Dense(2, 2), new LayerDimensions(5, 3, 5)));
        Assert.Contains("a", ex.Message, StringComparison.Ordinal);
    }
}
