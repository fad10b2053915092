using Xunit;

namespace DeepLinear.Cli.Tests;

public class CliApplicationTests
{
    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(ExitCodes.Success, code);
        foreach (var command in new[] { "check", "bench", "run", "derive" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("bench", "Examples")]
    [InlineData("check", "Examples")]
    [InlineData("run", "Examples")]
    [InlineData("derive", "Examples")]
    public void CommandHelp_HasExamples(string command, string expected)
    {
        var (code, output, _) = CliRunner.Run(command, "--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_ExitsWithUsageError()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RunWithBadSchedule_NamesArgumentAndAllowedForms()
    {
        var (code, _, error) = CliRunner.Run("run", "--schedule", "sometimes");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--schedule", error, StringComparison.Ordinal);
        Assert.Contains("constant:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RunsSelfChecksAndPasses()
    {
        var (code, output, _) = CliRunner.Run("check", "--json", "--instances", "3");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"passed\": true", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"passed\": false", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WritesCsvAndPlot()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dlv-run-test-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (code, output, _) = CliRunner.Run("run", "--depth", "2", "--width", "6", "--iterations", "50", "--out", folder);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("stopped:", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "trajectory.csv")));
        Assert.True(new FileInfo(Path.Combine(folder, "trajectory.png")).Length > 1000);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Run_HugeStep_ExitsWithFailureAndSaysDiverged()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dlv-run-div-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (code, output, _) = CliRunner.Run("run", "--depth", "3", "--width", "6", "--schedule", "constant:100", "--iterations", "200", "--out", folder);
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("Diverged", output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void DeriveWithUnknownMode_NamesTheAllowedValues()
    {
        var (code, _, error) = CliRunner.Run("derive", "--what", "gradient", "--mode", "sideways");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("sideways", error, StringComparison.Ordinal);
        Assert.Contains("entrywise", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DeriveWithDimsOfWrongLength_NamesTheArgument()
    {
        var (code, _, error) = CliRunner.Run("derive", "--what", "gradient", "--depth", "3", "--dims", "2,2");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--dims", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DeriveJson_ReportsProvedAndSeconds()
    {
        var (code, output, _) = CliRunner.Run("derive", "--what", "invariant", "--depth", "2", "--dims", "2,2,2", "--json");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"proved\": true", output, StringComparison.Ordinal);
        Assert.Contains("\"seconds\":", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BenchWithUnknownWorkload_ExitsWithUsageError()
    {
        var (code, _, error) = CliRunner.Run("bench", "--workload", "gd-nope");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("gd-nope", error, StringComparison.Ordinal);
    }
}
