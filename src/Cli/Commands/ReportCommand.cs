using System.CommandLine;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Running;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv report --out DIR [--paper KEY] [--claim ID] [--seed S] [--budget SECONDS] [--thorough] [--jobs N]</c>: runs the
/// selected claims (all five papers by default) and writes the derivation reports: <c>DIR/README.md</c> (index with
/// verdict counts per paper and the claims refuted as printed), <c>DIR/&lt;paper&gt;.md</c>, <c>DIR/verdicts.csv</c>,
/// plots under <c>DIR/img/</c> with their data under <c>DIR/data/</c>. The committed <c>proofs/</c> folder is
/// <c>dlv report --out proofs</c>. Exit codes as for <c>dlv check</c>.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "The report folder (required), e.g. proofs.", Required = true };
        var command = new Command("report", "Run the claims and write the derivation reports (Markdown with LaTeX, CSV, PNG plots).\n\n"
            + "Examples:\n"
            + "  dlv report --out proofs                   regenerate the committed reports\n"
            + "  dlv report --out /tmp/nrt --paper nrt      one paper\n\n"
            + "Exit codes: 0 every selected check reached a verdict, 1 a check crashed or ran out of budget, 2 usage error.");
        var run = CatalogRunOptions.AddTo(command);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var (claims, options) = run.Resolve(parse, ClaimCatalog.Default);
            string folder = parse.GetValue(output)!;
            if (string.IsNullOrWhiteSpace(folder))
            {
                throw new CliUsageException("--out", folder, "must name a folder");
            }

            var outcomes = CatalogProgress.Run(console, claims, options);
            var files = ReportGenerator.Write(folder, outcomes, options.Seed, options.Thorough ? "thorough" : "fast");
            var summary = RunSummary.Of(outcomes);
            console.Out.WriteLine($"{files.Count} files written to {folder}");
            console.Out.WriteLine(summary.ToString());
            return summary.ExitCode;
        });
        return command;
    }
}
