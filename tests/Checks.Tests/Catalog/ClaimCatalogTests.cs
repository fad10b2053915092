using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.Catalog;

public class ClaimCatalogTests
{
    private static InventoryEntry Entry(string id, ClaimKind kind = ClaimKind.Lemma, string paper = "nrt")
        => new(id, paper, "Lemma", kind, "a ≤ b", "setting", [], "numeric");

    [Fact]
    public void Default_ContainsAllFivePapersInOrder()
        => Assert.Equal(["nrt", "lcc", "trbw", "acgh", "dhl"], ClaimCatalog.Default.Papers);

    [Fact]
    public void Default_HasNoDuplicateIds()
    {
        var ids = ClaimCatalog.Default.Claims.Select(c => c.Id.Text).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Default_EveryIdMatchesItsEntryPaperAndKind()
    {
        foreach (var claim in ClaimCatalog.Default.Claims)
        {
            Assert.Equal(claim.Entry.Paper, claim.Id.Paper);
            Assert.Equal(claim.Entry.Kind, claim.Id.Kind);
            Assert.Equal(claim.Entry.Id, claim.Id.Text);
        }
    }

    [Fact]
    public void Constructor_DuplicateIds_IsRejectedNamingTheId()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new ClaimCatalog([new Claim(Entry("nrt/lemma3.1")), new Claim(Entry("nrt/lemma3.1"))]));
        Assert.Contains("nrt/lemma3.1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_KindDisagreesWithId_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Claim(Entry("nrt/lemma3.1", ClaimKind.Prop)));
        Assert.Contains("entry.Kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_PaperDisagreesWithId_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Claim(Entry("nrt/lemma3.1", paper: "dhl")));
        Assert.Contains("entry.Paper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Claim_MalformedId_IsRejected()
        => Assert.Throws<ArgumentException>(() => new Claim(Entry("nrt/Lemma3.1")));

    [Fact]
    public void WithChecks_UnknownId_IsRejected()
    {
        var catalog = new ClaimCatalog([new Claim(Entry("nrt/lemma3.1"))]);
        var checks = new Dictionary<string, Func<CheckContext, CheckResult>> { ["nrt/lemma9.9"] = _ => CheckResult.NotCheckable("x") };
        Assert.Throws<ArgumentException>(() => catalog.WithChecks(checks));
    }

    [Fact]
    public void WithChecks_AttachesWithoutMutatingTheOriginal()
    {
        var catalog = new ClaimCatalog([new Claim(Entry("nrt/lemma3.1")), new Claim(Entry("nrt/lemma3.2"))]);
        var wired = catalog.WithChecks(new Dictionary<string, Func<CheckContext, CheckResult>> { ["nrt/lemma3.2"] = _ => CheckResult.NotCheckable("x") });
        Assert.Equal(2, catalog.WithoutCheck.Count);
        Assert.Equal(["nrt/lemma3.1"], wired.WithoutCheck.Select(c => c.Id.Text));
        Assert.Equal(["nrt/lemma3.1", "nrt/lemma3.2"], wired.Claims.Select(c => c.Id.Text));
    }

    [Fact]
    public void Select_ClaimWithoutPart_SelectsItsPartsAndFixedVariants()
    {
        var selected = ClaimCatalog.Default.Select(null, "nrt/prop3.3").Select(c => c.Id.Text).ToList();
        Assert.Contains("nrt/prop3.3#1", selected);
        Assert.Contains("nrt/prop3.3#4", selected);
        Assert.Contains("nrt/prop3.3#proof-k0~fixed", selected);
        Assert.DoesNotContain("nrt/prop3.2", selected);
    }

    [Fact]
    public void Select_Paper_ReturnsOnlyThatPaperInCatalogOrder()
    {
        var dhl = ClaimCatalog.Default.Select("dhl", null);
        Assert.All(dhl, c => Assert.Equal("dhl", c.Id.Paper));
        Assert.Equal(BuiltInClaimFiles.All.Single(f => f.Paper.Key == "dhl").Claims.Select(e => e.Entry.Id), dhl.Select(c => c.Id.Text));
    }

    [Fact]
    public void Get_UnknownId_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => ClaimCatalog.Default.Get("nrt/prop9.9"));
        Assert.Contains("nrt/prop9.9", error.Message, StringComparison.Ordinal);
    }
}
