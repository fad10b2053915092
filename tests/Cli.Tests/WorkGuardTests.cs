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

        long perStep = long.Parse(StepWork().Match(error).Groups[1].Value, CultureInfo.InvariantCulture);
        double setup = 150.0 * 50 * (50 + 50);
        long atLimit = (long)Math.Floor((MultiplyAddsPerSecond - setup) / perStep);
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

    [GeneratedRegex(@"steps of (\d+) multiply-adds each")]
    private static partial Regex StepWork();
}
