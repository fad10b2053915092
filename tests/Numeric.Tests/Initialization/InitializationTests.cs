using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Tests.Generators;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Initialization;

public class InitializationTests
{
    [Fact]
    public void BalancedFor_ReproducesTargetAndIsBalanced() =>
        SeededProperty.Holds(seed => BalancedForError(seed, Initializations.BalancedFor) <= 1e-12);

    [Fact]
    public void BalancedFor_NegativeControl_NthRootOnFirstLayerOnlyIsRejected() =>
        SeededProperty.Rejects(seed => BalancedForError(seed, UnbalancedSplit) <= 1e-12);

    [Fact]
    public void BalancedFor_BottleneckNarrowerThanMinInputOutput_IsRejectedNamingTheLayer()
    {
        var a = Matrix<double>.Build.Dense(2, 3, 1);
        var e = Assert.Throws<NumericArgumentException>(() => Initializations.BalancedFor(a, new LayerDimensions(3, 1, 2)));
        Assert.Contains("d_1 = 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcghProcedure1_IsBalancedWithGaussianEndToEndMatrix()
    {
        var dims = new LayerDimensions(5, 6, 4, 1);
        var n = Initializations.AcghProcedure1(dims, 0.3, 7);
        Assert.True(Balancedness.FrobeniusConstant(n) <= 1e-12);
        var rng = new MersenneTwister(7, threadSafe: false);
        var a = Matrix<double>.Build.Dense(1, 5, (_, _) => MathNet.Numerics.Distributions.Normal.Sample(rng, 0, 0.3));
        Assert.True(TestInstances.RelativeError(n.Product(), a) <= 1e-12);
    }

    [Fact]
    public void Identity_UniformWidths_IsBalancedResidualNetwork()
    {
        var n = Initializations.Identity(LayerDimensions.Uniform(4, 3));
        Assert.Equal(Matrix<double>.Build.DenseIdentity(3), n.Product());
        Assert.Equal(0, Balancedness.SpectralConstant(n));
    }

    [Fact]
    public void HaarOrthogonal_IsOrthogonal() =>
        SeededProperty.Holds(seed =>
        {
            var rng = new MersenneTwister(seed, threadSafe: false);
            int n = 1 + rng.Next(8);
            var q = NrtExperimentSetup.HaarOrthogonal(n, rng);
            return (q.TransposeThisAndMultiply(q) - Matrix<double>.Build.DenseIdentity(n)).FrobeniusNorm() <= 1e-12;
        });

    [Fact]
    public void Whiten_GivesIdentityCovariance()
    {
        var x = Initializations.Whiten(Initializations.GaussianData(4, 12, 1));
        Assert.True((x.TransposeAndMultiply(x) - Matrix<double>.Build.DenseIdentity(4)).FrobeniusNorm() < 1e-10);
    }

    [Fact]
    public void Whiten_SingularXXt_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => Initializations.Whiten(Matrix<double>.Build.Dense(3, 2, 1)));
        Assert.Equal("x", e.Argument);
        Assert.Contains("full rank", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GaussianData_HasVarianceOneOverDAndThreeDSamples()
    {
        var x = Initializations.GaussianData(50, 11);
        Assert.Equal(150, x.ColumnCount);
        double variance = x.Enumerate().Select(v => v * v).Average();
        Assert.InRange(variance, 0.9 / 50, 1.1 / 50);
    }

    [Fact]
    public void RankTarget_HasRankR_AndAutoencoderCopiesX()
    {
        var x = Initializations.GaussianData(6, 18, 2);
        Assert.Equal(3, MatrixDiagnostics.NumericalRank(Initializations.RankTarget(x, 5, 3, 2.0, 9)));
        var (ax, ay) = Initializations.Autoencoder(x);
        Assert.Equal(x, ay);
        ay[0, 0] += 1;
        Assert.Equal(x, ax);
    }

    [Fact]
    public void TrbwGaussianTarget_HasRankOfNarrowestWidth()
    {
        var widths = NrtExperimentSetup.Widths(4, 20, 2, WidthRounding.Ceiling);
        var target = Initializations.TrbwGaussianTarget(widths, 3);
        Assert.Equal(2, MatrixDiagnostics.NumericalRank(target.Product()));
    }

    [Fact]
    public void DhlInitializations_BalancedVariancesGiveEqualExpectedSquaredNorms()
    {
        var w = DhlInitializations.Create(balanced: true, seed: 1);
        var norms = w.Select(m => m.FrobeniusNorm() * m.FrobeniusNorm()).ToArray();
        foreach (double norm in norms)
        {
            Assert.InRange(norm, 0.09, 0.11); // 10⁵·10⁻⁶ = 10⁴·10⁻⁵ = 10³·10⁻⁴ = 0.1
        }

        var unbalanced = DhlInitializations.Create(balanced: false, seed: 1);
        Assert.InRange(unbalanced[0].FrobeniusNorm() * unbalanced[0].FrobeniusNorm(), 9, 11);
    }

    [Fact]
    public void EveryInitializer_SameSeed_GivesIdenticalBytes_OtherSeedDiffers()
    {
        var dims = new LayerDimensions(4, 5, 3);
        foreach (var make in Initializers(dims))
        {
            Assert.Equal(make(3), make(3));
            Assert.NotEqual(make(3), make(4));
        }
    }

    [Theory]
    [InlineData(WidthRounding.NearestAwayFromZero, "5,1,3,5")]
    [InlineData(WidthRounding.Floor, "5,1,3,5")]
    [InlineData(WidthRounding.Ceiling, "5,1,3,5")]
    public void Widths_IntegerValue_IsTheSameForEveryRounding(WidthRounding rounding, string expected) =>
        Assert.Equal(expected, NrtExperimentSetup.Widths(3, 5, 1, rounding).ToString());

    [Theory]
    [InlineData(WidthRounding.NearestAwayFromZero, "4,1,3,4")]
    [InlineData(WidthRounding.Floor, "4,1,2,4")]
    [InlineData(WidthRounding.Ceiling, "4,1,3,4")]
    public void Widths_HalfwayValue_RoundsAsDocumented(WidthRounding rounding, string expected) =>
        Assert.Equal(expected, NrtExperimentSetup.Widths(3, 4, 1, rounding).ToString());

    [Fact]
    public void Widths_DepthOne_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => NrtExperimentSetup.Widths(1, 5, 2));
        Assert.Equal("depth", e.Argument);
        Assert.Equal("d", Assert.Throws<NumericArgumentException>(() => NrtExperimentSetup.Widths(3, 0, 2)).Argument);
    }

