using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Scalars;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace DeepLinear.Symbolic.Tests.Free;

/// <summary>Shared generators and exact random evaluation for the dimension-free tests.</summary>
internal static class FreeExpressions
{
    /// <summary>300 cases from a fixed replay seed: failures reproduce exactly.</summary>
    public static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(300)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(99UL, 5UL), FSharpOption<int>.None)));

    /// <summary>Every symbol n×n.</summary>
    public static readonly ShapeEnvironment Square = new();

    /// <summary>Random well-typed expressions over square symbols A, B, C and I, with sums, products, transposes, rational multiples, traces and squares.</summary>
    public static Gen<FreeExpr> Expressions() => Gen.Sized(size => Expression(Math.Min(size, 5)));

    /// <summary>
    /// Random well-typed expressions of the extended language: the forms of <see cref="Expressions"/> plus numbers as
    /// scalar factors (including decimals' exact values and 0), inverses of symbols and of products of symbols,
    /// powers 0–2, and negative powers 1–3.
    /// </summary>
    public static Gen<FreeExpr> ExtendedExpressions() => Gen.Sized(size => Extended(Math.Min(size, 3)));

    public static CanonicalForm C(string text, ShapeEnvironment? env = null) => CanonicalForm.Of(FreeParser.ParseExpression(text), env ?? Square);

    /// <summary>Exact values of both expressions agree at three random integer matrix triples (sizes 1, 2, 3) drawn from <paramref name="seed"/>.</summary>
    public static bool AgreeAtRandomMatrices(FreeExpr a, FreeExpr b, int seed)
    {
        var random = new Random(seed);
        for (int n = 1; n <= 3; n++)
        {
            var matrices = new[] { "A", "B", "C" }.ToDictionary(
                s => s,
                _ => RationalMatrix.Build(n, n, (_, _) => random.Next(-3, 4)));
            var empty = new Dictionary<string, Rational> { [ShapeEnvironment.DefaultDimension] = n }; // the dimension n used as a scalar
            if (!FreeEvaluator.Evaluate(a, matrices, empty, n).SameAs(FreeEvaluator.Evaluate(b, matrices, empty, n)))
            {
                return false;
            }
        }

        return true;
    }

    private static Gen<FreeExpr> Extended(int depth)
    {
        var symbol = Gen.Elements<FreeExpr>(new FreeSymbol("A"), new FreeSymbol("B"), new FreeSymbol("C"));
        var invertible = Gen.OneOf(
            symbol,
            symbol.Select(e => (FreeExpr)new FreeTranspose(e)),
            symbol.SelectMany(a => symbol, (a, b) => (FreeExpr)new FreeProduct([a, b])));
        var leaf = Gen.OneOf(
            symbol,
            Gen.Constant<FreeExpr>(new FreeIdentity()),
            invertible.Select(e => (FreeExpr)new FreeInverse(e)),
            invertible.SelectMany(e => Gen.Choose(1, 3), (e, k) => (FreeExpr)new FreePower(new FreeInverse(e), k)));
        if (depth <= 0)
        {
            return leaf;
        }

        var sub = Extended(depth - 1);
        var number = Gen.Choose(-4, 4).SelectMany(p => Gen.Elements(1, 2, 10, 1000), (p, q) => (FreeExpr)new FreeNumber(new Rational(p, q)));
        return Gen.OneOf(
            leaf,
            sub.Select(e => (FreeExpr)new FreeTranspose(e)),
            sub.SelectMany(a => sub, (a, b) => (FreeExpr)new FreeProduct([a, b])),
            sub.SelectMany(a => sub, (a, b) => (FreeExpr)new FreeSum([a, b])),
            sub.SelectMany(a => number, (a, c) => (FreeExpr)new FreeProduct([c, a])),
            sub.Select(e => (FreeExpr)new FreeProduct([new FreeTrace(e), new FreeSymbol("A")])),
            sub.SelectMany(e => Gen.Choose(0, 2), (e, k) => (FreeExpr)new FreePower(e, k)));
    }

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
}
