using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static DeepLinear.Symbolic.Tests.Free.FreeExpressions;

namespace DeepLinear.Symbolic.Tests.Parsing;

public class FreeParserTests
{
    [Fact]
    public void ParseExpression_PrintedRandomExpression_GivesTheSameCanonicalForm() =>
        Check.One(Deterministic, Prop.ForAll(Expressions().ToArbitrary(), e =>
            CanonicalForm.Of(FreeParser.ParseExpression(e.ToString()!), Square).Equals(CanonicalForm.Of(e, Square))));

    [Fact]
    public void ParseExpression_PrintedCanonicalForm_GivesTheSameCanonicalForm() =>
        Check.One(Deterministic, Prop.ForAll(Expressions().ToArbitrary(), e =>
        {
            var form = CanonicalForm.Of(e, Square);
            return CanonicalForm.Of(FreeParser.ParseExpression(form.ToString()), Square).Equals(form);
        }));

    [Fact]
    public void ParseExpression_NegativeControl_TheRoundTripCheckRejectsAPrinterThatDropsTransposes() =>
        Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Expressions().ToArbitrary(), e =>
            CanonicalForm.Of(FreeParser.ParseExpression(e.ToString()!.Replace("'", string.Empty, StringComparison.Ordinal)), Square).Equals(CanonicalForm.Of(e, Square)))));

    [Fact]
    public void ParseIdentity_RandomStrings_GiveParseErrorsWithPositionNeverOtherExceptions()
    {
        const string alphabet = "AB1/2*+-'^T()trI= ,x";
        Check.One(Deterministic, Prop.ForAll(Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray())).Select(c => new string(c)).ToArbitrary(), text =>
        {
            try
            {
                FreeParser.ParseIdentity(text);
                return true;
            }
            catch (ParseException e)
            {
                return e.Position >= 0 && e.Position <= text.Length && e.Message.Contains("expected", StringComparison.Ordinal);
            }
        }));
    }

    [Theory]
    [InlineData("A*B == ", 7, "a symbol")]
    [InlineData("A*(B == C", 5, "')'")]
    [InlineData("A^x == B", 2, "'T' or an integer exponent")]
    [InlineData("3/0*A == A", 2, "non-zero denominator")]
    [InlineData("A == B == C", 7, "the end of the input")]
    [InlineData("A B", 3, "'=='")]
    [InlineData("tr A == B", 3, "'(' after tr")]
    [InlineData("A + ; == B", 4, "a symbol")]
    public void ParseIdentity_Malformed_ReportsPositionAndExpectation(string text, int position, string expected)
    {
        var e = Assert.Throws<ParseException>(() => FreeParser.ParseIdentity(text));
        Assert.Equal(position, e.Position);
        Assert.Contains(expected, e.Expected, StringComparison.Ordinal);
        Assert.Contains("position " + position, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseExpression_DeepNesting_IsAParseErrorNotAStackOverflow()
    {
        string deep = new string('(', 100_000) + "A" + new string(')', 100_000);
        var e = Assert.Throws<ParseException>(() => FreeParser.ParseExpression(deep));
        Assert.Contains("nested", e.Expected, StringComparison.Ordinal);
        string shallow = new string('(', 50) + "A" + new string(')', 50);
        Assert.Equal(new FreeSymbol("A"), FreeParser.ParseExpression(shallow)); // negative control: moderate nesting parses
    }

    [Theory]
    [InlineData("3/2 W_1' Phi^T (A + I)^2 - tr(W1*W2) I", "3/2*W_1'*Phi'*(A + I)^2 - tr(W1*W2)*I")]
    [InlineData("A^T^T", "A")]
    [InlineData("2 3 A", "6*A")]
    [InlineData("-A*-B", "A*B")]
    [InlineData("(A*B)^0", "I")]
    public void ParseExpression_GrammarForms_MeanTheirCanonicalForms(string text, string same) =>
        Assert.Equal(C(same), C(text));

    [Fact]
    public void FreeLatex_Claim_RendersTransposesTracesAndFractions()
    {
        var (l, r) = FreeParser.ParseIdentity("3/2*tr(W1'*W2) - (A*B)' == eta*A^2");
        Assert.Equal(@"\frac{3}{2}\operatorname{tr}\left(W_{1}^{\top}W_{2}\right) - \left(A B\right)^{\top}", FreeLatex.Of(l));
        Assert.Equal(@"\eta A^{2}", FreeLatex.Of(r));
    }

    [Fact]
    public void ParseExpression_PrintedExtendedExpression_HasTheSameCanonicalForm() =>
        Check.One(Deterministic, Prop.ForAll(ExtendedExpressions().ToArbitrary(), e =>
            CanonicalForm.Of(FreeParser.ParseExpression(e.ToString()!), Square).Equals(CanonicalForm.Of(e, Square))));

    [Fact]
    public void ParseExpression_PrintedExtendedExpression_NegativeControl_DroppingInversesChangesTheForm()
    {
        // The same comparison with every inverse read as its operand must fail somewhere: the property can detect a lossy printer.
        Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(ExtendedExpressions().ToArbitrary(), e =>
            CanonicalForm.Of(FreeParser.ParseExpression(e.ToString()!.Replace("inv", string.Empty, StringComparison.Ordinal)), Square).Equals(CanonicalForm.Of(e, Square)))));
    }
}
