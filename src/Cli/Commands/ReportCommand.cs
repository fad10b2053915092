using System.CommandLine;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Reproductions;
using DeepLinear.Checks.Running;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv report --out DIR [--paper KEY] [--claim ID] [--seed S] [--budget SECONDS] [--thorough] [--jobs N]</c>: runs the
/// selected claims (all five papers by default) and writes the derivation reports: <c>DIR/README.md</c> (index with
/// verdict counts per paper and the claims refuted as printed), <c>DIR/&lt;paper&gt;.md</c>, <c>DIR/verdicts.csv</c>,
/// plots under <c>DIR/img/</c> with their data under <c>DIR/data/</c>. The committed <c>proofs/</c> folder is
/// <c>dlv report --out proofs --reproductions full</c>; <c>--reproductions quick|full</c> also writes every reproduction of the
/// papers' experiments under <c>DIR/reproductions/</c>. Exit codes as for <c>dlv check</c> (rows not reproduced are
/// findings, not failures).
/// </summary>
internal static class ReportCommand
{
    private const string ReproductionsFolder = "reproductions";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var output = CliOptions.OutputFolderOption("--out", "The report folder (required), e.g. proofs.", null, required: true);
        var reproductions = CliOptions.OneOf(
            "--reproductions",
            "Also run every reproduction of the papers' experiments (dlv reproduce all) in this mode and write them to DIR/reproductions/, linked from the index.",
            "none",
            ["none", "quick", "full"]);
        var command = new Command("report", "Run the claims and write the derivation reports (Markdown with LaTeX, CSV, PNG plots).\n\n"
            + "Examples:\n"
            + "  dlv report --out proofs --reproductions full   regenerate the committed reports\n"
            + "  dlv report --out /tmp/r --reproductions quick  claims plus quick-mode reproductions\n"
            + "  dlv report --out /tmp/nrt --paper nrt      one paper\n\n"
            + "Exit codes: 0 every selected check reached a verdict, 1 a check crashed or ran out of budget, 2 usage error.");
        var run = CatalogRunOptions.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(reproductions);
        command.SetAction(parse =>
        {
            var (claims, options) = run.Resolve(parse, ClaimCatalog.Default);
            string folder = parse.GetValue(output)!;
            OutputFolder.Require("--out", folder);
            CatalogRunOptions.RequireWholePapersFor(folder, claims, ClaimCatalog.Default);

            string mode = parse.GetValue(reproductions) ?? "none";
            if (mode is not ("none" or "quick" or "full"))
            {
                throw new CliUsageException("--reproductions", mode, "must be one of none, quick, full");
            }

            var outcomes = CatalogProgress.Run(console, claims, options);
            string? subfolder = mode == "none" ? null : ReproductionsFolder;
            var files = ReportGenerator.Write(folder, outcomes, options.Seed, options.Thorough ? "thorough" : "fast", subfolder);
            if (subfolder is not null)
            {
                var repro = new ReproductionOptions(Quick: mode == "quick");
                var results = new List<ReproductionResult>();
                foreach (var name in Reproductions.Names)
                {
                    console.Error.WriteLine($"reproducing {name}{(repro.Quick ? " (quick)" : string.Empty)}…");
                    results.Add(Reproductions.All[name](repro));
                }

                files = [.. files, .. ReportStaging.Write(Path.Combine(folder, subfolder), staging => ReproductionIndex.Write(staging, results, repro.Seed, repro.Seeds), ReportStaging.IsPlot).Select(f => subfolder + "/" + f)];
                int count(ReproductionVerdict v) => results.Sum(r => r.Count(v));
                console.Out.WriteLine($"reproductions: {count(ReproductionVerdict.Reproduced)} rows reproduced, {count(ReproductionVerdict.NotReproduced)} not reproduced, {count(ReproductionVerdict.NotReproducible)} not reproducible — {Path.Combine(folder, subfolder, "README.md")}");
            }

            var summary = RunSummary.Of(outcomes);
            console.Out.WriteLine($"{files.Count} files written to {folder}");
            console.Out.WriteLine(summary.ToString());
            return summary.ExitCode;
        });
        return command;
    }
}
