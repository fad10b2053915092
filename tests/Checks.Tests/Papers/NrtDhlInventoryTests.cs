using DeepLinear.Checks.Catalog;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers;

public class NrtDhlInventoryTests
{
    public static TheoryData<string> Papers => new() { "nrt", "dhl" };

    private static IReadOnlyList<InventoryEntry> Entries(string paper)
        => ClaimCatalog.Default.ForPaper(paper).Select(c => c.Entry).ToList();

    [Theory]
    [MemberData(nameof(Papers))]
    public void Entries_HaveValidUniqueIdsMatchingPaperAndKind(string paper)
    {
        var entries = Entries(paper);
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var e in entries)
        {
            var id = ClaimId.Parse(e.Id);
            Assert.Equal(paper, e.Paper);
            Assert.Equal(paper, id.Paper);
            Assert.Equal(e.Kind, id.Kind);
        }
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void Entries_HaveStatementSettingLabelAndHandling(string paper)
    {
        foreach (var e in Entries(paper))
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Statement), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.Setting), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.Label), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.Handling), e.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void FixedVariants_FollowTheirPrintedOriginal(string paper)
    {
        var ids = Entries(paper).Select(e => e.Id).ToList();
        foreach (var (id, index) in ids.Select((id, i) => (id, i)).Where(p => p.id.EndsWith("~fixed", StringComparison.Ordinal)))
        {
            int original = ids.IndexOf(ClaimId.Parse(id).PrintedText);
            Assert.True(original >= 0 && original < index, $"{id} has no printed original before it");
        }
    }

    [Fact]
    public void Nrt_CoversEveryNumberedDisplayAndItem()
    {
        var ids = ClaimCatalog.Default.ForPaper("nrt").Select(c => c.Id.Text).ToHashSet(StringComparer.Ordinal);
        var displays = Enumerable.Range(1, 14).Select(i => $"nrt/eq2.{i}")
            .Concat(Enumerable.Range(1, 23).Select(i => $"nrt/eq3.{i}"))
            .Concat(Enumerable.Range(1, 3).Select(i => $"nrt/eq5.{i}"));
        string[] numbered =
        [
            "nrt/thm2.1", "nrt/thm2.2#a", "nrt/thm2.2#b", "nrt/def2.3", "nrt/thm2.4", "nrt/remark2.5#a", "nrt/thm2.6#a",
            "nrt/thm2.6#b", "nrt/lemma3.1#1", "nrt/prop3.2", "nrt/prop3.3#1", "nrt/prop3.3#2", "nrt/prop3.3#3",
            "nrt/prop3.3#4", "nrt/def3.4", "nrt/thm3.5", "nrt/thm4.1",
        ];
        var missing = displays.Concat(numbered).Where(id => !ids.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Dhl_CoversEveryNumberedDisplayAndItem()
    {
        var ids = ClaimCatalog.Default.ForPaper("dhl").Select(c => c.Id.Text).ToHashSet(StringComparer.Ordinal);
        var displays = Enumerable.Range(1, 25).Select(i => $"dhl/eq{i}");
        string[] numbered =
        [
            "dhl/thm2.1#pattern", "dhl/thm2.1#flow", "dhl/cor2.1#pattern", "dhl/cor2.1#flow", "dhl/thm2.2#pattern",
            "dhl/thm2.2#flow", "dhl/thm2.3#pattern", "dhl/thm2.3#flow", "dhl/thm3.1", "dhl/lemma3.1#i", "dhl/lemma3.1#ii",
            "dhl/lemma3.1#iii", "dhl/lemma3.2", "dhl/thm3.2", "dhl/lemmab.1", "dhl/lemmab.2", "dhl/claimb.1",
            "dhl/claimb.2", "dhl/claimb.3", "dhl/claimb.4", "dhl/claimb.5", "dhl/lemmac.1#i", "dhl/lemmac.1#ii",
            "dhl/lemmac.1#iii", "dhl/lemmac.1#iv", "dhl/lemmac.2#a", "dhl/lemmac.2#b", "dhl/lemmac.2#c", "dhl/lemmac.2#d",
        ];
        var missing = displays.Concat(numbered).Where(id => !ids.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Papers))]
    public void TextItems_AreNumberedConsecutivelyInReadingOrder(string paper)
    {
        var numbers = Entries(paper)
            .Select(e => ClaimId.Parse(e.Id))
            .Where(id => id.Kind == ClaimKind.Text)
            .Select(id => int.Parse(id.Number, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct()
            .ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
    }
}
