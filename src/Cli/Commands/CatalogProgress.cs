using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;
using Spectre.Console;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// Runs claims with progress on standard error: a Spectre.Console progress bar when standard error is a terminal,
/// otherwise nothing (progress never goes into redirected output).
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

        // Implementation note: no progress at all when standard error is redirected (a log, a pipe, a test): the
        // verdicts are in the summary, the JSON and the report; progress lines would only be noise there (issue 14).
        return ClaimRunner.Run(claims, options);
    }

    /// <summary>An <see cref="IProgress{T}"/> that reports on the calling (worker) thread, without a synchronization context.</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
