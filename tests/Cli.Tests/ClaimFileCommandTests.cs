using Xunit;

namespace DeepLinear.Cli.Tests;

public class ClaimFileCommandTests
{
    private const string Demo = """
        paper: { key: demo, title: "Demo" }
        claims:
          - id: demo/lemma1
            label: "Lemma 1"
            kind: lemma
            statement: '\|AB\|_F \le \|A\|\,\|B\|_F'
            check:
              inequality: "normF(A*B) <= norm(A) * normF(B)"
              sizes: { n: 1..3 }
              over: { A: "gaussian(n, n)", B: "gaussian(n, n)" }
              instances: 20
          - id: demo/lemma2
            label: "Lemma 2"
            kind: lemma
            statement: 'x \le 1/2'
            check:
              inequality: "x <= 0.5"
              over: { x: "scalar(0, 1)" }
        """;

    private static string Write(TempFolder folder, string name, string text)
    {
        Directory.CreateDirectory(folder.Path);
        string path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void CheckClaims_DemoFile_RunsEveryClaimAndExitsZero()
    {
        using var folder = new TempFolder("dlv-claims");
        string file = Write(folder, "demo.yaml", Demo);
        var (code, output, error) = CliRunner.Run("check", "--claims", file, "--json");
        Assert.Equal(0, code);
        Assert.Contains("\"id\": \"demo/lemma1\"", output, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"verified\"", output, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"refuted\"", output, StringComparison.Ordinal);
        Assert.Contains("2 claims", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckClaims_Baseline_UnchangedExitsZeroChangedExitsOneListingEachChange()
    {
        using var folder = new TempFolder("dlv-baseline");
        string file = Write(folder, "demo.yaml", Demo);
        string baseline = Path.Combine(folder.Path, "verdicts.json");
        Assert.Equal(0, CliRunner.Run("check", "--claims", file, "--write-baseline", baseline).ExitCode);
        Assert.Contains("\"demo/lemma2\": \"refuted\"", File.ReadAllText(baseline), StringComparison.Ordinal);
        var same = CliRunner.Run("check", "--claims", file, "--baseline", baseline);
        Assert.Equal(0, same.ExitCode);
        Assert.Contains("every verdict unchanged", same.Error, StringComparison.Ordinal);

        File.WriteAllText(baseline, File.ReadAllText(baseline).Replace("\"demo/lemma2\": \"refuted\"", "\"demo/lemma2\": \"verified\"", StringComparison.Ordinal));
        var changed = CliRunner.Run("check", "--claims", file, "--baseline", baseline);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("verdict changed: demo/lemma2: verified → refuted", changed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckClaims_InvalidFile_ExitsTwoNamingFileLineKeyAndRule()
    {
        using var folder = new TempFolder("dlv-invalid");
        string file = Write(folder, "bad.yaml", Demo.Replace("instances: 20", "instances: lots", StringComparison.Ordinal));
        var (code, _, error) = CliRunner.Run("check", "--claims", file);
        Assert.Equal(2, code);
        Assert.Contains("bad.yaml:11:", error, StringComparison.Ordinal);
        Assert.Contains("key 'claims[demo/lemma1].check.instances' = 'lots': must be an integer in 1..1000000", error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckClaims_MalformedBaseline_ExitsTwo()
    {
        using var folder = new TempFolder("dlv-badbaseline");
        string file = Write(folder, "demo.yaml", Demo);
        string baseline = Write(folder, "b.json", "[1, 2]");
        var (code, _, error) = CliRunner.Run("check", "--claims", file, "--baseline", baseline);
        Assert.Equal(2, code);
        Assert.Contains("argument '--baseline'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsValidate_DraftAndPendingClaims_AreValidAndListedAsStillToDo()
    {
        using var folder = new TempFolder("dlv-validate-draft");
        string text = Demo.Replace("    check:\n      inequality: \"x <= 0.5\"\n      over: { x: \"scalar(0, 1)\" }", "    check: { pending: \"to encode\" }", StringComparison.Ordinal)
            .Replace("    statement: '\\|AB\\|_F \\le \\|A\\|\\,\\|B\\|_F'\n", "    statement: '\\|AB\\|_F \\le \\|A\\|\\,\\|B\\|_F'\n    draft: true\n", StringComparison.Ordinal);
        string file = Write(folder, "todo.yaml", text);
        var (code, output, _) = CliRunner.Run("claims", "validate", file);
        Assert.Equal(0, code);
        Assert.Contains("todo.yaml: 2 claims valid; 1 drafted encodings still marked draft: true, to confirm: demo/lemma1 (line ", output, StringComparison.Ordinal);
        Assert.Contains("; 1 claims still pending (no check yet)", output, StringComparison.Ordinal);

        // Negative control: the finished file lists nothing to do.
        var done = CliRunner.Run("claims", "validate", Write(folder, "done.yaml", Demo));
        Assert.Contains("done.yaml: 2 claims valid", done.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("still marked draft", done.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("still pending", done.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsValidate_ValidAndInvalidFiles_ReportEachAndExitTwo()
    {
        using var folder = new TempFolder("dlv-validate");
        string good = Write(folder, "good.yaml", Demo);
        string bad = Write(folder, "bad.yaml", Demo.Replace("x <= 0.5", "x <=", StringComparison.Ordinal).Replace("gaussian(n, n)\" }", "gaussian(n, n)\" }\n      overr: 1", StringComparison.Ordinal));
        var ok = CliRunner.Run("claims", "validate", good);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("good.yaml: 2 claims valid", ok.Out, StringComparison.Ordinal);
        var (code, _, error) = CliRunner.Run("claims", "validate", good, bad);
        Assert.Equal(2, code);
        Assert.Contains("key 'claims[demo/lemma1].check.overr' = '1': is not a key of the 'inequality' form", error, StringComparison.Ordinal);
        Assert.Contains("key 'claims[demo/lemma2].check.inequality' = 'x <=': is not a valid expression", error, StringComparison.Ordinal);
    }

    /// <summary>One claim on 100×100 matrices: 8 operations of 10·100³ multiply-adds (+ 1 µs) per instance, 31 instances,
    /// no tightness search — an estimate of 31 × 8 × 0.010001 s ≈ 2.48 s.</summary>
    private const string Sized = """
        paper: { key: demo, title: "Demo" }
        claims:
          - id: demo/lemma1
            label: "Lemma 1"
            kind: lemma
            statement: 'x'
            check:
              inequality: "normF(A*B) <= norm(A) * normF(B)"
              over: { A: "gaussian(n, n)", B: "gaussian(n, n)" }
              sizes: { n: 100 }
              instances: 31
              tightness: 0
        """;

    [Fact]
    public void ClaimsValidate_EstimateJustUnderTheLimit_IsValidAndPrinted()
    {
        using var folder = new TempFolder("dlv-estimate-under");
        string file = Write(folder, "sized.yaml", Sized);
        var (code, output, _) = CliRunner.Run("claims", "validate", file, "--max-seconds", "3");
        Assert.Equal(0, code);
        Assert.Contains("estimate demo/lemma1: about 2.48 s and", output, StringComparison.Ordinal);
        Assert.Contains("(31 instances, matrices up to 100×100)", output, StringComparison.Ordinal);
        Assert.Contains("sized.yaml:11: key 'claims[demo/lemma1].check.instances'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsValidateAndCheck_EstimateJustOverTheLimit_AreRefusedNamingFileLineKeyAndOption()
    {
        using var folder = new TempFolder("dlv-estimate-over");
        string file = Write(folder, "sized.yaml", Sized);
        var (code, _, error) = CliRunner.Run("claims", "validate", file, "--max-seconds", "2");
        Assert.Equal(2, code);
        Assert.Contains("argument '--max-seconds' is '2': ", error, StringComparison.Ordinal);
        Assert.Contains("sized.yaml:11: key 'claims[demo/lemma1].check.instances': the check of demo/lemma1 needs an estimated 2.48 s", error, StringComparison.Ordinal);
        Assert.Contains("raise the limit with --max-seconds S", error, StringComparison.Ordinal);

        var check = CliRunner.Run("check", "--claims", file, "--max-seconds", "2", "--json");
        Assert.Equal(2, check.ExitCode);
        Assert.Contains("needs an estimated 2.48 s", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("demo/lemma1\"", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckClaims_MillionInstancesOfLargeMatrices_RefusedWithTheEstimateBeforeAnyWork()
    {
        using var folder = new TempFolder("dlv-estimate-huge");
        string file = Write(folder, "big.yaml", Sized.Replace("sizes: { n: 100 }", "sizes: { n: 2000 }", StringComparison.Ordinal).Replace("instances: 31", "instances: 1000000", StringComparison.Ordinal));
        var (code, _, error) = CliRunner.Run("check", "--claims", file);
        Assert.Equal(2, code);
        Assert.Contains("years", error, StringComparison.Ordinal);
        Assert.Contains("(1000000 instances, matrices up to 2000×2000)", error, StringComparison.Ordinal);

        var memory = CliRunner.Run("check", "--claims", file, "--max-seconds", "604800", "--max-memory", "64");
        Assert.Equal(2, memory.ExitCode);
        Assert.Contains("argument '--max-seconds' is '604800'", memory.Error, StringComparison.Ordinal);

        var small = CliRunner.Run("check", "--claims", Write(folder, "small.yaml", Sized.Replace("sizes: { n: 100 }", "sizes: { n: 1500 }", StringComparison.Ordinal).Replace("instances: 31", "instances: 1", StringComparison.Ordinal)), "--max-seconds", "604800", "--max-memory", "64");
        Assert.Equal(2, small.ExitCode);
        Assert.Contains("argument '--max-memory' is '64'", small.Error, StringComparison.Ordinal);
        Assert.Contains("raise the limit with --max-memory MB", small.Error, StringComparison.Ordinal);
    }
}
