using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.SelfChecks;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Data;

public class RegressionDataTests
{
    [Fact]
    public void Loss_MFreeForm_EqualsDirectLoss() =>
        SeededProperty.Holds(seed => NumericSelfChecks.MFreeLossMatchesDirectLoss(seed, 1, (d, w) => d.Loss(w)).Passed);

    [Fact]
    public void Loss_NegativeControl_MissingConstantIsRejected() =>
        SeededProperty.Rejects(seed => NumericSelfChecks.MFreeLossMatchesDirectLoss(seed, 1, (d, w) => d.Loss(w) - d.Constant).Passed);

    [Fact]
    public void Loss_RankDeficientX_StillEqualsDirectLoss()
    {
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 }, { 2, 4, 6 } });
        var y = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0, 1 } });
        var data = new RegressionData(x, y);
        var w = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.3, -0.2 } });
        Assert.False(data.InputCovarianceIsFullRank);
        Assert.Equal(0.5 * Math.Pow((y - (w * x)).FrobeniusNorm(), 2), data.Loss(w), 12);
    }

    [Fact]
    public void Constructor_NaNInX_NamesArgumentAndEntry()
    {
        var x = Matrix<double>.Build.Dense(2, 2, 1);
        x[1, 0] = double.NaN;
        var e = Assert.Throws<NumericArgumentException>(() => new RegressionData(x, Matrix<double>.Build.Dense(1, 2)));
        Assert.Equal("x", e.Argument);
        Assert.Contains("(1, 0) = NaN", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DifferentSampleCounts_NamesBothShapes()
    {
        var e = Assert.Throws<NumericArgumentException>(() => new RegressionData(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(1, 4)));
        Assert.Contains("1×4", e.Message, StringComparison.Ordinal);
        Assert.Contains("2×3", e.Message, StringComparison.Ordinal);
    }
}
