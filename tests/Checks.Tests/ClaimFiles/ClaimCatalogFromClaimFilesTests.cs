using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles;

public class ClaimCatalogFromClaimFilesTests
{
    private static ClaimFile File(string name, params string[] checks)
        => ClaimFileReader.Parse(
            "paper: { key: demo, title: T }\nclaims:\n" + string.Concat(checks.Select((c, i) =>
                $"  - id: demo/lemma{i + 1}\n    label: L\n    kind: lemma\n    statement: s\n    check: {c}\n")),
            name);

    [Fact]
    public void FromClaimFiles_CodeAndPending_AttachCheckOrLeavePending()
    {
        var catalog = ClaimCatalog.FromClaimFiles([File("a.yaml", "{ code: flow-limit-and-boundedness-not-checkable }", "{ pending: later }")]);
        Assert.Equal(["demo/lemma1", "demo/lemma2"], catalog.Claims.Select(c => c.Id.Text));
        Assert.True(catalog.Claims[0].HasCheck);
        Assert.False(catalog.Claims[1].HasCheck);
        Assert.Equal(["demo"], catalog.Papers);
    }

    [Fact]
    public void FromClaimFiles_SameIdInTwoFiles_NamesBothFiles()
    {
        var error = Assert.Throws<ClaimFileException>(
            () => ClaimCatalog.FromClaimFiles([File("a.yaml", "{ pending: x }"), File("b.yaml", "{ pending: y }")]));
        Assert.Equal("b.yaml", error.FileName);
        Assert.Equal(3, error.Line);
        Assert.Equal("demo/lemma1", error.Value);
        Assert.Contains("a.yaml line 3", error.Rule, StringComparison.Ordinal);
    }
}
