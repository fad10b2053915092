using System.Text.RegularExpressions;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests;

/// <summary>
/// Catalog-wide rules every verdict must obey, checked on the shared fast run: a verified inequality never has a tried
/// instance with lhs/rhs above 1 (beyond rounding), a refutation always carries a witness, a not-checkable verdict a
/// reason, and no verdict rests on zero instances.
/// </summary>
public class CatalogSanityTests
{
    [Fact]
    public void Verified_NumericEvidence_HasNoInstanceAboveTheBound()
    {
        var bad = FastCatalogRun.Outcomes
            .Where(o => o.Result is { Verdict: Verdict.Verified, Evidence: NumericEvidence n } && !(n.WorstRatio <= 1 + 1e-6))
            .Select(o => $"{o.Claim.Id.Text}: worst lhs/rhs {((NumericEvidence)o.Result!.Evidence).WorstRatio:G6}")
            .ToList();
        Assert.True(bad.Count == 0, "verified with an instance above its bound:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void Verified_Evidence_TriedAtLeastOneInstance()
    {
        var bad = FastCatalogRun.Outcomes
            .Where(o => o.Result is { Verdict: Verdict.Verified } r
                && ((r.Evidence is NumericEvidence n && n.InstancesTried < 1) || (r.Evidence is MonteCarloEvidence m && m.Trials < 1)))
            .Select(o => o.Claim.Id.Text)
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Refuted_Evidence_CarriesAWitnessAndARerunCommand()
    {
        var bad = FastCatalogRun.Outcomes
            .Where(o => o.Result is { Verdict: Verdict.Refuted } r
                && (r.Evidence is not CounterexampleEvidence c || string.IsNullOrWhiteSpace(c.WitnessText) || !c.Rerun.StartsWith("dlv check --claim ", StringComparison.Ordinal)))
            .Select(o => o.Claim.Id.Text)
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void NotCheckable_Evidence_GivesAReasonAndExistingSubClaims()
    {
        var ids = FastCatalogRun.Outcomes.Select(o => o.Claim.Id.Text).ToHashSet(StringComparer.Ordinal);
        var bad = FastCatalogRun.Outcomes
            .Where(o => o.Result is { Verdict: Verdict.NotCheckable } r
                && (r.Evidence is not NotCheckableEvidence x || string.IsNullOrWhiteSpace(x.Reason) || x.SubClaimIds.Any(s => !ids.Contains(s))))
            .Select(o => o.Claim.Id.Text)
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Run_NoCheckCrashedOrRanOutOfBudget()
    {
        var bad = FastCatalogRun.Outcomes
            .Where(o => o.Status is OutcomeStatus.Crashed or OutcomeStatus.OutOfBudget)
            .Select(o => $"{o.Claim.Id.Text}: {o.VerdictName}: {o.Problem}")
            .ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Catalog_EveryClaimOfEveryPaperHasACheck()
    {
        var pending = FastCatalogRun.Outcomes.Where(o => o.Status == OutcomeStatus.Pending).Select(o => o.Claim.Id.Text).ToList();
        Assert.True(pending.Count == 0, "claims without a check: " + string.Join(", ", pending));
        Assert.Equal(["nrt", "lcc", "trbw", "acgh", "dhl"], FastCatalogRun.Outcomes.Select(o => o.Claim.Id.Paper).Distinct().ToArray());
    }

    [Fact]
    public void Report_RenderedEvidence_ShowsNoNaNCell()
    {
        var bad = FastCatalogRun.Outcomes
            .Where(o => HasNaNCell(EvidenceMarkdown.Render(o, FastCatalogRun.Options.Seed)))
            .Select(o => o.Claim.Id.Text)
            .ToList();
        Assert.True(bad.Count == 0, "evidence tables with a NaN cell (a missing value must be said in words): " + string.Join(", ", bad));
    }

    [Fact]
    public void Report_NegativeControl_NaNCellIsDetected()
    {
        Assert.True(HasNaNCell("| 9 | 0 | 0 | [0, 0.2991] | ≥ NaN |"));
        Assert.True(HasNaNCell("| NaN | 1 |"));
        Assert.False(HasNaNCell("| 9 | 0 | 0 | [0, 0.2991] | none stated |\nreported as 'diverged', never as NaN."));
    }

    /// <summary>A Markdown table cell whose value is NaN (optionally after ≥ or ≤).</summary>
    private static bool HasNaNCell(string markdown) =>
        Regex.IsMatch(markdown, @"\|\s*[≥≤]?\s*NaN\s*\|");

    [Fact]
    public void Tightness_EverySearchFoundAnInstanceMeetingTheHypotheses()
    {
        var bad = FastCatalogRun.Outcomes
            .Where(o => o.Result is { Evidence: NumericEvidence n } && SearchFoundNothing(n))
            .Select(o => o.Claim.Id.Text)
            .ToList();
        Assert.True(bad.Count == 0, "tightness searches that never met the hypotheses (reparametrize them): " + string.Join(", ", bad));
    }

    [Fact]
    public void Tightness_NegativeControl_SearchWithoutAdmissiblePointIsDetected()
    {
        var empty = new NumericEvidence("f", 10, 0, 0.1, 0.9, 1, new TightnessResult(double.NegativeInfinity, 3, 36, "restarts", 2));
        var found = empty with { Tightness = new TightnessResult(0.95, 3, 300, "restarts", 2) };
        Assert.True(SearchFoundNothing(empty));
        Assert.False(SearchFoundNothing(found));
    }

    private static bool SearchFoundNothing(NumericEvidence n) => n.Tightness is { } t && double.IsNegativeInfinity(t.LargestRatio);
}
