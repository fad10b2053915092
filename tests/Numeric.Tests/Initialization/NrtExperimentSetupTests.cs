using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.SelfChecks;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Initialization;

public class NrtExperimentSetupTests
{
    [Fact]
    public void BalancedOrthogonal_IsBalancedTo1e12() => Assert.True(NumericSelfChecks.BalancedInitializationIsBalanced(1, 30).Passed);

    [Fact]
    public void Balancedness_NegativeControl_GaussianFactorsAreNotBalanced() =>
        SeededProperty.Rejects(seed =>
        {
            var rng = new MersenneTwister(seed, threadSafe: false);
            var network = new DeepLinearNetwork(Matrix<double>.Build.Random(3, 4, new MathNet.Numerics.Distributions.Normal(0, 1, rng)), Matrix<double>.Build.Random(2, 3, new MathNet.Numerics.Distributions.Normal(0, 1, rng)));
            return Balancedness.SpectralConstant(network) <= 1e-12;
        });

    [Theory]
    [InlineData(2, "70,2,70")]
    [InlineData(3, "70,2,36,70")]
    [InlineData(5, "70,2,19,36,53,70")]
    public void Widths_FollowSection5Rule(int depth, string expected) =>
        Assert.Equal(expected, NrtExperimentSetup.Widths(depth, 70, 2).ToString());

    [Fact]
    public void Create_SameSeed_GivesIdenticalBytes()
    {
        var a = NrtExperimentSetup.Create(3, 12, 2, 36, 9);
        var b = NrtExperimentSetup.Create(3, 12, 2, 36, 9);
        var c = NrtExperimentSetup.Create(3, 12, 2, 36, 10);
        Assert.Equal(Bytes(a.X, a.Y, a.Start), Bytes(b.X, b.Y, b.Start));
        Assert.NotEqual(Bytes(a.X, a.Y, a.Start), Bytes(c.X, c.Y, c.Start));
    }

    [Fact]
    public void Create_TargetHasRankR() =>
        Assert.Equal(2, MatrixDiagnostics.NumericalRank(NrtExperimentSetup.Create(4, 10, 2, 30, 3).Y));

    private static byte[] Bytes(Matrix<double> x, Matrix<double> y, DeepLinearNetwork start) =>
        x.ToColumnMajorArray().Concat(y.ToColumnMajorArray()).Concat(start.Factors().SelectMany(f => f.ToColumnMajorArray()))
            .SelectMany(BitConverter.GetBytes).ToArray();
}
