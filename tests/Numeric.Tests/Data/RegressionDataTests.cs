using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Losses;
using DeepLinear.Numeric.SelfChecks;
using DeepLinear.Numeric.Tests.Generators;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
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
    public void Loss_RandomProblems_EqualsDirectLossIncludingRankDeficientX() =>
        SeededProperty.Holds(seed => MFreeError(seed, (d, w) => d.Loss(w)) <= 1e-10, maxTest: 40);

    [Fact]
    public void Loss_NegativeControl_QWithoutPseudoInverseIsRejected() =>
        SeededProperty.Rejects(seed => MFreeError(seed, (d, w) => 0.5 * Math.Pow(((w * d.WhiteningRoot) - d.CrossCovariance).FrobeniusNorm(), 2) + d.Constant) <= 1e-10, maxTest: 40);

    [Fact]
    public void Loss_RankDeficientX_StillEqualsDirectLoss()
    {
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 }, { 2, 4, 6 } });
        var y = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0, 1 } });
        var data = new RegressionData(x, y);
        var w = Matrix<double>.Build.DenseOfArray(new double[,] { { 0.3, -0.2 } });
        Assert.False(data.InputCovarianceIsFullRank);
        Assert.Equal(1, data.InputCovarianceRank);
        Assert.Equal(DeepLinearLoss.Direct(x, y, w), data.Loss(w), 12);
    }

    [Fact]
    public void Constant_RealizableTarget_IsZeroToWorkingPrecision()
    {
        // Y = W̃X exactly: min L¹ = 0. The residual form gives c ≈ 0; the difference ½(‖Y‖² − ‖Q‖²) would give ≈ 1e-16‖Y‖².
        var rng = new MersenneTwister(5, threadSafe: false);
        var x = TestInstances.Gaussian(6, 18, rng);
        var wTilde = TestInstances.Gaussian(4, 6, rng);
        var y = wTilde * x;
        var data = new RegressionData(x, y);
        Assert.True(data.Constant <= 1e-24 * data.YNormSquared, $"c = {data.Constant}");
        Assert.True(data.Loss(wTilde) <= 1e-24 * data.YNormSquared);
    }

    [Fact]
    public void Constant_NegativeControl_DifferenceFormulaLosesTheSmallMinimum()
    {
        // A tiny non-zero minimum c ≈ 1e-20 is resolved by the residual form but lost by the difference formula.
        var rng = new MersenneTwister(6, threadSafe: false);
        var x = TestInstances.Gaussian(3, 9, rng);
        var noise = TestInstances.Gaussian(2, 9, rng, 1e-10);
        var y = (TestInstances.Gaussian(2, 3, rng) * x) + noise;
        var data = new RegressionData(x, y);
        var projector = x.TransposeThisAndMultiply((x * x.Transpose()).Inverse()) * x; // Xᵀ(XXᵀ)⁻¹X
        double exact = 0.5 * Math.Pow((noise - (noise * projector)).FrobeniusNorm(), 2);
        double difference = 0.5 * (data.YNormSquared - Math.Pow(data.WhitenedTarget.FrobeniusNorm(), 2));
        Assert.InRange(data.Constant, exact * (1 - 1e-4), exact * (1 + 1e-4));
        Assert.True(Math.Abs(difference - exact) > 10 * exact, "the difference formula was expected to fail at this scale");
    }

    [Fact]
    public void Gradient_MatchesCentralDifferencesOfLoss() =>
        SeededProperty.Holds(seed => GradientError(seed, (d, w) => d.Gradient(w)) <= 1e-6);

    [Fact]
    public void Gradient_NegativeControl_MissingCrossTermIsRejected() =>
        SeededProperty.Rejects(seed => GradientError(seed, (d, w) => w * d.InputCovariance) <= 1e-6);

    [Fact]
    public void FromCovariances_EqualsConstructorFromData() =>
        SeededProperty.Holds(seed =>
        {
            var p = TestInstances.Random(seed, fullRankData: true);
            var reduced = RegressionData.FromCovariances(p.Data.InputCovariance, p.Data.CrossCovariance, p.Data.YNormSquared, p.Data.SampleCount);
            var w = p.Network.Product();
            return Math.Abs(reduced.Loss(w) - p.Data.Loss(w)) <= 1e-9 * Math.Max(1, p.Data.Loss(w))
                && TestInstances.RelativeError(reduced.WhitenedTarget, p.Data.WhitenedTarget) <= 1e-10;
        });

    [Fact]
    public void Properties_ReturnCopies_ValueStaysImmutable()
    {
        var p = TestInstances.Random(3, fullRankData: true);
        var before = p.Data.WhitenedTarget;
        var q = p.Data.WhitenedTarget;
        q[0, 0] += 1;
        var s = p.Data.WhiteningRoot;
        s.Clear();
        Assert.Equal(before, p.Data.WhitenedTarget);
        Assert.NotEqual(0, p.Data.WhiteningRoot.FrobeniusNorm());
    }

    [Fact]
    public void WhitenedTarget_FullRank_EqualsYXtTimesInverseSquareRoot()
    {
        var p = TestInstances.Random(8, fullRankData: true);
        var xxT = p.X * p.X.Transpose();
        var evd = xxT.Evd(Symmetricity.Symmetric);
        var inverseRoot = evd.EigenVectors * Matrix<double>.Build.DenseOfDiagonalVector(evd.EigenValues.Map(v => 1 / Math.Sqrt(v.Real))) * evd.EigenVectors.Transpose();
        Assert.True(TestInstances.RelativeError(p.Y * p.X.Transpose() * inverseRoot, p.Data.WhitenedTarget) < 1e-10);
        Assert.True(p.Data.InputCovarianceIsFullRank);
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
    public void Constructor_InfinityInY_NamesArgument()
    {
        var y = Matrix<double>.Build.Dense(1, 2, 1);
        y[0, 1] = double.PositiveInfinity;
        var e = Assert.Throws<NumericArgumentException>(() => new RegressionData(Matrix<double>.Build.Dense(2, 2, 1), y));
        Assert.Equal("y", e.Argument);
        Assert.Contains("finite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DifferentSampleCounts_NamesBothShapes()
    {
        var e = Assert.Throws<NumericArgumentException>(() => new RegressionData(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(1, 4)));
        Assert.Equal("y", e.Argument);
        Assert.Contains("1×4", e.Message, StringComparison.Ordinal);
        Assert.Contains("2×3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCovariances_AsymmetricXXt_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => RegressionData.FromCovariances(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1 }, { 0, 1 } }), Matrix<double>.Build.Dense(1, 2), 1, 3));
        Assert.Equal("xxT", e.Argument);
        Assert.Contains("symmetric", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCovariances_IndefiniteXXt_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => RegressionData.FromCovariances(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 0, -1 } }), Matrix<double>.Build.Dense(1, 2), 1, 3));
        Assert.Contains("positive semidefinite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCovariances_YNormBelowQNorm_IsRejectedAsInconsistent()
    {
        var e = Assert.Throws<NumericArgumentException>(() => RegressionData.FromCovariances(Matrix<double>.Build.DenseIdentity(2), Matrix<double>.Build.Dense(1, 2, 3), 1, 3));
        Assert.Equal("yNormSquared", e.Argument);
        Assert.Contains("inconsistent", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCovariances_NonPositiveSampleCount_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => RegressionData.FromCovariances(Matrix<double>.Build.DenseIdentity(2), Matrix<double>.Build.Dense(1, 2), 1, 0));
        Assert.Equal("sampleCount", e.Argument);
    }

    [Fact]
    public void Loss_WrongShape_NamesArgumentAndRequiredShape()
    {
        var data = TestInstances.Random(1).Data;
        var e = Assert.Throws<NumericArgumentException>(() => data.Loss(Matrix<double>.Build.Dense(data.OutputDimension + 1, data.InputDimension)));
        Assert.Equal("w", e.Argument);
        Assert.Contains($"must be {data.OutputDimension}×{data.InputDimension}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequireFullRank_SingularXXt_NamesRankAndPurpose()
    {
        var data = new RegressionData(Matrix<double>.Build.Dense(3, 2, 1), Matrix<double>.Build.Dense(1, 2, 1));
        var e = Assert.Throws<NumericArgumentException>(() => data.RequireFullRank("data", "the test"));
        Assert.Contains("rank 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("the test needs XXᵀ of full rank", e.Message, StringComparison.Ordinal);
    }

    private static double MFreeError(int seed, Func<RegressionData, Matrix<double>, double> loss)
    {
        var p = TestInstances.Random(seed);
        var w = p.Network.Product();
        double direct = DeepLinearLoss.Direct(p.X, p.Y, w);
        return Math.Abs(direct - loss(p.Data, w)) / Math.Max(1e-12, direct);
    }

    private static double GradientError(int seed, Func<RegressionData, Matrix<double>, Matrix<double>> gradient)
    {
        var p = TestInstances.Random(seed);
        var w = p.Network.Product();
        var fd = TestInstances.CentralDifferences(w.ToColumnMajorArray(), v => DeepLinearLoss.Direct(p.X, p.Y, Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount, v)));
        return TestInstances.RelativeError(gradient(p.Data, w).ToColumnMajorArray(), fd);
    }

    [Theory]
    [InlineData(1, 16)]
    [InlineData(2, 26)]
    [InlineData(3, 34)]
    public void Loss_SmallResidual_IsAccurateToRoundoff(int seed, int k)
    {
        var (data, w, exact) = SmallResidualInstance(seed, k);
        double error = Math.Abs(data.Loss(w) - exact) / exact;

        Assert.True(error <= 1e-14, $"relative error {error:R} of Loss, exact {exact:R}");
    }

    [Theory]
    [InlineData(1, 26)]
    [InlineData(2, 26)]
    [InlineData(3, 34)]
    public void Loss_NegativeControl_MFreeFormLosesSmallResidualPrecision(int seed, int k)
    {
        // The m-free form ½‖WS − Q‖² + c alone misses the tolerance of the test above by orders of magnitude.
        var (data, w, exact) = SmallResidualInstance(seed, k);
        double error = Math.Abs(data.MFreeLoss(w) - exact) / exact;

        Assert.True(error > 1e-12, $"relative error {error:R} of the m-free form, exact {exact:R}");
    }

    [Fact]
    public void Loss_LargeResidual_KeepsTheMFreeForm()
    {
        // Far from a minimum the m-free form is accurate and is what Loss returns, bit for bit.
        var rng = new MersenneTwister(8, threadSafe: false);
        var x = TestInstances.Gaussian(6, 18, rng);
        var y = TestInstances.Gaussian(4, 18, rng);
        var w = TestInstances.Gaussian(4, 6, rng);
        var data = new RegressionData(x, y);

        Assert.Equal(data.MFreeLoss(w), data.Loss(w));
    }

    /// <summary>
    /// An instance whose loss is known exactly: X (8 × 24) and W₀ (4 × 8) with integer entries in [−4, 4], the rows of X
    /// scaled by 1, 4, …, 4⁷, Y = W₀X (exact in double), W = W₀ + 2⁻ᵏE with an integer E; then L¹(W) = ½·2⁻²ᵏ‖EX‖²
    /// exactly (EX is exact), with ‖Y − WX‖/‖Y‖ ≈ 2⁻ᵏ.
    /// </summary>
    private static (RegressionData Data, Matrix<double> W, double Exact) SmallResidualInstance(int seed, int k)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        double Small() => rng.Next(-4, 5);
        var x = Matrix<double>.Build.Dense(8, 24, (i, _) => Small() * Math.ScaleB(1, 2 * i));
        var w0 = Matrix<double>.Build.Dense(4, 8, (_, _) => Small());
        var e = Matrix<double>.Build.Dense(4, 8, (_, _) => Small());
        var w = w0 + (e * Math.ScaleB(1, -k));
        var ex = e * x;
        double exact = 0.5 * Math.ScaleB(ex.Enumerate().Sum(v => v * v), -2 * k);
        return (new RegressionData(x, w0 * x), w, exact);
    }
}
