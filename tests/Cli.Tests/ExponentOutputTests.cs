using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// No number reaches the console as <c>1E-09</c> (issue 14, "Messages and numbers"): the outputs where .NET's exponent
/// form was seen — the reproductions' progress and profile lines (<c>DP5(4) rtol 1E-09</c>), the self-check table
/// (<c>2.93E-012</c>), the bench descriptions (<c>6.35E-06</c>) — print the short form. The option sweep asserts the
/// same over every command (<see cref="OptionSweepTests.AssertNoCrashText"/>).
/// </summary>
public class ExponentOutputTests
{
    private const string CapitalExponent = @"\b\d+(\.\d+)?E[+-]?\d+\b";

    [Fact]
    public void Reproduce_ProgressAndProfileLines_UseShortExponents()
    {
        using var folder = new TempFolder("dlv-exponent");
        var output = new StringWriter();
        var error = new StringWriter();

        int code = CliApplication.Run(["reproduce", "trbw-supervised", "--quick", "--out", folder.Path], new CliConsole(output, error, ErrorIsTerminal: true));

        Assert.True(code is ExitCodes.Success or ExitCodes.Failure, error.ToString());
        Assert.Contains("rtol 1e-9", output + error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(CapitalExponent, output.ToString() + error);
    }

    [Fact]
    public void SelfCheck_Table_UsesShortExponents()
    {
        var (code, output, error) = CliRunner.Run("selfcheck", "--instances", "2");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Matches(@"\de-\d", output);
        Assert.DoesNotMatch(CapitalExponent, output + error);
    }

    [Fact]
    public void Bench_JsonDescription_UsesShortExponents()
    {
        var (code, output, error) = CliRunner.Run("bench", "--workload", "gd-nrt-N5-m21000", "--iterations", "10", "--json");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Contains("η = 6.35e-6", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(CapitalExponent, output);
    }
}
