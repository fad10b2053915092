using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Nrt;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Nrt;

/// <summary>The verdict of every engine-backed nrt check in the shared fast catalog run, and coverage of the inventory.</summary>
public class NrtEngineVerdictTests
{
    private static readonly Dictionary<string, Verdict> NotProvedOrVerified = new(StringComparer.Ordinal)
    {
        ["nrt/eq3.14"] = Verdict.Refuted,
        ["nrt/remark2.5#b-step"] = Verdict.Refuted,
        ["nrt/prop3.2#proof-induction"] = Verdict.Refuted,
        ["nrt/text23"] = Verdict.Inconclusive,
        ["nrt/thm2.2#b"] = Verdict.Refuted,
        ["nrt/thm2.6#b"] = Verdict.Inconclusive,
    };

    public static TheoryData<string> EngineIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var id in NrtEngineChecks.All.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(id);
            }

            return data;
        }
    }

    [Fact]
    public void Inventory_EveryNrtClaim_HasACheck()
    {
        var pending = ClaimCatalog.Default.Claims.Where(c => c.Id.Text.StartsWith("nrt/", StringComparison.Ordinal) && c.Check is null).Select(c => c.Id.Text).ToList();
        Assert.Empty(pending);
    }

    [Fact]
    public void EngineChecks_DoNotOverlapEngineFreeChecks()
    {
        Assert.Empty(NrtEngineChecks.All.Keys.Intersect(NrtChecks.All.Keys));
        Assert.All(NrtEngineChecks.All.Keys, id => Assert.NotNull(ClaimCatalog.Default.Get(id)));
    }

    [Theory]
    [MemberData(nameof(EngineIds))]
    public void Check_FastTier_ReachesExpectedVerdict(string id)
    {
        var outcome = FastCatalogRun.Of(id);
        Assert.Equal(OutcomeStatus.Completed, outcome.Status);
        var expected = NotProvedOrVerified.GetValueOrDefault(id, Verdict.Verified);
        var actual = outcome.Result!.Verdict;
        if (expected == Verdict.Verified)
        {
            Assert.True(actual is Verdict.Verified or Verdict.Proved, $"{id}: {actual} — {outcome.Result.Evidence.Summary()}");
        }
        else
        {
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void MonteCarloChecks_StateTheirBoundAndNeverClaimCertainty()
    {
        foreach (var id in new[] { "nrt/thm2.6#b" })
        {
            var evidence = Assert.IsType<MonteCarloEvidence>(FastCatalogRun.Of(id).Result!.Evidence);
            Assert.Equal(1.0, evidence.StatedBound);
            Assert.True(evidence.BoundIsLower);
            Assert.Equal(evidence.Trials, evidence.Successes);
        }
    }

    [Theory]
    [InlineData("nrt/prop3.2")]
    [InlineData("nrt/prop3.3#1")]
    [InlineData("nrt/text23")]
    public void Check_SameSeed_GivesIdenticalEvidence(string id)
    {
        var check = NrtEngineChecks.All[id];
        var a = check(CheckContext.Direct(7));
        var b = check(CheckContext.Direct(7));
        Assert.Equal(a.Verdict, b.Verdict);
        Assert.Equal(a.Evidence.Summary(), b.Evidence.Summary());
    }
}
