using DeepLinear.Cli;
using Xunit;

namespace DeepLinear.Cli.Tests;

public class DeriveCommandHessianTests
{
    [Fact]
    public void DeriveHessianAllDepths_Json_ReportsProvedSecondsAndScope()
    {
        var (code, output, _) = CliRunner.Run("derive", "--what", "hessian", "--mode", "all-depths", "--json");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"proved\": true", output, StringComparison.Ordinal);
        Assert.Contains("\"seconds\":", output, StringComparison.Ordinal);
        Assert.Contains("\"scope\": \"all depths and all dimensions\"", output, StringComparison.Ordinal);
        Assert.Contains("block i < j: boundary j = i + 1", output, StringComparison.Ordinal);
        Assert.Contains("negative control: printed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"depth\":", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "[all depths and all dimensions; proved]")]
    [InlineData("latex", "(all depths and all dimensions; proved)")]
    public void DeriveHessianAllDepths_TextAndLatex_SayProved(string format, string expected)
    {
        var (code, output, _) = CliRunner.Run("derive", "--what", "hessian", "--mode", "all-depths", "--format", format);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Contains("symmetry", output, StringComparison.Ordinal);
    }
}
