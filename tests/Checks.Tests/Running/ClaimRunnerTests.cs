using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Running;

public class ClaimRunnerTests
{
    private static Claim Make(string id, Func<CheckContext, CheckResult>? check)
        => new(new InventoryEntry(id, "nrt", "Lemma", ClaimKind.Lemma, "a ≤ b", "setting", [], "numeric"), check);

    private static CheckResult Verified() => CheckResult.Verified(
        "test", new NumericEvidence("test family", 3, 1, 0.5, 0.25, 7, null));

    private static readonly RunOptions Fast = new(1, TimeSpan.FromSeconds(10), MaxParallelism: 2);

    [Fact]
    public void Run_CheckThatThrows_IsCrashedNotVerified()
    {
        var outcome = ClaimRunner.RunOne(Make("nrt/lemma1", _ => throw new InvalidOperationException("boom")), Fast);
        Assert.Equal(OutcomeStatus.Crashed, outcome.Status);
        Assert.Null(outcome.Result);
        Assert.Equal("crashed", outcome.VerdictName);
        Assert.Contains("boom", outcome.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CheckThatIgnoresItsBudget_IsOutOfBudget()
    {
        using var release = new ManualResetEventSlim(false);
        var claim = Make("nrt/lemma2", _ =>
        {
            release.Wait(TimeSpan.FromSeconds(30));
            return Verified();
        });
        var outcome = ClaimRunner.RunOne(claim, Fast with { BudgetPerClaim = TimeSpan.FromMilliseconds(100) });
        release.Set();
        Assert.Equal(OutcomeStatus.OutOfBudget, outcome.Status);
        Assert.Equal("out-of-budget", outcome.VerdictName);
        Assert.Null(outcome.Result);
    }

    [Fact]
    public void Run_CheckThatHonoursCancellation_IsOutOfBudget()
    {
        var claim = Make("nrt/lemma3", ctx =>
        {
            ctx.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            ctx.CancellationToken.ThrowIfCancellationRequested();
            return Verified();
        });
        var outcome = ClaimRunner.RunOne(claim, Fast with { BudgetPerClaim = TimeSpan.FromMilliseconds(100) });
        Assert.Equal(OutcomeStatus.OutOfBudget, outcome.Status);
    }

    [Fact]
    public void Run_ClaimWithoutCheck_IsPendingNotAVerdict()
    {
        var outcome = ClaimRunner.RunOne(Make("nrt/lemma4", null), Fast);
        Assert.Equal(OutcomeStatus.Pending, outcome.Status);
        Assert.False(outcome.HasVerdict);
        Assert.Equal("pending", outcome.VerdictName);
    }

    [Fact]
    public void Run_ManyClaims_KeepsCatalogOrderAndReportsProgressOncePerClaim()
    {
        var claims = Enumerable.Range(1, 12)
            .Select(i => Make($"nrt/lemma{i}", i % 3 == 0 ? null : _ =>
            {
                Thread.Sleep(12 - i);
                return Verified();
            }))
            .ToList();
        var reports = new List<RunProgress>();
        var progress = new SynchronousProgress(reports);
        var outcomes = ClaimRunner.Run(claims, Fast, progress);
        Assert.Equal(claims.Select(c => c.Id.Text), outcomes.Select(o => o.Claim.Id.Text));
        Assert.Equal(12, reports.Count);
        Assert.Equal(Enumerable.Range(1, 12), reports.Select(r => r.Finished).Order());
        Assert.All(reports, r => Assert.Equal(12, r.Total));
        var summary = RunSummary.Of(outcomes);
        Assert.Equal(8, summary.Verified);
        Assert.Equal(4, summary.Pending);
        Assert.Equal(0, summary.ExitCode);
    }

    [Fact]
    public void Summary_CrashOrBudget_GivesExitCodeOne()
    {
        var outcomes = ClaimRunner.Run(
            [Make("nrt/lemma1", _ => Verified()), Make("nrt/lemma2", _ => throw new InvalidOperationException("x"))], Fast);
        var summary = RunSummary.Of(outcomes);
        Assert.Equal(1, summary.Crashed);
        Assert.Equal(1, summary.ExitCode);
        Assert.Contains("1 crashed", summary.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void HypothesesNotMet_NegativeControlRun_IsInconclusiveNeverVerified()
    {
        var outcome = ClaimRunner.RunOne(
            Make("nrt/lemma5", _ => CheckResult.HypothesesNotMet("GD run, η = 100× (2.8)", "step size 100× above (2.8)", 1)), Fast);
        Assert.Equal(Verdict.Inconclusive, outcome.Result!.Verdict);
        var evidence = Assert.IsType<InconclusiveEvidence>(outcome.Result.Evidence);
        Assert.True(evidence.HypothesesNotMet);
        Assert.StartsWith("hypotheses not met", evidence.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verified_WithoutInstances_IsRejected()
        => Assert.Throws<ArgumentException>(() => CheckResult.Verified("x", new NumericEvidence("f", 0, 5, 0, 0, 0, null)));

    [Fact]
    public void DeriveSeed_IsDeterministicAndDistinctPerStream()
    {
        var context = CheckContext.Direct(42);
        Assert.Equal(context.DeriveSeed(3), CheckContext.Direct(42).DeriveSeed(3));
        Assert.NotEqual(context.DeriveSeed(3), context.DeriveSeed(4));
        Assert.NotEqual(context.DeriveSeed(3), CheckContext.Direct(43).DeriveSeed(3));
    }

    private sealed class SynchronousProgress(List<RunProgress> sink) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}
