using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Dynamics;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>
/// The product flow evaluates its RK4 stages with the rank-k field, so the method keeps fourth order at rank-deficient
/// W (trbw Theorem 4: the flow lives on ℳ_k); the threshold-rank field sees the O(h²) singular values of the stage
/// points and converges more slowly there.
/// </summary>
public class ProductFlowOrderTests
{
    private static (Matrix<double> W0, RegressionData Data) RankOneSetting()
    {
        var rng = new MathNet.Numerics.Random.MersenneTwister(11, threadSafe: false);
        var normal = new MathNet.Numerics.Distributions.Normal(0, 1, rng);
        var x = Matrix<double>.Build.Random(2, 6, normal) * (1 / Math.Sqrt(2));
        var y = Matrix<double>.Build.Random(3, 6, normal) * 0.5;
        var w0 = Matrix<double>.Build.Random(3, 1, normal) * Matrix<double>.Build.Random(1, 2, normal);
        return (w0, new RegressionData(x, y));
    }

    [Fact]
    public void Run_RankDeficientStartDepthTwo_ConvergesAtFourthOrder()
    {
        var (w0, data) = RankOneSetting();
        var reference = ProductFlow.Run(w0, data, 2, 1, 1, 0.0025).Final;
        double coarse = (ProductFlow.Run(w0, data, 2, 1, 1, 0.04).Final - reference).FrobeniusNorm();
        double fine = (ProductFlow.Run(w0, data, 2, 1, 1, 0.02).Final - reference).FrobeniusNorm();

        Assert.True(coarse / fine > 10, $"error ratio {coarse / fine} for halving the step (fourth order gives about 16)");
    }

    [Fact]
    public void Field_ThresholdRankAtStagePoint_DiffersFromRankKField()
    {
        // Negative control: off the manifold (a rank-1 matrix plus a small normal perturbation) the threshold-rank field
        // treats the perturbation as a second singular direction, the rank-k field does not.
        var (w0, data) = RankOneSetting();
        var svd = w0.Svd(computeVectors: true);
        var normal = 1e-4 * svd.U.Column(1).OuterProduct(svd.VT.Row(1));
        var stage = w0 + normal;
        double difference = (ProductFlow.Field(stage, data, 2) - ProductFlow.Field(stage, data, 2, 1)).FrobeniusNorm();

        Assert.True(difference > 1e-6, $"difference {difference}");
    }
}
