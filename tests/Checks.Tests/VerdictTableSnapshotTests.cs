using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;
using Snapshooter.Xunit;
using Xunit;

namespace DeepLinear.Checks.Tests;

/// <summary>
/// Snapshots of the verdict table (id | verdict | scope | key numbers at 3 significant digits, no timings): any change
/// of a verdict or of its evidence fails until the snapshot is deliberately updated.
/// </summary>
public class VerdictTableSnapshotTests
{
    private static readonly RunOptions Options = new(CheckContext.DefaultSeed, TimeSpan.FromSeconds(30));

    private static string[] Table(IReadOnlyList<Claim> claims)
        => VerdictTable.Render(ClaimRunner.Run(claims, Options)).TrimEnd('\n').Split('\n');

    [Fact]
    public void VerdictTable_WholeCatalog_MatchesSnapshot()
        => Snapshot.Match(Table(ClaimCatalog.Default.Claims));

    [Fact]
    public void VerdictTable_NrtProposition32_MatchesSnapshot()
        => Snapshot.Match(Table(ClaimCatalog.Default.Select(null, "nrt/prop3.2")));

    [Fact]
    public void VerdictTable_NrtLemma31_MatchesSnapshot()
        => Snapshot.Match(Table(ClaimCatalog.Default.Select(null, "nrt/lemma3.1")));

    [Fact]
    public void VerdictTable_BalancednessStatements_MatchesSnapshot()
        => Snapshot.Match(Table([.. ClaimCatalog.Default.Select(null, "nrt/prop3.3#1"), .. ClaimCatalog.Default.Select(null, "dhl/lemma3.1#i")]));

    [Fact]
    public void VerdictTable_SameRunTwice_IsIdentical()
        => Assert.Equal(Table(ClaimCatalog.Default.Claims), Table(ClaimCatalog.Default.Claims));
}
