using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.SelfChecks;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Derivatives;

public class DerivativeTests
{
    [Fact]
    public void Gradient_MatchesFiniteDifferences_OnRandomNetworks() =>
        SeededProperty.Holds(seed => NumericSelfChecks.GradientMatchesFiniteDifferences(seed, 1, DeepLinearGradient.Gradient).Passed);

    [Fact]
    public void Gradient_NegativeControl_SignErrorIsRejected() =>
        SeededProperty.Rejects(seed => NumericSelfChecks.GradientMatchesFiniteDifferences(seed, 1, WrongGradient).Passed);

    [Fact]
    public void HessianVectorProduct_MatchesFiniteDifferencesOfGradient() =>
        SeededProperty.Holds(seed => NumericSelfChecks.HessianVectorProductMatchesFiniteDifferences(seed, 1, DeepLinearHessian.HessianVectorProduct).Passed);

    [Fact]
    public void HessianVectorProduct_NegativeControl_DroppedTermIsRejected() =>
        SeededProperty.Rejects(seed => NumericSelfChecks.HessianVectorProductMatchesFiniteDifferences(seed, 1, GaussNewtonOnly).Passed);

    [Fact]
    public void FullHessian_IsSymmetricAndConsistentWithHvp()
    {
        SeededProperty.Holds(seed =>
        {
            var inst = NumericSelfChecks.RandomInstance(seed);
            var h = DeepLinearHessian.FullMatrix(inst.Network, inst.Data);
            var rng = new Random(seed);
            var v = Enumerable.Range(0, h.ColumnCount).Select(_ => rng.NextDouble() - 0.5).ToArray();
            var hv = h * Vector<double>.Build.DenseOfArray(v);
            var exact = DeepLinearHessian.Flatten(DeepLinearHessian.HessianVectorProduct(inst.Network, inst.Data, DeepLinearHessian.Unflatten(inst.Network.Dimensions, v)));
            double asym = (h - h.Transpose()).FrobeniusNorm() / Math.Max(1, h.FrobeniusNorm());
            return asym < 1e-12 && (hv - Vector<double>.Build.DenseOfArray(exact)).L2Norm() <= 1e-9 * Math.Max(1, hv.L2Norm());
        }, maxTest: 10);
    }

    [Fact]
    public void PrintedQuadraticForm_WithGradientInMixedTerms_EqualsHessianForm() =>
        Assert.True(NumericSelfChecks.PrintedQuadraticFormMatchesHessian(11, 20).Passed);

    [Fact]
    public void OperatorNorm_EqualsLargestAbsoluteEigenvalue()
    {
        var inst = NumericSelfChecks.RandomInstance(3);
        double norm = DeepLinearHessian.OperatorNorm(inst.Network, inst.Data, seed: 1, relativeTolerance: 1e-12, maxIterations: 20000);
        double expected = DeepLinearHessian.Eigenvalues(inst.Network, inst.Data).Select(Math.Abs).Max();
        Assert.InRange(norm, expected * (1 - 1e-5), expected * (1 + 1e-5));
    }

    [Fact]
    public void Inertia_CountsAddUpToParameterCount()
    {
        var inst = NumericSelfChecks.RandomInstance(5);
        var inertia = DeepLinearHessian.Inertia(inst.Network, inst.Data, 1e-8);
        Assert.Equal(inst.Network.Dimensions.ParameterCount, inertia.Negative + inertia.Zero + inertia.Positive);
    }

    [Fact]
    public void FullMatrix_TooManyParameters_NamesTheRule()
    {
        var network = new DeepLinearNetwork(Matrix<double>.Build.Dense(60, 60), Matrix<double>.Build.Dense(60, 60));
        var data = new RegressionData(Matrix<double>.Build.Dense(60, 3, 1), Matrix<double>.Build.Dense(60, 3, 1));
        var e = Assert.Throws<Errors.NumericArgumentException>(() => DeepLinearHessian.FullMatrix(network, data));
        Assert.Contains("7200 parameters", e.Message, StringComparison.Ordinal);
    }

    private static Matrix<double>[] WrongGradient(DeepLinearNetwork network, RegressionData data)
    {
        // ∇L¹ with the sign of YXᵀ flipped: WXXᵀ + YXᵀ.
        var g = (network.Product() * data.InputCovariance) + data.CrossCovariance;
        return Enumerable.Range(1, network.Depth)
            .Select(j => network.Suffix(j + 1).TransposeThisAndMultiply(g).TransposeAndMultiply(network.Prefix(j - 1)))
            .ToArray();
    }

    private static Matrix<double>[] GaussNewtonOnly(DeepLinearNetwork network, RegressionData data, IReadOnlyList<Matrix<double>> direction)
    {
        // Keeps only the S_{j+1}ᵀ Ġ P_{j−1}ᵀ term (drops the terms with the residual G).
        var d = Matrix<double>.Build.Dense(network.Dimensions.OutputWidth, network.Dimensions.InputWidth);
        for (int i = 1; i <= network.Depth; i++)
        {
            d += network.Suffix(i + 1) * direction[i - 1] * network.Prefix(i - 1);
        }

        var dG = d * data.InputCovariance;
        return Enumerable.Range(1, network.Depth)
            .Select(j => network.Suffix(j + 1).TransposeThisAndMultiply(dG).TransposeAndMultiply(network.Prefix(j - 1)))
            .ToArray();
    }
}