    [Fact]
    public void Gaussian_NegativeStd_IsRejected() =>
        Assert.Equal("std", Assert.Throws<NumericArgumentException>(() => Initializations.Gaussian(new LayerDimensions(2, 2), -1, 1)).Argument);

    private static IEnumerable<Func<int, byte[]>> Initializers(LayerDimensions dims) =>
    [
        seed => TestInstances.Bytes(Initializations.Gaussian(dims, 0.5, seed).Factors()),
        seed => TestInstances.Bytes(Initializations.AcghProcedure1(dims, 0.5, seed).Factors()),
        seed => TestInstances.Bytes(Initializations.TrbwGaussianTarget(dims, seed).Factors()),
        seed => TestInstances.Bytes(NrtExperimentSetup.BalancedOrthogonal(NrtExperimentSetup.Widths(3, 6, 2), seed).Factors()),
        seed => TestInstances.Bytes(Initializations.GaussianData(4, 12, seed)),
        seed => TestInstances.Bytes(Initializations.RankTarget(Initializations.GaussianData(4, 12, 1), 3, 2, 1.0, seed)),
        seed => TestInstances.Bytes(DhlInitializations.Create(true, seed, 6, 4, 2)),
        seed =>
        {
            var (x, y, start) = NrtExperimentSetup.Create(3, 12, 2, 36, seed);
            return TestInstances.Bytes([x, y, .. start.Factors()]);
        },
    ];

    private static double BalancedForError(int seed, Func<Matrix<double>, LayerDimensions, DeepLinearNetwork> split)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int depth = 2 + rng.Next(5);
        int d0 = 1 + rng.Next(5), dN = 1 + rng.Next(5);
        int min = Math.Min(d0, dN);
        var widths = Enumerable.Range(0, depth + 1).Select(j => j == 0 ? d0 : j == depth ? dN : min + rng.Next(3)).ToArray();
        var dims = new LayerDimensions(widths);
        var a = TestInstances.Gaussian(dN, d0, rng);
        var n = split(a, dims);
        return TestInstances.RelativeError(n.Product(), a) + (Balancedness.SpectralConstant(n) / Math.Max(1, a.L2Norm()));
    }

    // A valid factorization (product = A) that is not balanced: all of A in W₁, identities elsewhere.
    private static DeepLinearNetwork UnbalancedSplit(Matrix<double> a, LayerDimensions dims)
    {
        var factors = new Matrix<double>[dims.Depth];
        int k = Math.Min(dims.InputWidth, dims.OutputWidth);
        var svd = a.Svd(computeVectors: true);
        for (int j = 1; j <= dims.Depth; j++)
        {
            var m = Matrix<double>.Build.Dense(dims.Width(j), dims.Width(j - 1));
            for (int i = 0; i < k; i++)
            {
                if (j == 1)
                {
                    for (int c = 0; c < dims.InputWidth; c++)
                    {
                        m[i, c] = svd.S[i] * svd.VT[i, c];
                    }
                }
                else if (j == dims.Depth)
                {
                    for (int r = 0; r < dims.OutputWidth; r++)
                    {
                        m[r, i] = svd.U[r, i];
                    }
                }
                else
                {
                    m[i, i] = 1;
                }
            }

            factors[j - 1] = m;
        }

        return new DeepLinearNetwork(factors);
    }
}
