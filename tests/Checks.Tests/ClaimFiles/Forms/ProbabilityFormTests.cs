using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Forms;

public class ProbabilityFormTests
{
    private static ProbabilityForm Form(string check)
    {
        string indented = string.Join("\n", check.Split('\n').Select(l => "      " + l));
        string yaml = $"paper: {{ key: demo, title: \"Demo\" }}\nclaims:\n  - id: demo/lemma1\n    label: \"Lemma 1\"\n    kind: lemma\n    statement: 'x'\n    check:\n{indented}\n";
        var mapping = ClaimFileReader.Parse(yaml, "demo.yaml").Claims[0].Check.Node;
        return Assert.IsType<ProbabilityForm>(ClaimForms.ReplayableForm("probability", mapping, "demo/lemma1", "demo.yaml"));
    }

    private static MonteCarloEvidence Evidence(string check)
    {
        string indented = string.Join("\n", check.Split('\n').Select(l => "      " + l));
        string yaml = $"paper: {{ key: demo, title: \"Demo\" }}\nclaims:\n  - id: demo/lemma1\n    label: \"Lemma 1\"\n    kind: lemma\n    statement: 'x'\n    check:\n{indented}\n";
        var claim = DeepLinear.Checks.Catalog.ClaimCatalog.FromClaimFiles([ClaimFileReader.Parse(yaml, "demo.yaml")]).Claims[0];
        return Assert.IsType<MonteCarloEvidence>(claim.Check!(CheckContext.Direct()).Evidence);
    }

    [Theory]
    [InlineData("probability: \"x <= 0.9\"\nbound: 0.8\nover: { x: \"scalar(0, 1)\" }\ntrials: 500", false, "the first trial in which the event did not occur")]
    [InlineData("probability: \"x <= 0.5\"\nbound: 0.8\nover: { x: \"scalar(0, 1)\" }\ntrials: 500", false, "the first trial in which the event did not occur")]
    [InlineData("probability: \"x <= 0.1\"\nbound: 0.2\ndirection: at-most\nover: { x: \"scalar(0, 1)\" }\ntrials: 500", true, "the first trial in which the event occurred")]
    [InlineData("probability: \"x <= 2\"\nbound: 0.8\nover: { x: \"scalar(0, 1)\" }\ntrials: 50", true, "the first counted trial; the event occurred in every trial")]
    public void ReplayWorst_TheRecordedTrialsSeed_GivesTheRecordedEventValue(string check, bool expectedEvent, string why)
    {
        var trial = Evidence(check).Trial;
        Assert.NotNull(trial);
        Assert.Equal(expectedEvent, trial.EventOccurred);
        Assert.Equal(why, trial.Why);
        var replay = Form(check).ReplayWorst(trial.Seed, CheckContext.Direct());
        Assert.Equal(trial.EventOccurred, replay.EventOccurred);
        Assert.Contains(replay.Lines, l => l.StartsWith("the trial x = ", StringComparison.Ordinal));
    }

    [Fact]
    public void ReplayWorst_AnotherSeed_CanGiveAnotherEventValue()
    {
        // Negative control: the replay reads the seed; among the next seeds some trial has the other event value.
        string check = "probability: \"x <= 0.5\"\nbound: 0.8\nover: { x: \"scalar(0, 1)\" }\ntrials: 100";
        var trial = Evidence(check).Trial!;
        var form = Form(check);
        Assert.Contains(Enumerable.Range(1, 20), i => form.ReplayWorst(trial.Seed + (ulong)i, CheckContext.Direct()).EventOccurred != trial.EventOccurred);
    }
}
