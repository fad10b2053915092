using System.CommandLine;

namespace DeepLinear.Cli.Commands;

/// <summary>The list of <c>dlv</c> subcommands, in the order <c>--help</c> shows them.</summary>
internal static class CommandRegistry
{
    // Implementation note: name → factory, so that a run of one command builds only that command's parser (and loads
    // only what it references): a cold `dlv prove` does not construct the options of `check`, `run` or `reproduce`.
    private static readonly (string Name, Func<CliConsole, Command> Create)[] Factories =
    [
        ("check", CheckCommand.Create),
        ("report", ReportCommand.Create),
        ("bench", BenchCommand.Create),
        ("run", RunCommand.Create),
        ("prove", ProveCommand.Create),
        ("derive", DeriveCommand.Create),
        ("reproduce", ReproduceCommand.Create),
        ("selfcheck", SelfCheckCommand.Create),
        ("claims", ClaimsCommand.Create),
        ("show", ShowCommand.Create),
    ];

    /// <summary>Creates every subcommand bound to <paramref name="console"/>.</summary>
    public static IEnumerable<Command> Create(CliConsole console) => Factories.Select(f => f.Create(console));

    /// <summary>
    /// The subcommands a command line needs: only the one named by <paramref name="firstArgument"/> when it names one
    /// (its parse, help and errors are the same as in the full tree), otherwise all of them (root help, <c>--version</c>,
    /// an unknown command name, which the parser reports with the full list).
    /// </summary>
    public static IEnumerable<Command> CreateFor(CliConsole console, string? firstArgument)
    {
        foreach (var (name, create) in Factories)
        {
            if (name == firstArgument)
            {
                return [create(console)];
            }
        }

        return Create(console);
    }
}
