using System.Text;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Tests.Support;
using Xunit;

namespace DeepLinear.Checks.Tests.Reports;

/// <summary>
/// The committed <c>proofs/</c> folder is the output of <c>dlv report --out proofs</c>: regenerating the report (from
/// the shared fast run, default seed) into a temporary folder must give the same Markdown and CSV files, byte for byte.
/// After a deliberate change, regenerate with <c>dotnet run --project src/Cli -c Release -- report --out proofs --reproductions full</c>.
/// The reproductions under <c>proofs/reproductions/</c> are compared by <see cref="ReproductionsFolderTests"/>.
/// </summary>
public class ProofsFolderTests
{
    private const string Regenerate = "dotnet run --project src/Cli -c Release -- report --out proofs --reproductions full";

    [Fact]
    public void Report_Regenerated_EqualsCommittedProofsFolder()
    {
        string proofs = RepositoryPaths.Proofs;
        string temp = Path.Combine(Path.GetTempPath(), "dlv-proofs-" + Guid.NewGuid().ToString("N"));
        try
        {
            ReportGenerator.Write(temp, FastCatalogRun.Outcomes, FastCatalogRun.Options.Seed, "fast", "reproductions");
            var expected = TextFiles(proofs);
            var actual = TextFiles(temp);
            Assert.True(
                expected.SequenceEqual(actual),
                $"The set of Markdown/CSV files differs: committed [{string.Join(", ", expected.Except(actual))}] vs regenerated [{string.Join(", ", actual.Except(expected))}]; run '{Regenerate}'.");
            foreach (var file in expected)
            {
                string a = File.ReadAllText(Path.Combine(proofs, file), Encoding.UTF8);
                string b = File.ReadAllText(Path.Combine(temp, file), Encoding.UTF8);
                if (!string.Equals(a, b, StringComparison.Ordinal))
                {
                    var la = a.Split('\n');
                    var lb = b.Split('\n');
                    int line = Enumerable.Range(0, Math.Min(la.Length, lb.Length)).FirstOrDefault(i => la[i] != lb[i], Math.Min(la.Length, lb.Length));
                    Assert.Fail($"proofs/{file} differs from the regenerated report at line {line + 1}:\n committed:   {(line < la.Length ? la[line] : "<end>")}\n regenerated: {(line < lb.Length ? lb[line] : "<end>")}\nIf the change is deliberate, run '{Regenerate}' and commit.");
                }
            }
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    [Fact]
    public void Report_WrittenTwice_IsIdentical()
    {
        var outcomes = FastCatalogRun.Select("nrt/prop3.2");
        string a = Path.Combine(Path.GetTempPath(), "dlv-twice-a-" + Guid.NewGuid().ToString("N"));
        string b = Path.Combine(Path.GetTempPath(), "dlv-twice-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            ReportGenerator.Write(a, outcomes, 1);
            ReportGenerator.Write(b, outcomes, 1);
            Assert.Equal(TextFiles(a), TextFiles(b));
            foreach (var f in TextFiles(a))
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
                Assert.DoesNotContain(Path.GetTempPath(), File.ReadAllText(Path.Combine(a, f)), StringComparison.Ordinal);
            }
        }
        finally
        {
            foreach (var d in new[] { a, b })
            {
                if (Directory.Exists(d))
                {
                    Directory.Delete(d, recursive: true);
                }
            }
        }
    }

    private static List<string> TextFiles(string folder)
        => Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal))
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith("reproductions/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
}
