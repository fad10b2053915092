using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Reproductions;
using Spectre.Console;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv reproduce &lt;name&gt; [--json] [--out DIR] [--seed S] [--seeds K] [--quick]</c> and <c>dlv reproduce --list</c>:
/// re-runs one experiment (or construction) of the papers and prints printed value vs reproduced value with a verdict
/// per row (reproduced / not reproduced / not reproducible), or writes <c>DIR/&lt;name&gt;.md</c>,
/// <c>DIR/&lt;name&gt;.json</c> and <c>DIR/img/*.png</c> (for <c>all</c>, also the index <c>DIR/README.md</c>).
/// </summary>
internal static class ReproduceCommand
{
    private const string All = "all";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("name")
        {
            Description = "The reproduction: " + string.Join(", ", Reproductions.Names) + ", or 'all'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var list = new Option<bool>("--list") { Description = "List the reproductions and exit." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON {\"rows\":[…],\"curves\":[…]} instead of a table." };
        var output = CliOptions.OutputFolderOption("--out", "Write DIR/<name>.md, DIR/<name>.json and DIR/img/<name>-<plot>.png instead of printing the table (with 'all', also the index DIR/README.md).", null);
        var seed = CliOptions.Integer("--seed", "First seed (seed i of a multi-seed reproduction is S + i).", 1, 0, int.MaxValue - 100_000, "must be a whole number in [0, 2147383647] (seed i is S + i)");
        var seeds = CliOptions.Integer("--seeds", "Number of seeds for multi-seed statistics (1–1000).", 20, 1, 1000);
        var quick = new Option<bool>("--quick") { Description = "Quick mode: fewer iterations and smaller sizes, as stated in the output's setup." };
        var command = new Command("reproduce", "Reproduce an experiment of the papers: printed value vs reproduced value, with a verdict per row\n"
            + "(reproduced / not reproduced with the factor / not reproducible with what the paper leaves open).\n\n"
            + "Examples:\n"
            + "  dlv reproduce --list\n"
            + "  dlv reproduce nrt-fig1 --quick\n"
            + "  dlv reproduce nrt-fig1 --seeds 50 --json\n"
            + "  dlv reproduce dhl-fig2 --out out/repro\n"
            + "  dlv reproduce all --quick --out out/repro\n\n"
            + "Exit codes: 0 every row reproduced or not reproducible, 1 some row not reproduced, 2 usage error.");
        command.Arguments.Add(name);
        foreach (var o in new Option[] { list, json, output, seed, seeds, quick })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            if (parse.GetValue(list))
            {
                foreach (var n in Reproductions.Names)
                {
                    console.Out.WriteLine(n);
                }

                return ExitCodes.Success;
            }

            string allowed = string.Join(", ", Reproductions.Names) + " or " + All;
            string? chosen = parse.GetValue(name);
            if (string.IsNullOrEmpty(chosen))
            {
                throw new CliUsageException("name", string.Empty, "a reproduction name is required: " + allowed + " (or --list)");
            }

            if (chosen != All && !Reproductions.All.ContainsKey(chosen))
            {
                throw new CliUsageException("name", chosen, "must be one of " + allowed);
            }

            int k = parse.GetValue(seeds);
            if (k < 1 || k > 1000)
            {
                throw new CliUsageException("--seeds", k.ToString(CultureInfo.InvariantCulture), "must be an integer in [1, 1000]");
            }

