using System.CommandLine;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv claims validate FILE…</c>: reads every claim file and compiles every check (expressions parsed, generators
/// and keys validated, identities and shapes parsed, negative controls compiled) without running anything. Prints one
/// line per file (<c>FILE: 12 claims valid</c>) or every error found, each naming the file, line, column, key, value
/// and rule, then the estimated work of every numeric check (<see cref="ClaimFileWorkLimits"/>; one above
/// <c>--max-seconds</c> or <c>--max-memory</c> is an error). Exit 0 when all files are valid, 2 when any error was found.
/// </summary>
internal static class ClaimsValidateCommand
{
    /// <summary>Creates the <c>validate</c> subcommand (of <c>dlv claims</c>).</summary>
    /// <param name="console">The console.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Claim files (YAML) to validate.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Validate claim files without running them: every key, expression, generator, identity and\n"
            + "negative control is checked; every error names the file, line, key, value and rule.\n\n"
            + "Examples:\n"
            + "  dlv claims validate examples/tutorial.yaml\n"
            + "  dlv claims validate mypaper.yaml other.yaml\n\n"
            + "Exit codes: 0 every file is valid, 2 an error was found.");
        command.Arguments.Add(files);
        var limits = ClaimFileWorkLimits.AddTo(command);
        command.SetAction(parse =>
        {
            var errors = Validate(parse.GetValue(files) ?? [], console, file => limits.Require(parse, [file]));
            foreach (string error in errors)
            {
                console.Error.WriteLine("dlv: " + error);
            }

            return errors.Count == 0 ? ExitCodes.Success : ExitCodes.Usage;
        });
        return command;
    }

    /// <summary>Validates the files and returns every error message (empty when all are valid).</summary>
    private static List<string> Validate(IReadOnlyList<string> paths, CliConsole console, Func<ClaimFile, IReadOnlyList<WorkEstimate>> estimate)
    {
        var errors = new List<string>();
        var registry = CheckFormRegistry.Default;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            ClaimFile file;
            try
            {
                file = ClaimFileReader.Read(path);
            }
            catch (ClaimFileException e)
            {
                errors.Add(e.Message);
                continue;
            }

            int before = errors.Count;
            foreach (var entry in file.Claims)
            {
                if (!seen.TryAdd(entry.Entry.Id, $"{entry.FileName} line {entry.Line}"))
                {
                    errors.Add(new ClaimFileException(entry.FileName, entry.Line, 0, entry.KeyOf("id"), entry.Entry.Id, $"ids must be unique across claim files; {seen[entry.Entry.Id]} holds the same id").Message);
                }

                try
                {
                    registry.Compile(entry);
                }
                catch (ClaimFileException e)
                {
                    errors.Add(e.Message);
                }
            }

            if (errors.Count == before)
            {
                var drafts = file.Claims.Where(c => c.Draft).Select(c => $"{c.Entry.Id} (line {c.Line})").ToList();
                var pending = file.Claims.Count(c => c.Check.Form == "pending");
                string todo = string.Join("; ", new[]
                {
                    drafts.Count == 0 ? null : $"{drafts.Count} drafted encodings still marked draft: true, to confirm: {string.Join(", ", drafts)}",
                    pending == 0 ? null : $"{pending} claims still pending (no check yet)",
                }.Where(t => t is not null));
                console.Out.WriteLine($"{path}: {file.Claims.Count} claims valid" + (todo.Length == 0 ? string.Empty : "; " + todo));
                try
                {
                    foreach (var e in estimate(file))
                    {
                        console.Out.WriteLine($"  estimate {e.ClaimId}: about {e.Text} ({e.Where})");
                    }
                }
                catch (CliUsageException e)
                {
                    errors.Add(e.Message);
                }
            }
        }

        return errors;
    }
}
