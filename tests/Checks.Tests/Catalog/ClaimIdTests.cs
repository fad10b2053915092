using DeepLinear.Checks.Catalog;
using Xunit;

namespace DeepLinear.Checks.Tests.Catalog;

public class ClaimIdTests
{
    [Theory]
    [InlineData("nrt/prop3.2", "nrt", ClaimKind.Prop, "3.2", null, false)]
    [InlineData("nrt/lemma3.1", "nrt", ClaimKind.Lemma, "3.1", null, false)]
    [InlineData("nrt/prop3.3#4", "nrt", ClaimKind.Prop, "3.3", "4", false)]
    [InlineData("nrt/eq3.2", "nrt", ClaimKind.Eq, "3.2", null, false)]
    [InlineData("dhl/lemma3.1#i", "dhl", ClaimKind.Lemma, "3.1", "i", false)]
    [InlineData("dhl/claimb.1", "dhl", ClaimKind.Claim, "b.1", null, false)]
    [InlineData("dhl/claimb.1#identity~fixed", "dhl", ClaimKind.Claim, "b.1", "identity", true)]
    [InlineData("nrt/prop3.3#proof-k0~fixed", "nrt", ClaimKind.Prop, "3.3", "proof-k0", true)]
    [InlineData("lcc/text11#delta", "lcc", ClaimKind.Text, "11", "delta", false)]
    [InlineData("acgh/proc1#balanced", "acgh", ClaimKind.Proc, "1", "balanced", false)]
    [InlineData("nrt/def2.3", "nrt", ClaimKind.Def, "2.3", null, false)]
    [InlineData("demo2/lemma1", "demo2", ClaimKind.Lemma, "1", null, false)]
    public void Parse_ValidId_YieldsItsParts(string text, string paper, ClaimKind kind, string number, string? part, bool isFixed)
    {
        var id = ClaimId.Parse(text);
        Assert.Equal(text, id.Text);
        Assert.Equal(paper, id.Paper);
        Assert.Equal(kind, id.Kind);
        Assert.Equal(number, id.Number);
        Assert.Equal(part, id.Part);
        Assert.Equal(isFixed, id.IsFixed);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("NRT/prop3.2", "lower case")]
    [InlineData("nrt/Prop3.2", "lower case")]
    [InlineData("prop3.2", "'<paper>/' prefix")]
    [InlineData("nrt/theorem3.2", "kind must be one of")]
    [InlineData("nrt/proposition3.2", "malformed")]
    [InlineData("nrt/lemma", "number is missing")]
    [InlineData("nrt/lemma#1", "number is missing")]
    [InlineData("nrt/lemma3.1#", "malformed")]
    [InlineData("nrt/lemma3.1#i~fix", "malformed")]
    [InlineData("dhl/claimb", "contains no digit")]
    [InlineData("nrt/prop3.2 ", "malformed")]
    [InlineData("nrt/prop3..2", "malformed")]
    public void Parse_InvalidId_ThrowsNamingTextAndRule(string text, string rule)
    {
        var error = Assert.Throws<FormatException>(() => ClaimId.Parse(text));
        Assert.Contains("'text'", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.False(ClaimId.TryParse(text, out _));
    }

    [Fact]
    public void PrintedText_FixedVariant_IsTheRefutedOriginal()
    {
        Assert.Equal("dhl/eq21", ClaimId.Parse("dhl/eq21~fixed").PrintedText);
        Assert.Equal("dhl/eq21", ClaimId.Parse("dhl/eq21").PrintedText);
    }

    [Fact]
    public void KindName_EveryKind_IsTheIdKindPrefix()
    {
        foreach (var kind in Enum.GetValues<ClaimKind>())
        {
            var id = ClaimId.Parse($"nrt/{ClaimId.KindName(kind)}1");
            Assert.Equal(kind, id.Kind);
        }
    }
}
