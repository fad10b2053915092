using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DeepLinear.Numeric.Benchmarks;
using DeepLinear.Symbolic.Proving;
using Spectre.Console;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv bench [--json] [--workload NAME]… [--iterations K] [--seed S] [--max-seconds S]</c>: times full gradient-descent steps
/// (every layer's gradient and the update; metric recording excluded) on the named workloads and prints
/// <c>{"workloads":[{"name","ns_per_iter","alloc_bytes_per_iter","iterations"}]}</c> or a table. The workload
/// <c>prove-corpus</c> times <c>dlv prove</c> in one warm process over the prover's identity corpus
/// (<c>tests/Symbolic.Tests/Proving/Corpus/corpus.txt</c>, embedded): <c>--iterations</c> passes (default 5), one
/// iteration per identity and pass, <c>ns_per_iter</c> the median call, and in JSON also <c>median_ms</c>, <c>p90_ms</c>,
/// <c>max_ms</c>, <c>identities</c>, <c>passes</c> and the slowest identity (<see cref="ProveBatch.Time"/>, the code of
/// <c>dlv prove --file --bench</c>). A request whose estimated time (<see cref="EstimatedSeconds"/>) exceeds
/// <c>--max-seconds</c> (default 600) is refused before any workload runs.
/// </summary>
internal static class BenchCommand
{
    /// <summary>The name of the prover workload.</summary>
    public const string ProveWorkload = "prove-corpus";

    /// <summary>The most passes of the prover workload (each pass about 0.1–0.3 s on this machine).</summary>
    public const int MaxProvePasses = 1000;

    /// <summary>The workloads run when no <c>--workload</c> is given: gradient descent and the prover corpus.</summary>
    private static IReadOnlyList<string> DefaultWorkloadNames => [.. DescentBenchmark.WorkloadNames, ProveWorkload];

    /// <summary>Every workload name, the default ones and the claim-check workloads (long; run only when named).</summary>
    private static IReadOnlyList<string> WorkloadNames => [.. DefaultWorkloadNames, .. CheckWorkloads.Names];

    private static IReadOnlyList<ProveBatchItem> ProveCorpus()
    {
        using var stream = typeof(BenchCommand).Assembly.GetManifestResourceStream("DeepLinear.Cli.prove-corpus.txt")
            ?? throw new InvalidOperationException("the embedded prover corpus DeepLinear.Cli.prove-corpus.txt is missing from the dlv assembly");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return ProveBatch.Read(lines, [], []);
    }

    /// <summary>
    /// The estimated seconds of one workload with <paramref name="iterations"/> timed iterations (0: its default): a
    /// set-up (building the data, warm-up) plus the iterations at a stated cost each (<see cref="PerIteration"/>).
    /// </summary>
    internal static double EstimatedSeconds(string name, int iterations)
    {
        var (setup, each, defaultIterations) = PerIteration(name);
        return setup + ((iterations > 0 ? iterations : defaultIterations) * each);
    }

    /// <summary>
    /// The set-up seconds, the seconds per timed iteration and the default iterations of a workload. The costs err on the
    /// long side of what <c>dlv bench --json</c> measured on the 2-core reference machine at a load average of 33:
    /// gd-nrt-* at most 69 µs a step (plans of 30,520–77,012 multiply-adds), costed at 10⁻⁴ s after the warm-up of at
    /// least 0.5 s; gd-square-512 0.14–0.20 s a step (plan 1.07·10⁹ multiply-adds), costed at 1.1 s (its plan at the
    /// 10⁹ multiply-adds per second of <see cref="WorkGuard"/>), with 2 warm-up steps; prove-corpus 1.2 s a pass,
    /// costed at 1.5 s; dhl-relu-step 152·10⁶ multiply-adds a step at 10⁹ per second, 3 warm-up steps; nrt-fast-tier
    /// its single-threaded budget of 40 s a run.
    /// </summary>
    private static (double Setup, double Each, int DefaultIterations) PerIteration(string name) => name switch
    {
        "gd-square-512" => (3.2, 1.1, 10),
        ProveWorkload => (1, 1.5, 5),
        CheckWorkloads.DhlReluStep => (1.5, 0.152, CheckWorkloads.DefaultIterations(name)),
        CheckWorkloads.NrtFastTier => (1, CheckWorkloads.NrtFastTierBudgetSeconds, CheckWorkloads.DefaultIterations(name)),
        _ => (1, 1e-4, 2000),
    };

