using System.CommandLine;
using DeepLinear.Cli.Commands;

namespace DeepLinear.Cli;

/// <summary>
/// Builds the <c>dlv</c> command tree and runs it. Parse errors and argument errors exit with
/// <see cref="ExitCodes.Usage"/> after a message that names the argument and the allowed values.
/// </summary>
public static class CliApplication
{
    /// <summary>Builds the root command (exposed for tests and help rendering).</summary>
    public static RootCommand BuildRoot(CliConsole console) => BuildRoot(console, firstArgument: null);

    /// <summary>Builds the root command with only the subcommand named by <paramref name="firstArgument"/> when it names
    /// one (a faster cold start), else with all of them.</summary>
    public static RootCommand BuildRoot(CliConsole console, string? firstArgument)
    {
        var root = new RootCommand(
            "dlv — DeepLinear Verify: checks theorems about gradient descent on deep linear networks.\n"
            + "Identities are proved exactly, inequalities and rates are measured on real descent runs, and false\n"
            + "statements are refuted with checked counterexamples.\n\n"
            + "Examples:\n"
            + "  dlv check                          run every claim (fast tier) and write ./out/report\n"
            + "  dlv prove \"(A*B)' == B'*A'\" --json  prove an identity for all dimensions\n"
            + "  dlv report --out proofs --reproductions full   regenerate the committed reports\n"
            + "  dlv reproduce nrt-fig1             nrt Figure 1: printed vs reproduced step sizes and loss curves\n"
            + "  dlv run --depth 3 --width 20 --schedule bound --out out/run   one descent run (CSV + PNG)\n"
            + "  dlv derive --what invariant --mode all-depths\n"
            + "  dlv bench --json                   time the gradient-descent kernels");
        foreach (var command in CommandRegistry.CreateFor(console, firstArgument))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code. Every number written to either stream is
    /// in the short exponent form (<see cref="DeepLinear.Checks.Reports.ExponentText"/>).</summary>
    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var output = new ExponentNormalizingWriter(console.Out);
        var error = new ExponentNormalizingWriter(console.Error);
        try
        {
            return RunNormalized(args, console with { Out = output, Error = error });
        }
        finally
        {
            output.Flush();
            error.Flush();
        }
    }

    /// <summary>Parses and runs <paramref name="args"/> on streams that already normalize exponents.</summary>
    private static int RunNormalized(string[] args, CliConsole console)
    {
        var root = BuildRoot(console, args.Length > 0 ? args[0] : null);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"dlv: {error.Message}");
            }

            console.Error.WriteLine("dlv: run 'dlv --help' or 'dlv <command> --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(configuration);
        }
        catch (CliUsageException e)
        {
            console.Error.WriteLine($"dlv: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (DeepLinear.Numeric.Errors.NumericArgumentException e)
        {
            console.Error.WriteLine($"dlv: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (CliInterruptedException)
        {
            return Interruption.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"dlv: could not read or write a file (outputs not finished were left as they were): {e.Message}");
            return ExitCodes.Failure;
        }
        catch (OutOfMemoryException)
        {
            console.Error.WriteLine("dlv: out of memory; the request is larger than this machine can hold (try smaller sizes).");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // Implementation note: the last line of defence — every command should validate its input before any work
            // and turn foreseeable failures into messages; what reaches this point is a defect, reported without a stack
            // trace (set DLV_DEBUG=1 to print it).
            console.Error.WriteLine($"dlv: internal error: {e.Message}");
            if (Environment.GetEnvironmentVariable("DLV_DEBUG") == "1")
            {
                console.Error.WriteLine(e.ToString());
            }

            return ExitCodes.Failure;
        }
    }
}
