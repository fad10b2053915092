namespace DeepLinear.Cli;

/// <summary>Entry point of the <c>dlv</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the command line with the process's standard streams and returns the exit code.</summary>
    public static int Main(string[] args)
    {
        var console = new CliConsole(Console.Out, Console.Error, ErrorIsTerminal: !Console.IsErrorRedirected);
        return CliApplication.Run(args, console);
    }
}
