using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Free;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// <c>dlv derive --what gradient|hessian|invariant|gd-step --mode entrywise|free|all-depths [--depth N] [--dims d0,…,dN]
/// [--format latex|text|json]</c>: derives and proves the gradient, Hessian, flow invariant or one-step change of the
/// invariant of <c>L^N</c> at the requested generality.
/// </summary>
internal static class DeriveCommand
{
    private static readonly string[] Whats = ["gradient", "hessian", "invariant", "gd-step"];
    private static readonly string[] Modes = ["entrywise", "free", "all-depths"];
    private static readonly string[] Formats = ["latex", "text", "json"];

    /// <summary>Creates the command.</summary>
    public static Command Create(CliConsole console)
    {
        var what = CliOptions.OneOf("--what", "What to derive: " + string.Join(", ", Whats) + ".", null, Whats, required: true);
        var mode = CliOptions.OneOf("--mode", "entrywise (given dims, polynomial entries), free (given depth, all dimensions), all-depths (all depths and dimensions).", "entrywise", Modes);
        var depth = CliOptions.Integer("--depth", "Depth N in [1, 64] (entrywise and free modes).", 3, 1, 64);
        var dims = new Option<string?>("--dims") { Description = "Widths d0,…,dN for entrywise mode (default: all widths 2)." };
        var samples = CliOptions.Integer("--samples", "Number m of columns of the symbolic data X, Y in entrywise mode (default: d0).", 0, 1, int.MaxValue);
        var rationalData = new Option<bool>("--rational-data") { Description = "Entrywise mode: use fixed rational X, Y instead of symbolic ones." };
        var format = CliOptions.OneOf("--format", "Output format: latex, text or json.", "text", Formats);
        var json = new Option<bool>("--json") { Description = "Same as --format json." };
        var command = new Command("derive", "Derive and prove gradient, Hessian, flow invariant or GD-step change of the invariant of L^N.\n\n"
            + "Examples:\n"
            + "  dlv derive --what gradient --mode entrywise --depth 3 --dims 3,3,3,3 --json\n"
            + "  dlv derive --what invariant --mode all-depths --format latex\n"
            + "  dlv derive --what hessian --mode free --depth 4\n"
            + "  dlv derive --what hessian --mode all-depths --format json\n\n"
            + "Exit codes: 0 proved, 1 not proved, 2 usage error.");
        var maxMemory = ResourceGuard.MaxMemoryOption();
        var maxSeconds = WorkGuard.MaxSecondsOption();
        foreach (var o in new Option[] { what, mode, depth, dims, samples, rationalData, format, json, maxMemory, maxSeconds })
        {
            command.Options.Add(o);
        }

        command.SetAction(parse =>
        {
            string w = parse.GetValue(what)!;
            string m = parse.GetValue(mode)!;
            int n = parse.GetValue(depth);
            if (n < 1 || n > 64)
            {
                throw new CliUsageException("--depth", n.ToString(CultureInfo.InvariantCulture), "must be an integer in [1, 64]");
            }

            int[] d = ParseDims(parse.GetValue(dims), n);
            int mSamples = parse.GetValue(samples);
            if (mSamples < 0)
            {
                throw new CliUsageException("--samples", mSamples.ToString(CultureInfo.InvariantCulture), "must be a positive integer");
            }

            if (mSamples == 0)
            {
                mSamples = d[0];
            }

            bool symbolicData = !parse.GetValue(rationalData);
            if (m == "entrywise")
            {
                string sizeOption = parse.GetResult(samples) is { Implicit: false } ? "--samples" : "--dims";
                string sizeValue = sizeOption == "--samples" ? mSamples.ToString(CultureInfo.InvariantCulture) : string.Join(",", d.Select(x => x.ToString(CultureInfo.InvariantCulture)));
                ResourceGuard.RequireMemory(sizeOption, sizeValue, EstimatedBytes(w, d, mSamples), parse.GetValue(maxMemory), EstimateWords(w, d, mSamples));
                WorkGuard.RequireSeconds(
                    sizeOption, sizeValue, EstimatedSeconds(w, d, mSamples), parse.GetValue(maxSeconds),
                    EstimateWords(w, d, mSamples) + ", timed on this engine under load");
            }

            var clock = Stopwatch.StartNew();
            double estimate = m == "entrywise" ? EstimatedSeconds(w, d, mSamples) : FreeSeconds(w, m, n);
            using var progress = new ElapsedProgress(console, $"derive --what {w} --mode {m}", estimate);
            Derivation derivation = (m, w) switch
            {
                ("entrywise", "gradient") => EntrywiseDeepLinear.ProveGradient(d, mSamples, symbolicData),
                ("entrywise", "hessian") => EntrywiseDeepLinear.ProveHessian(d, mSamples, symbolicData),
                ("entrywise", "invariant") => EntrywiseDeepLinear.ProveFlowInvariant(d, mSamples, symbolicData),
                ("entrywise", _) => EntrywiseDeepLinear.ProveGradientStepChange(d, mSamples, symbolicData),
                ("free", "gradient") => FreeProofs.Gradient(n),
                ("free", "hessian") => FreeProofs.Hessian(n),
                ("free", "invariant") => FreeProofs.FlowInvariant(n),
                ("free", _) => FreeProofs.GradientStepChange(n),
                (_, "gradient") => DepthGenericProofs.Gradient(),
                (_, "invariant") => DepthGenericProofs.FlowInvariant(),
                (_, "hessian") => DepthGenericHessian.Hessian(),
                _ => DepthGenericProofs.GradientStepChange(),
            };
            double seconds = clock.Elapsed.TotalSeconds;
            progress.Dispose();
            string f = parse.GetValue(json) ? "json" : parse.GetValue(format)!;
            switch (f)
            {
                case "json":
                    console.Out.WriteLine(CliJson.Serialize(ToJson(derivation, w, m, n, d, mSamples, symbolicData, seconds)));
                    break;
                case "latex":
                    console.Out.Write(derivation.ToLatex());
                    break;
                default:
                    console.Out.Write(derivation.ToText());
                    console.Out.WriteLine($"seconds: {seconds.ToString("F4", CultureInfo.InvariantCulture)}");
                    break;
            }

            return derivation.Proved ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>
    /// The number E = d_N · m · (d₀d₁⋯d_{N−1})² of monomial products in expanding the loss ‖W_N⋯W₁X − Y‖²_F entry-wise
    /// (each of the d_N·m residual entries is a sum of d₀⋯d_{N−1} monomials, squared).
    /// </summary>
    private static double ExpansionSize(int[] dims, int samples)
    {
        double inner = 1;
        for (int j = 0; j < dims.Length - 1; j++)
        {
            inner *= dims[j];
        }

        return dims[^1] * (double)samples * inner * inner;
    }

    /// <summary>
    /// Estimated peak memory of an entry-wise derivation, fitted to measurements on this engine (64 MB for the runtime
    /// plus about 1.5 KB per monomial product E for the gradient and invariant, 5 KB for the Hessian, and 10 KB · E^1.5
    /// for the gradient step, whose substitution multiplies gradient entries; conservative by up to 3.5×).
    /// </summary>
    /// <remarks>Implementation note: measured (peak resident set) gradient 5,5,5,5 340 MB (E = 390625); gradient 30,30
    /// 495 MB (E = 810000); hessian 3,3,3,3 100 MB (E = 6561); gd-step 3,3,3 264 MB (E = 729), gd-step 3,3,3,3 1.48 GB
    /// (E = 6561); gradient 20,20,20,20 (E = 2.6e10) and --samples 100000 (E = 1.3e7) exhausted 6 GB.</remarks>
    private static double EstimatedBytes(string what, int[] dims, int samples)
    {
        double e = ExpansionSize(dims, samples);
        double perProduct = what switch
        {
            "gd-step" => 10_240 * Math.Sqrt(e),
            "hessian" => 5_120,
            _ => 1_536,
        };
        return (64 * 1048576.0) + (perProduct * e);
    }

    /// <summary>
    /// Estimated running time of an entry-wise derivation in seconds: 1 s of start-up plus a time per monomial product E
    /// (see <see cref="ExpansionSize"/>) of 3·10⁻⁵ s for the gradient, 6·10⁻⁵ s for the invariant (two gradients),
    /// 5·10⁻⁴ s for the Hessian, and 4·10⁻⁴ s · E^1.5 for the gradient step (its substitution multiplies gradient entries).
    /// </summary>
    /// <remarks>Implementation note: fitted (rounded up) to wall times measured on the 2-core reference machine under a
    /// load average of about 40: gradient 3,3,3,3 1.4 s (E = 6561), 4,4,4,4 4.0 s (E = 65536), 5,5,5,5 11.1 s
    /// (E = 390625); invariant 5,5,5,5 22.0 s; hessian 4,4,4 1.9 s (E = 4096), 3,3,3,3 3.1 s, 3,3,3,4 4.9 s (E = 8748);
    /// gd-step 2,2,2,2 3.0 s (E = 256), 3,3,3 6.9 s (E = 729), 3,3,4 11.8 s (E = 972). On a quiet machine the
    /// derivations take less, so the estimate errs on the long side. At the default limits the memory guard binds first;
    /// the time guard matters when --max-memory is raised.</remarks>
    private static double EstimatedSeconds(string what, int[] dims, int samples)
    {
        double e = ExpansionSize(dims, samples);
        return 1 + what switch
        {
            "gd-step" => 4e-4 * e * Math.Sqrt(e),
            "hessian" => 5e-4 * e,
            "invariant" => 6e-5 * e,
            _ => 3e-5 * e,
        };
    }

    /// <summary>
    /// The progress line's estimate for the free and all-depths modes, which have no size argument beyond the depth
    /// (at most 64): measured under the same load, the free Hessian of depth 64 took 27.9 s, every other free or
    /// all-depths derivation at most 3.4 s; the Hessian's time grows about as N².
    /// </summary>
    private static double FreeSeconds(string what, string mode, int depth)
        => mode == "free" && what == "hessian" ? 1 + (27 * depth * depth / 4096.0) : 3;

    private static string EstimateWords(string what, int[] dims, int samples)
        => $"--what {what} expands d_N · m · (d₀⋯d_(N−1))² = {CliNumber.Format(ExpansionSize(dims, samples), 3)} monomial products for widths "
           + string.Join(",", dims.Select(x => x.ToString(CultureInfo.InvariantCulture))) + $" and m = {samples.ToString(CultureInfo.InvariantCulture)}";

    private static int[] ParseDims(string? text, int depth)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Enumerable.Repeat(2, depth + 1).ToArray();
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var dims = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out dims[i]) || dims[i] < 1)
            {
                throw new CliUsageException("--dims", text, "must be a comma-separated list of positive integers d0,d1,…,dN");
            }
        }

