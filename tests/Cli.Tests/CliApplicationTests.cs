using Xunit;

namespace DeepLinear.Cli.Tests;

public class CliApplicationTests
{
    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(ExitCodes.Success, code);
        foreach (var command in new[] { "check", "prove", "derive", "bench", "run" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("bench", "Examples")]
    [InlineData("prove", "Examples")]
    [InlineData("derive", "Examples")]
    [InlineData("check", "Examples")]
    [InlineData("run", "Examples")]
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
    public void BenchWithUnknownWorkload_ExitsWithUsageError()
    {
        var (code, _, error) = CliRunner.Run("bench", "--workload", "gd-nope");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("gd-nope", error, StringComparison.Ordinal);
    }
}
