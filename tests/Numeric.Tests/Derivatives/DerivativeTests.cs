using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Losses;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.SelfChecks;
using DeepLinear.Numeric.Tests.Generators;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Derivatives;

public class DerivativeTests
{
    [Fact]
    public void Gradient_MatchesFiniteDifferences_OnRandomNetworks() =>
        SeededProperty.Holds(seed => GradientError(seed, DeepLinearGradient.Gradient) <= 1e-6, maxTest: 30);

    [Fact]
    public void Gradient_NegativeControl_DroppedTransposeIsRejected() =>
        SeededProperty.Rejects(seed => GradientError(seed, GradientWithoutTranspose) <= 1e-6, maxTest: 30);

    [Fact]
    public void Gradient_SelfCheck_Passes() =>
        SeededProperty.Holds(seed => NumericSelfChecks.GradientMatchesFiniteDifferences(seed, 1, DeepLinearGradient.Gradient).Passed, maxTest: 10);

    [Fact]
    public void Gradient_NegativeControl_SignErrorIsRejectedBySelfCheck() =>
        SeededProperty.Rejects(seed => NumericSelfChecks.GradientMatchesFiniteDifferences(seed, 1, WrongSignGradient).Passed, maxTest: 10);

    [Fact]
    public void ChainRule_WithResidualGradient_EqualsGradient() =>
        SeededProperty.Holds(seed =>
        {
            var p = TestInstances.Random(seed);
            var a = DeepLinearHessian.Flatten(DeepLinearGradient.ChainRule(p.Network, p.Data.Gradient(p.Network.Product())));
            var b = DeepLinearHessian.Flatten(ReferenceGradient(p.Network, p.Data));
            return TestInstances.RelativeError(a, b) <= 1e-12;
        });

    [Fact]
    public void HessianVectorProduct_MatchesFiniteDifferencesOfGradient() =>
        SeededProperty.Holds(seed => HvpError(seed, DeepLinearHessian.HessianVectorProduct) <= 1e-6, maxTest: 30);

    [Fact]
    public void HessianVectorProduct_NegativeControl_DroppedResidualTermsAreRejected() =>
        SeededProperty.Rejects(seed => HvpError(seed, GaussNewtonOnly) <= 1e-6, maxTest: 30);

    [Fact]
    public void QuadraticFormAsPrinted_EqualsHessianForm() =>
        SeededProperty.Holds(seed =>
        {
            var p = TestInstances.Random(seed);
            var delta = TestInstances.Direction(p.Network.Dimensions, seed);
            double a = DeepLinearHessian.QuadraticForm(p.Network, p.Data, delta);
            double b = DeepLinearHessian.QuadraticFormAsPrinted(p.Network, p.Data, delta);
            return Math.Abs(a - b) <= 1e-10 * Math.Max(1, Math.Abs(a));
        });

    [Fact]
    public void QuadraticForm_NegativeControl_PrintedFormWithoutMixedResidualTermIsRejected() =>
        SeededProperty.Rejects(seed =>
        {
            var p = TestInstances.Random(seed);
            var delta = TestInstances.Direction(p.Network.Dimensions, seed);
            var d = Matrix<double>.Build.Dense(p.Network.Dimensions.OutputWidth, p.Network.Dimensions.InputWidth);
            for (int i = 1; i <= p.Network.Depth; i++)
            {
                d += p.Network.Suffix(i + 1) * delta[i - 1] * p.Network.Prefix(i - 1);
            }

            double gaussNewton = (d * p.Data.InputCovariance).PointwiseMultiply(d).Enumerate().Sum();
            double a = DeepLinearHessian.QuadraticForm(p.Network, p.Data, delta);
            return Math.Abs(a - gaussNewton) <= 1e-10 * Math.Max(1, Math.Abs(a));
        });

    [Fact]
    public void FullMatrix_IsSymmetricAndConsistentWithHvp() =>
        SeededProperty.Holds(seed => FullMatrixMismatch(seed, DeepLinearHessian.HessianVectorProduct) <= 1e-9, maxTest: 15);

    [Fact]
    public void FullMatrix_NegativeControl_InconsistentHvpIsRejected() =>
        SeededProperty.Rejects(seed => FullMatrixMismatch(seed, GaussNewtonOnly) <= 1e-9, maxTest: 15);

    [Fact]
    public void OperatorNorm_EqualsLargestAbsoluteEigenvalue() =>
        SeededProperty.Holds(seed => OperatorNormError(seed, maxIterations: 200) <= 1e-8, maxTest: 15);

    [Fact]
    public void OperatorNorm_NegativeControl_LanczosStoppedAfterTwoStepsIsRejected() =>
        SeededProperty.Rejects(seed => OperatorNormError(seed, maxIterations: 2) <= 1e-8, maxTest: 15);

