using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Geometry;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.SelfChecks;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Geometry;

public class ProductOperatorTests
{
    [Fact]
    public void Apply_IsSelfAdjointAndPositiveOnTangentSpace() =>
        Assert.True(NumericSelfChecks.ProductOperatorIsSelfAdjointAndPositive(1, 30).Passed);

    [Fact]
    public void Apply_ForBalancedFactors_EqualsChainRuleDerivativeOfProduct() =>
        SeededProperty.Holds(seed => ChainRuleError(seed, (w, n) => new ProductOperator(w, n).Apply) < 1e-9, maxTest: 15);

    [Fact]
    public void Apply_NegativeControl_SingleTermOperatorIsRejected() =>
        SeededProperty.Rejects(seed => ChainRuleError(seed, (w, n) => z => w.TransposeAndMultiply(w) * z) < 1e-9, maxTest: 15);

    [Fact]
    public void SolveOnTangentSpace_InvertsApply()
    {
        var inst = NumericSelfChecks.RandomInstance(4);
        var w = inst.Network.Product();
        var op = new ProductOperator(w, inst.Network.Depth);
        var z = ProductOperator.TangentProjection(w, Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount, (i, j) => Math.Sin(i + (2 * j))));
        var x = op.SolveOnTangentSpace(w, z);
        Assert.True((op.Apply(x) - z).FrobeniusNorm() < 1e-8 * Math.Max(1, z.FrobeniusNorm()));
    }

    // ‖d/dt (W_N⋯W₁) + A_{W,N}(∇L¹(W))‖ / ‖A(∇L¹)‖ along the factor gradient flow from a balanced start (nrt (2.5)).
    private static double ChainRuleError(int seed, Func<Matrix<double>, int, Func<Matrix<double>, Matrix<double>>> operatorFor)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int depth = 2 + rng.Next(4);
        int d = 2 + rng.Next(4);
        int r = 1 + rng.Next(d);
        var network = NrtExperimentSetup.BalancedOrthogonal(NrtExperimentSetup.Widths(depth, d, r), rng);
        var x = Matrix<double>.Build.Random(d, 3 * d, new MathNet.Numerics.Distributions.Normal(0, 1, rng));
        var y = Matrix<double>.Build.Random(network.Dimensions.OutputWidth, 3 * d, new MathNet.Numerics.Distributions.Normal(0, 1, rng));
        var data = new RegressionData(x, y);
        var grads = DeepLinearGradient.Gradient(network, data);
        var wDot = Matrix<double>.Build.Dense(network.Dimensions.OutputWidth, d);
        for (int j = 1; j <= depth; j++)
        {
            wDot -= network.Suffix(j + 1) * grads[j - 1] * network.Prefix(j - 1);
        }

        var expected = -operatorFor(network.Product(), depth)(data.Gradient(network.Product()));
        return (wDot - expected).FrobeniusNorm() / Math.Max(1e-12, expected.FrobeniusNorm());
    }
}
