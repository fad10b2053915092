using DeepLinear.Symbolic.Completion;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Proving;
using DeepLinear.Symbolic.Scalars;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Completion;

public class NoncommutativeCompletionTests
{
    private static readonly ShapeEnvironment Square = new();

    private static (string, CanonicalForm) Relation(string text, ShapeEnvironment? env = null)
    {
        var (l, r) = FreeParser.ParseIdentity(text);
        return (text, CanonicalForm.Of(l, env ?? Square) - CanonicalForm.Of(r, env ?? Square));
    }

    private static CanonicalForm Form(string text) => CanonicalForm.Of(FreeParser.ParseExpression(text), Square);

    private static CanonicalForm NormalForm(CompletionResult completion, string text)
    {
        var (result, _, finished) = Rewriter.Normalize(Form(text), completion.Rules, 500, Square, transposedToo: false);
        Assert.True(finished);
        return result;
    }

    [Fact]
    public void Complete_MutualAbsorption_DerivesBothIdempotences()
    {
        // PQ = Q and QP = P: the overlaps Q·P·Q and P·Q·P give Q² = Q and P² = P, which no single rule yields.
        var completion = NoncommutativeCompletion.Complete([Relation("P*Q == Q"), Relation("Q*P == P")], Square, CompletionBudget.Default);
        Assert.Equal(CompletionStatus.Confluent, completion.Status);
        Assert.True(NormalForm(completion, "Q*Q - Q").IsZero);
        Assert.True(NormalForm(completion, "P*P - P").IsZero);
        Assert.Contains(completion.Rules, r => Letter.WordText(r.Left) == "Q*Q" && r.Name.StartsWith("completion", StringComparison.Ordinal));
    }

    [Fact]
    public void Complete_MutualAbsorption_NonConsequenceHasNonZeroNormalForm()
    {
        // Negative control: P·Q = P does not follow (P = [[1,0],[0,0]], Q = [[1,1],[0,0]] meets both relations).
        var completion = NoncommutativeCompletion.Complete([Relation("P*Q == Q"), Relation("Q*P == P")], Square, CompletionBudget.Default);
        Assert.False(NormalForm(completion, "P*Q - P").IsZero);
    }

    [Fact]
    public void Complete_InvolutionAndIdempotent_DerivesIdentity()
    {
        // A² = I and A² = A give A = I (degree drops from 2 to 1).
        var completion = NoncommutativeCompletion.Complete([Relation("A^2 == I"), Relation("A^2 == A")], Square, CompletionBudget.Default);
        Assert.Equal(CompletionStatus.Confluent, completion.Status);
        Assert.True(NormalForm(completion, "A - I").IsZero);
        Assert.False(NormalForm(completion, "B - I").IsZero);
    }

    [Fact]
    public void Complete_TransposeOfRelation_IsIncluded()
    {
        // A·B = C implies Bᵀ·Aᵀ = Cᵀ, a rule in the completed (transpose-closed) system.
        var completion = NoncommutativeCompletion.Complete([Relation("A*B == C")], Square, CompletionBudget.Default);
        Assert.Equal(CompletionStatus.Confluent, completion.Status);
        Assert.True(NormalForm(completion, "B'*A' - C'").IsZero);
        Assert.False(NormalForm(completion, "A'*B' - C'").IsZero);
    }