        if (dims.Length != depth + 1)
        {
            throw new CliUsageException("--dims", text, $"must list depth + 1 = {(depth + 1).ToString(CultureInfo.InvariantCulture)} widths for --depth {depth.ToString(CultureInfo.InvariantCulture)}");
        }

        return dims;
    }

    private static JsonObject ToJson(Derivation d, string what, string mode, int depth, int[] dims, int samples, bool symbolicData, double seconds)
    {
        var steps = new JsonArray();
        foreach (var s in d.Steps)
        {
            steps.Add((JsonNode)new JsonObject { ["rule"] = s.Rule, ["description"] = s.Description, ["latex"] = s.Latex, ["text"] = s.Text });
        }

        var o = new JsonObject
        {
            ["what"] = what,
            ["mode"] = mode,
            ["proved"] = d.Proved,
            ["seconds"] = Math.Round(seconds, 6),
            ["scope"] = Derivation.ScopeText(d.Scope),
            ["title"] = d.Title,
            ["claim_latex"] = d.ClaimLatex,
            ["claim_text"] = d.ClaimText,
        };
        if (mode != "all-depths")
        {
            o["depth"] = depth;
        }

        if (mode == "entrywise")
        {
            o["dims"] = new JsonArray(dims.Select(x => (JsonNode)x).ToArray());
            o["samples"] = samples;
            o["data"] = symbolicData ? "symbolic" : "rational";
        }

        o["steps"] = steps;
        return o;
    }
}
