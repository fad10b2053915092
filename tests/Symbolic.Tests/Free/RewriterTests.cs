using DeepLinear.Symbolic.Free;
using Xunit;
using static DeepLinear.Symbolic.Tests.Free.FreeExpressions;

namespace DeepLinear.Symbolic.Tests.Free;

public class RewriterTests
{
    private static readonly ShapeEnvironment Layers = ShapeEnvironment.Parse(["W1=d1xd0", "W2=d2xd1"]);

    private static RewriteRule Balancedness() => RewriteRule.FromRelation("balancedness", C("W2'*W2", Layers), C("W1*W1'", Layers));

    [Fact]
    public void Normalize_Balancedness_RecordsEveryRuleApplication()
    {
        var (result, steps, finished) = Rewriter.Normalize(C("W2'*W2*W2'*W2 - W1*W1'*W1*W1'", Layers), [Balancedness()]);
        Assert.True(finished);
        Assert.True(result.IsZero);
        Assert.Equal(2, steps.Count);
        Assert.All(steps, s => Assert.StartsWith("rewrite: balancedness", s.Rule, StringComparison.Ordinal));
        Assert.All(steps, s => Assert.Contains("term", s.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Normalize_WithoutTheRule_DoesNotReachZero()
    {
        var (result, steps, finished) = Rewriter.Normalize(C("W2'*W2*W2'*W2 - W1*W1'*W1*W1'", Layers), []);
        Assert.True(finished);
        Assert.False(result.IsZero);
        Assert.Empty(steps);
    }

    [Fact]
    public void Normalize_InsideTraceUpToRotation_Applies()
    {
        // tr(W2 X W2ᵀ) with X = W2... : tr(W2*W2'*W2*W2') rotates to tr(W2'*W2*W2'*W2) → tr(W1*W1'*W1*W1').
        var (result, steps, _) = Rewriter.Normalize(C("tr(W2*W2'*W2*W2') - tr(W1*W1'*W1*W1')", Layers), [Balancedness()]);
        Assert.True(result.IsZero);
        Assert.Contains(steps, s => s.Description.Contains("the trace", StringComparison.Ordinal));
    }

    [Fact]
    public void Normalize_RuleProducingIdentityInsideTrace_UsesTheDeclaredSize()
    {
        var env = ShapeEnvironment.Parse(["A=kxk"]);
        var rule = RewriteRule.FromRelation("orthogonality", C("A'*A", env), C("I", env));
        var (result, _, _) = Rewriter.Normalize(C("tr(A'*A)", env), [rule], shapes: env);
        Assert.Equal("k", result.ToString());
        Assert.Contains("dim(k)", result.Terms[0].MonomialKey, StringComparison.Ordinal);
        Assert.DoesNotContain("dim(n)", result.Terms[0].MonomialKey, StringComparison.Ordinal); // negative control: not the default size
    }

    [Fact]
    public void Normalize_GrowingRule_ExhaustsTheBudget()
    {
        var rule = RewriteRule.FromRelation("grow", C("A"), C("A*A"));
        var (_, steps, finished) = Rewriter.Normalize(C("A"), [rule], budget: 7);
        Assert.False(finished);
        Assert.Equal(7, steps.Count);
    }

    [Fact]
    public void FromRelation_LeftSideNotAWord_Throws()
    {
        Assert.Throws<ArgumentException>(() => RewriteRule.FromRelation("sum", C("A + B"), C("C")));
        Assert.Throws<ArgumentException>(() => RewriteRule.FromRelation("scaled", C("2*A"), C("C")));
        Assert.NotNull(RewriteRule.FromRelation("word", C("A*B"), C("C"))); // negative control
    }
}