            var options = new ReproductionOptions(parse.GetValue(seed), k, parse.GetValue(quick));
            var names = chosen == All ? Reproductions.Names : [chosen];
            string? folder = parse.GetValue(output);
            bool anyNotReproduced = false;
            var jsonAll = new JsonObject();
            var results = new List<ReproductionResult>();
            foreach (var n in names)
            {
                if (!parse.GetValue(json) || folder is not null)
                {
                    console.Error.WriteLine($"reproducing {n}{(options.Quick ? " (quick)" : string.Empty)}…");
                }

                var watch = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var line = console.ErrorIsTerminal ? new ReproductionProgressLine(console.Error, n) : null;
                var work = new ReproductionWorkTally();
                var result = Reproductions.All[n](options with { Progress = line, Work = work });
                line?.Clear();
                watch.Stop();
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                anyNotReproduced |= result.Count(ReproductionVerdict.NotReproduced) > 0;
                results.Add(result);
                if (folder is not null && names.Count > 1)
                {
                    console.Error.WriteLine(Profile(n, watch.Elapsed, cpu, work));
                }
                else if (folder is not null)
                {
                    foreach (var file in ReportStaging.Write(folder, result.WriteFiles, _ => false))
                    {
                        console.Out.WriteLine("wrote " + Path.Combine(folder, file));
                    }

                    console.Error.WriteLine(Profile(n, watch.Elapsed, cpu, work));
                }
                else if (parse.GetValue(json))
                {
                    if (names.Count == 1)
                    {
                        console.Out.WriteLine(result.ToJson());
                    }
                    else
                    {
                        jsonAll[n] = result.ToJsonNode();
                    }
                }
                else
                {
                    PrintTable(console, result);
                    console.Out.WriteLine($"({watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s)");
                }
            }

            if (folder is not null && names.Count > 1)
            {
                foreach (var file in ReportStaging.Write(folder, staging => ReproductionIndex.Write(staging, results, options.Seed, options.Seeds), ReportStaging.IsPlot))
                {
                    console.Out.WriteLine("wrote " + Path.Combine(folder, file));
                }
            }

            if (folder is null && parse.GetValue(json) && names.Count > 1)
            {
                console.Out.WriteLine(CliJson.Serialize(jsonAll));
            }

            return anyNotReproduced ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The profile line of one reproduction on standard error: wall and CPU time (of the whole process while it ran) and
    /// the counted work per method, for example
    /// <c>dhl-fig2: 75.1 s wall, 141.0 s CPU; gradient descent (ReLU network): 2 runs, 20,000 steps, 20,000 evaluations</c>.
    /// </summary>
    private static string Profile(string name, TimeSpan wall, TimeSpan cpu, ReproductionWorkTally work)
    {
        var parts = work.Totals().Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Method}: {w.Runs:N0} run{(w.Runs == 1 ? string.Empty : "s")}, {w.Steps:N0} steps, {w.Evaluations:N0} evaluations"));
        return string.Create(CultureInfo.InvariantCulture, $"{name}: {wall.TotalSeconds:F1} s wall, {cpu.TotalSeconds:F1} s CPU; ") + string.Join("; ", parts);
    }

    private static void PrintTable(CliConsole console, ReproductionResult result)
    {
        console.Out.WriteLine($"{result.Name} — {ReproductionFormat.ToPlain(result.Title)} [{result.PaperKey}]{(result.Quick ? " (quick mode)" : string.Empty)}");
        foreach (var line in result.Setup)
        {
            console.Out.WriteLine("  · " + ReproductionFormat.ToPlain(line));
        }

        var table = new Table().AddColumns("quantity", "printed", "reproduced", "verdict", "note");
        foreach (var row in result.Rows)
        {
            table.AddRow(
                Markup.Escape(ReproductionFormat.ToPlain(row.Quantity)),
                Markup.Escape(ReproductionFormat.ToPlain(row.Printed)),
                Markup.Escape(ReproductionFormat.ToPlain(row.Reproduced)),
                Markup.Escape(row.Verdict.Name()),
                Markup.Escape(ReproductionFormat.ToPlain(row.Note)));
        }

        SpectreOutput.For(console.Out).Write(table);
        console.Out.WriteLine($"{result.Count(ReproductionVerdict.Reproduced)} reproduced, {result.Count(ReproductionVerdict.NotReproduced)} not reproduced, {result.Count(ReproductionVerdict.NotReproducible)} not reproducible");
        foreach (var note in result.Notes)
        {
            console.Out.WriteLine("  note: " + ReproductionFormat.ToPlain(note));
        }
    }
}
