using System.Text.Json;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Json;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Json;

public class ClaimOutcomeJsonWriterTests
{
    private static Claim Make(string id, Func<CheckContext, CheckResult>? check)
        => new(new InventoryEntry(id, "nrt", "Lemma 3.1", ClaimKind.Lemma, @"\|W\| \le M", "setting", [], "numeric"), check);

    private static IReadOnlyList<ClaimOutcome> Outcomes() => ClaimRunner.Run(
        [
            Make("nrt/lemma1", _ => CheckResult.Verified("s", new NumericEvidence("f", 10, 2, 0.1, double.NaN, 5,
                new TightnessResult(0.99, 4, 100, "restarts", 6)))),
            Make("nrt/lemma2", null),
            Make("nrt/lemma3", _ => throw new InvalidOperationException("boom")),
            Make("nrt/lemma4", _ => ExactCheck.ShapeError("nrt/lemma4", "d = 2", "2 ≠ 3")),
            Make("nrt/lemma5", _ => CheckResult.FromMonteCarlo("s", MonteCarloEvidence.FromCounts("e", 100, 99, 0.5, true, 3))),
            Make("nrt/lemma6", _ => CheckResult.NotCheckable("almost all", "nrt/lemma6#a")),
            Make("nrt/lemma7", _ => CheckResult.Inconclusive("s", new InconclusiveEvidence("budget", "100 runs", 100))),
            Make("nrt/lemma8", _ => ExactCheck.Proved("scope", ["1 = 1"], "arithmetic")),
        ],
        new RunOptions(1, TimeSpan.FromSeconds(10), MaxParallelism: 2));

    [Fact]
    public void ToJson_EveryObject_HasTheKeysInTheStatedOrder()
    {
        using var document = JsonDocument.Parse(ClaimOutcomeJsonWriter.ToJson(Outcomes()));
        Assert.Equal(JsonValueKind.Array, document.RootElement.ValueKind);
        Assert.Equal(8, document.RootElement.GetArrayLength());
        foreach (var element in document.RootElement.EnumerateArray())
        {
            Assert.Equal(ClaimOutcomeJsonWriter.Keys, element.EnumerateObject().Select(p => p.Name));
            Assert.Equal("type", element.GetProperty("evidence").EnumerateObject().First().Name);
        }
    }

    [Fact]
    public void ToJson_VerdictsAndStatuses_UseTheirStableNames()
    {
        using var document = JsonDocument.Parse(ClaimOutcomeJsonWriter.ToJson(Outcomes()));
        var verdicts = document.RootElement.EnumerateArray().Select(e => e.GetProperty("verdict").GetString()).ToList();
        Assert.Equal(["verified", "pending", "crashed", "refuted", "verified", "not-checkable", "inconclusive", "proved"], verdicts);
        var evidenceTypes = document.RootElement.EnumerateArray()
            .Select(e => e.GetProperty("evidence").GetProperty("type").GetString()).ToList();
        Assert.Equal(["numeric", "pending", "crash", "counterexample", "monte-carlo", "not-checkable", "inconclusive", "proof"], evidenceTypes);
    }

    [Fact]
    public void ToJson_NonFiniteNumber_IsWrittenAsAString()
    {
        using var document = JsonDocument.Parse(ClaimOutcomeJsonWriter.ToJson(Outcomes()));
        var evidence = document.RootElement[0].GetProperty("evidence");
        Assert.Equal("NaN", evidence.GetProperty("worstRatio").GetString());
        Assert.Equal(0.99, evidence.GetProperty("tightness").GetProperty("largestRatio").GetDouble());
    }

    [Fact]
    public void ToJson_MonteCarloWithoutStatedBound_WritesNullBound_AndNumberOtherwise()
    {
        var outcomes = ClaimRunner.Run(
            [
                Make("nrt/lemma1", _ => CheckResult.FromMonteCarlo("s", MonteCarloEvidence.FromCounts("e", 9, 0, double.NaN, true, 3))),
                Make("nrt/lemma2", _ => CheckResult.FromMonteCarlo("s", MonteCarloEvidence.FromCounts("e", 9, 9, 0.5, true, 3))),
            ],
            new RunOptions(1, TimeSpan.FromSeconds(10), MaxParallelism: 1));
        using var document = JsonDocument.Parse(ClaimOutcomeJsonWriter.ToJson(outcomes));
        Assert.Equal(JsonValueKind.Null, document.RootElement[0].GetProperty("evidence").GetProperty("bound").ValueKind);
        Assert.Equal("inconclusive", document.RootElement[0].GetProperty("verdict").GetString());
        Assert.Equal(0.5, document.RootElement[1].GetProperty("evidence").GetProperty("bound").GetDouble());
    }

    [Fact]
    public void ToJson_SameOutcomes_SameKeysAndValuesApartFromSeconds()
    {
        static string WithoutSeconds(string json)
        {
            using var document = JsonDocument.Parse(json);
            return string.Join("\n", document.RootElement.EnumerateArray().Select(e =>
                string.Join("|", e.EnumerateObject().Where(p => p.Name != "seconds").Select(p => p.Name + "=" + p.Value.GetRawText()))));
        }

        Assert.Equal(WithoutSeconds(ClaimOutcomeJsonWriter.ToJson(Outcomes())), WithoutSeconds(ClaimOutcomeJsonWriter.ToJson(Outcomes())));
    }

    [Fact]
    public void ToJson_Statement_IsCopiedVerbatim()
    {
        using var document = JsonDocument.Parse(ClaimOutcomeJsonWriter.ToJson(Outcomes()));
        Assert.Equal(@"\|W\| \le M", document.RootElement[0].GetProperty("statement").GetString());
        Assert.Equal("lemma", document.RootElement[0].GetProperty("kind").GetString());
    }
}
