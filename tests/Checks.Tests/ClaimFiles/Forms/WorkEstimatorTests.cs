using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Forms;

public class WorkEstimatorTests
{
    /// <summary>The default limits of <c>dlv check --claims</c> (<c>--max-seconds 600</c>, <c>--max-memory 4096</c>).</summary>
    private const double DefaultMaxSeconds = 600, DefaultMaxBytes = 4096e6;

    private static IReadOnlyList<WorkEstimate> Estimate(string check)
    {
        string indented = string.Join("\n", check.Split('\n').Select(l => "      " + l));
        string yaml = $"paper: {{ key: demo, title: \"Demo\" }}\nclaims:\n  - id: demo/lemma1\n    label: \"Lemma 1\"\n    kind: lemma\n    statement: 'x'\n    check:\n{indented}\n";
        return WorkEstimator.Of(ClaimFileReader.Parse(yaml, "demo.yaml"));
    }

    [Fact]
    public void Of_BuiltInCatalog_EveryNumericCheckIsUnderTheDefaultLimits()
    {
        var estimates = BuiltInClaimFiles.All.SelectMany(WorkEstimator.Of).ToList();

        Assert.True(estimates.Count > 100, $"only {estimates.Count} numeric checks estimated");
        Assert.Empty(estimates.Where(e => !(e.Seconds <= DefaultMaxSeconds && e.Bytes <= DefaultMaxBytes)).Select(e => e.ClaimId + ": " + e.Text));
    }

    [Fact]
    public void Of_LargeGaussianTimesAMillionInstances_IsFarOverTheLimitAndNamesLineAndKey()
    {
        var e = Assert.Single(Estimate("inequality: \"normF(A*B) <= norm(A) * normF(B)\"\nover: { A: \"gaussian(2000, 2000)\", B: \"gaussian(2000, 2000)\" }\ninstances: 1000000"));

        Assert.Equal(2000, e.Dimension);
        Assert.True(e.Seconds > 1e7, e.Text);
        Assert.Equal("claims[demo/lemma1].check.instances", e.Key);
        Assert.Equal(10, e.Line);
        Assert.Contains("years", e.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_SmallClaim_IsFarUnderTheLimit()
    {
        // Negative control of the test above: the same claim at 3×3 and 200 instances.
        var e = Assert.Single(Estimate("inequality: \"normF(A*B) <= norm(A) * normF(B)\"\nsizes: { n: 1..3 }\nover: { A: \"gaussian(n, n)\", B: \"gaussian(n, n)\" }"));

        Assert.Equal(3, e.Dimension);
        Assert.True(e.Seconds < 1, e.Text);
    }

    [Fact]
    public void Of_SizesGeneratorsAndCounts_ScaleTheEstimate()
    {
        static double Seconds(int n, int instances) => Estimate($"inequality: \"normF(A*B) <= norm(A) * normF(B)\"\nsizes: {{ n: 1..{n} }}\nover: {{ A: \"gaussian(n, 2*n)\", B: \"gaussian(2*n, n)\" }}\ninstances: {instances}\ntightness: 0")[0].Seconds;

        Assert.InRange(Seconds(400, 1000) / Seconds(400, 100), 9.99, 10.01);
        Assert.InRange(Seconds(800, 100) / Seconds(400, 100), 7.9, 8.01);
        Assert.Equal(1600, Estimate("inequality: \"rank(prod(W)) <= width(W, 0)\"\nsizes: { N: 2..5 }\nover: { W: \"gaussiantuple(N, 1, 1600, 1)\", X: \"gaussian(width(W, 0), 7)\" }")[0].Dimension);
    }

    [Fact]
    public void Of_TrajectoryOnWideLayers_CountsEveryStepOfEveryRun()
    {
        var e = Assert.Single(Estimate("trajectory: \"L(W) <= L(Wprev)\"\nsizes: { m: 8 }\nover: { W0: \"balanced(4, 4096, 4096)\", X: \"gaussian(width(W0, 0), m)\", Y: \"gaussian(width(W0, 4), m)\" }\nrun: { step: 1e-3, iterations: 1000000, seeds: 3 }"));

        Assert.Equal(3e6, e.Runs);
        Assert.Equal(4096, e.Dimension);
        Assert.Equal("claims[demo/lemma1].check.run", e.Key);
        Assert.True(e.Seconds > 1e9, e.Text);
    }

    [Fact]
    public void Of_NegativeControls_AreEstimatedWithTheKeysTheyInherit()
    {
        var estimates = Estimate("probability: \"x <= 0.5\"\nbound: 0.4\nover: { x: \"scalar(0, 1)\" }\ntrials: 5000\nnegative-controls:\n  - probability: \"x <= 0.1\"\n    trials: 7000");

        Assert.Equal(2, estimates.Count);
        Assert.Equal(5000, estimates[0].Runs);
        Assert.Equal("claims[demo/lemma1].check.trials", estimates[0].Key);
        Assert.Equal(7000, estimates[1].Runs);
        Assert.Equal("claims[demo/lemma1].check.negative-controls[0].trials", estimates[1].Key);
    }
}
