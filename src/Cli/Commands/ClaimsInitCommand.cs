using System.CommandLine;
using System.Globalization;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Skeleton;
using DeepLinear.Checks.Reports;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv claims init PAPER.txt|.tex --key KEY [--out FILE] [--force]</c>: scans a paper for every numbered item
/// (theorem-like statements with their numbers, numbered displays) and writes a claim-file skeleton, one claim per
/// item with its label, kind, the text printed there and <c>check: { pending: … }</c>. Without <c>--out</c> the
/// skeleton goes to standard output; the count of items by kind goes to standard error.
/// </summary>
internal static class ClaimsInitCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paper = new Argument<string>("paper") { Description = "The paper as plain text (.txt, .md) or LaTeX source (.tex)." };
        var key = new Option<string>("--key") { HelpName = "KEY", Description = "The paper key: lower-case letters and digits starting with a letter; prefixes every claim id.", Required = true };
        var output = CliOptions.OutputFile("--out", "Write the skeleton to FILE instead of standard output.");
        var force = new Option<bool>("--force") { Description = "Overwrite FILE when it exists." };
        var command = new Command("init", "Write the skeleton of a claim file for a paper: every numbered item (Theorem, Lemma, Proposition,\n"
            + "Corollary, Claim, Definition, Remark, Procedure, Assumption, Conjecture with its number; numbered displays\n"
            + "\\tag{…} and (3.2)) with label, kind, the statement as printed and check: { pending: … } to fill in.\n\n"
            + "Examples:\n"
            + "  dlv claims init paper.txt --key smith2024 --out smith2024.yaml\n"
            + "  dlv claims init paper.tex --key demo > demo.yaml\n\n"
            + "Exit codes: 0 skeleton written, 2 usage error (missing file, bad key, no numbered item, FILE exists).");
        command.Arguments.Add(paper);
        command.Options.Add(key);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            string path = parse.GetValue(paper)!;
            string keyText = parse.GetValue(key)!;
            string? outFile = parse.GetValue(output);
            if (!File.Exists(path))
            {
                throw new CliUsageException("paper", path, "must be an existing text or LaTeX file");
            }

            string extension = Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (".txt" or ".tex" or ".md" or ".text"))
            {
                throw new CliUsageException("paper", path, "must be plain text (.txt, .md) or LaTeX source (.tex); convert a PDF to text first");
            }

            if (outFile is not null && File.Exists(outFile) && !parse.GetValue(force))
            {
                throw new CliUsageException("--out", outFile, "exists already; add --force to overwrite it");
            }

            (ClaimFile File, IReadOnlyList<NumberedItem> Items) skeleton;
            try
            {
                skeleton = ClaimFileSkeleton.Build(File.ReadAllText(path), keyText, Path.GetFileName(path));
            }
            catch (ArgumentException error) when (error.ParamName == "paperKey")
            {
                throw new CliUsageException("--key", keyText, "must be lower-case letters and digits starting with a letter (e.g. demo, smith2024)");
            }
            catch (ArgumentException error) when (error.ParamName == "paperText")
            {
                throw new CliUsageException("paper", path, "holds no numbered item (no 'Theorem 1', 'Lemma 2.3', '\\tag{…}' or display ending in '(3.2)')");
            }

            string[] header =
            [
                $"Claim-file skeleton of {Path.GetFileName(path)} written by 'dlv claims init': {skeleton.Items.Count} numbered items.",
                "For each claim: check the statement against the paper, add setting and hypotheses, and replace",
                "'pending' by a check form (identity, inequality, trajectory, probability, not-checkable); delete false finds.",
                "Claims marked 'draft: true' carry an identity drafted from the display by the LaTeX reader: confirm or replace it.",
            ];
            string yaml = ClaimFileWriter.Write(skeleton.File, header);
            if (outFile is null)
            {
                console.Out.Write(yaml);
            }
            else
            {
                ReportStaging.WriteFile(outFile, yaml);
            }

            string counts = string.Join(", ", skeleton.Items.GroupBy(i => i.Label.Split(' ')[0])
                .Select(g => $"{g.Count().ToString(CultureInfo.InvariantCulture)} {g.Key}"));
            int drafted = skeleton.File.Claims.Count(c => c.Draft);
            console.Error.WriteLine($"claims init: {skeleton.Items.Count} numbered items ({counts}); {drafted.ToString(CultureInfo.InvariantCulture)} identities drafted{(outFile is null ? string.Empty : "; written to " + outFile)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
