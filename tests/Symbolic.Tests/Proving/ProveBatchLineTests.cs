using DeepLinear.Symbolic.Proving;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Proving;

public class ProveBatchLineTests
{
    [Fact]
    public void Parse_IdentityWithOptions_SplitsOutsideQuotes()
    {
        var line = ProveBatchLine.Parse(3, "tr(K) == 0 --assume \"K' == -K\" --shape K=dxd")!;
        Assert.Equal("tr(K) == 0", line.Identity);
        Assert.Equal(["K' == -K"], line.Assumptions);
        Assert.Equal(["K=dxd"], line.Shapes);
        Assert.Equal(3, line.LineNumber);
        Assert.Equal("A-- B == C", ProveBatchLine.Parse(1, "\"A-- B == C\"")!.Identity); // negative control: no split inside quotes or without a space before --
    }

    [Fact]
    public void Parse_HeaderCommentAndBlank_AreRecognized()
    {
        Assert.Null(ProveBatchLine.Parse(1, "# a comment"));
        Assert.Null(ProveBatchLine.Parse(2, "   "));
        var header = ProveBatchLine.Parse(3, "--shape W1=d1xd0 --shape W2=d2xd1")!;
        Assert.Null(header.Identity);
        Assert.Equal(2, header.Shapes.Count);
    }

    [Theory]
    [InlineData("A == A --assume", "has no value")]
    [InlineData("A == A --seed 3", "unknown option '--seed'")]
    public void Parse_BadOption_NamesLineAndOption(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => ProveBatchLine.Parse(7, text));
        Assert.Contains("line 7", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LatexFlag_MarksTheLineAndTakesNoValue()
    {
        var line = ProveBatchLine.Parse(2, @"\operatorname{tr}(K) = 0 --latex --assume ""K^\top = -K""")!;
        Assert.True(line.Latex);
        Assert.Equal([@"K^\top = -K"], line.Assumptions);
        Assert.False(ProveBatchLine.Parse(3, "tr(K) == 0 --assume \"K' == -K\"")!.Latex); // negative control: no flag, plain
        var e = Assert.Throws<FormatException>(() => ProveBatchLine.Parse(4, "A = A --latex yes"));
        Assert.Contains("'--latex' takes no value", e.Message, StringComparison.Ordinal);
    }
}
