using DeepLinear.Checks.ClaimFiles.Expressions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Expressions;

public class ExpressionParserTests
{
    private static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(300)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261207UL, 11UL), FSharpOption<int>.None)));

    private static readonly Gen<Expr> Leaf = Gen.OneOf(
        Gen.Choose(0, 4000).Select(i => (Expr)new NumberExpr(i / 8.0)),
        Gen.Elements("A", "B", "x", "W_2", "delta", "I").Select(n => (Expr)new NameExpr(n)));

    private static Gen<Expr> Arithmetic(int depth) => depth == 0
        ? Leaf
        : Gen.OneOf(
            Leaf,
            Gen.Elements(BinaryOperator.Add, BinaryOperator.Subtract, BinaryOperator.Multiply, BinaryOperator.Divide, BinaryOperator.Power)
                .SelectMany(op => Arithmetic(depth - 1).SelectMany(l => Arithmetic(depth - 1), (l, r) => (Expr)new BinaryExpr(op, l, r)), (_, e) => e),
            Arithmetic(depth - 1).Select(e => (Expr)new NegateExpr(e)),
            Arithmetic(depth - 1).Select(e => (Expr)new TransposeExpr(e)),
            Arithmetic(depth - 1).Select(e => (Expr)new IndexExpr(new NameExpr("W"), e)),
            Gen.Elements("norm", "normF", "tr", "sv", "max").SelectMany(
                f => Arithmetic(depth - 1).ListOf().Select(a => a.Take(3).ToList()),
                (f, a) => (Expr)new CallExpr(f, a.Count == 0 ? [new NameExpr("A")] : a)),
            Gen.Elements(RangeKind.Sum, RangeKind.Product).SelectMany(
                k => Arithmetic(depth - 1),
                (k, body) => (Expr)new RangeExpr(k, "j", new NumberExpr(1), new NameExpr("N"), body)));

    private static Gen<Expr> Condition(int depth) => depth == 0
        ? Gen.Elements(ComparisonOperator.LessOrEqual, ComparisonOperator.Less, ComparisonOperator.GreaterOrEqual, ComparisonOperator.Greater, ComparisonOperator.Equal, ComparisonOperator.NotEqual)
            .SelectMany(op => Arithmetic(2).SelectMany(l => Arithmetic(2), (l, r) => (l, r)), (op, lr) => (Expr)new ComparisonExpr(op, lr.l, lr.r))
        : Gen.OneOf(
            Condition(0),
            Gen.Elements(true, false).SelectMany(and => Condition(depth - 1).SelectMany(l => Condition(depth - 1), (l, r) => (l, r)), (and, lr) => (Expr)new LogicalExpr(and, lr.l, lr.r)),
            Condition(depth - 1).Select(body => (Expr)new RangeExpr(RangeKind.Forall, "k", new NumberExpr(1), new NameExpr("N"), body)));

    private static Arbitrary<Expr> Trees() => Gen.OneOf(Arithmetic(3), Condition(2)).ToArbitrary();

    [Fact]
    public void Parse_PrintedTree_GivesTheSameTree()
        => Check.One(Deterministic, Prop.ForAll(Trees(), e => ExpressionParser.Parse(e.ToString()).Equals(e)));

    [Fact]
    public void Parse_NegativeControl_SwappedOperandsAreDetected()
    {
        // The equality used above must see a change: swapping the operands of a non-commutative node is caught.
        var error = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Trees(), e =>
            ExpressionParser.Parse(Swap(e).ToString()).Equals(e))));
        Assert.Contains("Falsifiable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2 A B", "((2 * A) * B)")]
    [InlineData("A'*B^T", "((A)' * (B)')")]
    [InlineData("-x^2", "(-(x ^ 2))")]
    [InlineData("x^-1", "(x ^ (-1))")]
    [InlineData("1e-3 + 2.5E+2", "(0.001 + 250)")]
    [InlineData("a <= b and c > d or e == f", "(((a <= b) and (c > d)) or (e == f))")]
    [InlineData("forall j in 1..N-1: norm(W[j]) ≤ 1", "(forall j in 1..(N - 1): (norm(W[j]) <= 1))")]
    [InlineData("sum(j in 1..N: normF(W[j])^2)", "sum(j in 1..N: (normF(W[j]) ^ 2))")]
    [InlineData("prod(W)", "prod(W)")]
    [InlineData("Aᵀ·B", "((A)' * B)")]
    public void Parse_Text_GivesCanonicalForm(string text, string canonical)
        => Assert.Equal(canonical, ExpressionParser.Parse(text).ToString());

    [Theory]
    [InlineData("norm(A) <= ", 11, "expected a number, a name, a function call or '('")]
    [InlineData("A # B", 2, "the character '#' at position 2")]
    [InlineData("(A + B", 6, "expected ')'")]
    [InlineData("forall 1 in 1..N: x", 7, "expected an index name")]
    [InlineData("A B)", 3, "expected end of text")]
    [InlineData("sum(j in 1..: x)", 12, "expected a number")]
    public void Parse_Malformed_ThrowsWithPosition(string text, int position, string expected)
    {
        var error = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(text));
        Assert.Equal(position, error.Position);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static Expr Swap(Expr e) => e switch
    {
        BinaryExpr b => b with { Left = b.Right, Right = b.Left },
        ComparisonExpr c => c with { Left = c.Right, Right = c.Left },
        LogicalExpr l => l with { Left = l.Right, Right = l.Left },
        NegateExpr n => n.Operand,
        _ => new NegateExpr(e),
    };
}
