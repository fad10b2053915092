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
        ["nrt/text23"] = Verdict.NotReproduced,
    };

    public static TheoryData<string> EngineIds
    {
        get
        {
            var data = new TheoryData<string>();
            // The nrt claims whose C# check needs an engine: every code claim not checked in the engine-free NrtChecks.
            var engineClaims = BuiltInClaimFiles.All.Single(f => f.Paper.Key == "nrt").Claims
                .Where(c => c.Check.Form == "code" && BuiltInChecks.Registered[c.Check.FormText!].Run.Method.DeclaringType != typeof(NrtChecks))
                .Select(c => c.Entry.Id);
            foreach (var id in engineClaims.Order(StringComparer.Ordinal))
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
    public void DescentGlobalMinimumPerDraw_StartAtTheSaddleZero_IsRefuted()
    {
        // Negative control of nrt/thm2.6#b~fixed: W⃗(0) = 0 is critical (in the null set the theorem excludes), so
        // descent stays at L¹(0) > 0 = min L², converged, and the per-draw check must refute.
        var control = NrtExperimentChecks.DescentGlobalMinimumPerDraw(CheckContext.Direct(), startAtSaddle: true);
        Assert.Equal(Verdict.Refuted, control.Verdict);
        Assert.Equal(Verdict.Verified, FastCatalogRun.Of("nrt/thm2.6#b~fixed").Result!.Verdict);
    }

    [Fact]
    public void SetConstantsFinite_HalvedBalancednessBound_IsRefuted()
    {
        // Negative control of nrt/text10: δ_ℬ ≤ R² is attained by (W₁, W₂) = (0, R·unit), so ½R² must fail.
        Assert.Equal(Verdict.Refuted, NrtEngineChecks.SetConstantsFinite(CheckContext.Direct(), deltaFactor: 0.5).Verdict);
    }

    [Fact]
    public void PrintedStepSizes_ValuesOurDrawsGive_AreVerifiedAndPrintedOnesNotReproduced()
    {
        // Negative control of nrt/text23: values inside the draws' ranges (N = 2: 2.1–2.3·10⁻³, N = 3: 6.3–6.9·10⁻⁴,
        // N = 5: 1.7–2.2·10⁻⁴) must be reproduced; the printed ones are not reproduced, with the factor.
        var control = NrtExperimentChecks.PrintedStepSizes(CheckContext.Direct(), [(2, 2.2e-3), (3, 6.6e-4), (5, 1.9e-4)]);
        Assert.Equal(Verdict.Verified, control.Verdict);
        var printed = NrtExperimentChecks.PrintedStepSizes(CheckContext.Direct());
        Assert.Equal(Verdict.NotReproduced, printed.Verdict);
        var evidence = Assert.IsType<NotReproducedEvidence>(printed.Evidence);
        Assert.InRange(evidence.ClosestFactor, 2, 10);
    }

    [Theory]
    [InlineData("nrt/prop3.2#proof-claim")]
    [InlineData("nrt/prop3.3#1")]
    [InlineData("nrt/text23")]
    public void Check_SameSeed_GivesIdenticalEvidence(string id)
    {
        var check = ClaimCatalog.Default.Get(id).Check!;
        var a = check(CheckContext.Direct(7) with { ClaimId = id });
        var b = check(CheckContext.Direct(7) with { ClaimId = id });
        Assert.Equal(a.Verdict, b.Verdict);
        Assert.Equal(a.Evidence.Summary(), b.Evidence.Summary());
    }
}
