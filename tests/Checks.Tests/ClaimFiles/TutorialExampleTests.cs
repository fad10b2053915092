using System.Runtime.CompilerServices;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles;

/// <summary>
/// The example claim files in <c>examples/</c>: their verdict tables are snapshot-tested (verdicts, scopes and key
/// numbers; no timings), so a change in the expression language, the generators or the forms that moves any verdict
/// or number shows up as a snapshot diff. Every negative control in them is run (a control that is not refuted makes
/// its claim crash, which the table would show).
/// </summary>
public class TutorialExampleTests
{
    private static readonly Lazy<IReadOnlyList<ClaimOutcome>> Outcomes = new(() => ClaimRunner.Run(
        ClaimCatalog.FromClaimFiles([ClaimFileReader.Read(Path.Combine(RepositoryPaths.Root, "examples", "tutorial.yaml"))]).Claims,
        new RunOptions(CheckContext.DefaultSeed, TimeSpan.FromMinutes(5), false, 2)));

    [Fact]
    public void VerdictTable_Tutorial_MatchesSnapshot()
        => MatchCommitted(VerdictTable.Render(Outcomes.Value).Split('\n'));

    [Fact]
    public void Tutorial_EveryClaimReachesAVerdict_OneRefutedWithItsWitness()
    {
        Assert.All(Outcomes.Value, o => Assert.Equal(OutcomeStatus.Completed, o.Status));
        var refuted = Outcomes.Value.Where(o => o.Result!.Verdict == DeepLinear.Checks.Evidence.Verdict.Refuted).Select(o => o.Claim.Id.Text).ToList();
        Assert.Equal(["tut/lemma3"], refuted);
    }

    private static void MatchCommitted(string[] table, [CallerMemberName] string test = "")
        => Snapshot.Match(table, new SnapshotFullName($"{nameof(TutorialExampleTests)}.{test}.snap", RepositoryPaths.ChecksTestsProject));
}
