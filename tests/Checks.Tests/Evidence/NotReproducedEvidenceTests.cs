using System.Text.Json;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Json;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Evidence;

/// <summary>The not-reproduced verdict: counted apart from refuted and inconclusive, written to JSON with its factor,
/// and rendered with the factor in reports.</summary>
public class NotReproducedEvidenceTests
{
    private static readonly NotReproducedEvidence Sample = new("N = 2: printed 7.73e-4, runs 2.1e-3–2.2e-3", 2.7, 2, 1.05, "dlv check --claim nrt/text23");

    private static IReadOnlyList<ClaimOutcome> Outcomes() => ClaimRunner.Run(
        [
            new Claim(new InventoryEntry("nrt/text23", "nrt", "Section 5", ClaimKind.Text, "η = 7.73e-4", "setting", [], "runs"), _ => CheckResult.NotReproduced("3 draws", Sample)),
            new Claim(new InventoryEntry("nrt/text24", "nrt", "Section 5", ClaimKind.Text, "s", "setting", [], "runs"), _ => CheckResult.NotCheckable("r")),
        ],
        new RunOptions(1, TimeSpan.FromSeconds(10), MaxParallelism: 1));

    [Fact]
    public void RunSummary_CountsNotReproducedApart()
    {
        var summary = RunSummary.Of(Outcomes());
        Assert.Equal(1, summary.NotReproduced);
        Assert.Equal(0, summary.Refuted);
        Assert.Equal(0, summary.Inconclusive);
        Assert.Equal(1, summary.NotCheckable);
        Assert.Contains("1 not-reproduced", summary.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CarriesVerdictAndFactor()
    {
        using var document = JsonDocument.Parse(ClaimOutcomeJsonWriter.ToJson(Outcomes()));
        var first = document.RootElement[0];
        Assert.Equal("not-reproduced", first.GetProperty("verdict").GetString());
        Assert.Equal("not-reproduced", first.GetProperty("evidence").GetProperty("type").GetString());
        Assert.Equal(2.7, first.GetProperty("evidence").GetProperty("factor").GetDouble());
    }

    [Fact]
    public void Markdown_StatesTheFactor_AndVerdictNamesRoundTrip()
    {
        string text = EvidenceMarkdown.Render(Outcomes()[0], 1);
        Assert.Contains("Not reproduced", text, StringComparison.Ordinal);
        Assert.Contains("factor 2.7", text, StringComparison.Ordinal);
        Assert.True(VerdictNames.TryParse("not-reproduced", out var v));
        Assert.Equal(Verdict.NotReproduced, v);
        Assert.False(VerdictNames.TryParse("not reproduced", out _));
    }
}
