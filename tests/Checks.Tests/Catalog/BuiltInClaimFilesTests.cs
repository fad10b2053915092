using System.Security.Cryptography;
using System.Text;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.Tests.Support;
using Xunit;

namespace DeepLinear.Checks.Tests.Catalog;

public class BuiltInClaimFilesTests
{
    // Implementation note: the move from the C# inventories to catalog/*.yaml was checked byte for byte at commit
    // 4a30360 (SHA-256 of every field of all 520 entries equal to the dump of the deleted *Inventory*.cs at d430729).
    // The YAML is now the single source and is edited deliberately (issue 16 rewrote the handling of nrt/text14–16),
    // so the frozen hashes are gone; the rendered statements stay regression-tested by the proofs/ comparison.
    public static TheoryData<string, int> PaperCounts => new()
    {
        { "nrt", 127 },
        { "lcc", 84 },
        { "trbw", 60 },
        { "acgh", 145 },
        { "dhl", 106 },
    };

    [Theory]
    [MemberData(nameof(PaperCounts))]
    public void Default_EachPaper_HasItsNumberOfClaims(string paper, int count)
        => Assert.Equal(count, ClaimCatalog.Default.ForPaper(paper).Count);

    [Fact]
    public void Fingerprint_OneCharacterChanged_Differs()
    {
        var entries = ClaimCatalog.Default.ForPaper("nrt").Select(c => c.Entry).ToList();
        var changed = entries.Select((e, i) => i == 60 ? e with { Handling = e.Handling + " " } : e).ToList();
        Assert.NotEqual(Fingerprint(entries), Fingerprint(changed));
        var reordered = entries.Select((e, i) => i == 60 ? e with { Hypotheses = [.. e.Hypotheses.Reverse(), string.Empty] } : e).ToList();
        Assert.NotEqual(Fingerprint(entries), Fingerprint(reordered));
    }

    [Fact]
    public void ResourceNames_AreTheFivePaperFilesOfTheCatalogFolder()
    {
        Assert.Equal(
            ClaimId.PaperKeys.Select(k => $"catalog/{k}.yaml").Order(StringComparer.Ordinal),
            BuiltInClaimFiles.ResourceNames.Order(StringComparer.Ordinal));
        var onDisk = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "catalog"), "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ClaimId.PaperKeys.Select(k => $"{k}.yaml").Order(StringComparer.Ordinal), onDisk);
    }

    [Fact]
    public void All_PapersInCatalogOrder_WithTitlesAndSources()
    {
        Assert.Equal(["nrt", "lcc", "trbw", "acgh", "dhl"], BuiltInClaimFiles.All.Select(f => f.Paper.Key));
        Assert.All(BuiltInClaimFiles.All, f =>
        {
            Assert.Equal($"catalog/{f.Paper.Key}.yaml", f.FileName);
            Assert.NotEmpty(f.Paper.Title);
            Assert.Contains("shared/papers/", f.Paper.Source, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void All_EveryCSharpCheck_IsUsedByACodeClaim_AndEveryCodeClaimNamesARegisteredCheck()
    {
        var code = BuiltInClaimFiles.All.SelectMany(f => f.Claims).Where(c => c.Check.Form == "code").ToList();
        var named = BuiltInChecks.Discover(typeof(BuiltInChecks).Assembly).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

        // A check registered by [ClaimCheck] may serve several claims (differing by with:); every code claim names one.
        Assert.All(code, c => Assert.Contains(c.Check.FormText!, named));
        Assert.Equal(
            BuiltInChecks.ByName.Keys.Order(StringComparer.Ordinal),
            code.Select(c => c.Check.FormText!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("nrt")]
    [InlineData("lcc")]
    [InlineData("trbw")]
    [InlineData("acgh")]
    [InlineData("dhl")]
    public void Write_ThenRead_GivesEqualClaimsAndSettings(string paper)
    {
        var file = BuiltInClaimFiles.All.Single(f => f.Paper.Key == paper);
        string text = ClaimFileWriter.Write(file);
        var back = ClaimFileReader.Parse(text, file.FileName);
        Assert.Equal(file.Paper, back.Paper);
        Assert.Equal(file.Settings, back.Settings);
        Assert.Equal(Fingerprint([.. file.Claims.Select(c => c.Entry)]), Fingerprint([.. back.Claims.Select(c => c.Entry)]));
        Assert.Equal(file.Claims.Select(c => (c.Check.Form, c.Check.FormText)), back.Claims.Select(c => (c.Check.Form, c.Check.FormText)));
        Assert.Equal(text, ClaimFileWriter.Write(back));
    }

    [Fact]
    public void CommittedFiles_UseSharedSettingsAndBlockScalarsForStatements()
    {
        foreach (string key in ClaimId.PaperKeys)
        {
            string text = BuiltInClaimFiles.Text(key);
            var file = BuiltInClaimFiles.All.Single(f => f.Paper.Key == key);
            Assert.NotEmpty(file.Settings);
            Assert.Contains("setting: *", text, StringComparison.Ordinal);
            int statements = text.Split('\n').Count(l => l.StartsWith("    statement:", StringComparison.Ordinal));
            int blocks = text.Split('\n').Count(l => l is "    statement: >-" or "    statement: |-" or "    statement: |");
            Assert.Equal(file.Claims.Count, statements);
            Assert.Equal(statements, blocks);
        }
    }

    /// <summary>Every field of every entry, in order, separated by control characters that no field contains; the
    /// hex SHA-256 of its UTF-8 bytes.</summary>
    internal static string Fingerprint(IReadOnlyList<InventoryEntry> entries)
    {
        var sb = new StringBuilder();
        foreach (var e in entries)
        {
            sb.Append(e.Id).Append('\u001F').Append(e.Paper).Append('\u001F').Append(e.Label).Append('\u001F')
                .Append(ClaimId.KindName(e.Kind)).Append('\u001F').Append(e.Statement).Append('\u001F').Append(e.Setting)
                .Append('\u001F').Append(string.Join('\u001E', e.Hypotheses)).Append('\u001F').Append(e.Handling)
                .Append('\u001F').Append(e.Reading?.KindName).Append('\u001F').Append(e.Reading?.Why)
                .Append('\u001F').Append(e.Reading is null ? null : string.Join('\u001E', e.Reading.Encodes))
                .Append('\u001F').Append(e.Erratum).Append('\u001D');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
