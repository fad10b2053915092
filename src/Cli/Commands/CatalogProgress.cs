using System.Globalization;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;
using Spectre.Console;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// Runs claims with progress on standard error: a Spectre.Console progress bar when standard error is a terminal,
/// otherwise one plain line per finished claim (<c>[k/n] id verdict (s)</c>).
/// </summary>
internal static class CatalogProgress
{
    /// <summary>Runs the claims and reports progress.</summary>
    /// <param name="console">The console.</param>
    /// <param name="claims">The claims.</param>
    /// <param name="options">The run options.</param>
    /// <returns>The outcomes in catalog order.</returns>
    public static IReadOnlyList<ClaimOutcome> Run(CliConsole console, IReadOnlyList<Claim> claims, RunOptions options)
    {
        if (console.ErrorIsTerminal)
        {
            IReadOnlyList<ClaimOutcome> outcomes = [];
            var ansi = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
            ansi.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"checking {claims.Count} claims", maxValue: claims.Count);
                    var progress = new SynchronousProgress(p =>
                    {
                        task.Value = p.Finished;
                        task.Description = Markup.Escape($"{p.Outcome.Claim.Id.Text}: {p.Outcome.VerdictName}");
                    });
                    outcomes = ClaimRunner.Run(claims, options, progress);
                });
            return outcomes;
        }

        var gate = new object();
        var lines = new SynchronousProgress(p =>
        {
            lock (gate)
            {
                console.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"[{p.Finished}/{p.Total}] {p.Outcome.Claim.Id.Text} {p.Outcome.VerdictName} ({p.Outcome.Seconds:F2} s)"));
            }
        });
        return ClaimRunner.Run(claims, options, lines);
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling (worker) thread, without a synchronization context.</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
