using System.Text.Json;
using Xunit;

namespace DeepLinear.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Check_OneClaimJson_WritesTheDocumentedKeysAndVerdict()
    {
        var (code, output, error) = CliRunner.Run("check", "--claim", "nrt/eq2.11", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var doc = JsonDocument.Parse(output);
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(new[] { "nrt/eq2.11", "nrt/eq2.11~fixed" }, items.Select(i => i.GetProperty("id").GetString()!).Take(2).ToArray());
        var first = items[0];
        Assert.Equal(
            ["id", "paper", "label", "kind", "statement", "verdict", "scope", "evidence", "seconds"],
            first.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("refuted", first.GetProperty("verdict").GetString());
        Assert.DoesNotContain("[1/", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownPaper_NamesArgumentAndAllowedKeys()
    {
        var (code, _, error) = CliRunner.Run("check", "--paper", "xyz");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--paper", error, StringComparison.Ordinal);
        Assert.Contains("nrt, lcc, trbw, acgh, dhl", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--claim", "nrt/prop9.9")]
    [InlineData("--claim", "NRT/Prop3.2")]
    [InlineData("--budget", "0")]
    [InlineData("--jobs", "0")]
    public void Check_BadArgument_ExitsWithUsageErrorNamingIt(string option, string value)
    {
        var (code, _, error) = CliRunner.Run("check", option, value, "--no-report");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
        Assert.Contains(value, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OutWithNoReport_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("check", "--claim", "nrt/eq2.11", "--out", "x", "--no-report");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--no-report", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PaperTable_PrintsSummaryRowPerPaper()
    {
        var (code, output, _) = CliRunner.Run("check", "--paper", "dhl");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("dhl", output, StringComparison.Ordinal);
        Assert.Contains("total", output, StringComparison.Ordinal);
        Assert.Contains("not-checkable", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAndReport_WithOut_WriteTheReportFiles()
    {
        foreach (var command in new[] { "check", "report" })
        {
            string folder = Path.Combine(Path.GetTempPath(), "dlv-report-" + command + "-" + Guid.NewGuid().ToString("N"));
            try
            {
                var (code, _, _) = CliRunner.Run(command, "--claim", "nrt/eq2.11", "--out", folder);

                Assert.Equal(ExitCodes.Success, code);
                Assert.True(File.Exists(Path.Combine(folder, "README.md")));
                Assert.True(File.Exists(Path.Combine(folder, "verdicts.csv")));
                Assert.Contains("nrt/eq2.11", File.ReadAllText(Path.Combine(folder, "nrt.md")), StringComparison.Ordinal);
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }

    [Fact]
    public void Report_WithoutOut_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("report", "--claim", "nrt/eq2.11");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }
}
