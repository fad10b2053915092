using System.CommandLine;
using System.Globalization;
using System.Reflection;
using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// Every option that can scale work or memory (every numeric option of every command, generated from the command tree,
/// and the size lists <c>--dims</c>, <c>--widths</c>) either has an estimate-and-refuse guard, tested just over and just
/// under its limit by the named test, or a one-line reason here why it cannot blow up. A new numeric option fails
/// <see cref="NumericOptions_AreEachGuardedOrExplained"/> until it is given one or the other.
/// </summary>
public class NumericOptionAuditTests
{
    /// <summary>Options that carry sizes in a string (lists of widths).</summary>
    private static readonly string[] SizeLists = ["--dims", "--widths"];

    /// <summary>Guarded options: the test (class.method) that runs them just over and just under their limit.</summary>
    private static readonly Dictionary<string, string> Guards = new(StringComparer.Ordinal)
    {
        ["bench --iterations"] = nameof(Bench_IterationsJustOverTheTimeLimit_IsRefused_JustUnderRuns),
        ["selfcheck --instances"] = nameof(SelfCheck_InstancesJustOverTheTimeLimit_AreRefused_JustUnderRun),
        ["run --width"] = "ResourceGuardTests.Command_JustOverTheLimit_IsRefused_JustUnderRuns",
        ["run --widths"] = nameof(Run_WidthsAndSamplesJustOverTheMemoryLimit_AreRefused_JustUnderRun),
        ["run --samples"] = nameof(Run_WidthsAndSamplesJustOverTheMemoryLimit_AreRefused_JustUnderRun),
        ["run --stride"] = nameof(Run_RecordedPointsJustOverTheMemoryLimit_AreRefusedNamingStride_JustUnderRun),
        ["run --iterations"] = "WorkGuardTests.Run_IterationsJustOverTheTimeLimit_IsRefused_AtTheLimitRuns",
        ["run --flow-step"] = "WorkGuardTests.Run_ProductFlowStepsJustOverTheTimeLimit_AreRefused_AtTheLimitRuns",
        ["derive --dims"] = "ResourceGuardTests.Command_JustOverTheLimit_IsRefused_JustUnderRuns",
        ["derive --samples"] = "WorkGuardTests.Derive_SamplesJustOverTheTimeLimit_IsRefused_AtTheLimitRuns",
    };

    /// <summary>Options that cannot blow up, each with the reason.</summary>
    private static readonly Dictionary<string, string> Reasons = new(StringComparer.Ordinal)
    {
        ["check --seed"] = "a seed picks values, not sizes",
        ["check --budget"] = "a limit itself: at most 3600 s per claim, enforced while the check runs (out-of-budget)",
        ["check --jobs"] = "at most 64 claims at once; the work is that of one job, spread over threads",
        ["report --seed"] = "a seed picks values, not sizes",
        ["report --budget"] = "a limit itself: at most 3600 s per claim, enforced while the check runs (out-of-budget)",
        ["report --jobs"] = "at most 64 claims at once; the work is that of one job, spread over threads",
        ["bench --seed"] = "a seed picks values, not sizes",
        ["run --depth"] = "at most 64 layers; the sizes it makes are in the estimates of the guards of --width, --iterations and --stride",
        ["run --rank"] = "at most min(d₀, d_N): it shapes the target (and d₁ of the nrt widths), inside the estimates of --width",
        ["run --init-std"] = "scales values, not sizes; a run that diverges stops and says where",
        ["run --time"] = "flow: at most as many adaptive steps as fit in --max-seconds (the flow stops there and says at what time); product-flow: inside the --flow-step guard",
        ["run --seed"] = "a seed picks values, not sizes",
        ["derive --depth"] = "at most 64 layers; the entry-wise sizes are in the guards of --dims and --samples, the free mode is symbolic in N",
        ["reproduce --seed"] = "a seed picks values, not sizes",
        ["reproduce --seeds"] = "at most 1000; only nrt-fig1 and nrt-fig2 run one bound per seed (4.7 s and 3.2 s for 20 seeds at load 2–3), so 1000 seeds take about 6.6 min",
        ["selfcheck --seed"] = "a seed picks values, not sizes",
        ["show --seed"] = "a seed picks values, not sizes",
        ["show --budget"] = "a limit itself: at most 3600 s for the replay, enforced while it runs",
        ["prove --iterations"] = "with --bench only: at most 1000 passes over a file the user wrote, each identity under the prover's own size limits",
    };