    [Fact]
    public void OperatorNormEstimate_SameSeed_SameValueAndConvergedFlag()
    {
        var p = TestInstances.Random(12);
        var a = DeepLinearHessian.OperatorNormEstimate(p.Network, p.Data, seed: 4);
        var b = DeepLinearHessian.OperatorNormEstimate(p.Network, p.Data, seed: 4);
        Assert.Equal(a, b);
        Assert.True(a.Converged);
        Assert.True(a.ResidualBound <= 1e-10 * a.Value);
    }

    [Fact]
    public void Inertia_TwoLayersAtZero_IsSymmetricSaddleWithCountsHiddenWidthTimesRank()
    {
        // L(W₁, W₂) near 0: Hessian form −2tr(Δ₂Δ₁XYᵀ), eigenvalues ±σ_i(YXᵀ), each d₁ times.
        var p = TestInstances.Random(21, fullRankData: true);
        var dims = new LayerDimensions(p.Data.InputDimension, 3, p.Data.OutputDimension);
        var zero = Initializations.Gaussian(dims, 0, 1);
        int rank = DeepLinear.Numeric.Diagnostics.MatrixDiagnostics.NumericalRank(p.Data.CrossCovariance);
        var inertia = DeepLinearHessian.Inertia(zero, p.Data, 1e-9);
        Assert.Equal(3 * rank, inertia.Negative);
        Assert.Equal(3 * rank, inertia.Positive);
        Assert.Equal(dims.ParameterCount, inertia.Negative + inertia.Zero + inertia.Positive);
    }

    [Fact]
    public void Inertia_AtGlobalMinimum_HasNoNegativeEigenvalues_WhileSaddleHas()
    {
        // Balanced factors of the least-squares solution W* are a global minimizer (no negative curvature); the origin
        // of the same two-layer network is a strict saddle (the control that the count can be non-zero).
        var p = TestInstances.Random(22, fullRankData: true);
        var wStar = p.Data.CrossCovariance * p.Data.InputCovariance.Inverse();
        int width = Math.Max(p.Data.InputDimension, p.Data.OutputDimension);
        var dims = new LayerDimensions(p.Data.InputDimension, width, p.Data.OutputDimension);
        var minimum = Initializations.BalancedFor(wStar, dims);
        double scale = Math.Max(1, DeepLinearHessian.OperatorNorm(minimum, p.Data, 1));
        Assert.Equal(0, DeepLinearHessian.Inertia(minimum, p.Data, 1e-9 * scale).Negative);
        Assert.True(DeepLinearHessian.Inertia(Initializations.Gaussian(dims, 0, 1), p.Data, 1e-9 * scale).Negative > 0);
    }

    [Fact]
    public void InertiaOf_CountsWithTolerance()
    {
        var inertia = DeepLinearHessian.InertiaOf([-2, -1e-12, 0, 1e-12, 3, 4], 1e-9);
        Assert.Equal(new HessianInertia(1, 3, 2, 1e-9), inertia);
    }

