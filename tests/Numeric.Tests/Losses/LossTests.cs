using DeepLinear.Numeric.Losses;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Losses;

public class LossTests
{
    // Relative error between an analytic gradient and central differences of a scalar function of a flat parameter vector.
    private static double FdError(double[] p, Func<double[], double> f, double[] analytic)
    {
        double diff = 0, norm = 0;
        for (int i = 0; i < p.Length; i++)
        {
            var a = (double[])p.Clone();
            var b = (double[])p.Clone();
            a[i] += 1e-6;
            b[i] -= 1e-6;
            double fd = (f(a) - f(b)) / 2e-6;
            diff += (fd - analytic[i]) * (fd - analytic[i]);
            norm += analytic[i] * analytic[i];
        }

        return Math.Sqrt(diff) / Math.Max(1e-12, Math.Sqrt(norm));
    }

    private static Matrix<double> Random(int r, int c, MersenneTwister rng) => Matrix<double>.Build.Dense(r, c, (_, _) => Normal.Sample(rng, 0, 1));

    private static double HomogeneousError(int seed, Activation activation, bool wrong)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        var dims = new[] { 3, 4, 4, 2 };
        var weights = Enumerable.Range(1, 3).Select(j => Random(dims[j], dims[j - 1], rng)).ToArray();
        var x = Random(3, 5, rng);
        var y = Random(2, 5, rng);
        var flat = weights.SelectMany(w => w.ToColumnMajorArray()).ToArray();
        Matrix<double>[] Unflat(double[] v)
        {
            int o = 0;
            return Enumerable.Range(1, 3).Select(j =>
            {
                var m = Matrix<double>.Build.Dense(dims[j], dims[j - 1], v.AsSpan(o, dims[j] * dims[j - 1]).ToArray());
                o += dims[j] * dims[j - 1];
                return m;
            }).ToArray();
        }

        var g = HomogeneousNetwork.Gradient(weights, activation, x, y);
        if (wrong)
        {
            g[0] = g[0].Transpose().Transpose() * 2; // a deliberately wrong first-layer gradient
        }

        return FdError(flat, v => HomogeneousNetwork.Loss(Unflat(v), activation, x, y), g.SelectMany(m => m.ToColumnMajorArray()).ToArray());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(1.0)]
    public void HomogeneousNetwork_Gradient_MatchesFiniteDifferences(double slope)
    {
        var activation = slope == 1.0 ? Activation.Identity : slope == 0 ? Activation.Relu : Activation.LeakyRelu(slope);
        SeededProperty.Holds(seed => HomogeneousError(seed, activation, wrong: false) < 1e-5, maxTest: 10);
    }

    [Fact]
    public void HomogeneousNetwork_NegativeControl_WrongGradientIsRejected() =>
        SeededProperty.Rejects(seed => HomogeneousError(seed, Activation.Relu, wrong: true) < 1e-5, maxTest: 10);

    [Fact]
    public void AsymmetricFactorization_GradientMatchesFiniteDifferences_AndStepUsesOldPoint()
    {
        var rng = new MersenneTwister(3, threadSafe: false);
        var u = Random(4, 2, rng);
        var v = Random(3, 2, rng);
        var m = Random(4, 3, rng);
        var (gu, gv) = AsymmetricFactorization.Gradient(u, v, m);
        var flat = u.ToColumnMajorArray().Concat(v.ToColumnMajorArray()).ToArray();
        double F(double[] p) => AsymmetricFactorization.Value(Matrix<double>.Build.Dense(4, 2, p[..8]), Matrix<double>.Build.Dense(3, 2, p[8..]), m);
        Assert.True(FdError(flat, F, gu.ToColumnMajorArray().Concat(gv.ToColumnMajorArray()).ToArray()) < 1e-6);
        Assert.True(FdError(flat, F, gu.ToColumnMajorArray().Concat(gv.Transpose().Transpose().ToColumnMajorArray().Select(x => -x)).ToArray()) > 1e-3); // negative control
        var (u1, v1) = AsymmetricFactorization.Step(u, v, m, 0.01);
        Assert.True((u1 - (u - (0.01 * gu))).FrobeniusNorm() < 1e-14 && (v1 - (v - (0.01 * gv))).FrobeniusNorm() < 1e-14);
    }

    [Fact]
    public void WhitenedLoss_GradientIsChainOfWMinusPhi()
    {
        var rng = new MersenneTwister(5, threadSafe: false);
        var network = new DeepLinear.Numeric.Model.DeepLinearNetwork(Random(3, 2, rng), Random(2, 3, rng));
        var phi = Random(2, 2, rng);
        var g = WhitenedLoss.Gradient(network, phi);
        var flat = network.Factors().SelectMany(f => f.ToColumnMajorArray()).ToArray();
        double F(double[] p) => WhitenedLoss.Value(new DeepLinear.Numeric.Model.DeepLinearNetwork(Matrix<double>.Build.Dense(3, 2, p[..6]), Matrix<double>.Build.Dense(2, 3, p[6..])), phi);
        Assert.True(FdError(flat, F, g.SelectMany(m => m.ToColumnMajorArray()).ToArray()) < 1e-6);
    }
}
