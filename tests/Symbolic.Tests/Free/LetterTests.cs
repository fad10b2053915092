using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Latex;
using DeepLinear.Symbolic.Parsing;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Free;

public class LetterTests
{
    [Theory]
    [InlineData("W1", "W_{1}")]
    [InlineData("W12", "W_{12}")]
    [InlineData("T", "T")]
    [InlineData("eta", @"\eta")]
    [InlineData("eta2", @"\eta_{2}")]
    [InlineData("Sigma", @"\Sigma")]
    [InlineData("W_jp1", "W_{jp1}")]
    [InlineData("W_1", "W_{1}")]
    [InlineData("Adot", @"\mathit{Adot}")]
    [InlineData("Bdot2", @"\mathit{Bdot}_{2}")]
    public void NameToLatex_OneSymbolHoweverSpelled_IsOneLatexSymbol(string name, string latex) =>
        Assert.Equal(latex, Letter.NameToLatex(name));

    [Theory]
    [InlineData("W1")]
    [InlineData("eta")]
    [InlineData("W_jp1")]
    [InlineData("Sigma")]
    [InlineData("Adot")]
    public void NameToLatex_ReadBackByTheLatexReader_IsTheSameSymbol(string name)
    {
        // eta used to print as the letters e·t·a and W_jp1 as W_jp_{1}: the printed LaTeX must read back as the one symbol.
        string latex = Letter.NameToLatex(name) + "^{\\top} = " + Letter.NameToLatex(name) + "^{\\top}";
        var (left, _) = FreeParser.ParseIdentity(LatexIdentityReader.Translate(latex));
        Assert.Equal(new FreeTranspose(new FreeSymbol(name)), left);
    }

    [Fact]
    public void NameToLatex_FormerPrinting_DoesNotReadBack()
    {
        // Negative control: the former printing of W_jp1 (W_jp_{1}, a double subscript) is not the symbol W_jp1.
        var (left, _) = FreeParser.ParseIdentity(LatexIdentityReader.Translate("W_jp_{1} = W_jp_{1}"));
        Assert.NotEqual(new FreeSymbol("W_jp1"), left);
    }

    [Fact]
    public void NameToLatex_SeveralLetters_NeverReadAsAProduct()
    {
        // Adot printed bare (the former printing) is read by LaTeX, and by the reader, as the product A·d·o·t; \mathit{Adot} is one symbol.
        var (bare, _) = FreeParser.ParseIdentity(LatexIdentityReader.Translate("Adot = Adot"));
        Assert.IsType<FreeProduct>(bare);
        var (italic, _) = FreeParser.ParseIdentity(LatexIdentityReader.Translate(Letter.NameToLatex("Adot") + " = A"));
        Assert.Equal(new FreeSymbol("Adot"), italic);
    }
}
