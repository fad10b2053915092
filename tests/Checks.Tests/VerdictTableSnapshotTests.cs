using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;
using Snapshooter.Xunit;
using Xunit;

namespace DeepLinear.Checks.Tests;

/// <summary>
/// Snapshots of the verdict table (id | verdict | scope | key numbers at 3 significant digits, no timings): any change
/// of a verdict or of its evidence fails until the snapshot is deliberately updated (delete the .snap file, rerun,
/// review the new file, commit).
/// </summary>
public class VerdictTableSnapshotTests
{
    private static string[] Table(IReadOnlyList<ClaimOutcome> outcomes)
        => VerdictTable.Render(outcomes).TrimEnd('\n').Split('\n');

    [Fact]
    public void VerdictTable_WholeCatalog_MatchesSnapshot()
        => Snapshot.Match(Table(FastCatalogRun.Outcomes));

    [Fact]
    public void VerdictTable_NrtProposition32_MatchesSnapshot()
        => Snapshot.Match(Table(FastCatalogRun.Select("nrt/prop3.2")));

    [Fact]
    public void VerdictTable_NrtLemma31_MatchesSnapshot()
        => Snapshot.Match(Table(FastCatalogRun.Select("nrt/lemma3.1")));

    [Fact]
    public void VerdictTable_BalancednessStatements_MatchesSnapshot()
        => Snapshot.Match(Table([.. FastCatalogRun.Select("nrt/prop3.3#1"), .. FastCatalogRun.Select("dhl/lemma3.1#i")]));

    [Fact]
    public void VerdictTable_SecondRun_IsIdentical()
        => Assert.Equal(Table(FastCatalogRun.Outcomes), Table(ClaimRunner.Run(ClaimCatalog.Default.Claims, FastCatalogRun.Options)));
}
