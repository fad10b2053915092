using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// Oversized requests are refused at once (exit 2) with the estimate and the option that raises the limit; a request
/// just under the limit runs. The estimates' constant part is 64 MB, so <c>--max-memory 64</c> refuses the smallest
/// request and <c>--max-memory 65</c> admits it: the guard is tested at its edge without allocating gigabytes.
/// </summary>
public class ResourceGuardTests
{
    [Theory]
    [InlineData("--samples", "run", "--width", "4096", "--rank", "2", "--samples", "2000000", "--iterations", "2")]
    [InlineData("--samples", "run", "--widths", "4096,4096", "--data", "gaussian", "--init", "gaussian", "--samples", "500000")]
    [InlineData("--dims", "derive", "--what", "gradient", "--depth", "3", "--dims", "99999,2,2,2")]
    [InlineData("--dims", "derive", "--what", "gradient", "--depth", "3", "--dims", "20,20,20,20")]
    [InlineData("--samples", "derive", "--what", "gradient", "--samples", "100000")]
    public void Command_IssueExamples_AreRefusedWithTheEstimate(string option, params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"argument '{option}'", error, StringComparison.Ordinal);
        Assert.True(error.Contains("more than the limit", StringComparison.Ordinal) || error.Contains("entries one matrix can hold", StringComparison.Ordinal), error);
        Assert.DoesNotContain("widths ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("derive", "--what", "gradient", "--depth", "1", "--dims", "1,1")]
    [InlineData("derive", "--what", "gd-step", "--depth", "1", "--dims", "1,1")]
    [InlineData("run", "--width", "2", "--rank", "1", "--iterations", "2")]
    public void Command_JustOverTheLimit_IsRefused_JustUnderRuns(params string[] args)
    {
        using var folder = new TempFolder("dlv-guard");
        string[] outArgs = args[0] == "run" ? ["--out", folder.Path] : [];

        var (overCode, overOutput, overError) = CliRunner.Run([.. args, .. outArgs, "--max-memory", "64"]);
        var (underCode, _, underError) = CliRunner.Run([.. args, .. outArgs, "--max-memory", "65"]);

        Assert.Equal(ExitCodes.Usage, overCode);
        Assert.Contains("more than the limit of 64 MB", overError, StringComparison.Ordinal);
        Assert.Contains("--max-memory", overError, StringComparison.Ordinal);
        Assert.Equal(string.Empty, overOutput);
        Assert.True(underCode == ExitCodes.Success, underError);
    }

    [Fact]
    public void Derive_SamplesJustOverDefaultLimit_IsRefused()
    {
        // widths 2,2,2,2: E = 2 · m · 8² = 128 m; 64 MB + 1536 B · 128 m exceeds 4096 MB from m = 21505 on.
        var (code, _, error) = CliRunner.Run("derive", "--what", "gradient", "--samples", "21505");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--samples' is '21505'", error, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 4096 MB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ConflictingArguments_AreRefusedBeforeTheDataAreDrawn()
    {
        var (code, output, error) = CliRunner.Run("run", "--widths", "2000,2000,2000", "--data", "gaussian", "--out", Path.Combine(Path.GetTempPath(), "dlv-never-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--init' is 'balanced-orthogonal': needs --data nrt", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }
}
