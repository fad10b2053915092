using System.Runtime.InteropServices;
using DeepLinear.Checks.Reports;

namespace DeepLinear.Cli;

/// <summary>Entry point of the <c>dlv</c> command-line tool.</summary>
public static class Program
{
    /// <summary>The exit code after an interrupt (Ctrl-C, SIGINT): 128 + 2, as shells report it.</summary>
    public const int InterruptedExitCode = 130;

    /// <summary>Runs the command line with the process's standard streams and returns the exit code. Ctrl-C (SIGINT)
    /// removes the temporary folder of a report being written, says which report folders were kept unchanged, and exits
    /// with <see cref="InterruptedExitCode"/>.</summary>
    public static int Main(string[] args)
    {
        var console = new CliConsole(Console.Out, Console.Error, ErrorIsTerminal: !Console.IsErrorRedirected);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
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
                    console.Error.WriteLine("dlv: no report folder was changed (files already written by this command are kept).");
                }

                console.Error.Flush();
                Environment.Exit(InterruptedExitCode);
            }
        });
        return CliApplication.Run(args, console);
    }
}
