using Spectre.Console;
using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>Tables written to a writer that is not a terminal keep one line per row (issue 14: no wrapping at 80 columns).</summary>
public class SpectreOutputTests
{
    [Fact]
    public void For_RedirectedBenchTable_KeepsTheLongDescriptionOnOneLine()
    {
        var (code, output, _) = CliRunner.Run("bench", "--workload", "gd-nrt-N5", "--iterations", "1");

        Assert.Equal(ExitCodes.Success, code);
        var row = Assert.Single(output.Split('\n'), line => line.Contains("gd-nrt-N5", StringComparison.Ordinal));
        Assert.True(row.Length > 80, "the row is longer than 80 columns, so a wrapped table would have broken it");
        Assert.Contains("rank-2 target", row, StringComparison.Ordinal);
        Assert.Contains("multiply-adds/step", row, StringComparison.Ordinal);
        Assert.Equal(5, output.Split('\n').Count(line => line.StartsWith('│') || line.StartsWith('┌') || line.StartsWith('├') || line.StartsWith('└')));
    }

    [Fact]
    public void NegativeControl_DefaultSpectreWidth_WrapsTheSameRow()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No });
        var table = new Table().AddColumns("workload", "description");
        table.AddRow("gd-nrt-N5", string.Join(' ', Enumerable.Repeat("rank-2 target with widths 70,2,19,36,53,70", 4)));

        console.Write(table);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 5, "Spectre's default 80 columns wrap the description over several lines");
        Assert.All(lines, line => Assert.True(line.TrimEnd('\r').Length <= 80));
    }
}
