using System.CommandLine;

namespace DeepLinear.Cli.Commands;

/// <summary><c>dlv claims init|list</c>: work with claim files (the built-in catalog <c>catalog/*.yaml</c> and a
/// researcher's own files).</summary>
internal static class ClaimsCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create(CliConsole console)
    {
        var command = new Command("claims", "Work with claim files: write the skeleton of a new paper's claim file, list claims,\n"
            + "validate files (dlv check --claims FILE… runs them).\n\n"
            + "Examples:\n"
            + "  dlv claims init paper.txt --key smith2024 --out smith2024.yaml\n"
            + "  dlv claims list --paper nrt --verdicts");
        command.Subcommands.Add(ClaimsInitCommand.Create(console));
        command.Subcommands.Add(ClaimsListCommand.Create(console));
        command.Subcommands.Add(ClaimsValidateCommand.Create(console));
        return command;
    }
}
