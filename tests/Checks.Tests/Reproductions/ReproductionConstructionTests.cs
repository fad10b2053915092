using DeepLinear.Checks.Reproductions;
using Xunit;

namespace DeepLinear.Checks.Tests.Reproductions;

public class ReproductionConstructionTests
{
    [Fact]
    public void AcghClaim4_LossNeverBelowLemma17BoundAndStaysFinite()
    {
        var result = AcghClaimReproductions.Claim4(ReproductionOptions.QuickDefault);
        Assert.All(result.Rows, r => Assert.Equal(ReproductionVerdict.Reproduced, r.Verdict));
        Assert.All(result.Rows, r => Assert.True(double.IsFinite((double)r.Fields.Single(f => f.Key == "final_log10_loss").Value)));
    }

    [Fact]
    public void AcghClaim5_LossNeverBelowHalfLambdaSquared()
    {
        var result = AcghClaimReproductions.Claim5(ReproductionOptions.QuickDefault);
        Assert.All(result.Rows, r => Assert.Equal(ReproductionVerdict.Reproduced, r.Verdict));
    }

    [Fact]
    public void LccSaddles_ExactChecksPassAndEscapeRunConverges()
    {
        var result = LccSaddleReproduction.Saddles(ReproductionOptions.QuickDefault);
        Assert.All(result.Rows, r => Assert.Equal(ReproductionVerdict.Reproduced, r.Verdict));
        Assert.Contains(result.Rows, r => r.Fields.Any(f => f.Key == "quantity" && (string)f.Value == "escape_run"));
    }

    [Fact]
    public void SignedLog_ArithmeticMatchesDoublesAndNeverOverflows()
    {
        var a = SignedLog.From(3);
        var b = SignedLog.From(-5);
        Assert.Equal(-2, (a + b).ToDouble(), 12);
        Assert.Equal(8, (a - b).ToDouble(), 12);
        Assert.Equal(-15, (a * b).ToDouble(), 12);
        Assert.Equal(SignedLog.Zero, a - a);

        // Negative control: plain doubles overflow where the log domain does not.
        var huge = SignedLog.From(1e300).Pow(1000);
        Assert.True(double.IsInfinity(Math.Pow(1e300, 1000)));
        Assert.Equal(300000, huge.Log10, 6);
    }

    [Fact]
    public void ReluNetworkDescent_GradientMatchesHomogeneousNetwork()
    {
        var rng = new MathNet.Numerics.Random.MersenneTwister(4, threadSafe: false);
        int d = 7, h = 5, p = 3, m = 6;
        double N() => MathNet.Numerics.Distributions.Normal.Sample(rng, 0, 1);
        var x = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(d, m, (_, _) => N());
        var y = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(p, m, (_, _) => N());
        var w = new[] { (h, d), (h, h), (p, h) }.Select(s => MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(s.Item1, s.Item2, (_, _) => N())).ToArray();
        var descent = new ReluNetworkDescent(d, h, p, m, x.ToRowMajorArray(), y.ToRowMajorArray(), w.Select(v => v.ToRowMajorArray()).ToArray());
        double eta = 0.1;
        double loss = descent.Step(eta);
        var net = new DeepLinear.Numeric.Losses.HomogeneousNetwork(DeepLinear.Numeric.Losses.Activation.Relu, x, y);
        Assert.Equal(net.Value(w) / m, loss, 10);
        var grads = net.Gradient(w);
        var after = descent.Weights;
        for (int l = 0; l < 3; l++)
        {
            var expected = (w[l] - (eta / m * grads[l])).ToRowMajorArray();
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], after[l][i], 10);
            }
        }

        // Negative control: a wrong step size does not match.
        var wrong = (w[0] - (2 * eta / m * grads[0])).ToRowMajorArray();
        Assert.Contains(Enumerable.Range(0, wrong.Length), i => Math.Abs(wrong[i] - after[0][i]) > 1e-6);
    }
}
