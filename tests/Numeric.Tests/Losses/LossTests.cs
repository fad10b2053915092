using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Losses;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Tests.Generators;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Losses;

public class LossTests
{
    public static TheoryData<string> Activations => new() { "identity", "relu", "leaky" };

    [Theory]
    [MemberData(nameof(Activations))]
    public void HomogeneousNetwork_Gradient_MatchesFiniteDifferences(string activation) =>
        SeededProperty.Holds(seed => HomogeneousError(seed, Parse(activation), wrong: false) < 1e-5, maxTest: 15);

    [Fact]
    public void HomogeneousNetwork_NegativeControl_ActivationDerivativeIgnoredIsRejected() =>
        SeededProperty.Rejects(seed => HomogeneousError(seed, Activation.Relu, wrong: true) < 1e-5, maxTest: 15);

    [Fact]
    public void HomogeneousNetwork_IdentityActivation_EqualsDeepLinearLoss() =>
        SeededProperty.Holds(seed =>
        {
            var p = TestInstances.Random(seed);
            var loss = new HomogeneousNetwork(Activation.Identity, p.X, p.Y);
            var a = loss.Value(p.Network.Factors());
            var b = new DeepLinearLoss(p.Data).Value(p.Network);
            return Math.Abs(a - b) <= 1e-10 * Math.Max(1, a);
        });

    [Fact]
    public void NeuronBalances_AreStationaryAlongTheGradientFlow() =>
        SeededProperty.Holds(seed => NeuronBalanceRate(seed, rowInsteadOfColumn: false) <= 1e-10, maxTest: 15);

    [Fact]
    public void NeuronBalances_NegativeControl_OutgoingRowInsteadOfColumnIsRejected() =>
        SeededProperty.Rejects(seed => NeuronBalanceRate(seed, rowInsteadOfColumn: true) <= 1e-10, maxTest: 15);

    [Fact]
    public void AsymmetricFactorization_Gradient_MatchesFiniteDifferences() =>
        SeededProperty.Holds(seed => FactorizationError(seed, wrong: false) < 1e-6);

    [Fact]
    public void AsymmetricFactorization_NegativeControl_GradientWithoutTransposeIsRejected() =>
        SeededProperty.Rejects(seed => FactorizationError(seed, wrong: true) < 1e-6);

    [Fact]
    public void AsymmetricFactorization_Step_UsesTheOldPointForBothFactors()
    {
        var rng = new MersenneTwister(3, threadSafe: false);
        var u = TestInstances.Gaussian(4, 2, rng);
        var v = TestInstances.Gaussian(3, 2, rng);
        var loss = new AsymmetricFactorization(TestInstances.Gaussian(4, 3, rng));
        var (gu, gv) = loss.Gradient(u, v);
        var (u1, v1) = loss.Step(u, v, 0.01);
        Assert.True((u1 - (u - (0.01 * gu))).FrobeniusNorm() < 1e-14);
        Assert.True((v1 - (v - (0.01 * gv))).FrobeniusNorm() < 1e-14);
    }