    [Fact]
    public void NumericOptions_AreEachGuardedOrExplained()
    {
        var generated = NumericOptions().Where(o => !IsLimit(o)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(generated, Guards.Keys.Concat(Reasons.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(Guards.Keys.Intersect(Reasons.Keys));
        Assert.All(Reasons.Values, reason => Assert.True(reason.Length > 10));
    }

    [Fact]
    public void Guards_NameTestsThatExist()
    {
        foreach (var (option, test) in Guards)
        {
            string[] parts = test.Split('.');
            var type = parts.Length == 2 ? typeof(NumericOptionAuditTests).Assembly.GetType("DeepLinear.Cli.Tests." + parts[0]) : typeof(NumericOptionAuditTests);
            var method = type?.GetMethod(parts[^1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
            Assert.True(method is not null && method.GetCustomAttributes().Any(a => a is FactAttribute), option + ": no test " + test);
        }
    }

    [Fact]
    public void Limits_AreTheMaxOptionsOnly()
    {
        // Negative control of IsLimit: the limits are --max-memory and --max-seconds, nothing else is waved through.
        Assert.All(NumericOptions().Where(IsLimit), o => Assert.Matches(@" --max-(memory|seconds)$", o));
        Assert.Contains("run --max-seconds", NumericOptions());
        Assert.Contains("bench --max-seconds", NumericOptions());
        Assert.Contains("selfcheck --max-seconds", NumericOptions());
    }

    [Fact]
    public void Bench_IterationsJustOverTheTimeLimit_IsRefused_JustUnderRuns()
    {
        // gd-nrt-N2 is costed at 1 s of set-up (build, warm-up) plus 10⁻⁴ s a step: the limit 2 s admits 10,000 steps.
        string[] bench = ["bench", "--workload", "gd-nrt-N2", "--json", "--max-seconds", "2", "--iterations"];

        var (over, overOutput, overError) = CliRunner.Run([.. bench, "10001"]);
        var (under, underOutput, underError) = CliRunner.Run([.. bench, "10000"]);

        Assert.Equal(ExitCodes.Usage, over);
        Assert.Contains("argument '--iterations' is '10001'", overError, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 2 s", overError, StringComparison.Ordinal);
        Assert.Contains("--max-seconds S", overError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, overOutput);
        Assert.True(under == ExitCodes.Success, underError);
        Assert.Contains("\"iterations\": 10000", underOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_DefaultIterationsOfALongWorkload_AreRefusedNamingTheWorkload()
    {
        // nrt-fast-tier is costed at its 40 s budget a run: 10 s are not enough for the default single run.
        var (code, output, error) = CliRunner.Run("bench", "--workload", "nrt-fast-tier", "--max-seconds", "10");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--workload' is 'nrt-fast-tier'", error, StringComparison.Ordinal);
        Assert.Contains("nrt-fast-tier: 1 s set-up + 1 × 40 s", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void SelfCheck_InstancesJustOverTheTimeLimit_AreRefused_JustUnderRun()
    {
        // 1 s of set-up plus 0.1 s an instance: the limit 2 s admits 10 instances.
        var (over, overOutput, overError) = CliRunner.Run("selfcheck", "--max-seconds", "2", "--instances", "11");
        var (under, _, underError) = CliRunner.Run("selfcheck", "--max-seconds", "2", "--instances", "10");

        Assert.Equal(ExitCodes.Usage, over);
        Assert.Contains("argument '--instances' is '11'", overError, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 2 s", overError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, overOutput);
        Assert.True(under == ExitCodes.Success, underError);
    }

    [Fact]
    public void Run_WidthsAndSamplesJustOverTheMemoryLimit_AreRefused_JustUnderRun()
    {
        // Widths 1,1: 8·(2·(1 + 1)·m + 1 + 1 + 6·1 + 2·2) B = 32m + 96 B above the constant 64 MB, so with --max-memory 65
        // the sizes alone fit up to m = 32,765 and are refused from m = 32,766 (naming --samples); with the default
        // widths of that data (m = 3d₀) the limit 64 refuses any --widths and 65 admits 1,1.
        using var folder = new TempFolder("dlv-guard");
        string[] run = ["run", "--widths", "1,1", "--rank", "1", "--data", "gaussian", "--init", "gaussian", "--iterations", "1", "--stride", "1", "--out", folder.Path];

        var (samplesOver, _, samplesOverError) = CliRunner.Run([.. run, "--max-memory", "65", "--samples", "32766"]);
        var (widthsOver, _, widthsOverError) = CliRunner.Run([.. run, "--max-memory", "64"]);
        var (widthsUnder, _, widthsUnderError) = CliRunner.Run([.. run, "--max-memory", "65"]);

        Assert.Equal(ExitCodes.Usage, samplesOver);
        Assert.Contains("argument '--samples' is '32766'", samplesOverError, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 65 MB", samplesOverError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, widthsOver);
        Assert.Contains("argument '--widths' is '1,1'", widthsOverError, StringComparison.Ordinal);
        Assert.True(widthsUnder == ExitCodes.Success, widthsUnderError);
    }

    [Fact]
    public void Run_RecordedPointsJustOverTheMemoryLimit_AreRefusedNamingStride_JustUnderRun()
    {
        // As above, plus 2 recorded points (--iterations 1 --stride 1) of 200 + 48·(N + 1) = 296 B: the limit 65 MB
        // admits m = 32,746 (1,048,560 B) and refuses m = 32,747 by the recorded points (1,048,592 B), naming --stride.
        using var folder = new TempFolder("dlv-guard");
        string[] run = ["run", "--widths", "1,1", "--rank", "1", "--data", "gaussian", "--init", "gaussian", "--iterations", "1", "--stride", "1", "--max-memory", "65", "--out", folder.Path, "--samples"];

        var (over, _, overError) = CliRunner.Run([.. run, "32747"]);
        var (under, _, underError) = CliRunner.Run([.. run, "32746"]);

        Assert.Equal(ExitCodes.Usage, over);
        Assert.Contains("argument '--stride' is '1'", overError, StringComparison.Ordinal);
        Assert.Contains("2 recorded points of about 296 bytes each", overError, StringComparison.Ordinal);
        Assert.True(under == ExitCodes.Success, underError);
    }

    [Fact]
    public void Run_HundredMillionRecordedIterations_AreRefusedBeforeAnyWork()
    {
        using var folder = new TempFolder("dlv-guard");

        var (code, output, error) = CliRunner.Run("run", "--width", "4", "--rank", "1", "--iterations", "100000000", "--stride", "1", "--max-seconds", "604800", "--out", folder.Path);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--stride' is '1'", error, StringComparison.Ordinal);
        Assert.Contains("1e8 recorded points", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    private static bool IsLimit(string option) => option.EndsWith(" --max-memory", StringComparison.Ordinal) || option.EndsWith(" --max-seconds", StringComparison.Ordinal);

    /// <summary>Every <c>command option</c> whose value is a number (or a list of sizes), over the whole command tree.</summary>
    private static List<string> NumericOptions()
    {
        var numeric = new[] { typeof(int), typeof(long), typeof(double), typeof(ulong), typeof(int?), typeof(long?), typeof(double?), typeof(ulong?) };
        var root = CliApplication.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false));
        var found = new List<string>();
        void Visit(Command parent, string prefix)
        {
            foreach (var command in parent.Subcommands)
            {
                string path = prefix.Length == 0 ? command.Name : prefix + " " + command.Name;
                found.AddRange(command.Options.Where(o => numeric.Contains(o.ValueType) || SizeLists.Contains(o.Name)).Select(o => path + " " + o.Name));
                Visit(command, path);
            }
        }

        Visit(root, string.Empty);
        return found;
    }

    [Fact]
    public void NumericOptions_IncludeTheIssueExamples()
    {
        // Negative control of the generator: the options named in issue 14 are found.
        var options = NumericOptions();

        Assert.Contains("bench --iterations", options);
        Assert.Contains("run --widths", options);
        Assert.Contains("derive --dims", options);
        Assert.Contains(options, o => o.StartsWith("selfcheck --instances", StringComparison.Ordinal));
        Assert.Equal(options.Count.ToString(CultureInfo.InvariantCulture), options.Distinct().Count().ToString(CultureInfo.InvariantCulture));
    }
}
