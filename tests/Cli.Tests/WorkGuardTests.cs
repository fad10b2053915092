using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// Requests whose estimated running time exceeds <c>--max-seconds</c> are refused (exit 2) with the estimate and the
/// option that raises the limit; the edge is found from the work the refusal states, one step over it is refused and
/// the step count at it runs.
/// </summary>
public partial class WorkGuardTests
{
    /// <summary>The rate the guard converts work at (WorkGuard.MultiplyAddsPerSecond, internal to the CLI).</summary>
    private const double MultiplyAddsPerSecond = 1e9;

    private static readonly string[] Run50 = ["run", "--widths", "50,50,50", "--data", "gaussian", "--init", "balanced", "--stride", "100"];

    [Fact]
    public void Run_IterationsJustOverTheTimeLimit_IsRefused_AtTheLimitRuns()
    {
        using var folder = new TempFolder("dlv-work-guard");
        var (code, _, error) = CliRunner.Run([.. Run50, "--iterations", "100000000", "--out", folder.Path, "--max-seconds", "1"]);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--iterations' is '100000000'", error, StringComparison.Ordinal);
        Assert.Contains("--max-seconds", error, StringComparison.Ordinal);

        // The work is the data's covariances, the steps and the recorded points (one every --stride 100 iterations and
        // the start), each costed as the refusal states.
        long perStep = long.Parse(StepWork().Match(error).Groups[1].Value, CultureInfo.InvariantCulture);
        double perRecord = double.Parse(RecordWork().Match(error).Groups[1].Value, CultureInfo.InvariantCulture);
        double setup = 150.0 * 50 * (50 + 50);
        double Work(long k) => setup + ((double)k * perStep) + ((Math.Floor(k / 100.0) + 1) * perRecord);
        long atLimit = (long)Math.Floor((MultiplyAddsPerSecond - setup - perRecord) / (perStep + (perRecord / 100)));
        while (Work(atLimit + 1) / MultiplyAddsPerSecond <= 1)
        {
            atLimit++;
        }

        while (Work(atLimit) / MultiplyAddsPerSecond > 1)
        {
            atLimit--;
        }

        var (over, _, overError) = CliRunner.Run([.. Run50, "--iterations", (atLimit + 1).ToString(CultureInfo.InvariantCulture), "--out", folder.Path, "--max-seconds", "1"]);
        var (at, _, atError) = CliRunner.Run([.. Run50, "--iterations", atLimit.ToString(CultureInfo.InvariantCulture), "--out", folder.Path, "--max-seconds", "1"]);

        Assert.Equal(ExitCodes.Usage, over);
        Assert.Contains("more than the limit of 1 s", overError, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.Usage, at);
        Assert.DoesNotContain("more than the limit", atError, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SamplesWhoseCovariancesExceedTheLimit_AreRefusedBeforeTheDataAreDrawn()
    {
        using var folder = new TempFolder("dlv-work-guard");

        var (code, output, error) = CliRunner.Run("run", "--widths", "2000,2000", "--data", "gaussian", "--init", "balanced", "--samples", "1000000", "--max-memory", "100000", "--out", folder.Path);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--samples' is '1000000'", error, StringComparison.Ordinal);
        Assert.Contains("2.2 h", error, StringComparison.Ordinal);
        Assert.DoesNotContain("widths ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_SamplesJustOverTheTimeLimit_IsRefused_AtTheLimitRuns()
    {
        // Gradient, widths 32,1: E = d_N·m·d₀² = 1024·m monomial products at 3·10⁻⁵ s each plus 1 s; the limit 2 s
        // admits m = 32 (1.98 s) and refuses m = 33 (2.01 s).
        string[] derive = ["derive", "--what", "gradient", "--depth", "1", "--dims", "32,1", "--max-seconds", "2", "--samples"];

        var (over, overOutput, overError) = CliRunner.Run([.. derive, "33"]);
        var (at, _, atError) = CliRunner.Run([.. derive, "32"]);

        Assert.Equal(ExitCodes.Usage, over);
        Assert.Contains("argument '--samples' is '33'", overError, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 2 s", overError, StringComparison.Ordinal);
        Assert.Contains("--max-seconds S", overError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, overOutput);
        Assert.Equal(ExitCodes.Success, at);
        Assert.DoesNotContain("more than the limit", atError, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_HugeWidthsWithRaisedMemoryLimit_AreRefusedByTheTimeGuard()
    {
        var (code, output, error) = CliRunner.Run("derive", "--what", "gradient", "--depth", "3", "--dims", "12,12,12,12", "--max-memory", "1048576");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--dims' is '12,12,12,12'", error, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 600 s", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Run_ProductFlowStepsJustOverTheTimeLimit_AreRefused_AtTheLimitRuns()
    {
        // Widths 10,10,10: 1000·10³ + 2·10⁶ = 3·10⁶ multiply-adds a step; the limit 1 s admits 333 steps.
        using var folder = new TempFolder("dlv-work-guard");
        string[] flow = ["run", "--widths", "10,10,10", "--data", "gaussian", "--init", "gaussian", "--dynamics", "product-flow", "--time", "1", "--max-seconds", "1", "--out", folder.Path, "--flow-step"];

        var (over, _, overError) = CliRunner.Run([.. flow, "0.003"]);      // ⌈333.3⌉ = 334 steps
        var (at, _, atError) = CliRunner.Run([.. flow, "0.00301"]);        // ⌈332.2⌉ = 333 steps

        Assert.Equal(ExitCodes.Usage, over);
        Assert.Contains("argument '--flow-step' is '0.003'", overError, StringComparison.Ordinal);
        Assert.Contains("334 RK4 steps", overError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, at);
        Assert.DoesNotContain("more than the limit", atError, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ProductFlowWithTrillionsOfSteps_IsRefusedWithoutOverflow()
    {
        var (code, output, error) = CliRunner.Run("run", "--widths", "3,2,3", "--data", "gaussian", "--init", "gaussian", "--dynamics", "product-flow", "--time", "1000000", "--flow-step", "1e-6", "--out", Path.Combine(Path.GetTempPath(), "dlv-never-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--flow-step' is '1e-6'", error, StringComparison.Ordinal);
        Assert.Contains("1e12 RK4 steps", error, StringComparison.Ordinal);
        Assert.Contains("years", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [GeneratedRegex(@"steps of (\d+) multiply-adds each")]
    private static partial Regex StepWork();

    [GeneratedRegex(@"recorded points of (\d+) multiply-adds each")]
    private static partial Regex RecordWork();
}