    [Fact]
    public void AsymmetricFactorization_NonPositiveStep_NamesEta()
    {
        var loss = new AsymmetricFactorization(Matrix<double>.Build.Dense(2, 2, 1));
        var e = Assert.Throws<NumericArgumentException>(() => loss.Step(Matrix<double>.Build.Dense(2, 1, 1), Matrix<double>.Build.Dense(2, 1, 1), 0));
        Assert.Equal("eta", e.Argument);
        Assert.Contains("> 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AsymmetricFactorization_RankMismatch_NamesBothShapes()
    {
        var loss = new AsymmetricFactorization(Matrix<double>.Build.Dense(2, 3, 1));
        var e = Assert.Throws<NumericArgumentException>(() => loss.Value(Matrix<double>.Build.Dense(2, 1, 1), Matrix<double>.Build.Dense(3, 2, 1)));
        Assert.Contains("3×2", e.Message, StringComparison.Ordinal);
        Assert.Contains("2×1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhitenedLoss_Gradient_MatchesFiniteDifferences() =>
        SeededProperty.Holds(seed => WhitenedError(seed, (loss, n) => loss.Gradient(n)) < 1e-6);

    [Fact]
    public void WhitenedLoss_NegativeControl_SignFlippedResidualIsRejected() =>
        SeededProperty.Rejects(seed => WhitenedError(seed, (loss, n) => DeepLinearGradient.ChainRule(n, -loss.Gradient(n.Product()))) < 1e-6);

    [Fact]
    public void WhitenedLoss_WithWhitenedData_DiffersFromRegressionLossByAConstant()
    {
        var rng = new MersenneTwister(4, threadSafe: false);
        var x = DeepLinear.Numeric.Initialization.Initializations.Whiten(TestInstances.Gaussian(3, 10, rng));
        var y = TestInstances.Gaussian(2, 10, rng);
        var phi = y * x.Transpose();
        var loss = new WhitenedLoss(phi);
        double offset = 0.5 * ((y.FrobeniusNorm() * y.FrobeniusNorm()) - (phi.FrobeniusNorm() * phi.FrobeniusNorm()));
        for (int trial = 0; trial < 5; trial++)
        {
            var w = TestInstances.Gaussian(2, 3, rng);
            Assert.Equal(DeepLinearLoss.Direct(x, y, w), loss.Value(w) + offset, 10);
        }
    }

    [Fact]
    public void Activation_LeakySlopeOutsideUnitInterval_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => Activation.LeakyRelu(1.5));
        Assert.Equal("slope", e.Argument);
        Assert.Contains("(0, 1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Activation_IsPositivelyHomogeneous()
    {
        foreach (var a in new[] { Activation.Identity, Activation.Relu, Activation.LeakyRelu(0.1) })
        {
            foreach (double z in new[] { -2.5, -1e-3, 0, 0.7, 3 })
            {
                Assert.Equal(a.Apply(z), a.Derivative(z) * z);
            }
        }
    }

    [Fact]
    public void HomogeneousNetwork_OutputWidthMismatch_NamesLastLayer()
    {
        var loss = new HomogeneousNetwork(Activation.Relu, Matrix<double>.Build.Dense(3, 4, 1), Matrix<double>.Build.Dense(2, 4, 1));
        var e = Assert.Throws<NumericArgumentException>(() => loss.Value([Matrix<double>.Build.Dense(5, 3, 1), Matrix<double>.Build.Dense(3, 5, 1)]));
        Assert.Equal("weights[1]", e.Argument);
    }

    private static Activation Parse(string name) => name switch
    {
        "identity" => Activation.Identity,
        "relu" => Activation.Relu,
        _ => Activation.LeakyRelu(0.1),
    };

    private static double HomogeneousError(int seed, Activation activation, bool wrong)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int depth = 2 + rng.Next(3);
        var dims = Enumerable.Range(0, depth + 1).Select(_ => 2 + rng.Next(3)).ToArray();
        var weights = Enumerable.Range(1, depth).Select(j => TestInstances.Gaussian(dims[j], dims[j - 1], rng)).ToArray();
        var x = TestInstances.Gaussian(dims[0], 5, rng);
        var y = TestInstances.Gaussian(dims[depth], 5, rng);
        var loss = new HomogeneousNetwork(activation, x, y);
        var layout = new LayerDimensions(dims);
        var g = loss.Gradient(weights);
        if (wrong)
        {
            // Back-propagation that ignores σ' (treats every unit as linear).
            g = new HomogeneousNetwork(Activation.Identity, x, y).Gradient(weights);
        }

        var fd = TestInstances.CentralDifferences(DeepLinearHessian.Flatten(weights), v => loss.Value(DeepLinearHessian.Unflatten(layout, v)));
        return TestInstances.RelativeError(DeepLinearHessian.Flatten(g), fd);
    }

    // d/dt (‖W⁽ʰ⁾[i,:]‖² − ‖W⁽ʰ⁺¹⁾[:,i]‖²) along Ẇ = −∇L, which dhl Theorem 2.1 says is 0.
    private static double NeuronBalanceRate(int seed, bool rowInsteadOfColumn)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int n = 3;
        var dims = new[] { 4, 3, 3, 2 };
        var weights = Enumerable.Range(1, n).Select(j => TestInstances.Gaussian(dims[j], dims[j - 1], rng)).ToArray();
        var loss = new HomogeneousNetwork(Activation.LeakyRelu(0.2), TestInstances.Gaussian(4, 6, rng), TestInstances.Gaussian(2, 6, rng));
        var g = loss.Gradient(weights);
        double worst = 0;
        for (int h = 1; h < n; h++)
        {
            for (int i = 0; i < dims[h]; i++)
            {
                double incoming = -2 * weights[h - 1].Row(i).DotProduct(g[h - 1].Row(i));
                double outgoing = rowInsteadOfColumn && i < weights[h].RowCount
                    ? -2 * weights[h].Row(i).DotProduct(g[h].Row(i))
                    : -2 * weights[h].Column(i).DotProduct(g[h].Column(i));
                worst = Math.Max(worst, Math.Abs(incoming - outgoing));
            }
        }

        return worst;
    }

    private static double FactorizationError(int seed, bool wrong)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int d1 = 1 + rng.Next(5), d2 = 1 + rng.Next(5), r = 1 + rng.Next(3);
        var u = TestInstances.Gaussian(d1, r, rng);
        var v = TestInstances.Gaussian(d2, r, rng);
        var loss = new AsymmetricFactorization(TestInstances.Gaussian(d1, d2, rng));
        var (gu, gv) = loss.Gradient(u, v);
        if (wrong && d1 == d2)
        {
            // ∇_V with (UVᵀ − M*) where (UVᵀ − M*)ᵀ belongs.
            gv = (u.TransposeAndMultiply(v) - loss.Target) * u;
        }

        var flat = u.ToColumnMajorArray().Concat(v.ToColumnMajorArray()).ToArray();
        double F(double[] p) => loss.Value(Matrix<double>.Build.Dense(d1, r, p[..(d1 * r)]), Matrix<double>.Build.Dense(d2, r, p[(d1 * r)..]));
        return TestInstances.RelativeError(gu.ToColumnMajorArray().Concat(gv.ToColumnMajorArray()).ToArray(), TestInstances.CentralDifferences(flat, F));
    }

    private static double WhitenedError(int seed, Func<WhitenedLoss, DeepLinearNetwork, Matrix<double>[]> gradient)
    {
        var p = TestInstances.Random(seed);
        var rng = new MersenneTwister(seed, threadSafe: false);
        var loss = new WhitenedLoss(TestInstances.Gaussian(p.Network.Dimensions.OutputWidth, p.Network.Dimensions.InputWidth, rng));
        var fd = TestInstances.CentralDifferences(DeepLinearHessian.Flatten(p.Network.Factors()), v => loss.Value(new DeepLinearNetwork(DeepLinearHessian.Unflatten(p.Network.Dimensions, v))));
        return TestInstances.RelativeError(DeepLinearHessian.Flatten(gradient(loss, p.Network)), fd);
    }
}
