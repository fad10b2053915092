using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Forms;

/// <summary>
/// <c>exhaustive: true</c> (the claim decided at every grid point in exact rational arithmetic), the exact evaluator
/// behind it, the shape grammar of the identity form and the one rule that tells a generator call from a function call.
/// </summary>
public class ExhaustiveGridTests
{
    private static Claim Compile(string check)
    {
        string indented = string.Join("\n", check.Split('\n').Select(l => "      " + l));
        string yaml = $"paper: {{ key: demo, title: \"Demo\" }}\nclaims:\n  - id: demo/lemma1\n    label: \"Lemma 1\"\n    kind: lemma\n    statement: 'x'\n    check:\n{indented}\n";
        return ClaimCatalog.FromClaimFiles([ClaimFileReader.Parse(yaml, "demo.yaml")]).Claims[0];
    }

    private static CheckResult Run(string check) => Compile(check).Check!(CheckContext.Direct());

    [Fact]
    public void Run_TrueIntegerClaim_ProvedOnTheGridWithRejectionsCounted()
    {
        // ⌊n/2⌋ + ⌈n/2⌉ = n for every integer n, checked on the grid; where: drops the odd n ≥ 5.
        var result = Run("inequality: \"floor(n/2) + ceil(n/2) == n\"\nsizes: { n: 0..40 }\nwhere: [\"n < 5 or 2*floor(n/2) == n\"]\nexhaustive: true");
        Assert.Equal(Verdict.Proved, result.Verdict);
        var proof = Assert.IsType<ProofEvidence>(result.Evidence);
        Assert.Contains("exhaustive over n ∈ 0..40 where n < 5 or 2*floor(n/2) == n", proof.Scope, StringComparison.Ordinal);
        Assert.Contains("23 grid points decided in exact rational arithmetic, 18 rejected by where:", proof.DerivationText, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ClaimFalseAtOnePoint_RefutedWithThatExactWitness()
    {
        // Negative control: ⌊n/3⌋·3 = n fails first at n = 1 (exact, no rounding band).
        var result = Run("inequality: \"forall j in 1..n: floor(j/3)*3 + (j - 3*floor(j/3)) == j and floor(n/3)*3 == n\"\nsizes: { n: 0..9 }\nexhaustive: true");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var witness = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.Equal("n = 1", witness.WitnessText);
        Assert.True(witness.Exact);
    }

    [Fact]
    public void Run_RationalsNearAnInteger_AreDecidedExactly()
    {
        // (10^17 + 1)/10^17 is 1 in double precision; exactly it exceeds 1, so its floor is 1 and its ceiling 2.
        Assert.Equal(Verdict.Proved, Run("inequality: \"ceil((10^17 + k)/10^17) == 2\"\nsizes: { k: 1..3 }\nexhaustive: true").Verdict);
        Assert.Equal(Verdict.Refuted, Run("inequality: \"ceil((10^17 + k)/10^17) == 1\"\nsizes: { k: 1..3 }\nexhaustive: true").Verdict);
    }

    [Fact]
    public void Run_FactorialAgainstPowerOfTwo_ProvedFromFourAndRefutedBelow()
    {
        // n! ≥ 2ⁿ holds exactly for n ≥ 4; the negative control from n = 2 is refuted at n = 2 (2 < 4).
        Assert.Equal(Verdict.Proved, Run("inequality: \"prod(k in 1..n: k) >= 2^n\"\nsizes: { n: 4..20 }\nexhaustive: true").Verdict);
        var witness = Assert.IsType<CounterexampleEvidence>(Run("inequality: \"prod(k in 1..n: k) >= 2^n\"\nsizes: { n: 2..20 }\nexhaustive: true").Evidence);
        Assert.Equal("n = 2", witness.WitnessText);
    }

    [Theory]
    [InlineData("inequality: \"sqrt(n) <= n\"\nsizes: { n: 1..3 }\nexhaustive: true", "check.inequality' = 'sqrt(n) <= n': exhaustive: true decides the claim in exact arithmetic, but 'sqrt(n)' (position 0) calls 'sqrt', which is not exact")]
    [InlineData("inequality: \"x <= n\"\nsizes: { n: 1..3 }\nover: { x: \"scalar(0, 1)\" }\nexhaustive: true", "check.over.x' = 'scalar(0, 1)': exhaustive: true decides the claim in exact arithmetic, but 'scalar(0, 1)' (position 0) calls 'scalar'")]
    [InlineData("inequality: \"0.5 * n <= n\"\nsizes: { n: 1..3 }\nexhaustive: true", "the number 0.5 (position 0) is not an integer: exact claims write fractions as quotients, 1/10")]
    [InlineData("inequality: \"n <= n\"\nsizes: { n: 1..3 }\nexhaustive: yes", "check.exhaustive' = 'yes': must be true")]
    [InlineData("inequality: \"n <= n\"\nsizes: { n: 1..3 }\nexhaustive: true\ninstances: 5", "check.instances' = '5': is not a key of the 'inequality' form")]
    [InlineData("inequality: \"n <= m\"\nsizes: { n: 1..2000, m: 1..2000 }\nexhaustive: true", "spans 4000000 grid points; exhaustive: true enumerates at most 1000000")]
    public void Compile_ClaimOutsideTheExactSubsetOrGrid_IsAFileErrorNamingKeyAndRule(string check, string message)
    {
        var error = Assert.Throws<ClaimFileException>(() => Compile(check));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("demo.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("round(5/2)", 3)]
    [InlineData("round(-5/2)", -3)]
    [InlineData("floor(-1/3)", -1)]
    [InlineData("ceil(-1/3)", 0)]
    [InlineData("sum(j in 1..4: j^2) - 2^-1*2", 29)]
    [InlineData("max(abs(-7), min(3, 4))", 7)]
    [InlineData("prod(k in 1..5: k)", 120)]
    [InlineData("prod(k in 1..0: k) + prod(k in 1..3: 1/k)*6", 2)]
    public void ExactEvaluate_IntegerExpressions_FollowTheirDefinitions(string text, int expected)
        => Assert.Equal((Rational)expected, ExactRationalEvaluator.Evaluate(ExpressionParser.Parse(text), new Dictionary<string, Rational>()));

    [Theory]
    [InlineData("\"dy x dx\"", Verdict.Proved)]
    [InlineData("\"dy×dx\"", Verdict.Proved)]
    [InlineData("\"2x3\"", Verdict.Proved)]
    public void Identity_ShapeWithAnXInADimensionName_ParsesOneWay(string shape, Verdict expected)
    {
        // A: dy×dx, so A*A' is dy×dy: tr(A*A') == tr(A'*A) type-checks and holds; a mis-split would be a shape error.
        var result = Run($"identity: \"tr(A*A') == tr(A'*A)\"\nshapes: {{ A: {shape} }}");
        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void Identity_AmbiguousCompactShape_IsRefusedWithTheGrammar()
    {
        var error = Assert.Throws<ClaimFileException>(() => Compile("identity: \"A == A\"\nshapes: { A: \"dyxdx\" }"));
        Assert.Contains("check.shapes.A' = 'dyxdx': must be 'R x C'", error.Message, StringComparison.Ordinal);
        Assert.Contains("the x standing alone between spaces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inequality_RankFunctionInOver_IsNotTakenForTheGenerator()
    {
        // k: rank(A) is the numerical rank (one argument), A: rank(n, n, 1) the generator (three): the description
        // names only the generator, and the claim holds on every instance.
        var result = Run("inequality: \"k <= 1\"\nsizes: { n: 2..4 }\nover: { A: \"rank(n, n, 1)\", k: \"rank(A)\" }\ninstances: 20");
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.Contains("k: rank(A)", result.Scope, StringComparison.Ordinal);
        Assert.DoesNotContain("k: rank(A) with", result.Scope, StringComparison.Ordinal);

        // Negative control: a generator call with the function's arity is the function, so over: draws nothing new.
        var control = Run("inequality: \"k <= 0\"\nsizes: { n: 2..4 }\nover: { A: \"rank(n, n, 1)\", k: \"rank(A)\" }\ninstances: 20");
        Assert.Equal(Verdict.Refuted, control.Verdict);
    }
}
