using System.Collections.Concurrent;
using System.Text;
using DeepLinear.Checks.Reproductions;
using DeepLinear.Checks.Tests.Support;
using Xunit;
using Repros = DeepLinear.Checks.Reproductions.Reproductions;

namespace DeepLinear.Checks.Tests.Reports;

/// <summary>
/// The committed <c>proofs/reproductions/</c> folder is the output of <c>dlv report --out proofs --reproductions full</c>
/// (equivalently <c>dlv reproduce all --out proofs/reproductions</c>): re-running every reproduction in full mode with the
/// default options must give its committed Markdown page byte for byte, and the index must follow from the results.
/// All of them and the index run in the default tier (about 3 CPU-minutes in all, most of it dhl-fig2's 20,000 steps of a
/// 1000 → 100 → 100 → 10 ReLU network); each reproduction runs once per test run and is shared by its page test and the
/// index test. JSON files hold full-precision curves and are compared in structure (same row count and verdicts as
/// the page), not bytes.
/// </summary>
public class ReproductionsFolderTests
{
    private const string Regenerate = "dotnet run --project src/Cli -c Release -- report --out proofs --reproductions full";

    private static readonly ConcurrentDictionary<string, Lazy<ReproductionResult>> Results = new(StringComparer.Ordinal);

    public static TheoryData<string> Names() => new(Repros.Names);

    [Fact]
    public void Folder_HoldsEveryReproductionAndItsIndex()
    {
        string folder = Folder();
        Assert.True(File.Exists(Path.Combine(folder, "README.md")), "proofs/reproductions/README.md is missing; run '" + Regenerate + "'.");
        string index = File.ReadAllText(Path.Combine(folder, "README.md"), Encoding.UTF8);
        foreach (var name in Repros.Names)
        {
            Assert.True(File.Exists(Path.Combine(folder, name + ".md")), name + ".md is missing; run '" + Regenerate + "'.");
            Assert.True(File.Exists(Path.Combine(folder, name + ".json")), name + ".json is missing; run '" + Regenerate + "'.");
            Assert.Contains("[`" + name + "`](" + name + ".md)", index, StringComparison.Ordinal);
            Assert.Contains("Mode: full.", File.ReadAllText(Path.Combine(folder, name + ".md"), Encoding.UTF8), StringComparison.Ordinal);
        }

        foreach (var image in Directory.EnumerateFiles(folder, "*.md").SelectMany(ImageLinks))
        {
            Assert.True(File.Exists(Path.Combine(folder, image)), "linked image " + image + " is missing; run '" + Regenerate + "'.");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CommittedJson_HasThePageRowsAndVerdicts(string name) => AssertJsonMatchesPage(name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Reproduction_Regenerated_EqualsCommittedPage(string name) => AssertRegeneratedEqualsCommitted(name);

    [Fact]
    public void Index_Regenerated_EqualsCommittedIndex()
    {
        var results = Repros.Names.Select(Result).ToList();
        string committed = File.ReadAllText(Path.Combine(Folder(), "README.md"), Encoding.UTF8);
        AssertSameText(committed, ReproductionIndex.ToMarkdown(results, ReproductionOptions.Default.Seed, ReproductionOptions.Default.Seeds), "proofs/reproductions/README.md");
    }

    [Fact]
    public void Index_ListsCountsAndRowsNotReproduced()
    {
        var rows = new[]
        {
            new ReproductionRow("$a$", "1", "1", ReproductionVerdict.Reproduced, "equal"),
            new ReproductionRow("$b$", "2", "6", ReproductionVerdict.NotReproduced, "factor 3"),
            new ReproductionRow("$c$", "3", "-", ReproductionVerdict.NotReproducible, "no seed"),
        };
        var result = new ReproductionResult("x-demo", "nrt", "Demo", false, ["setup"], rows, [], []);
        string md = ReproductionIndex.ToMarkdown([result], 1, 20);
        Assert.Contains("| [`x-demo`](x-demo.md) | nrt | Demo | full | 1 | 1 | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("3 rows — 1 reproduced, 1 not reproduced, 1 not reproducible", md, StringComparison.Ordinal);
        Assert.Contains("- [`x-demo`](x-demo.md): $b$ — printed 2, reproduced 6 (factor 3)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("$a$", md, StringComparison.Ordinal);
    }

    private static void AssertJsonMatchesPage(string name)
    {
        string page = File.ReadAllText(Path.Combine(Folder(), name + ".md"), Encoding.UTF8);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Folder(), name + ".json"), Encoding.UTF8))!.AsObject();
        var verdicts = json["rows"]!.AsArray().Select(r => r!["verdict"]!.GetValue<string>()).ToList();
        var table = page.Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| quantity |", StringComparison.Ordinal) && !l.StartsWith("| --- |", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(table.Count, verdicts.Count);
        foreach (var verdict in new[] { "reproduced", "not reproduced", "not reproducible" })
        {
            Assert.Equal(table.Count(l => l.Contains(" | " + verdict + " | ", StringComparison.Ordinal)), verdicts.Count(v => v == verdict));
        }
    }

    private static void AssertRegeneratedEqualsCommitted(string name)
    {
        var result = Result(name);
        string committed = File.ReadAllText(Path.Combine(Folder(), name + ".md"), Encoding.UTF8);
        AssertSameText(committed, result.ToMarkdown(), "proofs/reproductions/" + name + ".md");
    }

    private static void AssertSameText(string committed, string regenerated, string file)
    {
        if (string.Equals(committed, regenerated, StringComparison.Ordinal))
        {
            return;
        }

        var a = committed.Split('\n');
        var b = regenerated.Split('\n');
        int line = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Length, b.Length));
        Assert.Fail($"{file} differs from the regenerated page at line {line + 1}:\n committed:   {(line < a.Length ? a[line] : "<end>")}\n regenerated: {(line < b.Length ? b[line] : "<end>")}\nIf the change is deliberate, run '{Regenerate}' and commit.");
    }

    private static IEnumerable<string> ImageLinks(string markdownFile)
    {
        foreach (var line in File.ReadLines(markdownFile))
        {
            int start = line.IndexOf("](img/", StringComparison.Ordinal);
            if (line.StartsWith("![", StringComparison.Ordinal) && start >= 0)
            {
                yield return line[(start + 2)..line.IndexOf(')', start)];
            }
        }
    }

    // Each reproduction in full mode with the default options, computed once per test run.
    private static ReproductionResult Result(string name) =>
        Results.GetOrAdd(name, n => new Lazy<ReproductionResult>(() => Repros.All[n](ReproductionOptions.Default))).Value;

    private static string Folder() => Path.Combine(RepositoryPaths.Proofs, "reproductions");
}