    [Fact]
    public void FullMatrix_TooManyParameters_NamesTheRule()
    {
        var network = new DeepLinearNetwork(Matrix<double>.Build.Dense(40, 30), Matrix<double>.Build.Dense(30, 40));
        var data = new RegressionData(Matrix<double>.Build.Dense(30, 3, 1), Matrix<double>.Build.Dense(30, 3, 1));
        var e = Assert.Throws<NumericArgumentException>(() => DeepLinearHessian.FullMatrix(network, data));
        Assert.Equal("network", e.Argument);
        Assert.Contains("2400 parameters", e.Message, StringComparison.Ordinal);
        Assert.Contains("at most 2000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HessianVectorProduct_DirectionWithNaN_NamesTheLayer()
    {
        var p = TestInstances.Random(2);
        var delta = TestInstances.Direction(p.Network.Dimensions, 2);
        delta[1][0, 0] = double.NaN;
        var e = Assert.Throws<NumericArgumentException>(() => DeepLinearHessian.HessianVectorProduct(p.Network, p.Data, delta));
        Assert.Equal("direction[1] (Δ_2)", e.Argument);
    }

    [Fact]
    public void Gradient_NetworkDataMismatch_NamesWidths()
    {
        var p = TestInstances.Random(2);
        var other = new RegressionData(Matrix<double>.Build.Dense(p.Data.InputDimension + 1, 4, 1), Matrix<double>.Build.Dense(1, 4, 1));
        var e = Assert.Throws<NumericArgumentException>(() => DeepLinearGradient.Gradient(p.Network, other));
        Assert.Contains($"d_x = {p.Data.InputDimension + 1}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unflatten_WrongLength_NamesParameterCount()
    {
        var dims = new LayerDimensions(2, 3, 1);
        var e = Assert.Throws<NumericArgumentException>(() => DeepLinearHessian.Unflatten(dims, new double[5]));
        Assert.Contains("9 entries", e.Message, StringComparison.Ordinal);
    }

    private static double GradientError(int seed, Func<DeepLinearNetwork, RegressionData, Matrix<double>[]> gradient)
    {
        var p = TestInstances.Random(seed);
        var flat = DeepLinearHessian.Flatten(p.Network.Factors());
        var fd = TestInstances.CentralDifferences(flat, v => DeepLinearLoss.Direct(p.X, p.Y, new DeepLinearNetwork(DeepLinearHessian.Unflatten(p.Network.Dimensions, v)).Product()));
        return TestInstances.RelativeError(DeepLinearHessian.Flatten(gradient(p.Network, p.Data)), fd);
    }

    private static double HvpError(int seed, Func<DeepLinearNetwork, RegressionData, IReadOnlyList<Matrix<double>>, Matrix<double>[]> hvp)
    {
        var p = TestInstances.Random(seed);
        var dims = p.Network.Dimensions;
        var v = DeepLinearHessian.Flatten(TestInstances.Direction(dims, seed));
        var x = DeepLinearHessian.Flatten(p.Network.Factors());
        const double h = 1e-5;
        var gp = DeepLinearHessian.Flatten(DeepLinearGradient.Gradient(new DeepLinearNetwork(DeepLinearHessian.Unflatten(dims, x.Zip(v, (a, b) => a + (h * b)).ToArray())), p.Data));
        var gm = DeepLinearHessian.Flatten(DeepLinearGradient.Gradient(new DeepLinearNetwork(DeepLinearHessian.Unflatten(dims, x.Zip(v, (a, b) => a - (h * b)).ToArray())), p.Data));
        var fd = gp.Zip(gm, (a, b) => (a - b) / (2 * h)).ToArray();
        return TestInstances.RelativeError(DeepLinearHessian.Flatten(hvp(p.Network, p.Data, DeepLinearHessian.Unflatten(dims, v))), fd);
    }

    private static double FullMatrixMismatch(int seed, Func<DeepLinearNetwork, RegressionData, IReadOnlyList<Matrix<double>>, Matrix<double>[]> hvp)
    {
        var p = TestInstances.Random(seed);
        var h = DeepLinearHessian.FullMatrix(p.Network, p.Data);
        var v = DeepLinearHessian.Flatten(TestInstances.Direction(p.Network.Dimensions, seed));
        var hv = (h * Vector<double>.Build.DenseOfArray(v)).ToArray();
        var exact = DeepLinearHessian.Flatten(hvp(p.Network, p.Data, DeepLinearHessian.Unflatten(p.Network.Dimensions, v)));
        double asymmetry = (h - h.Transpose()).FrobeniusNorm();
        return asymmetry + TestInstances.RelativeError(hv, exact);
    }

    private static double OperatorNormError(int seed, int maxIterations)
    {
        var p = TestInstances.Random(seed);
        double expected = DeepLinearHessian.Eigenvalues(p.Network, p.Data).Max(Math.Abs);
        double norm = DeepLinearHessian.OperatorNorm(p.Network, p.Data, seed, maxIterations: maxIterations);
        return Math.Abs(norm - expected) / Math.Max(1e-12, Math.Abs(expected));
    }

    private static Matrix<double>[] ReferenceGradient(DeepLinearNetwork network, RegressionData data)
    {
        var g = data.Gradient(network.Product());
        return Enumerable.Range(1, network.Depth)
            .Select(j => network.Suffix(j + 1).Transpose() * g * network.Prefix(j - 1).Transpose())
            .ToArray();
    }

    private static Matrix<double>[] GradientWithoutTranspose(DeepLinearNetwork network, RegressionData data)
    {
        // W_{j+1}ᵀ⋯W_Nᵀ G W₁ᵀ⋯W_{j−1}ᵀ with the transpose on the prefix dropped where the shapes allow it.
        var g = data.Gradient(network.Product());
        return Enumerable.Range(1, network.Depth).Select(j =>
        {
            var prefix = network.Prefix(j - 1);
            var right = prefix.RowCount == prefix.ColumnCount ? prefix : prefix.Transpose();
            return network.Suffix(j + 1).Transpose() * g * right;
        }).ToArray();
    }

    private static Matrix<double>[] WrongSignGradient(DeepLinearNetwork network, RegressionData data)
    {
        var g = (network.Product() * data.InputCovariance) + data.CrossCovariance;
        return DeepLinearGradient.ChainRule(network, g);
    }

    private static Matrix<double>[] GaussNewtonOnly(DeepLinearNetwork network, RegressionData data, IReadOnlyList<Matrix<double>> direction)
    {
        // Keeps only S_{j+1}ᵀ Ġ P_{j−1}ᵀ (drops the two terms with the residual G).
        var d = Matrix<double>.Build.Dense(network.Dimensions.OutputWidth, network.Dimensions.InputWidth);
        for (int i = 1; i <= network.Depth; i++)
        {
            d += network.Suffix(i + 1) * direction[i - 1] * network.Prefix(i - 1);
        }

        return DeepLinearGradient.ChainRule(network, d * data.InputCovariance);
    }
}
