using Xunit;

namespace DeepLinear.Cli.Tests;

public class ProveCommandTests
{
    [Fact]
    public void Prove_File_WritesOneJsonLinePerIdentityWithHeaderOptions()
    {
        using var folder = new TempFolder("dlv-prove");
        Directory.CreateDirectory(folder.Path);
        string path = Path.Combine(folder.Path, "ids.txt");
        File.WriteAllLines(path, ["# layers", "--shape W1=d1xd0 --shape W2=d2xd1", "W2*W1 == (W1'*W2')'", "tr(K) == 0 --assume \"K' == -K\" --shape K=dxd", "W2*W1 == W1'*W2'"]);
        var (code, output, _) = CliRunner.Run("prove", "--file", path);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"line\":3", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"proved\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"proved\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"shape-error\"", lines[2], StringComparison.Ordinal); // negative control: the header shapes apply
        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public void Prove_FileWithLatex_ReadsLatexLinesAndTheCommandLineFlag()
    {
        using var folder = new TempFolder("dlv-prove");
        Directory.CreateDirectory(folder.Path);
        string path = Path.Combine(folder.Path, "ids.txt");
        File.WriteAllLines(path, [@"\operatorname{tr} A A^T = \operatorname{tr} A^T A --latex", @"(I - P)^2 = I - P --latex --assume ""P^2 = P""", "A*B == B*A"]);
        var (code, output, _) = CliRunner.Run("prove", "--file", path);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"verdict\":\"proved\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"proved\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"refuted\"", lines[2], StringComparison.Ordinal); // negative control: a plain false line
        Assert.Equal(ExitCodes.Failure, code);

        // --latex on the command line makes every line of the file LaTeX.
        File.WriteAllLines(path, [@"(A B)^\top = B^\top A^\top"]);
        (code, output, _) = CliRunner.Run("prove", "--file", path, "--latex");
        Assert.Contains("\"verdict\":\"proved\"", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, code);
    }

    [Fact]
    public void Prove_FileBench_PrintsTheMedianPerIdentity()
    {
        using var folder = new TempFolder("dlv-prove");
        Directory.CreateDirectory(folder.Path);
        string path = Path.Combine(folder.Path, "ids.txt");
        File.WriteAllLines(path, ["A == A", "A*B == B*A"]);
        var (code, output, _) = CliRunner.Run("prove", "--file", path, "--bench", "--iterations", "2");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("\"median_ms\"", output, StringComparison.Ordinal);
        Assert.Contains("\"identities\": 2", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_ProveCorpusWorkload_ReportsMedianP90AndMaxOverTheCorpus()
    {
        var (code, output, _) = CliRunner.Run("bench", "--workload", "prove-corpus", "--iterations", "1", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var workload = System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("workloads")[0];
        Assert.Equal("prove-corpus", workload.GetProperty("name").GetString());
        int identities = workload.GetProperty("identities").GetInt32();
        Assert.True(identities >= 250, "the corpus has a few hundred identities");
        Assert.Equal(identities, workload.GetProperty("iterations").GetInt32());
        double median = workload.GetProperty("median_ms").GetDouble(), p90 = workload.GetProperty("p90_ms").GetDouble(), max = workload.GetProperty("max_ms").GetDouble();
        Assert.True(median > 0 && median <= p90 && p90 <= max, $"median {median}, p90 {p90}, max {max}");
        Assert.False(string.IsNullOrEmpty(workload.GetProperty("slowest").GetString()));
    }

    [Fact]
    public void Bench_ProveCorpusWithTooManyPasses_IsRefusedWithAnEstimate()
    {
        var (code, _, error) = CliRunner.Run("bench", "--workload", "prove-corpus", "--iterations", "5000");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'--iterations' is '5000'", error, StringComparison.Ordinal);
        Assert.Contains("at most 1000 passes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_ConflictingShapes_IsAUsageErrorNamingOptionValueAndRule()
    {
        var (code, _, error) = CliRunner.Run("prove", "A == A", "--shape", "A=2x2", "--shape", "A=3x3");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'--shape' is 'A=3x3'", error, StringComparison.Ordinal);
        Assert.Contains("conflicts with 'A=2x2'", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("prove", "A == A", "--shape", "A=2x2", "--shape", "A=2x2").ExitCode); // negative control
    }

    [Fact]
    public void Prove_MissingFile_IsAUsageErrorNamingIt()
    {
        var (code, _, error) = CliRunner.Run("prove", "--file", "/nonexistent/ids.txt");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("'--file' is '/nonexistent/ids.txt'", error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }
}
