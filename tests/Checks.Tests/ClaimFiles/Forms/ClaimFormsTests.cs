using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Forms;

public class ClaimFormsTests
{
    private static Claim Compile(string check, string id = "demo/lemma1")
    {
        string indented = string.Join("\n", check.Split('\n').Select(l => "      " + l));
        string yaml = $"paper: {{ key: demo, title: \"Demo\" }}\nclaims:\n  - id: {id}\n    label: \"Lemma 1\"\n    kind: lemma\n    statement: 'x'\n    check:\n{indented}\n";
        return ClaimCatalog.FromClaimFiles([ClaimFileReader.Parse(yaml, "demo.yaml")]).Claims[0];
    }

    private static CheckResult Run(string check) => Compile(check).Check!(CheckContext.Direct());

    [Fact]
    public void Inequality_TrueClaim_VerifiedOnEveryInstance()
    {
        var result = Run("inequality: \"normF(A*B) <= normF(A) * normF(B)\"\nsizes: { n: 1..4 }\nover: { A: \"gaussian(n, n)\", B: \"gaussian(n, n)\" }\ninstances: 50");
        Assert.Equal(Verdict.Verified, result.Verdict);
        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.Equal(50, evidence.InstancesTried);
        Assert.Equal(0, evidence.InstancesRejected);
        Assert.InRange(evidence.WorstRatio, 0.0, 1.0);
        Assert.Contains("A: n×n matrix with i.i.d. N(0, 1) entries", evidence.InstanceFamily, StringComparison.Ordinal);
    }

    [Fact]
    public void Inequality_Where_RejectedInstancesCountedNeverTested()
    {
        // tr(A) >= 0 is false for symmetric A in general; the hypothesis restricts it to instances where it holds.
        var result = Run("inequality: \"tr(A) >= 0\"\nsizes: { n: 1..3 }\nover: { A: \"symmetric(n)\" }\nwhere: [\"tr(A) >= 0\"]\ninstances: 100");
        var evidence = Assert.IsType<NumericEvidence>(result.Evidence);
        Assert.Equal(100, evidence.InstancesTried + evidence.InstancesRejected);
        Assert.True(evidence.InstancesRejected > 10, $"rejected {evidence.InstancesRejected}");
    }

    [Fact]
    public void Inequality_EveryInstanceRejected_IsHypothesesNotMet()
    {
        var result = Run("inequality: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }\nwhere: [\"x > 2\"]\ninstances: 20");
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        Assert.True(Assert.IsType<InconclusiveEvidence>(result.Evidence).HypothesesNotMet);
    }

