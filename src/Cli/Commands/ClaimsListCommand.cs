using System.CommandLine;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv claims list [--paper KEY] [--claims FILE…] [--verdicts] [--from DIR|FILE.json]</c>: the claims of the built-in
/// catalog (or of claim files) without running anything, one line each: id, kind, check form, label; with
/// <c>--verdicts</c> also the last recorded verdict (read from a report folder's <c>verdicts.csv</c>, by default
/// <c>./proofs</c>, or from the JSON of <c>dlv check --json</c>).
/// </summary>
internal static class ClaimsListCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paper = new Option<string?>("--paper") { HelpName = "KEY", Description = "Only the claims of this paper." };
        var claims = CliOptions.InputFiles("--claims", "List the claims of these claim files instead of the built-in catalog.");
        var verdicts = new Option<bool>("--verdicts") { Description = "Add the last recorded verdict of each claim (from --from, default ./proofs)." };
        var from = CliOptions.InputFileOrFolder("--from", "Where the recorded verdicts are: a report folder holding verdicts.csv (default ./proofs) or a JSON file of 'dlv check --json'.");
        var command = new Command("list", "List claims (ids, kinds, check forms, labels) without running them.\n\n"
            + "Examples:\n"
            + "  dlv claims list --paper nrt\n"
            + "  dlv claims list --verdicts                       last verdicts from ./proofs/verdicts.csv\n"
            + "  dlv claims list --verdicts --from out/report\n"
            + "  dlv claims list --claims smith2024.yaml\n\n"
            + "Exit codes: 0 listed, 2 usage error.");
        foreach (var o in new Option[] { paper, claims, verdicts, from })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            var files = ClaimFileSources.Load(console, parse.GetValue(claims));
            if (files is null)
            {
                return ExitCodes.Usage;
            }

            string? key = parse.GetValue(paper);
            var keys = files.Select(f => f.Paper.Key).ToList();
            if (key is not null && !keys.Contains(key, StringComparer.Ordinal))
            {
                throw new CliUsageException("--paper", key, "must be one of " + string.Join(", ", keys));
            }

            RecordedVerdicts? recorded = null;
            if (parse.GetValue(verdicts))
            {
                recorded = RecordedVerdicts.Load(parse.GetValue(from));
                if (recorded is null)
                {
                    throw new CliUsageException("--verdicts", "true", $"needs recorded verdicts: no ./{RecordedVerdicts.DefaultFolder}/verdicts.csv here; give --from DIR or --from FILE.json");
                }
            }
            else if (parse.GetValue(from) is { } fromValue)
            {
                throw new CliUsageException("--from", fromValue, "is only used with --verdicts");
            }

            var entries = files.Where(f => key is null || f.Paper.Key == key).SelectMany(f => f.Claims).ToList();
            int idWidth = entries.Max(e => e.Entry.Id.Length);
            int verdictWidth = recorded is null ? 0 : entries.Max(e => (recorded.Find(e.Entry.Id)?.Verdict ?? "-").Length);
            foreach (var e in entries)
            {
                string verdict = recorded is null ? string.Empty : (recorded.Find(e.Entry.Id)?.Verdict ?? "-").PadRight(verdictWidth) + "  ";
                console.Out.WriteLine($"{e.Entry.Id.PadRight(idWidth)}  {ClaimId.KindName(e.Entry.Kind),-6}  {e.Check.Form,-13}  {verdict}{e.Entry.Label}");
            }

            console.Error.WriteLine($"{entries.Count} claims" + (recorded is null ? string.Empty : $"; verdicts from {recorded.Source}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
