using System.Globalization;
using System.Text.RegularExpressions;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.Tests.ClaimFiles.Forms;

public class InequalityFormTests
{
    private static InequalityForm Form(string check)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(check));
        return InequalityForm.Create(new FormNode((YamlMappingNode)stream.Documents[0].RootNode, "demo/lemma1", "demo.yaml"));
    }

    private static CheckResult Run(string check) => Form(check).Run(CheckContext.Direct());

    [Fact]
    public void Run_TrueClaim_ReportsTheTightnessSearchWithSlackAndMethod()
    {
        var result = Run("inequality: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }\ninstances: 5");
        Assert.Equal(Verdict.Verified, result.Verdict);
        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        var tightness = Assert.IsType<TightnessResult>(evidence.Tightness);
        Assert.Equal(InequalityForm.DefaultTightness, tightness.Evaluations);
        Assert.Contains("local search", tightness.Method, StringComparison.Ordinal);

        // Five uniform draws stay well below 1; moving the draws gets much closer to equality.
        Assert.True(evidence.WorstRatio < 0.99, $"worst sampled ratio {evidence.WorstRatio}");
        Assert.InRange(tightness.LargestRatio, 0.999, 1.0);
        Assert.InRange(tightness.SmallestSlack, 0.0, 0.001);
        Assert.Contains("smallest slack", tightness.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ClaimFalseOnlyNearTheEdge_RefutedByTheTightnessSearchAndShrunk()
    {
        // Negative control of the search: five samples never reach x > 0.999, the search does; the witness is then
        // simplified to x = 1 (inside scalar(0, 1)) and re-checked.
        var result = Run("inequality: \"x <= 0.999\"\nover: { x: \"scalar(0, 1)\" }\ninstances: 5");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var counterexample = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.StartsWith("x = 1; instance seed ", counterexample.WitnessText, StringComparison.Ordinal);
        Assert.Contains("uniform draws moved by the tightness search", counterexample.WitnessText, StringComparison.Ordinal);
        Assert.Contains("entries of x simplified", counterexample.WitnessText, StringComparison.Ordinal);
        Assert.StartsWith("lhs = 1 > rhs = 0.999", counterexample.Violation, StringComparison.Ordinal);
        Assert.True(counterexample.Shrunk);

        var off = Run("inequality: \"x <= 0.999\"\nover: { x: \"scalar(0, 1)\" }\ninstances: 5\ntightness: 0");
        Assert.Equal(Verdict.Verified, off.Verdict);
        Assert.Null(Assert.IsType<NumericEvidence>(off.Evidence).Tightness);
    }

    [Fact]
    public void Run_Counterexample_ShrunkOverSizesAndEntries()
    {
        var result = Run("inequality: \"normF(A) <= 2\"\nsizes: { n: 1..4 }\nover: { A: \"gaussian(n, n)\" }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var counterexample = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.True(counterexample.Shrunk);
        var match = Regex.Match(counterexample.WitnessText, @"A = \[(.*)\]; instance seed");
        Assert.True(match.Success, counterexample.WitnessText);
        var entries = Regex.Matches(match.Groups[1].Value, @"-?[0-9.E+-]+").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.All(entries, x => Assert.Equal(Math.Round(10 * x), 10 * x, 9));
        Assert.True(entries.Count(x => x == 0) >= entries.Count / 2, counterexample.WitnessText);

        // The shrunk witness still violates the claim: normF > 2 from its printed entries.
        Assert.True(Math.Sqrt(entries.Sum(x => x * x)) > 2, counterexample.WitnessText);
    }

    [Fact]
    public void Run_EqualityClaim_HasNoTightnessSearch()
    {
        var result = Run("inequality: \"tr(A*B) == tr(B*A)\"\nsizes: { n: 1..3 }\nover: { A: \"gaussian(n, n)\", B: \"gaussian(n, n)\" }\ninstances: 20");
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.Null(Assert.IsType<NumericEvidence>(result.Evidence).Tightness);
    }

    [Fact]
    public void ReplayWorst_FromTheRecordedSeed_GivesTheRecordedWorstRatio()
    {
        var form = Form("inequality: \"normF(A*B) <= norm(A) * normF(B)\"\nsizes: { n: 1..4 }\nover: { A: \"gaussian(n, n)\", B: \"gaussian(n, n)\" }\ninstances: 50");
        var evidence = Assert.IsType<NumericEvidence>(form.Run(CheckContext.Direct()).Evidence);
        Assert.NotNull(evidence.WorstSeed);
        ulong worstSeed = evidence.WorstSeed.Value;
        var replay = form.ReplayWorst(worstSeed);
        Assert.False(replay.IsCounterexample);
        Assert.Equal(evidence.WorstRatio, replay.Ratio);
        Assert.Contains(replay.Lines, l => l.StartsWith("A = [[", StringComparison.Ordinal));
        Assert.Contains(replay.Lines, l => l.StartsWith("lhs = ", StringComparison.Ordinal));

        // Negative control: another instance seed is another instance.
        Assert.NotEqual(evidence.WorstRatio, form.ReplayWorst(worstSeed + 1).Ratio);
    }

    [Theory]
    [InlineData("inequality: \"det(A + B) >= det(A) + det(B)\"\nsizes: { n: 2..5 }\nover: { A: \"symmetric(n)\", B: \"symmetric(n)\" }")]
    [InlineData("inequality: \"x <= 0.999\"\nover: { x: \"scalar(0, 1)\" }\ninstances: 5")]
    public void ReplayCounterexample_FromItsSeed_GivesTheRecordedViolation(string check)
    {
        var form = Form(check);
        var counterexample = Assert.IsType<CounterexampleEvidence>(form.Run(CheckContext.Direct()).Evidence);
        var replay = form.ReplayCounterexample(counterexample.Seed!.Value, CheckContext.Direct());
        Assert.True(replay.IsCounterexample);
        Assert.Equal(counterexample.Violation, replay.Violation);
        Assert.True(replay.Lhs > replay.Rhs);
    }

    [Fact]
    public void ReplayCounterexample_SeedOfAnInstanceThatHolds_ReportsNoViolation()
    {
        var form = Form("inequality: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }");
        var replay = form.ReplayCounterexample(5, CheckContext.Direct());
        Assert.Null(replay.Violation);
        Assert.Contains(replay.Lines, l => l.Contains("neither this instance nor the tightness search", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_BadTightness_IsAFileError()
    {
        var error = Assert.Throws<ClaimFileException>(() => Form("inequality: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }\ntightness: -1"));
        Assert.Contains("check.tightness' = '-1': must be an integer in 0..100000", error.Message, StringComparison.Ordinal);
    }
}