    [Fact]
    public void Inequality_FalseClaim_RefutedShrunkAndReplayableFromItsSeed()
    {
        var result = Run("inequality: \"det(A + B) >= det(A) + det(B)\"\nsizes: { n: 2..5 }\nover: { A: \"symmetric(n)\", B: \"symmetric(n)\" }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var counterexample = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.StartsWith("n = 2;", counterexample.WitnessText, StringComparison.Ordinal);
        Assert.Equal("dlv check --claims demo.yaml --claim demo/lemma1 --seed 20260101", counterexample.Rerun);
        Assert.NotNull(counterexample.Seed);
        Assert.Contains("instance seed " + counterexample.Seed, counterexample.WitnessText, StringComparison.Ordinal);
    }

    [Fact]
    public void Inequality_IllTypedOnAnInstance_IsAShapeErrorNotACrash()
    {
        var result = Run("inequality: \"tr(A*B) <= 1\"\nover: { A: \"gaussian(2, 3)\", B: \"gaussian(2, 3)\" }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        var evidence = Assert.IsType<CounterexampleEvidence>(result.Evidence);
        Assert.True(evidence.IsShapeError);
        Assert.Contains("inner sizes 3 and 2 differ", evidence.Violation, StringComparison.Ordinal);
    }

    [Fact]
    public void Inequality_StrictClaimAttainingEquality_Refuted()
    {
        // ‖A‖_F² = tr(AᵀA) holds with equality on every instance: '<' is false, '<=' is true (the control).
        Assert.Equal(Verdict.Refuted, Run("inequality: \"normF(A)^2 < tr(A'*A)\"\nover: { A: \"gaussian(3, 2)\" }\ninstances: 20").Verdict);
        Assert.Equal(Verdict.Verified, Run("inequality: \"normF(A)^2 <= tr(A'*A)\"\nover: { A: \"gaussian(3, 2)\" }\ninstances: 20").Verdict);
        Assert.Equal(Verdict.Refuted, Run("inequality: \"x > x\"\nover: { x: \"scalar(1, 2)\" }\ninstances: 5").Verdict);
        Assert.Equal(Verdict.Verified, Run("inequality: \"x + 1 > x\"\nover: { x: \"scalar(1, 2)\" }\ninstances: 5").Verdict);
    }

    [Fact]
    public void Inequality_EqualityWithTolerance_ComparesMatrices()
    {
        Assert.Equal(Verdict.Verified, Run("inequality: \"(A*B)' == B'*A'\"\ntolerance: 1e-12\nover: { A: \"gaussian(3, 2)\", B: \"gaussian(2, 4)\" }\ninstances: 30").Verdict);
        Assert.Equal(Verdict.Refuted, Run("inequality: \"A*B == B*A\"\nover: { A: \"gaussian(2, 2)\", B: \"gaussian(2, 2)\" }\ninstances: 30").Verdict);
    }

    [Fact]
    public void Identity_ProvedAndRefutedByTheProver()
    {
        Assert.Equal(Verdict.Proved, Run("identity: \"tr(A*B) == tr(B*A)\"\nshapes: { A: \"m x n\", B: \"n x m\" }").Verdict);
        var refuted = Run("identity: \"(A*B)' == A'*B'\"");
        Assert.Equal(Verdict.Refuted, refuted.Verdict);
        Assert.True(Assert.IsType<CounterexampleEvidence>(refuted.Evidence).Exact);
    }

    [Fact]
    public void Probability_IntervalDecidesTheVerdict()
    {
        var verified = Run("probability: \"x <= 0.9\"\nbound: 0.8\nover: { x: \"scalar(0, 1)\" }\ntrials: 2000");
        Assert.Equal(Verdict.Verified, verified.Verdict);
        var evidence = Assert.IsType<MonteCarloEvidence>(verified.Evidence);
        Assert.Equal(2000, evidence.Trials);
        Assert.True(evidence.Interval.Lower >= 0.8);
        Assert.Equal(Verdict.Refuted, Run("probability: \"x <= 0.5\"\nbound: 0.8\nover: { x: \"scalar(0, 1)\" }").Verdict);
        Assert.Equal(Verdict.Verified, Run("probability: \"x <= 0.1\"\nbound: 0.2\ndirection: at-most\nover: { x: \"scalar(0, 1)\" }").Verdict);
    }

    [Fact]
    public void Probability_Settings_TheWeakestSettingDecides()
    {
        // P[x ≤ t] = t for x uniform on [0, 1]: both settings hold, so the claim is verified.
        var both = Run("probability: \"x <= t\"\nover: { x: \"scalar(0, 1)\", t: \"0.9\" }\nbound: 0.8\ntrials: 2000\nsettings:\n  - { }\n  - { over: { x: \"scalar(0, 1)\", t: \"0.5\" }, bound: \"0.8 / 2\" }");
        Assert.Equal(Verdict.Verified, both.Verdict);
        Assert.Equal(2000, Assert.IsType<MonteCarloEvidence>(both.Evidence).Trials);
        // Negative control: the second setting with P = ½ below its bound 0.8 refutes the claim although the first holds.
        var second = Run("probability: \"x <= t\"\nover: { x: \"scalar(0, 1)\", t: \"0.9\" }\nbound: 0.8\ntrials: 2000\nsettings:\n  - { }\n  - { over: { x: \"scalar(0, 1)\", t: \"0.5\" } }");
        Assert.Equal(Verdict.Refuted, second.Verdict);
    }

    [Theory]
    [InlineData("probability: \"x <= 1\"\nbound: \"2 - 3/2\"\nover: { x: \"scalar(0, 1)\" }", null)]
    [InlineData("probability: \"x <= 1\"\nbound: \"1 + 1\"\nover: { x: \"scalar(0, 1)\" }", "must lie in [0, 1]")]
    [InlineData("probability: \"x <= 1\"\nbound: \"y / 2\"\nover: { x: \"scalar(0, 1)\" }", "expression without names")]
    [InlineData("probability: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }\nsettings: [ 3 ]", "must be a non-empty list of mappings")]
    public void Probability_BoundExpressionAndSettings_AreValidated(string check, string? error)
    {
        if (error is null)
        {
            Assert.Equal(Verdict.Verified, Run(check).Verdict);
            return;
        }

        Assert.Contains(error, Assert.Throws<ClaimFileException>(() => Compile(check)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotCheckable_GivesReasonAndParts()
    {
        var result = Run("not-checkable: \"an existence statement\"\nparts: [demo/lemma1#a]");
        Assert.Equal(Verdict.NotCheckable, result.Verdict);
        Assert.Equal(["demo/lemma1#a"], Assert.IsType<NotCheckableEvidence>(result.Evidence).SubClaimIds);
    }

    [Fact]
    public void Trajectory_SmallStep_VerifiedAtEveryRecordedIterate()
    {
        var result = Run("trajectory: \"L(W) <= L(W0)\"\nover: { W0: \"balanced(2, 2, 2)\", X: \"whitened(2, 6)\", Y: \"gaussian(2, 6)\" }\nrun: { step: \"0.01\", iterations: 40, record-every: 10, seeds: 2 }");
        Assert.Equal(Verdict.Verified, result.Verdict);
        Assert.Equal(10, Assert.IsType<NumericEvidence>(result.Evidence).InstancesTried);
    }

    [Fact]
    public void NegativeControls_Refuted_ClaimKeepsItsVerdict()
    {
        var result = Run("inequality: \"abs(x) <= 1\"\nover: { x: \"scalar(-1, 1)\" }\nnegative-controls:\n  - inequality: \"abs(x) <= 0.5\"");
        Assert.Equal(Verdict.Verified, result.Verdict);
    }

    [Fact]
    public void NegativeControls_NotRefuted_FailLoudly()
    {
        var claim = Compile("inequality: \"abs(x) <= 1\"\nover: { x: \"scalar(-1, 1)\" }\nnegative-controls:\n  - inequality: \"abs(x) <= 2\"");
        var error = Assert.Throws<NegativeControlNotRefutedException>(() => claim.Check!(CheckContext.Direct()));
        Assert.Contains("negative control 1 of 'demo/lemma1'", error.Message, StringComparison.Ordinal);
        Assert.Contains("came out verified", error.Message, StringComparison.Ordinal);
        var outcome = ClaimRunner.RunOne(claim, new RunOptions(CheckContext.DefaultSeed, TimeSpan.FromMinutes(1), false, 1));
        Assert.Equal(OutcomeStatus.Crashed, outcome.Status);
    }

    private const string Hall = "identity: \"(A*B - B*A)*(A*B - B*A)*C == C*(A*B - B*A)*(A*B - B*A)\"";

    [Fact]
    public void Identity_Entrywise_ProvesAtTheGivenSizesAndSaysSo()
    {
        // The Hall identity [[A, B]², C] = 0 holds for 2×2 matrices only; the entry-wise engine proves it there.
        var result = Run(Hall + "\nentrywise: { n: 2 }\nnegative-controls:\n  - identity: \"(A*B - B*A)*C == C*(A*B - B*A)\"");
        Assert.Equal(Verdict.Proved, result.Verdict);
        var proof = Assert.IsType<ProofEvidence>(result.Evidence);
        Assert.Equal("entry-wise for the given dimensions (n = 2)", proof.Scope);
        Assert.Contains("entrywise", proof.RulesUsed);
    }

    [Fact]
    public void Identity_EntrywiseAtASizeWhereItFails_RefutedWithExactWitness()
    {
        // Negative control of the test above: the same identity at n = 3 is false, and the prover finds the witness.
        var result = Run(Hall + "\nentrywise: { n: 2..3 }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.EndsWith("at n = 3", result.Scope, StringComparison.Ordinal);
        Assert.True(Assert.IsType<CounterexampleEvidence>(result.Evidence).Exact);
    }

    [Fact]
    public void Identity_EntrywiseCayleyHamilton_ProvedForEachSizeAndNotDimensionFree()
    {
        const string CayleyHamilton = "identity: \"A*A - tr(A)*A + (tr(A)*tr(A) - tr(A*A))/2*I == 0\"";
        var fixedSizes = Run(CayleyHamilton + "\nentrywise: { n: 1..2 }");
        Assert.Equal(Verdict.Proved, fixedSizes.Verdict);
        Assert.Equal("entry-wise for the given dimensions (n = 1; n = 2)", Assert.IsType<ProofEvidence>(fixedSizes.Evidence).Scope);
        Assert.NotEqual(Verdict.Proved, Run(CayleyHamilton).Verdict);
    }

    [Fact]
    public void Identity_EntrywiseWithDeclaredShapes_SubstitutesEveryDimension()
    {
        var result = Run("identity: \"tr(A*B) == tr(B*A)\"\nshapes: { A: \"m x k\", B: \"k x m\" }\nentrywise: { m: 2, k: 1..3 }");
        Assert.Equal(Verdict.Proved, result.Verdict);
        Assert.Contains("m = 2, k = 1; m = 2, k = 2; m = 2, k = 3", Assert.IsType<ProofEvidence>(result.Evidence).Scope, StringComparison.Ordinal);
    }

    private const string ProductDefinition = "identity: \"W == W_{N} * ... * W_{1}\"\nassume: [\"W == W_{N} * ... * W_{1}\"]\ndepths: { N: 1..4 }";

    [Fact]
    public void Identity_Depths_ProvedAtEachDepthAndTheScopeSaysNotForEveryDepth()
    {
        var result = Run(ProductDefinition + "\nshapes: { \"W_{j}\": \"d_{j} x d_{j-1}\", W: \"d_{N} x d_0\" }");
        Assert.Equal(Verdict.Proved, result.Verdict);
        var proof = Assert.IsType<ProofEvidence>(result.Evidence);
        Assert.Equal("all dimensions, for each depth N = 1…4 (not a proof for every N)", proof.Scope);
        Assert.Contains("[N = 4]", proof.DerivationText, StringComparison.Ordinal);
        Assert.Contains("W_4*W_3*W_2*W_1", proof.DerivationText, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_DepthsWithTransposedLayerShapes_RefutedAsAShapeError()
    {
        // Negative control of the test above: Wⱼ ∈ ℝ^{dⱼ₋₁×dⱼ} makes W_1 of the wrong shape already at N = 1.
        var result = Run(ProductDefinition + "\nshapes: { \"W_{j}\": \"d_{j-1} x d_{j}\", W: \"d_{N} x d_0\" }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.EndsWith("at N = 1", result.Scope, StringComparison.Ordinal);
        Assert.True(Assert.IsType<CounterexampleEvidence>(result.Evidence).IsShapeError);
    }

    [Fact]
    public void Identity_DepthsFalseFromSomeDepthOn_RefutedAtTheFirstFailingDepth()
    {
        // W_N⋯W_1 = W_1⋯W_N holds at N = 1 only.
        var result = Run("identity: \"W_{N} * ... * W_{1} == W_{1} * ... * W_{N}\"\ndepths: { N: 1..3 }");
        Assert.Equal(Verdict.Refuted, result.Verdict);
        Assert.EndsWith("at N = 2", result.Scope, StringComparison.Ordinal);
        Assert.StartsWith("N = 2: ", Assert.IsType<CounterexampleEvidence>(result.Evidence).WitnessText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\ndepths: { N: 0..3 }", "check.depths.N' = '0..3': must be a range lo..hi with 1 ≤ lo ≤ hi ≤ 16")]
    [InlineData("\ndepths: { N: 1..2, M: 1..2 }", "must name exactly one depth and its range")]
    [InlineData("\ndepths: { N: 1..2 }\nshapes: { \"W_{k}\": \"2 x 2\" }", "at N = 1: '{k}' names 'k'; only integers and N may appear")]
    [InlineData("\ndepths: { N: 1..2 }\nshapes: { \"W_{j-2}\": \"2 x 2\" }", "'{j-2}' is -1 < 0; an index must be ≥ 0")]
    [InlineData("\ndepths: { N: 1..2 }\nentrywise: { n: 2 }", "cannot be combined with depths:")]
    public void Identity_BadDepths_IsAFileErrorBeforeAnyWork(string keys, string message)
    {
        var error = Assert.Throws<ClaimFileException>(() => Compile("identity: \"W_{N} * ... * W_{1} == W_{N} * ... * W_{1}\"" + keys));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\nentrywise: { m: 2 }", "check.entrywise.m' = '2': is not a dimension name of the shapes; the dimension names are n")]
    [InlineData("\nentrywise: { n: 0 }", "check.entrywise.n' = '0': must be a size or a range lo..hi with 1 ≤ lo ≤ hi ≤ 12")]
    [InlineData("\nentrywise: { n: 10 }", "asks at n = 10 for 300 independent entries; the entry-wise engine takes at most 96")]
    [InlineData("\nshapes: { A: \"m x m\", B: \"m x m\", C: \"p x p\" }\nentrywise: { m: 2 }", "gives no size for the dimension p")]
    [InlineData("\nentrywise: [2]", "check.entrywise' = '[2]': must be a mapping NAME: value")]
    public void Identity_BadEntrywise_IsAFileErrorBeforeAnyWork(string keys, string message)
    {
        var error = Assert.Throws<ClaimFileException>(() => Compile(Hall + keys));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inequality: \"x <=\"\nover: { x: \"scalar(0, 1)\" }", "demo.yaml:8:19: key 'claims[demo/lemma1].check.inequality' = 'x <=': is not a valid expression: at position 4")]
    [InlineData("inequality: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }\ninstance: 5", "key 'claims[demo/lemma1].check.instance' = '5': is not a key of the 'inequality' form")]
    [InlineData("inequality: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }\ninstances: 0", "key 'claims[demo/lemma1].check.instances' = '0': must be an integer in 1..1000000")]
    [InlineData("inequality: \"x <= 1\"\nsizes: { n: 5..2 }\nover: { x: \"scalar(0, 1)\" }", "key 'claims[demo/lemma1].check.sizes.n' = '5..2': must be an integer range lo..hi")]
    [InlineData("inequality: \"x <= 1\"\nover: { norm: \"scalar(0, 1)\" }", "key 'claims[demo/lemma1].check.over' = 'norm': is the name of a function")]
    [InlineData("inequality: \"x <= 1 or x > 3\"\nover: { x: \"scalar(0, 1)\" }", "uses 'or' outside where:")]
    [InlineData("inequality: \"norm(x)\"\nover: { x: \"scalar(0, 1)\" }", "is not a claim: it must be a comparison")]
    [InlineData("inequality: \"x == 1\"\ntolerance: 2\nover: { x: \"scalar(0, 1)\" }", "check.tolerance' = '2': must be a number in [0, 1]")]
    [InlineData("probability: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }", "key 'claims[demo/lemma1].check.bound' is missing")]
    [InlineData("probability: \"x <= 1\"\nbound: 0.5\ndirection: above\nover: { x: \"scalar(0, 1)\" }", "check.direction' = 'above': must be at-least")]
    [InlineData("identity: \"A*B ==\"", "check.identity' = 'A*B ==': is not an identity 'lhs == rhs'")]
    [InlineData("identity: \"A == A\"\nshapes: { A: \"m by n\" }", "check.shapes.A' = 'm by n': must be 'R x C'")]
    [InlineData("not-checkable: \" \"", "needs the reason")]
    [InlineData("inequality: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }\nnegative-controls:\n  - over: { x: \"scalar(0, 2)\" }", "each control needs exactly one of the forms")]
    [InlineData("inequality: \"x <= 1\"\nover: { x: \"scalar(0, 1)\" }\nnegative-controls: []", "must be a non-empty list")]
    [InlineData("trajectory: \"L(W) <= 1\"\nover: { W0: \"balanced(2, 2, 2)\" }\nrun: { step: \"0.1\" }", "check.over.X' is missing")]
    [InlineData("trajectory: \"L(W) <= 1\"\nover: { W0: \"balanced(2, 2, 2)\", X: \"gaussian(2, 3)\", Y: \"gaussian(2, 3)\" }\nrun: { step: \"0.1\", iterate: 3 }", "is not a key of the 'run' form")]
    public void Compile_BadValue_ErrorNamesFileLineKeyValueAndRule(string check, string message)
    {
        var error = Assert.Throws<ClaimFileException>(() => Compile(check));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("demo.yaml:", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= 8, $"line {error.Line}");
    }
}
