using System.CommandLine;
using System.Globalization;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Json;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Running;
using Spectre.Console;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv check [--paper KEY] [--claim ID] [--json] [--seed S] [--budget SECONDS] [--thorough] [--jobs N] [--out DIR]
/// [--no-report]</c>: the main job. Runs the claims of the catalog (all five papers by default, fast tier) in parallel
/// with progress on standard error, prints a summary table per paper (or, with <c>--json</c>, the array of
/// <c>{"id","paper","label","kind","statement","verdict","scope","evidence","seconds"}</c> on standard output) and writes
/// the derivation report: to <c>./out/report</c> when the whole catalog was run, to <c>--out DIR</c> when given.
/// Exit 0 when every selected check ran to a verdict (pending claims have no check and are listed), 1 when a check
/// crashed or ran out of budget, 2 for usage errors.
/// </summary>
internal static class CheckCommand
{
    /// <summary>The default report folder of the main job.</summary>
    public const string DefaultReportFolder = "out/report";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the outcomes as a JSON array on standard output." };
        var output = CliOptions.OutputFolderOption("--out", "Write the derivation report to this folder (default for a full run: ./out/report).", null);
        var noReport = new Option<bool>("--no-report") { Description = "Do not write a report." };
        var command = new Command("check", "Check the claims of the five papers (nrt, lcc, trbw, acgh, dhl): prove identities, verify inequalities on\n"
            + "seeded instances and descent runs, refute false statements with checked counterexamples.\n\n"
            + "Examples:\n"
            + "  dlv check                                  all claims, fast tier; report in ./out/report\n"
            + "  dlv check --paper nrt --json               one paper as JSON\n"
            + "  dlv check --claim nrt/prop3.3 --thorough   one claim with its parts, thorough tier\n"
            + "  dlv check --claim dhl/claimb.1 --seed 7    re-run a claim with another seed\n"
            + "  dlv check --claims examples/tutorial.yaml --baseline verdicts.json   your own claims, regressed in CI\n\n"
            + "Exit codes: 0 every selected check reached a verdict, 1 a check crashed or ran out of budget (or a verdict\n"
            + "differs from --baseline), 2 usage error (also an error in a claim file).");
        var run = CatalogRunOptions.AddTo(command);
        var claimFiles = ClaimFileRunOptions.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(output);
        command.Options.Add(noReport);
        command.SetAction(parse =>
        {
            var (catalog, baseline) = claimFiles.Resolve(parse);
            var (claims, options) = run.Resolve(parse, catalog);
            string? folder = parse.GetValue(output);
            if (parse.GetValue(noReport))
            {
                if (folder is not null)
                {
                    throw new CliUsageException("--out", folder, "cannot be combined with --no-report");
                }
            }
            else if (folder is null && !run.SelectsSubset(parse) && !claimFiles.HasClaimFiles(parse))
            {
                folder = DefaultReportFolder;
            }

            if (folder is not null)
            {
                OutputFolder.Require("--out", folder);
                CatalogRunOptions.RequireWholePapersFor(folder, claims, catalog);
            }

            var outcomes = CatalogProgress.Run(console, claims, options);
            var summary = RunSummary.Of(outcomes);
            if (parse.GetValue(json))
            {
                console.Out.WriteLine(ClaimOutcomeJsonWriter.ToJson(outcomes));
            }
            else
            {
                WriteSummary(console, outcomes);
            }

            if (folder is not null)
            {
                var files = ReportGenerator.Write(folder, outcomes, options.Seed, options.Thorough ? "thorough" : "fast");
                console.Error.WriteLine($"report: {files.Count} files written to {folder}");
            }

            console.Error.WriteLine(summary.ToString());
            bool unchanged = claimFiles.Finish(parse, console, outcomes, baseline);
            return unchanged ? summary.ExitCode : Math.Max(summary.ExitCode, ExitCodes.Failure);
        });
        return command;
    }

    /// <summary>Prints the summary table (one row per paper, a total row) and the claims without a verdict.</summary>
    private static void WriteSummary(CliConsole console, IReadOnlyList<ClaimOutcome> outcomes)
    {
        var table = new Table().AddColumns("paper", "claims", "proved", "verified", "refuted", "not-checkable", "inconclusive", "not-reproduced", "pending", "crashed", "out-of-budget", "seconds");
        foreach (var group in outcomes.GroupBy(o => o.Claim.Id.Paper))
        {
            AddRow(table, group.Key, group.ToList());
        }

        AddRow(table, "total", outcomes);
        var ansi = SpectreOutput.For(console.Out);
        ansi.Profile.Width = Math.Max(ansi.Profile.Width, 132);
        ansi.Write(table);
        var refuted = outcomes.Where(o => o.Result?.Verdict == Verdict.Refuted).Select(o => o.Claim.Id.Text).ToList();
        if (refuted.Count > 0)
        {
            console.Out.WriteLine("refuted as printed: " + string.Join(", ", refuted));
            foreach (string line in RefutationAudit.ReadingLines(outcomes))
            {
                console.Out.WriteLine("refutations by reading, " + line);
            }
        }

        foreach (var o in outcomes.Where(o => o.Status is OutcomeStatus.Crashed or OutcomeStatus.OutOfBudget))
        {
            console.Out.WriteLine($"{o.VerdictName}: {o.Claim.Id.Text}: {o.Problem}");
        }
    }

    private static void AddRow(Table table, string name, IReadOnlyList<ClaimOutcome> list)
    {
        var s = RunSummary.Of(list);
        string C(int n) => n.ToString(CultureInfo.InvariantCulture);
        table.AddRow(
            name, C(s.Total), C(s.Proved), C(s.Verified), C(s.Refuted), C(s.NotCheckable), C(s.Inconclusive), C(s.NotReproduced), C(s.Pending), C(s.Crashed), C(s.OutOfBudget),
            list.Sum(o => o.Seconds).ToString("F1", CultureInfo.InvariantCulture));
    }
}
