using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Tests;

/// <summary>
/// The fast-tier run of the whole catalog with the default seed, computed once per test process (in parallel on the
/// available cores) and shared by the per-claim theory, the verdict-table snapshots and the report regeneration test,
/// so the theorem-check run costs one catalog run (plus one more for the determinism test).
/// </summary>
internal static class FastCatalogRun
{
    /// <summary>The options of the run: default seed, fast tier, a generous per-claim budget (tests run under load).</summary>
    public static readonly RunOptions Options = new(CheckContext.DefaultSeed, TimeSpan.FromSeconds(90));

    private static readonly Lazy<IReadOnlyList<ClaimOutcome>> LazyOutcomes = new(
        () => ClaimRunner.Run(ClaimCatalog.Default.Claims, Options), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The outcomes, in catalog order.</summary>
    public static IReadOnlyList<ClaimOutcome> Outcomes => LazyOutcomes.Value;

    /// <summary>The outcome of one claim.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The outcome.</returns>
    public static ClaimOutcome Of(string id) => Outcomes.Single(o => o.Claim.Id.Text == id);

    /// <summary>The outcomes of a selection (<see cref="ClaimCatalog.Select"/>), in catalog order.</summary>
    /// <param name="claimId">The claim id (with its parts and fixed variants).</param>
    /// <returns>The outcomes.</returns>
    public static IReadOnlyList<ClaimOutcome> Select(string claimId)
    {
        var ids = ClaimCatalog.Default.Select(null, claimId).Select(c => c.Id.Text).ToHashSet(StringComparer.Ordinal);
        return Outcomes.Where(o => ids.Contains(o.Claim.Id.Text)).ToList();
    }
}