    private static string EstimateText(string name, int iterations)
    {
        var (setup, each, defaultIterations) = PerIteration(name);
        int n = iterations > 0 ? iterations : defaultIterations;
        return $"{CliNumber.Format(setup, 3)} s set-up + {n.ToString(CultureInfo.InvariantCulture)} × {CliNumber.Format(each, 3)} s";
    }

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var workloads = new Option<string[]>("--workload")
        {
            Description = "Workload to run (repeatable); default: the descent workloads and " + ProveWorkload + " (" + string.Join(", ", DefaultWorkloadNames) + "). Also allowed: " + string.Join(", ", CheckWorkloads.Names) + ".",
            AllowMultipleArgumentsPerToken = false,
        };
        workloads.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!WorkloadNames.Contains(token.Value, StringComparer.Ordinal))
                {
                    result.AddError(CliOptions.Message("--workload", token.Value, "must be one of " + string.Join(", ", WorkloadNames)));
                }
            }
        });
        var iterations = CliOptions.Integer("--iterations", "Timed iterations per workload, in [1, 1000000] (default: 2000 for the gd-nrt workloads, 10 for gd-square-512, 20 for dhl-relu-step, 1 for nrt-fast-tier; for prove-corpus the passes over the corpus, at most 1000, default 5).", 0, 1, 1_000_000);
        var seed = CliOptions.SmallSeed("--seed", "Seed of the data and initialization.", 1);
        var maxSeconds = WorkGuard.MaxSecondsOption();

        var command = new Command("bench", "Time gradient descent on the benchmark workloads (ns and allocated bytes per iteration).\n\n"
            + "Examples:\n  dlv bench\n  dlv bench --json\n  dlv bench --workload gd-nrt-N5 --workload gd-nrt-N5-m21000 --iterations 5000\n  dlv bench --workload nrt-fast-tier --json");
        command.Options.Add(json);
        command.Options.Add(workloads);
        command.Options.Add(iterations);
        command.Options.Add(seed);
        command.Options.Add(maxSeconds);
        command.SetAction(parse =>
        {
            int k = parse.GetValue(iterations);
            if (k < 0)
            {
                throw new CliUsageException("--iterations", k.ToString(CultureInfo.InvariantCulture), "must be a positive integer (or omitted for the workload default)");
            }

            var names = parse.GetValue(workloads) is { Length: > 0 } selected ? selected : DefaultWorkloadNames.ToArray();
            if (names.Contains(ProveWorkload) && k > MaxProvePasses)
            {
                throw new CliUsageException("--iterations", k.ToString(CultureInfo.InvariantCulture), $"the {ProveWorkload} workload runs at most {MaxProvePasses} passes over its corpus (each pass about 0.1–0.3 s, so {k} passes would take about {k / 10} s or more); give at most {MaxProvePasses}, or leave {ProveWorkload} out");
            }

            double seconds = names.Sum(n => EstimatedSeconds(n, k));
            WorkGuard.RequireSeconds(
                parse.GetResult(iterations) is { Implicit: false } ? "--iterations" : "--workload",
                parse.GetResult(iterations) is { Implicit: false } ? k.ToString(CultureInfo.InvariantCulture) : string.Join(",", names),
                seconds,
                parse.GetValue(maxSeconds),
                string.Join("; ", names.Select(n => $"{n}: {EstimateText(n, k)}")));

            var results = new List<BenchmarkMeasurement>();
            var proveTimings = new Dictionary<string, ProveBatchTiming>(StringComparer.Ordinal);
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

                if (name == ProveWorkload)
                {
                    int passes = k > 0 ? k : 5;
                    var corpus = ProveCorpus();
                    if (!parse.GetValue(json))
                    {
                        console.Error.WriteLine($"running {name} ({passes.ToString(CultureInfo.InvariantCulture)} passes over {corpus.Count.ToString(CultureInfo.InvariantCulture)} identities)…");
                    }

                    var timing = ProveBatch.Time(corpus, passes);
                    proveTimings[name] = timing;
                    results.Add(new BenchmarkMeasurement(name, timing.MedianMs * 1e6, timing.AllocatedBytesPerCall, timing.Identities * timing.Passes, $"dlv prove in one warm process over the {timing.Identities} identities of the prover corpus; ns per iteration is the median call (p90 {timing.P90Ms.ToString("F3", CultureInfo.InvariantCulture)} ms, max {timing.MaxMs.ToString("F1", CultureInfo.InvariantCulture)} ms, first pass included)"));
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
                    var entry = new JsonObject
                    {
                        ["name"] = r.Name,
                        ["ns_per_iter"] = Math.Round(r.NsPerIter, 1),
                        ["alloc_bytes_per_iter"] = Math.Round(r.AllocBytesPerIter, 3),
                        ["iterations"] = r.Iterations,
                        ["description"] = r.Description,
                    };
                    if (proveTimings.TryGetValue(r.Name, out var t))
                    {
                        entry["identities"] = t.Identities;
                        entry["passes"] = t.Passes;
                        entry["median_ms"] = Math.Round(t.MedianMs, 4);
                        entry["p90_ms"] = Math.Round(t.P90Ms, 4);
                        entry["max_ms"] = Math.Round(t.MaxMs, 4);
                        entry["total_ms"] = Math.Round(t.TotalMs, 1);
                        entry["slowest"] = t.Slowest;
                    }

                    array.Add((JsonNode)entry);
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
