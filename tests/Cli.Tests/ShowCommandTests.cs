using Xunit;

namespace DeepLinear.Cli.Tests;

public class ShowCommandTests
{
    [Fact]
    public void Show_CatalogClaim_PrintsStatementEncodingAndRecordedEvidence()
    {
        using var report = FakeReport.Create();
        var (code, output, _) = CliRunner.Run("show", "nrt/thm2.1", "--from", report.Path);
        Assert.Equal(0, code);
        Assert.StartsWith("nrt/thm2.1 — Theorem 2.1", output, StringComparison.Ordinal);
        Assert.Contains("(catalog/nrt.yaml, line ", output, StringComparison.Ordinal);
        Assert.Contains("statement (as printed):", output, StringComparison.Ordinal);
        Assert.Contains("check: { code: flow-limit-and-boundedness-not-checkable }", output, StringComparison.Ordinal);
        Assert.Contains($"last verdict ({report.Path}): not-checkable — as printed", output, StringComparison.Ordinal);
        Assert.Contains("key numbers: sub-claims=1", output, StringComparison.Ordinal);
        Assert.Contains("Not checkable: a limit as t → ∞.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("## next", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Replay_AgreesWithTheRecordAndNamesTheRecordedSeed()
    {
        using var report = FakeReport.Create();
        var (code, output, _) = CliRunner.Run("show", "nrt/thm2.1", "--from", report.Path, "--replay");
        Assert.Equal(0, code);
        Assert.Contains("replay (base seed 7, fast tier", output, StringComparison.Ordinal);
        Assert.Contains("same verdict and scope as recorded", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_ReplayDisagreeingWithTheRecord_ExitsOne()
    {
        using var report = FakeReport.Create(verdict: "verified");
        var (code, output, _) = CliRunner.Run("show", "nrt/thm2.1", "--from", report.Path, "--replay", "--seed", "11");
        Assert.Equal(1, code);
        Assert.Contains("replay (base seed 11,", output, StringComparison.Ordinal);
        Assert.Contains("DIFFERS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_UserClaimFile_PendingClaimHasNothingToReplay()
    {
        using var folder = new TempFolder("dlv-show");
        Directory.CreateDirectory(folder.Path);
        string file = Path.Combine(folder.Path, "demo.yaml");
        File.WriteAllText(file, "paper: { key: demo, title: Demo }\nclaims:\n  - id: demo/lemma1\n    label: Lemma 1\n    kind: lemma\n    statement: 'a \\le b'\n    draft: true\n    check: { pending: later }\n");
        var (code, output, _) = CliRunner.Run("show", "demo/lemma1", "--claims", file, "--from", file + ".none.json", "--replay");
        Assert.Equal(2, code);
        (code, output, _) = CliRunner.Run("show", "demo/lemma1", "--claims", file, "--replay");
        Assert.Equal(1, code);
        Assert.Contains("encoding (draft, to confirm):", output, StringComparison.Ordinal);
        Assert.Contains("has no check (pending); nothing to replay", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_ReplayOfACodeCheck_SaysItHasNoPerInstanceEntryPointAndRunsTheWholeCheck()
    {
        using var report = FakeReport.Create();
        var (code, output, _) = CliRunner.Run("show", "nrt/thm2.1", "--from", report.Path, "--replay");
        Assert.Equal(0, code);
        Assert.Contains("is a check written in C# (code: flow-limit-and-boundedness-not-checkable) without a per-instance entry point; re-running the whole check instead", output, StringComparison.Ordinal);
        Assert.Contains("replay (base seed 7", output, StringComparison.Ordinal);
    }

    private const string NumericClaims =
        "paper: { key: demo, title: Demo }\nclaims:\n"
        + "  - id: demo/lemma1\n    label: Lemma 1\n    kind: lemma\n    statement: 'x'\n    check:\n      inequality: \"normF(A*B) <= norm(A) * normF(B)\"\n      sizes: { n: 2..4 }\n      over: { A: \"gaussian(n, n)\", B: \"gaussian(n, n)\" }\n      instances: 40\n"
        + "  - id: demo/lemma2\n    label: Lemma 2\n    kind: lemma\n    statement: 'y'\n    check:\n      inequality: \"det(A + B) >= det(A) + det(B)\"\n      sizes: { n: 2..4 }\n      over: { A: \"symmetric(n)\", B: \"symmetric(n)\" }\n";

    [Fact]
    public void Show_ReplayFromJson_RedrawsTheWorstInstanceAndTheCounterexampleFromTheirSeeds()
    {
        using var folder = new TempFolder("dlv-show-replay");
        Directory.CreateDirectory(folder.Path);
        string file = Path.Combine(folder.Path, "demo.yaml");
        File.WriteAllText(file, NumericClaims);
        string json = Path.Combine(folder.Path, "run.json");
        var run = CliRunner.Run("check", "--claims", file, "--json");
        Assert.Equal(0, run.ExitCode);
        File.WriteAllText(json, run.Out);

        var (code, output, _) = CliRunner.Run("show", "demo/lemma1", "--claims", file, "--from", json, "--replay");
        Assert.Equal(0, code);
        Assert.Contains("replay of the worst instance from its own seed", output, StringComparison.Ordinal);
        Assert.Contains("  A = [[", output, StringComparison.Ordinal);
        Assert.Contains("same worst lhs/rhs as recorded", output, StringComparison.Ordinal);
        Assert.DoesNotContain("replay (base seed", output, StringComparison.Ordinal);

        (code, output, _) = CliRunner.Run("show", "demo/lemma2", "--claims", file, "--from", json, "--replay");
        Assert.Equal(0, code);
        Assert.Contains("replay of the counterexample from its own seed", output, StringComparison.Ordinal);
        Assert.Contains("same violation as recorded", output, StringComparison.Ordinal);

        // Negative control: a record whose worst seed names another instance disagrees, exit 1.
        string tampered = Path.Combine(folder.Path, "tampered.json");
        File.WriteAllText(tampered, System.Text.RegularExpressions.Regex.Replace(run.Out, "(\"worstSeed\": \"?)(\\d+)", m => m.Groups[1].Value + (ulong.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)));
        (code, output, _) = CliRunner.Run("show", "demo/lemma1", "--claims", file, "--from", tampered, "--replay");
        Assert.Equal(1, code);
        Assert.Contains("DIFFERS from the record: recorded worst lhs/rhs", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_ReplayFromAReportFolder_ReadsTheSeedsFromTheEvidence()
    {
        using var folder = new TempFolder("dlv-show-replay-report");
        Directory.CreateDirectory(folder.Path);
        string file = Path.Combine(folder.Path, "demo.yaml");
        File.WriteAllText(file, NumericClaims);
        string report = Path.Combine(folder.Path, "report");
        Assert.Equal(0, CliRunner.Run("check", "--claims", file, "--out", report).ExitCode);

        var (code, output, _) = CliRunner.Run("show", "demo/lemma1", "--claims", file, "--from", report, "--replay");
        Assert.Equal(0, code);
        Assert.Contains("same worst lhs/rhs as recorded", output, StringComparison.Ordinal);
        (code, output, _) = CliRunner.Run("show", "demo/lemma2", "--claims", file, "--from", report, "--replay");
        Assert.Equal(0, code);
        Assert.Contains("same violation as recorded", output, StringComparison.Ordinal);
    }

    private const string TrajectoryClaims =
        "paper: { key: demo, title: Demo }\nclaims:\n"
        + "  - id: demo/thm1\n    label: Theorem 1\n    kind: thm\n    statement: 'x'\n    check:\n      trajectory: \"normF(prod(W)) <= 10 * normF(Y)\"\n      over: { W0: \"balanced(2, 3, 3)\", X: \"whitened(3, 12)\", Y: \"gaussian(3, 12)\" }\n      run: { step: \"0.01\", iterations: 40, record-every: 5, seeds: 3 }\n"
        + "  - id: demo/thm2\n    label: Theorem 2\n    kind: thm\n    statement: 'y'\n    check:\n      trajectory: \"L(W) <= L(W0)\"\n      over: { W0: \"balanced(2, 3, 3)\", X: \"whitened(3, 12)\", Y: \"gaussian(3, 12)\" }\n      run: { step: \"3\", iterations: 5, seeds: 3 }\n"
        + "  - id: demo/thm3\n    label: Theorem 3\n    kind: thm\n    statement: 'z'\n    check:\n      trajectory: \"forall j in 1..N-1: normF(W[j+1]' * W[j+1] - W[j] * W[j]') <= 1e-7 * (1 + normF(W[j])^2 + normF(W[j+1])^2)\"\n      sizes: { N: 2..3 }\n      over: { W0: \"balanced(N, 2, 2)\", X: \"gaussian(2, 6)\", Y: \"gaussian(2, 6)\" }\n      run: { dynamics: flow, time: 1, records: 4, seeds: 2 }\n";

    [Fact]
    public void Show_ReplayOfTrajectoryClaims_RerunsTheRecordedRunFromItsSeedAndComparesTheWorstValue()
    {
        using var folder = new TempFolder("dlv-show-trajectory");
        Directory.CreateDirectory(folder.Path);
        string file = Path.Combine(folder.Path, "demo.yaml");
        File.WriteAllText(file, TrajectoryClaims);
        var run = CliRunner.Run("check", "--claims", file, "--json");
        Assert.Equal(0, run.ExitCode);
        string json = Path.Combine(folder.Path, "run.json");
        File.WriteAllText(json, run.Out);
        string report = Path.Combine(folder.Path, "report");
        Assert.Equal(0, CliRunner.Run("check", "--claims", file, "--out", report).ExitCode);

        foreach (string from in new[] { json, report })
        {
            foreach (string id in new[] { "demo/thm1", "demo/thm3" })
            {
                var (code, output, _) = CliRunner.Run("show", id, "--claims", file, "--from", from, "--replay");
                Assert.Equal(0, code);
                Assert.Contains("replay of the worst instance from its own seed", output, StringComparison.Ordinal);
                Assert.Contains("  the run from ", output, StringComparison.Ordinal);
                Assert.Contains("  worst at ", output, StringComparison.Ordinal);
                Assert.Contains("same worst lhs/rhs as recorded", output, StringComparison.Ordinal);
                Assert.DoesNotContain("replay (base seed", output, StringComparison.Ordinal);
            }

            var refuted = CliRunner.Run("show", "demo/thm2", "--claims", file, "--from", from, "--replay");
            Assert.Equal(0, refuted.ExitCode);
            Assert.Contains("replay of the counterexample from its own seed", refuted.Out, StringComparison.Ordinal);
            Assert.Contains("same violation as recorded", refuted.Out, StringComparison.Ordinal);
        }

        // Negative controls: a record naming another run's seed disagrees, exit 1.
        string tampered = Path.Combine(folder.Path, "tampered.json");
        File.WriteAllText(tampered, System.Text.RegularExpressions.Regex.Replace(run.Out, "(instance seed )(\\d+)", m => m.Groups[1].Value + (ulong.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)));
        foreach (string id in new[] { "demo/thm1", "demo/thm3" })
        {
            var (code, output, _) = CliRunner.Run("show", id, "--claims", file, "--from", tampered, "--replay");
            Assert.Equal(1, code);
            Assert.Contains("DIFFERS from the record: recorded worst lhs/rhs", output, StringComparison.Ordinal);
        }

        var (refutedCode, refutedOutput, _) = CliRunner.Run("show", "demo/thm2", "--claims", file, "--from", tampered, "--replay");
        Assert.Equal(1, refutedCode);
        Assert.Contains("DIFFERS from the record: recorded", refutedOutput, StringComparison.Ordinal);
    }

    private const string ProbabilityClaims =
        "paper: { key: demo, title: Demo }\nclaims:\n"
        + "  - id: demo/thm5\n    label: Theorem 5\n    kind: thm\n    statement: 'p'\n    check:\n      probability: \"norm(G) <= 2*sqrt(n) + 2\"\n      bound: 0.8646647167633873\n      sizes: { n: 2..8 }\n      over: { G: \"gaussian(n, n)\" }\n      trials: 300\n"
        + "  - id: demo/thm6\n    label: Theorem 6\n    kind: thm\n    statement: 'q'\n    check:\n      probability: \"norm(G) <= sqrt(n)\"\n      bound: 0.5\n      sizes: { n: 2..8 }\n      over: { G: \"gaussian(n, n)\" }\n      trials: 300\n";

    [Fact]
    public void Show_ReplayOfProbabilityClaims_RedrawsTheRecordedTrialAndComparesItsEvent()
    {
        using var folder = new TempFolder("dlv-show-probability");
        Directory.CreateDirectory(folder.Path);
        string file = Path.Combine(folder.Path, "demo.yaml");
        File.WriteAllText(file, ProbabilityClaims);
        var run = CliRunner.Run("check", "--claims", file, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"trialWhy\": \"the first trial in which the event did not occur\"", run.Out, StringComparison.Ordinal);
        string json = Path.Combine(folder.Path, "run.json");
        File.WriteAllText(json, run.Out);
        string report = Path.Combine(folder.Path, "report");
        Assert.Equal(0, CliRunner.Run("check", "--claims", file, "--out", report).ExitCode);

        foreach (string from in new[] { json, report })
        {
            foreach (var (id, value) in new[] { ("demo/thm5", "true"), ("demo/thm6", "false") })
            {
                var (code, output, _) = CliRunner.Run("show", id, "--claims", file, "--from", from, "--replay");
                Assert.Equal(0, code);
                Assert.Contains("replay of the recorded trial from its own seed", output, StringComparison.Ordinal);
                Assert.Contains("  the trial n = ", output, StringComparison.Ordinal);
                Assert.Contains($"same event value as recorded ({value})", output, StringComparison.Ordinal);
                Assert.DoesNotContain("replay (base seed", output, StringComparison.Ordinal);
            }
        }

        // Negative control: a record whose trial's event value is flipped disagrees, exit 1.
        string tampered = Path.Combine(folder.Path, "tampered.json");
        File.WriteAllText(tampered, run.Out.Replace("\"trialEvent\": true", "\"trialEvent\": \"flip\"", StringComparison.Ordinal)
            .Replace("\"trialEvent\": false", "\"trialEvent\": true", StringComparison.Ordinal).Replace("\"trialEvent\": \"flip\"", "\"trialEvent\": false", StringComparison.Ordinal));
        foreach (string id in new[] { "demo/thm5", "demo/thm6" })
        {
            var (code, output, _) = CliRunner.Run("show", id, "--claims", file, "--from", tampered, "--replay");
            Assert.Equal(1, code);
            Assert.Contains("DIFFERS from the record: recorded event", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(new[] { "show", "nrt/prop9.9" }, "argument 'claim' is 'nrt/prop9.9'")]
    [InlineData(new[] { "show", "nrt/prop3.2", "--budget", "0" }, "argument '--budget' is '0'")]
    public void Show_BadInput_ExitsTwoNamingTheArgument(string[] args, string expected)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_ReplayOfARefutedIdentity_ReprovesAndReEvaluatesTheRecordedWitnessExactly()
    {
        using var folder = new TempFolder("dlv-show-identity");
        Directory.CreateDirectory(folder.Path);
        string file = Path.Combine(folder.Path, "demo.yaml");
        File.WriteAllText(file, """
            paper: { key: demo, title: "Demo" }
            claims:
              - id: demo/lemma1
                label: "Lemma 1"
                kind: lemma
                statement: 'AB = BA'
                check:
                  identity: "A*B == B*A"
            """);
        var run = CliRunner.Run("check", "--claims", file, "--json");
        Assert.Equal(0, run.ExitCode);
        string json = Path.Combine(folder.Path, "run.json");
        File.WriteAllText(json, run.Out);

        var (code, output, _) = CliRunner.Run("show", "demo/lemma1", "--claims", file, "--from", json, "--replay");
        Assert.Equal(0, code);
        Assert.Contains("same verdict and scope as recorded", output, StringComparison.Ordinal);
        Assert.Contains("left side at the recorded witness: [[", output, StringComparison.Ordinal);
        Assert.Contains("the recorded witness refutes the identity: the two sides differ exactly", output, StringComparison.Ordinal);

        // Negative control: a record whose witness has A = B (the sides agree there) does not refute the identity, exit 1.
        string tampered = Path.Combine(folder.Path, "tampered.json");
        File.WriteAllText(tampered, System.Text.RegularExpressions.Regex.Replace(run.Out, "\"witness\": \"[^\"]*\"", "\"witness\": \"n = 2\\nA = [[1, 2], [3, 4]]\\nB = [[1, 2], [3, 4]]\""));
        (code, output, _) = CliRunner.Run("show", "demo/lemma1", "--claims", file, "--from", tampered, "--replay");
        Assert.Equal(1, code);
        Assert.Contains("DIFFERS from the record: the recorded witness does not refute the identity", output, StringComparison.Ordinal);
    }
}