    [Fact]
    public void Complete_BraidRelation_StopsOnBudgetWithReason()
    {
        // ABA = BAB has no finite completion in deglex with A < B (rules B·Aⁿ·B·A → … of growing degree appear).
        var completion = NoncommutativeCompletion.Complete([Relation("A*B*A == B*A*B")], Square, new CompletionBudget(MaxRules: 20, MaxDegree: 10));
        Assert.Equal(CompletionStatus.BudgetExhausted, completion.Status);
        Assert.Contains("no finite completion", completion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_ImpliesZeroIdentity_IsInconsistent()
    {
        // A = I and A = 2I give I = 0.
        var completion = NoncommutativeCompletion.Complete([Relation("A == I"), Relation("A == 2*I")], Square, CompletionBudget.Default);
        Assert.Equal(CompletionStatus.Inconsistent, completion.Status);
    }

    [Fact]
    public void Complete_ScalarFactor_IsRejected()
    {
        Assert.False(NoncommutativeCompletion.Accepts(Relation("tr(A)*B == B").Item2));
        Assert.Throws<ArgumentException>(() => NoncommutativeCompletion.Complete([Relation("tr(A)*B == B")], Square, CompletionBudget.Default));
    }

    [Theory]
    [InlineData("(A*B)^2 == B^2", new[] { "A*B == B*A", "A^2 == I" })]
    [InlineData("Q^2 == Q", new[] { "P*Q == Q", "Q*P == P" })]
    [InlineData("P^3 == P", new[] { "P*Q == Q", "Q*P == P" })]
    [InlineData("A == I", new[] { "A^2 == I", "A^2 == A" })]
    [InlineData("(P*Q)^2 == P*Q", new[] { "P^2 == P", "Q^2 == Q", "P*Q == Q*P" })]
    [InlineData("(A*B)^2 == I", new[] { "A^2 == I", "B^2 == I", "A*B == B*A" })]
    [InlineData("B'*A == I", new[] { "A*B == I", "A' == A" })]
    public void Prove_ConsequenceOfAssumptions_IsProvedByCompletion(string identity, string[] assumptions)
    {
        var outcome = ProverService.Prove(identity, assumptions, []);
        Assert.Equal(ProveVerdict.Proved, outcome.Verdict);
        Assert.Contains(outcome.Steps, s => s.Rule.StartsWith("completion:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(A*B)^2 == A^2", new[] { "A*B == B*A", "A^2 == I" })]
    [InlineData("P*Q == P", new[] { "P*Q == Q", "Q*P == P" })]
    [InlineData("A == -I", new[] { "A^2 == I", "A^2 == A" })]
    [InlineData("P*Q == P", new[] { "P^2 == P", "Q^2 == Q", "P*Q == Q*P" })]
    [InlineData("A*B == B*A", new[] { "A*B*A == B*A*B" })]
    public void Prove_NonConsequence_IsNeverProved(string identity, string[] assumptions)
    {
        var outcome = ProverService.Prove(identity, assumptions, []);
        Assert.NotEqual(ProveVerdict.Proved, outcome.Verdict);
        Assert.Contains(outcome.Verdict, new[] { ProveVerdict.Refuted, ProveVerdict.Unknown });
    }

    [Fact]
    public void Prove_ConfluentNonConsequence_SaysItDoesNotFollow()
    {
        var outcome = ProverService.Prove("P*Q == P", ["P*Q == Q", "Q*P == P"], []);
        Assert.Equal(ProveVerdict.Unknown, outcome.Verdict);
        Assert.Contains("does not follow from the assumptions", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_InfiniteCompletion_IsUnknownWithBudgetReason()
    {
        // True in the braid monoid (the completed rule B·Aⁿ·B·A → A·B·A²·Bⁿ⁻¹ for n = 12), but beyond the degree bound.
        var outcome = ProverService.Prove("B*A^12*B*A == A*B*A^2*B^11", ["A*B*A == B*A*B"], []);
        Assert.Equal(ProveVerdict.Unknown, outcome.Verdict);
        Assert.Contains("stopped before it was confluent", outcome.Message, StringComparison.Ordinal);
        Assert.Contains(outcome.Steps, s => s.Rule == "completion: budget exhausted");
    }

    // Concrete 2×2 matrices meeting every relation of SatisfiedPool: A an involution, P and Q with PQ = Q, QP = P (both
    // idempotent), C = 2I (commutes with everything).
    private static readonly Dictionary<string, RationalMatrix> Model = new(StringComparer.Ordinal)
    {
        ["A"] = Matrix(0, 1, 1, 0),
        ["P"] = Matrix(1, 0, 0, 0),
        ["Q"] = Matrix(1, 1, 0, 0),
        ["C"] = Matrix(2, 0, 0, 2),
    };

    private static readonly string[] SatisfiedPool =
    [
        "A^2 == I", "P^2 == P", "P*Q == Q", "Q*P == P", "Q^2 == Q", "C*A == A*C", "C*P == P*C", "A^3 == A", "C^2 == 4*C - 4*I", "C*Q == Q*C",
    ];

    private static RationalMatrix Matrix(int a, int b, int c, int d) => RationalMatrix.Build(2, 2, (i, j) => (i, j) switch { (0, 0) => a, (0, 1) => b, (1, 0) => c, _ => d });

    // The value of a word polynomial at the model (transposed letters transposed, the empty word I).
    private static RationalMatrix ValueAtModel(CanonicalForm form)
    {
        var sum = RationalMatrix.Identity(2, Rational.Zero);
        foreach (var t in form.Terms)
        {
            var product = RationalMatrix.Identity(2, Rational.One);
            foreach (var l in t.Word)
            {
                product *= l.Transposed ? Model[l.Name].Transpose() : Model[l.Name];
            }

            sum += t.Coefficient * product;
        }

        return sum;
    }

    private static bool EveryRuleHoldsAtModel(IEnumerable<string> relations)
    {
        var completion = NoncommutativeCompletion.Complete(relations.Distinct().Select(r => Relation(r)).ToArray(), Square, CompletionBudget.Default);
        return completion.Rules.All(r => ValueAtModel(CanonicalForm.FromTerms([new FreeTerm(Rational.One, [], r.Left)]) - r.Right).Equals(RationalMatrix.Identity(2, Rational.Zero)));
    }

    [Fact]
    public void Complete_RandomRelationsMetByAModel_EveryCompletedRuleHoldsAtTheModel()
    {
        // Soundness: every completed rule is a consequence of the relations, so it holds wherever they hold.
        var subsets = Gen.SubListOf(SatisfiedPool).Where(l => l.Count > 0).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(subsets, relations => EveryRuleHoldsAtModel(relations)));
    }

    [Fact]
    public void Complete_RelationFalseAtTheModel_GivesARuleThatFailsThere()
    {
        // Negative control of the property above: A·P = P·A is false at the model, so some rule does not hold there.
        Assert.False(EveryRuleHoldsAtModel(["A^2 == I", "P^2 == P", "A*P == P*A"]));
    }
}
