using System.Runtime.CompilerServices;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace DeepLinear.Checks.Tests;

/// <summary>
/// Snapshots of the verdict table (id | verdict | scope | key numbers at 3 significant digits, no timings): any change
/// of a verdict or of its evidence fails until the snapshot is deliberately updated (delete the .snap file, rerun,
/// review the new file, commit). The snapshots are read from and written to the committed
/// <c>tests/Checks.Tests/__snapshots__</c> folder found from the test assembly (<see cref="RepositoryPaths"/>), never from
/// the PDB's source path, which a CI build maps to <c>/_/</c> outside the clone.
/// </summary>
public class VerdictTableSnapshotTests
{
    private static string[] Table(IReadOnlyList<ClaimOutcome> outcomes)
        => VerdictTable.Render(outcomes).TrimEnd('\n').Split('\n');

    /// <summary>Matches against <c>__snapshots__/VerdictTableSnapshotTests.&lt;test&gt;.snap</c> of the clone.</summary>
    private static void MatchCommitted(string[] table, [CallerMemberName] string test = "")
        => Snapshot.Match(table, new SnapshotFullName($"{nameof(VerdictTableSnapshotTests)}.{test}.snap", RepositoryPaths.ChecksTestsProject));

    [Fact]
    public void VerdictTable_WholeCatalog_MatchesSnapshot()
        => MatchCommitted(Table(FastCatalogRun.Outcomes));

    [Fact]
    public void VerdictTable_NrtProposition32_MatchesSnapshot()
        => MatchCommitted(Table(FastCatalogRun.Select("nrt/prop3.2")));

    [Fact]
    public void VerdictTable_NrtLemma31_MatchesSnapshot()
        => MatchCommitted(Table(FastCatalogRun.Select("nrt/lemma3.1")));

    [Fact]
    public void VerdictTable_BalancednessStatements_MatchesSnapshot()
        => MatchCommitted(Table([.. FastCatalogRun.Select("nrt/prop3.3#1"), .. FastCatalogRun.Select("dhl/lemma3.1#i")]));

    /// <summary>
    /// The snapshots are compared in the clone's <c>tests/Checks.Tests/__snapshots__</c> folder (so a CI run compares
    /// with the committed tables and a missing one shows up as an untracked file), whatever source path the PDB holds.
    /// </summary>
    [Fact]
    public void SnapshotFolder_IsTheCommittedOneInTheClone()
    {
        string project = RepositoryPaths.ChecksTestsProject;
        Assert.True(File.Exists(Path.Combine(project, "Checks.Tests.csproj")), $"{project} is not the Checks.Tests project folder");
        Assert.True(Directory.Exists(Path.Combine(project, "__snapshots__")), $"{project}/__snapshots__ is missing");
    }

    [Fact]
    public void VerdictTable_SecondRun_IsIdentical()
        => Assert.Equal(Table(FastCatalogRun.Outcomes), Table(ClaimRunner.Run(ClaimCatalog.Default.Claims, FastCatalogRun.Options)));
}
