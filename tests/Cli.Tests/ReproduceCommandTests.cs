using Xunit;

namespace DeepLinear.Cli.Tests;

public class ReproduceCommandTests
{
    [Fact]
    public void List_PrintsEveryName()
    {
        var (code, output, _) = CliRunner.Run("reproduce", "--list");
        Assert.Equal(ExitCodes.Success, code);
        foreach (var name in new[] { "nrt-fig1", "nrt-fig2", "trbw-autoencoder", "trbw-supervised", "dhl-fig2", "acgh-claim4", "acgh-claim5", "lcc-saddles" })
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownName_ExitsWithUsageErrorNamingAllowedNames()
    {
        var (code, _, error) = CliRunner.Run("reproduce", "nrt-fig9");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'name' is 'nrt-fig9'", error, StringComparison.Ordinal);
        Assert.Contains("nrt-fig1", error, StringComparison.Ordinal);
        Assert.Contains("lcc-saddles", error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingName_ExitsWithUsageError()
    {
        var (code, _, error) = CliRunner.Run("reproduce");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--list", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadSeeds_ExitsWithUsageError()
    {
        var (code, _, error) = CliRunner.Run("reproduce", "acgh-claim4", "--seeds", "0");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--seeds", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_PrintsRowsAndCurves()
    {
        var (code, output, _) = CliRunner.Run("reproduce", "acgh-claim5", "--quick", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var json = System.Text.Json.Nodes.JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["rows", "curves"], json.Select(p => p.Key));
        Assert.Contains("\"verdict\": \"reproduced\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_PrintsVerdicts()
    {
        var (code, output, _) = CliRunner.Run("reproduce", "lcc-saddles", "--quick");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("verdict", output, StringComparison.Ordinal);
        Assert.Contains("reproduced", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NotReproducedRow_ExitsWithFailure()
    {
        var (code, output, _) = CliRunner.Run("reproduce", "nrt-fig1", "--quick", "--seeds", "2", "--json");
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("eta_bound_median", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_WritesMarkdownJsonAndImages()
    {
        using var temp = new TempFolder("dlv-reproduce-test");
        string folder = temp.Path;
        var (code, output, _) = CliRunner.Run("reproduce", "acgh-claim4", "--quick", "--out", folder);
        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(folder, "acgh-claim4.md")));
        Assert.True(File.Exists(Path.Combine(folder, "acgh-claim4.json")));
        Assert.True(File.Exists(Path.Combine(folder, "img", "acgh-claim4-loss.png")));
        Assert.Contains("](img/acgh-claim4-loss.png)", File.ReadAllText(Path.Combine(folder, "acgh-claim4.md")), StringComparison.Ordinal);
        Assert.Contains("wrote", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_IntoAnExistingFolder_GoesThroughStagingAndKeepsOtherFiles()
    {
        using var temp = new TempFolder("dlv-reproduce-staged");
        string folder = temp.Path;
        Directory.CreateDirectory(Path.Combine(folder, "img"));
        File.WriteAllText(Path.Combine(folder, "img", "nrt-fig1-eta.png"), "another reproduction's plot");

        var (code, _, _) = CliRunner.Run("reproduce", "acgh-claim4", "--quick", "--out", folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("another reproduction's plot", File.ReadAllText(Path.Combine(folder, "img", "nrt-fig1-eta.png")));
        Assert.True(File.Exists(Path.Combine(folder, "img", "acgh-claim4-loss.png")));
        string parent = Path.GetDirectoryName(folder)!;
        Assert.Empty(Directory.GetDirectories(parent, "." + Path.GetFileName(folder) + ".partial-*"));
    }

    [Fact]
    public void Report_WithQuickReproductions_WritesFolderAndLinksItFromTheIndex()
    {
        using var temp = new TempFolder("dlv-report-repro");
        string folder = temp.Path;
        var (code, output, _) = CliRunner.Run("report", "--out", folder, "--claim", "nrt/eq2.11", "--reproductions", "quick");
        Assert.Equal(ExitCodes.Success, code);
        string index = File.ReadAllText(Path.Combine(folder, "reproductions", "README.md"));
        foreach (var name in DeepLinear.Checks.Reproductions.Reproductions.Names)
        {
            Assert.True(File.Exists(Path.Combine(folder, "reproductions", name + ".md")), name);
            Assert.Contains("[`" + name + "`](" + name + ".md) | ", index, StringComparison.Ordinal);
            Assert.Contains(" | quick | ", index, StringComparison.Ordinal);
        }

        Assert.Contains("--quick`", index, StringComparison.Ordinal);
        Assert.Contains("[reproductions/](reproductions/README.md)", File.ReadAllText(Path.Combine(folder, "README.md")), StringComparison.Ordinal);
        Assert.Contains("reproductions/README.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithoutReproductions_DoesNotLinkThem()
    {
        using var temp = new TempFolder("dlv-report-norepro");
        string folder = temp.Path;
        var (code, _, _) = CliRunner.Run("report", "--out", folder, "--claim", "nrt/eq2.11");
        Assert.Equal(ExitCodes.Success, code);
        Assert.False(Directory.Exists(Path.Combine(folder, "reproductions")));
        Assert.DoesNotContain("reproductions/", File.ReadAllText(Path.Combine(folder, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadReproductionsMode_ExitsWithUsageErrorNamingTheOption()
    {
        var (code, _, error) = CliRunner.Run("report", "--out", "x", "--claim", "nrt/eq2.11", "--reproductions", "some");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--reproductions", error, StringComparison.Ordinal);
        Assert.Contains("some", error, StringComparison.Ordinal);
        Assert.Contains("none, quick, full", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists("x"));
    }

    [Fact]
    public void Help_HasExamples()
    {
        var (code, output, _) = CliRunner.Run("reproduce", "--help");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Examples", output, StringComparison.Ordinal);
    }
}
