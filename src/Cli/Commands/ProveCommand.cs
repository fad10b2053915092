using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Proving;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv prove "&lt;identity&gt;" [--assume "&lt;lhs&gt; == &lt;rhs&gt;"]… [--shape NAME=RxC]… [--json]</c>: proves an identity of
/// the dimension-free matrix language for all dimensions, or refutes it with an exactly checked witness.
/// <c>dlv prove --file FILE [--bench]</c>: one identity a line (with its own <c>--assume</c>/<c>--shape</c>, or header
/// lines of options that apply to every later line), answered in one warm process as JSON Lines
/// <c>{"line","identity","verdict","message"}</c>; <c>--bench</c> adds the per-identity timing summary.
/// Exit 0 proved (every line); 1 refuted or unknown; 2 parse or shape error, or a usage error.
/// </summary>
internal static class ProveCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var identity = new Argument<string?>("identity")
        {
            Description = "The identity 'lhs == rhs'. Products by juxtaposition or '*', transpose ' ᵀ or ^T, tr(...)/trace(...), inv(A) or A^-1, powers A^2 A² A**2, I, numbers 3/2 0.5 1e-3.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var assume = new Option<string[]>("--assume") { Description = "A relation 'lhs == rhs' (repeatable): symmetric, skew, orthogonal, idempotent, involution, nilpotent and commuting hypotheses are recognized; others are rewrite rules lhs → rhs." };
        var shape = new Option<string[]>("--shape") { Description = "The shape of a symbol, NAME=RxC with integers or dimension names, e.g. W1=d1xd0, or NAME=scalar (repeatable). Default: every symbol square of one symbolic size n." };
        var json = new Option<bool>("--json") { Description = "Print {\"verdict\",\"message\",\"steps\",\"witness\"} as JSON." };
        var latex = new Option<bool>("--latex") { Description = "The identity and assumptions are LaTeX: =, \\operatorname{tr}, ^T, ^\\top, \\cdot, \\frac{a}{b}, W_{j+1}, \\left( \\right), \\mathbf{I}, I_n, spacing." };
        var file = new Option<string?>("--file") { Description = "Prove every identity of FILE (one a line; --assume, --shape and --latex on the line or in header lines; # comments) and print JSON Lines." };
        var bench = new Option<bool>("--bench") { Description = "With --file: run the file --iterations times and print the median, 90th percentile and total time per identity as JSON (the verdict lines are not printed)." };
        var iterations = new Option<int>("--iterations") { Description = "With --bench: how many passes over the file (default 5; the first pass is included).", DefaultValueFactory = _ => 5 };
        var command = new Command("prove", "Prove a matrix identity for all dimensions, or refute it with a checked witness.\n\n"
            + "Examples:\n"
            + "  dlv prove \"(A*B)' == B'*A'\"\n"
            + "  dlv prove \"tr(A*B*C) == tr(C*A*B)\" --json\n"
            + "  dlv prove \"tr(K) == 0\" --assume \"K' == -K\"\n"
            + "  dlv prove \"W2'*W2*W2'*W2 == W1*W1'*W1*W1'\" --assume \"W2'*W2 == W1*W1'\" --shape W1=d1xd0 --shape W2=d2xd1\n"
            + "  dlv prove --latex \"\\operatorname{tr}(A^\\top B) = \\operatorname{tr}(B^\\top A)\"\n"
            + "  dlv prove --file identities.txt\n\n"
            + "Exit codes: 0 proved, 1 refuted or unknown, 2 parse or shape error.");
        command.Arguments.Add(identity);
        command.Options.Add(assume);
        command.Options.Add(shape);
        command.Options.Add(json);
        command.Options.Add(latex);
        command.Options.Add(file);
        command.Options.Add(bench);
        command.Options.Add(iterations);
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(file);
            string? text = parse.GetValue(identity);
            string[] shapes = parse.GetValue(shape) ?? [];
            string[] assumptions = parse.GetValue(assume) ?? [];
            ValidateShapes(shapes);
            if (path is not null)
            {
                if (text is not null)
                {
                    throw new CliUsageException("identity", text, "give either an identity or --file, not both");
                }

                int k = parse.GetValue(iterations);
                if (k < 1 || k > 1000)
                {
                    throw new CliUsageException("--iterations", k.ToString(CultureInfo.InvariantCulture), "must be an integer from 1 to 1000");
                }

                return RunFile(console, path, assumptions, shapes, parse.GetValue(latex), parse.GetValue(bench), k);
            }

            if (parse.GetValue(bench))
            {
                throw new CliUsageException("--bench", "true", "needs --file FILE (it times a batch)");
            }

            if (text is null)
            {
                throw new CliUsageException("identity", string.Empty, "give an identity 'lhs == rhs' or --file FILE");
            }

            var outcome = ProverService.Prove(text, assumptions, shapes, new ProveOptions(Latex: parse.GetValue(latex)));
            console.Out.WriteLine(parse.GetValue(json) ? outcome.ToJson() : outcome.ToText());
            return outcome.ExitCode;
        });
        return command;
    }

    // Conflicting or malformed --shape options are refused before any work, naming the option, the value and the rule.
    private static void ValidateShapes(string[] shapes)
    {
        for (int i = 0; i < shapes.Length; i++)
        {
            try
            {
                ShapeEnvironment.Parse(shapes.Take(i + 1).ToArray());
            }
            catch (FormatException e)
            {
                throw new CliUsageException("--shape", shapes[i], e.Message);
            }
        }
    }

    private static int RunFile(CliConsole console, string path, string[] assumptions, string[] shapes, bool latex, bool bench, int iterations)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException("--file", path, "the file does not exist");
        }

        IReadOnlyList<ProveBatchItem> items;
        try
        {
            items = ProveBatch.Read(File.ReadLines(path), assumptions, shapes, latex);
        }
        catch (FormatException e)
        {
            throw new CliUsageException("--file", path, e.Message);
        }

        if (bench)
        {
            var timing = ProveBatch.Time(items, iterations);
            console.Out.WriteLine(CliJson.Serialize(new JsonObject
            {
                ["identities"] = timing.Identities,
                ["passes"] = timing.Passes,
                ["median_ms"] = Math.Round(timing.MedianMs, 4),
                ["p90_ms"] = Math.Round(timing.P90Ms, 4),
                ["max_ms"] = Math.Round(timing.MaxMs, 4),
                ["total_ms"] = Math.Round(timing.TotalMs, 1),
            }));
            return 0;
        }

        int exit = 0;
        foreach (var item in items)
        {
            var outcome = ProverService.Prove(item.Identity, item.Assumptions, item.Shapes, item.Options);
            var o = new JsonObject { ["line"] = item.LineNumber, ["identity"] = item.Identity, ["verdict"] = outcome.VerdictName, ["message"] = outcome.Message };
            console.Out.WriteLine(o.ToJsonString(CompactJson));
            exit = Math.Max(exit, outcome.ExitCode);
        }

        return exit;
    }

    private static readonly System.Text.Json.JsonSerializerOptions CompactJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
