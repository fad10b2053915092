using DeepLinear.Checks.ClaimFiles;
using Xunit;

namespace DeepLinear.Cli.Tests;

public class ClaimsCommandTests
{
    private const string Paper = """
        Demo Paper on Norms

        Lemma 1. For all matrices, $\|AB\|_F \le \|A\|\,\|B\|_F$.

        By Lemma 1 the next display holds:
        $$ \operatorname{tr}(AB) = \operatorname{tr}(BA) \tag{2.1} $$

        Theorem 2 (Main). Something holds.
        """;

    [Fact]
    public void Init_PaperText_WritesSkeletonThatReadsBack()
    {
        using var folder = new TempFolder("dlv-claims-init");
        Directory.CreateDirectory(folder.Path);
        string paper = Path.Combine(folder.Path, "demo.txt");
        string output = Path.Combine(folder.Path, "demo.yaml");
        File.WriteAllText(paper, Paper);
        var (code, _, error) = CliRunner.Run("claims", "init", paper, "--key", "demo", "--out", output);
        Assert.Equal(0, code);
        Assert.Contains("3 numbered items (1 Lemma, 1 Equation, 1 Theorem)", error, StringComparison.Ordinal);
        var file = ClaimFileReader.Read(output);
        Assert.Contains("; 1 identities drafted", error, StringComparison.Ordinal);
        Assert.Equal(["demo/lemma1", "demo/eq2.1", "demo/thm2"], file.Claims.Select(c => c.Entry.Id));
        Assert.Equal(["pending", "identity", "pending"], file.Claims.Select(c => c.Check.Form));
        Assert.Equal([false, true, false], file.Claims.Select(c => c.Draft));
        Assert.Equal("Demo Paper on Norms", file.Paper.Title);
    }

    [Fact]
    public void Init_NoOut_PrintsSkeletonOnStandardOutput()
    {
        using var folder = new TempFolder("dlv-claims-init");
        Directory.CreateDirectory(folder.Path);
        string paper = Path.Combine(folder.Path, "demo.tex");
        File.WriteAllText(paper, Paper);
        var (code, output, _) = CliRunner.Run("claims", "init", paper, "--key", "demo2");
        Assert.Equal(0, code);
        Assert.Equal(3, ClaimFileReader.Parse(output, "stdout").Claims.Count);
    }

    [Theory]
    [InlineData("missing.txt", "demo", false, "argument 'paper'")]
    [InlineData("demo.pdf", "demo", false, "argument 'paper'")]
    [InlineData("demo.txt", "Demo", false, "argument '--key' is 'Demo'")]
    [InlineData("empty.txt", "demo", false, "holds no numbered item")]
    [InlineData("demo.txt", "demo", true, "argument '--out'")]
    public void Init_BadInput_ExitsTwoNamingTheArgument(string name, string key, bool outExists, string expected)
    {
        using var folder = new TempFolder("dlv-claims-init");
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, "demo.txt"), Paper);
        File.WriteAllText(Path.Combine(folder.Path, "demo.pdf"), Paper);
        File.WriteAllText(Path.Combine(folder.Path, "empty.txt"), "no numbered items here");
        string output = Path.Combine(folder.Path, "out.yaml");
        if (outExists)
        {
            File.WriteAllText(output, "keep me");
        }

        var (code, _, error) = CliRunner.Run("claims", "init", Path.Combine(folder.Path, name), "--key", key, "--out", output);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(outExists ? "keep me" : null, File.Exists(output) ? File.ReadAllText(output) : null);
    }

    [Fact]
    public void List_Paper_PrintsEveryClaimWithKindFormAndLabel()
    {
        var (code, output, error) = CliRunner.Run("claims", "list", "--paper", "trbw");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(60, lines.Length);
        Assert.StartsWith("trbw/eq1 ", lines[0], StringComparison.Ordinal);
        Assert.Contains("  eq      identity       Equation (1)", lines[0], StringComparison.Ordinal);
        Assert.Contains("60 claims", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_VerdictsFromReportFolder_AddsTheRecordedVerdict()
    {
        using var report = FakeReport.Create();
        var (code, output, _) = CliRunner.Run("claims", "list", "--paper", "nrt", "--verdicts", "--from", report.Path);
        Assert.Equal(0, code);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("nrt/thm2.1 ", StringComparison.Ordinal) && l.Contains("  not-checkable  Theorem 2.1", StringComparison.Ordinal));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("nrt/text1 ", StringComparison.Ordinal) && l.Contains("  -  ", StringComparison.Ordinal));
    }

    [Fact]
    public void List_VerdictsFromJson_AddsTheRecordedVerdict()
    {
        using var folder = new TempFolder("dlv-claims-json");
        Directory.CreateDirectory(folder.Path);
        string json = Path.Combine(folder.Path, "run.json");
        File.WriteAllText(json, """[{"id":"trbw/eq1","verdict":"refuted","scope":"x","evidence":{"kind":"counterexample"}}]""");
        var (code, output, _) = CliRunner.Run("claims", "list", "--paper", "trbw", "--verdicts", "--from", json);
        Assert.Equal(0, code);
        Assert.Contains("identity       refuted  Equation (1)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "claims", "list", "--paper", "xyz" }, "argument '--paper' is 'xyz'")]
    [InlineData(new[] { "claims", "list", "--from", "somewhere" }, "argument '--from'")]
    [InlineData(new[] { "claims", "list", "--verdicts", "--from", "no-such-folder-or-file" }, "argument '--from' is 'no-such-folder-or-file': must be an existing folder or")]
    [InlineData(new[] { "claims", "list", "--claims", "no-such-claims.yaml" }, "argument '--claims' is 'no-such-claims.yaml': must be an existing file")]
    public void List_BadInput_ExitsTwoNamingTheArgument(string[] args, string expected)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
