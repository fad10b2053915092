using System.Runtime.InteropServices;

namespace DeepLinear.Cli;

/// <summary>Entry point of the <c>dlv</c> command-line tool.</summary>
public static class Program
{
    /// <summary>The exit code after an interrupt (Ctrl-C, SIGINT): 128 + 2, as shells report it.</summary>
    public const int InterruptedExitCode = Interruption.ExitCode;

    /// <summary>Runs the command line with the process's standard streams and returns the exit code. Ctrl-C (SIGINT)
    /// removes the temporary folders and files of the outputs being written, says which outputs were kept unchanged and
    /// which were finished (<see cref="Interruption"/>), and exits with <see cref="InterruptedExitCode"/>.</summary>
    public static int Main(string[] args)
    {
        var console = new CliConsole(Console.Out, Console.Error, ErrorIsTerminal: !Console.IsErrorRedirected);
        int interrupted = 0;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            // Implementation note: a signal sent to the process and to its group arrives twice; it is reported once.
            if (Interlocked.Exchange(ref interrupted, 1) == 0)
            {
                Interruption.Report(console);
                Environment.Exit(InterruptedExitCode);
            }
        });
        return CliApplication.Run(args, console);
    }
}
