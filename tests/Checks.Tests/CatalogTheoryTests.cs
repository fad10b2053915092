using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests;

/// <summary>The theorem-check run: one test case per claim of the catalog (outcomes of the shared fast run).</summary>
public class CatalogTheoryTests(ITestOutputHelper output)
{
    public static TheoryData<string> ClaimIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var claim in ClaimCatalog.Default.Claims)
            {
                data.Add(claim.Id.Text);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ClaimIds))]
    public void Claim_Runs_ToAVerdictOrIsVisiblyPending(string id)
    {
        var outcome = FastCatalogRun.Of(id);
        output.WriteLine(VerdictTable.Line(outcome));
        output.WriteLine(outcome.Result?.Evidence.Summary() ?? outcome.Problem ?? string.Empty);
        Assert.True(
            outcome.Status is OutcomeStatus.Completed or OutcomeStatus.Pending,
            $"{id}: {outcome.VerdictName} ({outcome.Problem})");
        if (outcome.Status == OutcomeStatus.Pending)
        {
            Assert.Null(outcome.Claim.Check);
            Assert.Equal("pending", outcome.VerdictName);
        }
        else
        {
            Assert.NotNull(outcome.Result);
            Assert.False(string.IsNullOrWhiteSpace(outcome.Result.Scope), id);
        }
    }
}
