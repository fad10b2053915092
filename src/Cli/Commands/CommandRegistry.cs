using System.CommandLine;

namespace DeepLinear.Cli.Commands;

/// <summary>The list of <c>dlv</c> subcommands, in the order <c>--help</c> shows them.</summary>
internal static class CommandRegistry
{
    /// <summary>Creates every subcommand bound to <paramref name="console"/>.</summary>
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return CheckCommand.Create(console);
        yield return ReportCommand.Create(console);
        yield return BenchCommand.Create(console);
        yield return RunCommand.Create(console);
        yield return ProveCommand.Create(console);
        yield return DeriveCommand.Create(console);
        yield return ReproduceCommand.Create(console);
        yield return SelfCheckCommand.Create(console);
        yield return ClaimsCommand.Create(console);
        yield return ShowCommand.Create(console);
    }
}
