using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Proving;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Free;

public class CanonicalFormTests
{
    private static CanonicalForm C(string text, ShapeEnvironment? env = null) => CanonicalForm.Of(FreeParser.ParseExpression(text), env ?? new ShapeEnvironment());

    [Theory]
    [InlineData("(A*B)'", "B'*A'")]
    [InlineData("(A')'", "A")]
    [InlineData("tr(A*B)", "tr(B*A)")]
    [InlineData("tr(A')", "tr(A)")]
    [InlineData("tr(A*B*C)", "tr(C'*B'*A')")]
    [InlineData("(A + B)^2", "A*A + A*B + B*A + B*B")]
    [InlineData("tr(A)*B", "B*tr(A)")]
    public void Laws_HaveEqualCanonicalForms(string a, string b) => Assert.Equal(C(a), C(b));

    [Theory]
    [InlineData("(A*B)'", "A'*B'")]
    [InlineData("tr(A*B*C)", "tr(A*C*B)")]
    [InlineData("A*B", "B*A")]
    [InlineData("tr(A*B')", "tr(A*B)")]
    public void NegativeControls_HaveDifferentCanonicalForms(string a, string b) => Assert.NotEqual(C(a), C(b));

    [Fact]
    public void ShapeChecker_NamesTheOffendingSubexpression()
    {
        var env = ShapeEnvironment.Parse(["W1=d1xd0", "W2=d2xd1"]);
        var e = Assert.Throws<ShapeException>(() => C("W1*W2", env));
        Assert.Contains("'W1*W2'", e.Message, StringComparison.Ordinal);
        Assert.Contains("d0", e.Message, StringComparison.Ordinal);
        Assert.Throws<ShapeException>(() => C("W1 + W2", env));
        Assert.Throws<ShapeException>(() => C("tr(W1)", env));
        Assert.Equal(C("W2*W1", env), C("(W1'*W2')'", env));
    }

    [Fact]
    public void Gradient_ByTraceCyclicity_MatchesKnownMatrixCalculus()
    {
        // ∇_A tr(AᵀBA) = (B + Bᵀ)A; ∇_A tr(BA) = Bᵀ.
        Assert.Equal(C("B*A + B'*A"), C("tr(A'*B*A)").Gradient("A"));
        Assert.Equal(C("B'"), C("tr(B*A)").Gradient("A"));
        Assert.NotEqual(C("B"), C("tr(B*A)").Gradient("A")); // negative control: transpose dropped
    }

    [Fact]
    public void Rewriter_RecordsEveryRuleApplication()
    {
        var env = ShapeEnvironment.Parse(["W1=d1xd0", "W2=d2xd1"]);
        var rule = RewriteRule.FromRelation("balancedness", C("W2'*W2", env), C("W1*W1'", env));
        var (result, steps, finished) = Rewriter.Normalize(C("W2'*W2*W2'*W2 - W1*W1'*W1*W1'", env), [rule]);
        Assert.True(finished);
        Assert.True(result.IsZero);
        Assert.Equal(2, steps.Count);
        Assert.All(steps, s => Assert.StartsWith("rewrite: balancedness", s.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void DepthGenericProofs_AreProvedForAllDepths()
    {
        foreach (var d in new[] { DepthGenericProofs.Gradient(), DepthGenericProofs.FlowInvariant(), DepthGenericProofs.GradientStepChange() })
        {
            Assert.True(d.Proved, d.ToText());
            Assert.Equal(DeepLinear.Symbolic.Derivations.ProofScope.AllDepthsAllDimensions, d.Scope);
            Assert.Contains(d.Steps, s => s.Rule.StartsWith("boundary", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void FreeProofs_AreProvedAtGivenDepth(int depth)
    {
        Assert.True(FreeProofs.Gradient(depth).Proved);
        Assert.True(FreeProofs.FlowInvariant(depth).Proved);
        Assert.True(FreeProofs.GradientStepChange(depth).Proved);
        Assert.True(FreeProofs.Hessian(Math.Min(depth, 3)).Proved);
    }

    [Theory]
    [InlineData("(A*B)' == B'*A'", ProveVerdict.Proved)]
    [InlineData("(A*B)' == A'*B'", ProveVerdict.Refuted)] // one transpose moved
    [InlineData("A*B*C == A*C*B", ProveVerdict.Refuted)] // two factors swapped
    [InlineData("tr(A*B) + tr(B*A) == 3*tr(A*B)", ProveVerdict.Refuted)] // coefficient changed
    [InlineData("tr(A*B') == tr(A*B)", ProveVerdict.Refuted)] // transpose dropped
    public void Prover_MutatedIdentitiesAreRefutedWithCheckedWitnesses(string identity, ProveVerdict expected)
    {
        var outcome = ProverService.Prove(identity, [], []);
        Assert.Equal(expected, outcome.Verdict);
        if (expected == ProveVerdict.Refuted)
        {
            // Re-check the witness outside the prover with the tree evaluator.
            var (l, r) = FreeParser.ParseIdentity(identity);
            var scalars = new Dictionary<string, DeepLinear.Symbolic.Scalars.Rational>();
            Assert.False(FreeEvaluator.Evaluate(l, outcome.WitnessMatrices!, scalars).SameAs(FreeEvaluator.Evaluate(r, outcome.WitnessMatrices!, scalars)));
        }
    }

    [Fact]
    public void Prover_AssumptionDrivenProof_NegativeControlWithoutAssumptionIsNotProved()
    {
        string[] shapes = ["W1=d1xd0", "W2=d2xd1"];
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("W2'*W2*W2'*W2 == W1*W1'*W1*W1'", ["W2'*W2 == W1*W1'"], shapes).Verdict);
        Assert.NotEqual(ProveVerdict.Proved, ProverService.Prove("W2'*W2*W2'*W2 == W1*W1'*W1*W1'", [], shapes).Verdict);
    }
}
