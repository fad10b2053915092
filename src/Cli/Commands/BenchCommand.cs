using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DeepLinear.Numeric.Benchmarks;
using Spectre.Console;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv bench [--json] [--workload NAME]… [--iterations K] [--seed S]</c>: times full gradient-descent steps
/// (every layer's gradient and the update; metric recording excluded) on the named workloads and prints
/// <c>{"workloads":[{"name","ns_per_iter","alloc_bytes_per_iter","iterations"}]}</c> or a table.
/// </summary>
internal static class BenchCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var workloads = new Option<string[]>("--workload")
        {
            Description = "Workload to run (repeatable); default: the descent workloads (" + string.Join(", ", DescentBenchmark.WorkloadNames) + "). Also allowed: " + string.Join(", ", CheckWorkloads.Names) + ".",
            AllowMultipleArgumentsPerToken = false,
        };
        workloads.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!DescentBenchmark.WorkloadNames.Contains(token.Value, StringComparer.Ordinal) && !CheckWorkloads.Names.Contains(token.Value, StringComparer.Ordinal))
                {
                    result.AddError(CliOptions.Message("--workload", token.Value, "must be one of " + string.Join(", ", DescentBenchmark.WorkloadNames.Concat(CheckWorkloads.Names))));
                }
            }
        });
        var iterations = CliOptions.Integer("--iterations", "Timed iterations per workload, in [1, 1000000] (default: 2000 for the gd-nrt workloads, 10 for gd-square-512, 20 for dhl-relu-step, 1 for nrt-fast-tier).", 0, 1, 1_000_000);
        var seed = CliOptions.SmallSeed("--seed", "Seed of the data and initialization.", 1);

        var command = new Command("bench", "Time gradient descent on the benchmark workloads (ns and allocated bytes per iteration).\n\n"
            + "Examples:\n  dlv bench\n  dlv bench --json\n  dlv bench --workload gd-nrt-N5 --workload gd-nrt-N5-m21000 --iterations 5000\n  dlv bench --workload nrt-fast-tier --json");
        command.Options.Add(json);
        command.Options.Add(workloads);
        command.Options.Add(iterations);
        command.Options.Add(seed);
        command.SetAction(parse =>
        {
            int k = parse.GetValue(iterations);
            if (k < 0)
            {
                throw new CliUsageException("--iterations", k.ToString(CultureInfo.InvariantCulture), "must be a positive integer (or omitted for the workload default)");
            }

            var names = parse.GetValue(workloads) is { Length: > 0 } selected ? selected : DescentBenchmark.WorkloadNames.ToArray();
            var results = new List<BenchmarkMeasurement>();
            foreach (var name in names)
            {
                if (CheckWorkloads.Names.Contains(name, StringComparer.Ordinal))
                {
                    int runs = k > 0 ? k : CheckWorkloads.DefaultIterations(name);
                    if (!parse.GetValue(json))
                    {
                        console.Error.WriteLine($"running {name} ({runs.ToString(CultureInfo.InvariantCulture)} iterations)…");
                    }

                    results.Add(CheckWorkloads.Run(name, runs, parse.GetValue(seed)));
                    continue;
                }

                bool large = name.Contains("square", StringComparison.Ordinal);
                int timed = k > 0 ? k : (large ? 10 : 2000);
                int warmup = large ? 2 : Math.Max(50, timed / 10);
                if (!parse.GetValue(json))
                {
                    console.Error.WriteLine($"running {name} ({timed.ToString(CultureInfo.InvariantCulture)} iterations)…");
                }

                results.Add(DescentBenchmark.Run(name, timed, warmup, parse.GetValue(seed)));
            }

            if (parse.GetValue(json))
            {
                var array = new JsonArray();
                foreach (var r in results)
                {
                    array.Add(new JsonObject
                    {
                        ["name"] = r.Name,
                        ["ns_per_iter"] = Math.Round(r.NsPerIter, 1),
                        ["alloc_bytes_per_iter"] = Math.Round(r.AllocBytesPerIter, 3),
                        ["iterations"] = r.Iterations,
                        ["description"] = r.Description,
                    });
                }

                console.Out.WriteLine(CliJson.Serialize(new JsonObject { ["workloads"] = array }));
            }
            else
            {
                var table = new Table().AddColumns("workload", "µs / iter", "alloc B / iter", "iterations", "description");
                foreach (var r in results)
                {
                    table.AddRow(
                        Markup.Escape(r.Name),
                        (r.NsPerIter / 1000).ToString("F2", CultureInfo.InvariantCulture),
                        r.AllocBytesPerIter.ToString("F1", CultureInfo.InvariantCulture),
                        r.Iterations.ToString(CultureInfo.InvariantCulture),
                        Markup.Escape(r.Description));
                }

                SpectreOutput.For(console.Out).Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
