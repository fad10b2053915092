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

    [Fact]
    public void ReluNetworkDescent_TrackedFirstLayer_FollowsTheDirectDescent()
    {
        // d > m as well as d < m would do; dhl Figure 2 has d = m. 300 steps, step large enough to move the ReLU patterns.
        const int d = 9, h = 6, p = 3, m = 11, steps = 300;
        const double eta = 0.05;
        var rng = new Random(11);
        double[] Fill(int n, double scale) => Enumerable.Range(0, n).Select(_ => scale * (rng.NextDouble() - 0.5)).ToArray();
        var x = Fill(d * m, 2);
        var y = Fill(p * m, 2);
        double[][] w = [Fill(h * d, 1), Fill(h * h, 1), Fill(p * h, 1)];
        var direct = new ReluNetworkDescent(d, h, p, m, x, y, w);
        var tracked = new ReluNetworkDescent(d, h, p, m, x, y, w, trackFirstLayerProduct: true);
        var slower = new ReluNetworkDescent(d, h, p, m, x, y, w, trackFirstLayerProduct: true);
        var nd = new double[3];
        var nt = new double[3];
        var ns = new double[3];
        double worst = 0, control = 0;
        for (int k = 0; k < steps; k++)
        {
            double ld = direct.Step(eta);
            double lt = tracked.Step(eta);
            slower.Step(eta * 0.99);
            direct.SquaredNorms(nd);
            tracked.SquaredNorms(nt);
            slower.SquaredNorms(ns);
            worst = Math.Max(worst, Math.Abs(ld - lt) / (1 + Math.Abs(ld)));
            for (int l = 0; l < 3; l++)
            {
                worst = Math.Max(worst, Math.Abs(nd[l] - nt[l]) / (1 + nd[l]));
                control = Math.Max(control, Math.Abs(nd[l] - ns[l]) / (1 + nd[l]));
            }
        }

        Assert.True(worst < 1e-11, "tracked and direct descents differ by " + worst.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        var wd = direct.Weights[0];
        var wt = tracked.Weights[0];
        for (int i = 0; i < wd.Length; i++)
        {
            Assert.Equal(wd[i], wt[i], 10);
        }

        // Negative control: the comparison tells a 1 % smaller step apart.
        Assert.True(control > 1e-4, "a 1 % smaller step was not told apart: " + control.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }
}
