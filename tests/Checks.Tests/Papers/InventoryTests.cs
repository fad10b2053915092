using DeepLinear.Checks.Catalog;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers;

public class InventoryTests
{
    public static TheoryData<string> Papers => new() { "acgh", "lcc", "trbw" };

    private static IReadOnlyList<InventoryEntry> Entries(string paper)
        => ClaimCatalog.Default.ForPaper(paper).Select(c => c.Entry).ToList();

    [Theory]
    [MemberData(nameof(Papers))]
    public void Entries_HaveValidUniqueIdsMatchingPaperAndKind(string paper)
    {
        var entries = Entries(paper);
        Assert.NotEmpty(entries);
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var e in entries)
        {
            Assert.True(ClaimId.TryParse(e.Id, out var id), $"invalid id '{e.Id}'");
            Assert.Equal(paper, e.Paper);
            Assert.StartsWith(paper + "/", e.Id, StringComparison.Ordinal);
            Assert.Equal(e.Kind, id.Kind);
        }
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Entries_HaveStatementLabelAndHandling(string paper)
    {
        foreach (var e in Entries(paper))
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Statement), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.Label), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.Handling), e.Id);
        }
    }

    [Theory]
    [InlineData("NRT/prop3.2")]
    [InlineData("nrt/proposition3.2")]
    [InlineData("1xy/lemma1")]
    [InlineData("nrt/lemma")]
    [InlineData("nrt/lemma3.1#Part")]
    public void IdGrammar_NegativeControl_RejectsMalformedIds(string id) => Assert.False(ClaimId.TryParse(id, out _));

    [Fact]
    public void FixedVariants_HaveTheirPrintedOriginal()
    {
        foreach (var paper in new[] { "acgh", "lcc", "trbw" })
        {
            var ids = Entries(paper).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in ids.Where(i => i.EndsWith("~fixed", StringComparison.Ordinal)))
            {
                Assert.Contains(id[..^"~fixed".Length], ids);
            }
        }
    }
}
