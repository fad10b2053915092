using Xunit;

namespace DeepLinear.Cli.Tests;

public class CliApplicationTests
{
    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(ExitCodes.Success, code);
        foreach (var command in new[] { "check", "report", "bench", "run", "derive", "prove", "selfcheck" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("bench", "Examples")]
    [InlineData("check", "Examples")]
    [InlineData("report", "Examples")]
    [InlineData("selfcheck", "Examples")]
    [InlineData("run", "Examples")]
    [InlineData("derive", "Examples")]
    [InlineData("prove", "Examples")]
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
    public void SelfCheck_RunsSelfChecksAndPasses()
    {
        var (code, output, _) = CliRunner.Run("selfcheck", "--json", "--instances", "3");
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
        Assert.Contains("stopped: diverged — diverged at iteration", output, StringComparison.Ordinal);
        Assert.DoesNotContain("at 0 iterations", output, StringComparison.Ordinal);
        Assert.DoesNotContain("E+", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(folder, "trajectory.csv"));
        Assert.True(rows.Length > 2, "the iterates up to the divergence are recorded: " + string.Join("\n", rows));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void DeriveWithUnknownMode_NamesTheAllowedValues()
    {
        var (code, _, error) = CliRunner.Run("derive", "--what", "gradient", "--mode", "sideways");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("sideways", error, StringComparison.Ordinal);
        Assert.Contains("all-depths", error, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("(A*B)' == B'*A'", ExitCodes.Success, "\"verdict\": \"proved\"")]
    [InlineData("tr(A*B*C) == tr(A*C*B)", ExitCodes.Failure, "\"verdict\": \"refuted\"")]
    [InlineData("A*B == ", ExitCodes.Usage, "\"verdict\": \"parse-error\"")]
    public void Prove_JsonVerdictsAndExitCodes(string identity, int exitCode, string expected)
    {
        var (code, output, _) = CliRunner.Run("prove", identity, "--json");
        Assert.Equal(exitCode, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_ShapeError_ExitsWith2()
    {
        var (code, output, _) = CliRunner.Run("prove", "A*B == B*A", "--shape", "A=2x3", "--shape", "B=3x2", "--json");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("shape-error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_WithBalancednessAssumption_IsProvedByRewriting()
    {
        var (code, output, _) = CliRunner.Run("prove", "W2'*W2*W2'*W2 == W1*W1'*W1*W1'", "--assume", "W2'*W2 == W1*W1'", "--shape", "W1=d1xd0", "--shape", "W2=d2xd1");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("rewrite:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gradient")]
    [InlineData("invariant")]
    [InlineData("gd-step")]
    public void DeriveAllDepths_IsProved(string what)
    {
        var (code, output, _) = CliRunner.Run("derive", "--what", what, "--mode", "all-depths", "--json");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"scope\": \"all depths and all dimensions\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DeriveFreeHessian_IsProved()
    {
        var (code, _, _) = CliRunner.Run("derive", "--what", "hessian", "--mode", "free", "--depth", "3");
        Assert.Equal(ExitCodes.Success, code);
    }

    [Fact]
    public void BenchWithUnknownWorkload_ExitsWithUsageError()
    {
        var (code, _, error) = CliRunner.Run("bench", "--workload", "gd-nope");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("gd-nope", error, StringComparison.Ordinal);
    }
}
