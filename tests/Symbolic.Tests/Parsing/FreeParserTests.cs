using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Scalars;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Parsing;

public class FreeParserTests
{
    private static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(300)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(99UL, 5UL), FSharpOption<int>.None)));

    private static readonly ShapeEnvironment Square = new();

    // Random well-typed expressions over square symbols A, B, C (all n×n).
    private static Gen<FreeExpr> Expressions() => Gen.Sized(size => Expression(Math.Min(size, 6)));

    private static Gen<FreeExpr> Expression(int depth)
    {
        var leaf = Gen.Elements<FreeExpr>(new FreeSymbol("A"), new FreeSymbol("B"), new FreeSymbol("C"), new FreeIdentity());
        if (depth <= 0)
        {
            return leaf;
        }

        var sub = Expression(depth - 1);
        return Gen.OneOf(
            leaf,
            sub.Select(e => (FreeExpr)new FreeTranspose(e)),
            sub.SelectMany(a => sub, (a, b) => (FreeExpr)new FreeProduct([a, b])),
            sub.SelectMany(a => sub, (a, b) => (FreeExpr)new FreeSum([a, b])),
            sub.SelectMany(a => Gen.Choose(-4, 4).SelectMany(p => Gen.Choose(1, 3), (p, q) => new Rational(p, q)), (a, c) => (FreeExpr)new FreeScale(c, a)),
            sub.Select(e => (FreeExpr)new FreeProduct([new FreeTrace(e), new FreeSymbol("A")])),
            sub.Select(e => (FreeExpr)new FreePower(e, 2)));
    }

    [Fact]
    public void PrintThenParse_GivesTheSameCanonicalForm() =>
        Check.One(Deterministic, Prop.ForAll(Expressions().ToArbitrary(), e =>
            CanonicalForm.Of(FreeParser.ParseExpression(e.ToString()), Square).Equals(CanonicalForm.Of(e, Square))));

    [Fact]
    public void CanonicalText_ParsesBackToTheSameForm() =>
        Check.One(Deterministic, Prop.ForAll(Expressions().ToArbitrary(), e =>
        {
            var form = CanonicalForm.Of(e, Square);
            return form.IsZero || CanonicalForm.Of(FreeParser.ParseExpression(form.ToString()), Square).Equals(form);
        }));

    [Fact]
    public void RandomStrings_GiveParseErrorsWithPositionNeverOtherExceptions()
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
    [InlineData("A*B == ", 7)]
    [InlineData("A*(B == C", 5)]
    [InlineData("A^x == B", 2)]
    [InlineData("3/0*A == A", 2)]
    [InlineData("A == B == C", 7)]
    public void MalformedIdentity_ReportsPositionAndExpectation(string text, int position)
    {
        var e = Assert.Throws<ParseException>(() => FreeParser.ParseIdentity(text));
        Assert.Equal(position, e.Position);
    }

    [Fact]
    public void Grammar_AcceptsAllForms()
    {
        var (l, r) = FreeParser.ParseIdentity("3/2 W_1' Phi^T (A + I)^2 - tr(W1*W2) I == 0*A");
        Assert.NotNull(l);
        Assert.NotNull(r);
    }
}
