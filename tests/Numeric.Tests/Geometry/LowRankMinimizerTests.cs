using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Geometry;
using DeepLinear.Numeric.Losses;
using DeepLinear.Numeric.Tests.Generators;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Geometry;

public class LowRankMinimizerTests
{
    [Fact]
    public void Compute_ValueEqualsLossAtMinimizer_AndBeatsRandomRankKMatrices() =>
        SeededProperty.Holds(seed => MinimizerIsOptimal(seed, (data, k) => LowRankMinimizer.Compute(data, k).Minimizer), maxTest: 30);

    [Fact]
    public void Compute_NegativeControl_TruncatingYXtInsteadOfQIsNotOptimal() =>
        SeededProperty.Rejects(seed => MinimizerIsOptimal(seed, (data, k) => Truncate(data.CrossCovariance, k) * data.InputCovariance.Inverse()), maxTest: 30);

    [Fact]
    public void Compute_FullRankK_GivesLeastSquaresSolutionAndConstant()
    {
        var p = TestInstances.Random(4, fullRankData: true);
        var solution = LowRankMinimizer.Compute(p.Data, Math.Min(p.Data.InputDimension, p.Data.OutputDimension));
        var leastSquares = p.Data.CrossCovariance * p.Data.InputCovariance.Inverse();
        Assert.True(TestInstances.RelativeError(solution.Minimizer, leastSquares) < 1e-9);
        Assert.Equal(p.Data.Constant, solution.Loss, 10);
    }

    [Fact]
    public void Compute_RankOfMinimizerIsMinOfKAndRankQ()
    {
        var p = TestInstances.Random(9, fullRankData: true);
        var solution = LowRankMinimizer.Compute(p.Data, 1);
        Assert.Equal(1, solution.Rank);
        Assert.Equal(1, MatrixDiagnostics.NumericalRank(solution.Minimizer));
        Assert.Equal(0, LowRankMinimizer.Compute(p.Data, 0).Minimizer.FrobeniusNorm());
    }

    [Fact]
    public void Compute_SingularXXt_IsRejectedNamingTheRule()
    {
        var data = new RegressionData(Matrix<double>.Build.Dense(3, 2, 1), Matrix<double>.Build.Dense(1, 2, 1));
        var e = Assert.Throws<NumericArgumentException>(() => LowRankMinimizer.Compute(data, 1));
        Assert.Equal("data", e.Argument);
        Assert.Contains("full rank", e.Message, StringComparison.Ordinal);
        Assert.Contains("(2.6)", Assert.Throws<NumericArgumentException>(() => LowRankMinimizer.WhitenedTarget(data)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NegativeRank_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => LowRankMinimizer.Compute(TestInstances.Random(1, fullRankData: true).Data, -1));
        Assert.Equal("k", e.Argument);
    }

    private static bool MinimizerIsOptimal(int seed, Func<RegressionData, int, Matrix<double>> minimizer)
    {
        var p = TestInstances.Random(seed, fullRankData: true);
        int maxRank = Math.Min(p.Data.InputDimension, p.Data.OutputDimension);
        var rng = new MersenneTwister(seed + 5, threadSafe: false);
        int k = 1 + rng.Next(maxRank);
        var solution = LowRankMinimizer.Compute(p.Data, k);
        var w = minimizer(p.Data, k);
        double value = DeepLinearLoss.Direct(p.X, p.Y, w);
        if (Math.Abs(value - solution.Loss) > 1e-9 * Math.Max(1, value) || MatrixDiagnostics.NumericalRank(w) > k)
        {
            return false;
        }

        for (int trial = 0; trial < 20; trial++)
        {
            // Random rank-k competitors near the minimizer must not do better.
            var perturbation = TestInstances.Gaussian(w.RowCount, k, rng, 0.1) * TestInstances.Gaussian(k, w.ColumnCount, rng);
            var competitor = Truncate(w + perturbation, k);
            if (DeepLinearLoss.Direct(p.X, p.Y, competitor) < value - (1e-9 * Math.Max(1, value)))
            {
                return false;
            }
        }

        return true;
    }

    private static Matrix<double> Truncate(Matrix<double> m, int k)
    {
        var svd = m.Svd(computeVectors: true);
        var result = Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount);
        for (int i = 0; i < Math.Min(k, svd.S.Count); i++)
        {
            result += svd.S[i] * svd.U.Column(i).OuterProduct(svd.VT.Row(i));
        }

        return result;
    }
}
