using System.Security.Cryptography;
using System.Text;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.Tests.Support;
using Xunit;

namespace DeepLinear.Checks.Tests.Catalog;

public class BuiltInClaimFilesTests
{
    /// <summary>SHA-256 of <see cref="Fingerprint"/> over the 520 entries of the C# inventories
    /// (<c>src/Checks/Papers/*/*Inventory*.cs</c>, deleted when the catalog moved to <c>catalog/*.yaml</c>), dumped
    /// from <c>NrtInventory.Entries</c> … <c>DhlInventory.Entries</c> at commit d430729 before the deletion.</summary>
    private const string InventoriesFingerprint = "1a4eeacf2eb7b46ce826eb8b092eaf698bd3be2495c39a520bc6d26c9d323d08";

    public static TheoryData<string, int, string> PaperFingerprints => new()
    {
        { "nrt", 125, "2cc9cfa247f0a50a2d93ab3fe14db7d816931775eac8945c661fab3dfeaf735d" },
        { "lcc", 84, "859f548029e5686554ad1407e90511c22f5ffbd451f808d4f1f741c9643e8e69" },
        { "trbw", 60, "ef89cd838f1d153e295af1a644e2c4e55dd945ebe6c42d1209ffb4a33c43eefa" },
        { "acgh", 145, "a6f24e206e2a0c9b44a9127b076ec3190a4cc47c57ff03ea93910cb81ca17007" },
        { "dhl", 106, "fce9d99294e2182e48fb7616075f8316a486d07d23686870d50c1b55975b02b9" },
    };

    [Fact]
    public void Default_Entries_AreByteIdenticalToTheCSharpInventoriesTheyReplaced()
    {
        var entries = ClaimCatalog.Default.Claims.Select(c => c.Entry).ToList();
        Assert.Equal(520, entries.Count);
        Assert.Equal(InventoriesFingerprint, Fingerprint(entries));
    }

    [Theory]
    [MemberData(nameof(PaperFingerprints))]
    public void Default_EachPaper_IsByteIdenticalToItsCSharpInventory(string paper, int count, string fingerprint)
    {
        var entries = ClaimCatalog.Default.ForPaper(paper).Select(c => c.Entry).ToList();
        Assert.Equal(count, entries.Count);
        Assert.Equal(fingerprint, Fingerprint(entries));
    }

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
    public void All_EveryCSharpCheck_IsNamedByExactlyOneCodeClaimOfItsOwnId()
    {
        var code = BuiltInClaimFiles.All.SelectMany(f => f.Claims).Where(c => c.Check.Form == "code").ToList();
        Assert.All(code, c => Assert.Equal(c.Entry.Id, c.Check.FormText));
        Assert.Equal(
            BuiltInChecks.ByName.Keys.Order(StringComparer.Ordinal),
            code.Select(c => c.Check.FormText!).Order(StringComparer.Ordinal));
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
                .Append('\u001F').Append(string.Join('\u001E', e.Hypotheses)).Append('\u001F').Append(e.Handling).Append('\u001D');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
