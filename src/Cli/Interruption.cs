using DeepLinear.Checks.Reports;

namespace DeepLinear.Cli;

/// <summary>
/// What an interrupt (Ctrl-C, SIGINT) does: the unfinished temporary folders and files of the outputs being written are
/// removed (see <see cref="ReportStaging"/>), standard error says for each output whether it was kept unchanged or had
/// been written completely, and the exit code is <see cref="ExitCode"/>.
/// </summary>
public static class Interruption
{
    /// <summary>The exit code after an interrupt: 128 + 2 (SIGINT), as shells report it.</summary>
    public const int ExitCode = 130;

    /// <summary>Abandons the outputs being written and prints what was kept. Safe to call from a signal handler: it
    /// holds <see cref="ReportStaging.Gate"/>, so it never cuts the move of a finished output into place in half.</summary>
    /// <param name="console">The console (messages go to standard error).</param>
    public static void Report(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        lock (ReportStaging.Gate)
        {
            var kept = ReportStaging.Abandon();
            console.Error.WriteLine();
            console.Error.WriteLine("dlv: interrupted (Ctrl-C).");
            foreach (var line in kept)
            {
                console.Error.WriteLine("dlv: " + line);
            }

            if (kept.Count == 0)
            {
                console.Error.WriteLine("dlv: no output was written or changed.");
            }

            console.Error.Flush();
        }
    }
}
