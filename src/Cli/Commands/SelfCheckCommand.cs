using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DeepLinear.Numeric.SelfChecks;
using Spectre.Console;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv selfcheck [--json] [--seed S] [--instances K] [--max-seconds S]</c>: the numeric engine's self-checks (gradients against finite
/// differences, Hessian-vector products, the m-free loss, A_{W,N}, balanced initialization, flow invariants) on seeded
/// random instances, with a summary table; exit 0 when every check passed. A quick health check of an installation,
/// separate from the claim catalog of <c>dlv check</c>. A request whose estimated time (<see cref="EstimatedSeconds"/>)
/// exceeds <c>--max-seconds</c> (default 600) is refused before any check runs.
/// </summary>
internal static class SelfCheckCommand
{
    /// <summary>The stated set-up cost of a self-check run, in seconds.</summary>
    internal const double SetupSeconds = 1;

    /// <summary>
    /// The stated cost of one instance of every self-check, in seconds: 20 instances took 0.93 s of CPU (process start
    /// included) on the 2-core reference machine at a load average of 33, about 0.05 s an instance; costed at twice that.
    /// </summary>
    internal const double SecondsPerInstance = 0.1;

    /// <summary>The estimated seconds of <paramref name="instances"/> instances per check.</summary>
    internal static double EstimatedSeconds(int instances) => SetupSeconds + (instances * SecondsPerInstance);

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Print the results as a JSON array." };
        var seed = CliOptions.Integer("--seed", "First seed of the random instances (instance i uses S + i).", 1, 0, int.MaxValue - 10_000, "must be a whole number in [0, 2147473647] (instance i uses S + i)");
        var instances = CliOptions.Integer("--instances", "Random instances per check (1–10000).", 20, 1, 10_000);
        var maxSeconds = WorkGuard.MaxSecondsOption();
        var command = new Command("selfcheck", "Run the numeric engine's self-checks (gradients, Hessian-vector products, A_{W,N}, invariants) on seeded random instances.\n\n"
            + "Examples:\n  dlv selfcheck\n  dlv selfcheck --json --seed 7 --instances 50\n\n"
            + "Exit codes: 0 every check passed, 1 a check failed, 2 usage error.");
        command.Options.Add(json);
        command.Options.Add(seed);
        command.Options.Add(instances);
        command.Options.Add(maxSeconds);
        command.SetAction(parse =>
        {
            int k = parse.GetValue(instances);
            if (k < 1 || k > 10000)
            {
                throw new CliUsageException("--instances", k.ToString(CultureInfo.InvariantCulture), "must be an integer in [1, 10000]");
            }

            WorkGuard.RequireSeconds(
                "--instances", k.ToString(CultureInfo.InvariantCulture), EstimatedSeconds(k), parse.GetValue(maxSeconds),
                $"{CliNumber.Format(SetupSeconds, 3)} s set-up + {k.ToString(CultureInfo.InvariantCulture)} instances × {CliNumber.Format(SecondsPerInstance, 3)} s for all checks");
            if (!parse.GetValue(json))
            {
                console.Error.WriteLine("running the numeric self-checks…");
            }

            var results = NumericSelfChecks.RunAll(parse.GetValue(seed), k);
            if (parse.GetValue(json))
            {
                var array = new JsonArray();
                foreach (var r in results)
                {
                    array.Add((JsonNode)new JsonObject
                    {
                        ["name"] = r.Name,
                        ["passed"] = r.Passed,
                        ["instances"] = r.Instances,
                        ["worst_relative_error"] = r.WorstError,
                        ["tolerance"] = r.Tolerance,
                        ["worst_seed"] = r.WorstSeed,
                        ["detail"] = r.Detail,
                    });
                }

                console.Out.WriteLine(CliJson.Serialize(array));
            }
            else
            {
                var table = new Table().AddColumns("check", "result", "instances", "worst rel. error", "tolerance", "worst seed");
                foreach (var r in results)
                {
                    table.AddRow(
                        Markup.Escape(r.Name),
                        r.Passed ? "passed" : "FAILED",
                        r.Instances.ToString(CultureInfo.InvariantCulture),
                        r.WorstError.ToString("E2", CultureInfo.InvariantCulture),
                        r.Tolerance.ToString("E0", CultureInfo.InvariantCulture),
                        r.WorstSeed.ToString(CultureInfo.InvariantCulture));
                }

                SpectreOutput.For(console.Out).Write(table);
                console.Out.WriteLine($"{results.Count(r => r.Passed)} passed, {results.Count(r => !r.Passed)} failed");
            }

            return results.All(r => r.Passed) ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }
}
