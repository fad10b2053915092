using System.Text.Json;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Proving;
using DeepLinear.Symbolic.Scalars;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Proving;

public class ProverServiceTests
{
    private static readonly string[] Layers = ["W1=d1xd0", "W2=d2xd1"];

    // Re-checks a refutation outside the prover: the witness has the declared shapes, satisfies every assumption and
    // separates the two sides under the tree evaluator.
    private static void AssertCheckedWitness(ProveOutcome outcome, string identity, string[] assumptions, string[] shapes)
    {
        Assert.Equal(ProveVerdict.Refuted, outcome.Verdict);
        Assert.Equal(1, outcome.ExitCode);
        var witness = outcome.Witness!;
        var env = ShapeEnvironment.Parse(shapes);
        foreach (var (name, m) in witness)
        {
            var shape = env.ShapeOf(name);
            int Size(string d) => char.IsAsciiDigit(d[0]) ? int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : outcome.WitnessDimensions![d];
            Assert.Equal(Size(shape.Rows!), m.Rows);
            Assert.Equal(Size(shape.Columns!), m.Columns);
        }

        int? identitySize = outcome.WitnessDimensions!.TryGetValue(ShapeEnvironment.DefaultDimension, out int n) ? n : null;
        var scalars = outcome.WitnessScalars!;
        bool Same(string text)
        {
            var (l, r) = FreeParser.ParseIdentity(text);
            return FreeEvaluator.Evaluate(l, witness, scalars, identitySize).SameAs(FreeEvaluator.Evaluate(r, witness, scalars, identitySize));
        }

        Assert.All(assumptions, a => Assert.True(Same(a), a));
        Assert.False(Same(identity));
    }

    [Theory]
    [InlineData("(A*B)' == B'*A'")]
    [InlineData("tr(A*B) == tr(B*A)")]
    [InlineData("tr(A') == tr(A)")]
    [InlineData("tr(A*B*C) == tr(C*A*B)")]
    [InlineData("(A + B)^2 == A^2 + A B + B A + B^2")]
    [InlineData("tr(I) * A == A * tr(I)")]
    public void Prove_Laws_AreProvedWithExitCode0(string identity)
    {
        var outcome = ProverService.Prove(identity, [], []);
        Assert.Equal(ProveVerdict.Proved, outcome.Verdict);
        Assert.Equal(0, outcome.ExitCode);
        Assert.True(outcome.Derivation.Proved);
        Assert.Null(outcome.Witness);
        Assert.Contains(outcome.Steps, s => s.Rule == "canonical-form");
    }

    [Theory]
    [InlineData("(A*B)' == A'*B'")] // one transpose not reversed
    [InlineData("tr(A*B*C) == tr(A*C*B)")] // two factors swapped
    [InlineData("A*B*C == A*C*B")] // two factors swapped
    [InlineData("tr(A*B) + tr(B*A) == 3*tr(A*B)")] // coefficient changed
    [InlineData("tr(A*B') == tr(A*B)")] // transpose dropped
    [InlineData("(A + B)^2 == A^2 + 2*A*B + B^2")] // commutative binomial formula
    [InlineData("tr(I) == 3")] // only for n = 3
    public void Prove_MutatedLaws_AreRefutedWithCheckedWitnesses(string identity) =>
        AssertCheckedWitness(ProverService.Prove(identity, [], []), identity, [], []);

    [Fact]
    public void Prove_Balancedness_IsProvedByRecordedRewriting()
    {
        const string identity = "W2'*W2*W2'*W2 == W1*W1'*W1*W1'";
        var outcome = ProverService.Prove(identity, ["W2'*W2 == W1*W1'"], Layers);
        Assert.Equal(ProveVerdict.Proved, outcome.Verdict);
        Assert.Equal(2, outcome.Steps.Count(s => s.Rule.StartsWith("rewrite: W2'*W2 == W1*W1'", StringComparison.Ordinal)));

        // Negative control: without the assumption the identity is false, and a witness shows it.
        AssertCheckedWitness(ProverService.Prove(identity, [], Layers), identity, [], Layers);
    }

    [Theory]
    [InlineData("W2*W2'*W2 == W2*W1'*W1", "W1=2x2", "W2=2x2")]
    [InlineData("W2*W2'*W2 == W2*W1'*W1", "W1=d0xd0", "W2=d0xd0")]
    [InlineData("tr(W2'*W2*W1) == tr(W1*W1')", "W1=2x2", "W2=2x2")]
    public void Prove_FalseUnderBalancedness_IsRefutedByABalancedWitness(string identity, string shape1, string shape2)
    {
        string[] assumptions = ["W2'*W2 == W1*W1'"];
        string[] shapes = [shape1, shape2];
        var outcome = ProverService.Prove(identity, assumptions, shapes);
        AssertCheckedWitness(outcome, identity, assumptions, shapes);
        Assert.Contains(outcome.Steps, s => s.Rule == "witness: assumptions");
    }

    [Fact]
    public void Prove_TrueUnderBalancednessInsideATrace_IsProvedByRewriting()
    {
        // tr(W2ᵀW2W1) → tr(W1W1ᵀW1) = tr(W1W1W1ᵀ) by rotation; without the assumption it is refuted (negative control).
        const string identity = "tr(W2'*W2*W1) == tr(W1*W1*W1')";
        string[] shapes = ["W1=dxd", "W2=dxd"];
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(identity, ["W2'*W2 == W1*W1'"], shapes).Verdict);
        AssertCheckedWitness(ProverService.Prove(identity, [], shapes), identity, [], shapes);
    }

    [Fact]
    public void Prove_TrueForFiniteMatricesButNotDerivable_IsUnknown()
    {
        // AAᵀ = I ⇒ AᵀA = I holds for square real matrices, but not by rewriting; no witness can exist.
        var outcome = ProverService.Prove("A'*A == I", ["A*A' == I"], ["A=2x2"]);
        Assert.Equal(ProveVerdict.Unknown, outcome.Verdict);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Null(outcome.Witness);
        Assert.False(outcome.Derivation.Proved);
    }

    [Fact]
    public void Prove_RelationWrittenSmallToLarge_IsOrientedByCompletionAndStillRefutes()
    {
        // A = A³ as written would rewrite A → A³ forever; completion orients it A³ → A and reaches a normal form.
        var outcome = ProverService.Prove("A == A*A", ["A == A*A*A"], []);
        Assert.Contains(outcome.Steps, s => s.Rule == "completion: confluent");
        Assert.Contains(outcome.Steps, s => s.Rule == "rewrite: normal form");
        AssertCheckedWitness(outcome, "A == A*A", ["A == A*A*A"], []); // A = −1 is idempotent-cubed but not idempotent
    }

    [Fact]
    public void Prove_LoopingRuleWithTrace_ReportsTheExhaustedBudgetAndIsNotProved()
    {
        // A relation with a trace factor is not completed; as a rule A → tr(B)·A·A it loops until the budget ends.
        var outcome = ProverService.Prove("A == A*A", ["A == tr(B)*A*A"], []);
        Assert.Contains(outcome.Steps, s => s.Rule == "rewrite: budget exhausted");
        Assert.True(outcome.Steps.Count(s => s.Rule.StartsWith("rewrite: A", StringComparison.Ordinal)) <= ProverService.RecordedFailedRewrites);
        Assert.NotEqual(ProveVerdict.Proved, outcome.Verdict);
    }

    [Fact]
    public void Prove_ScalarSymbols_CommuteAndAppearInWitness()
    {
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("eta*A*B == A*eta*B", [], ["eta=scalar"]).Verdict);
        var refuted = ProverService.Prove("eta*A == eta*eta*A", [], ["eta=scalar"]);
        AssertCheckedWitness(refuted, "eta*A == eta*eta*A", [], ["eta=scalar"]);
        Assert.True(refuted.WitnessScalars!.ContainsKey("eta"));
    }

    [Theory]
    [InlineData("A*B == ", "position 7")]
    [InlineData("A*(B == C", "position 5")]
    [InlineData("A == B == C", "position 7")]
    [InlineData("A = B", "position 2")]
    public void Prove_MalformedIdentity_IsParseErrorWithPosition(string identity, string position)
    {
        var outcome = ProverService.Prove(identity, [], []);
        Assert.Equal(ProveVerdict.ParseError, outcome.Verdict);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(position, outcome.Message, StringComparison.Ordinal);
        Assert.Contains("expected", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_MalformedAssumptionOrShape_IsParseErrorNamingIt()
    {
        var assumption = ProverService.Prove("A == A", ["A*A' =="], []);
        Assert.Equal(ProveVerdict.ParseError, assumption.Verdict);
        Assert.Contains("assumption 'A*A' =='", assumption.Message, StringComparison.Ordinal);
        var shape = ProverService.Prove("A == A", [], ["A=2by2"]);
        Assert.Equal(ProveVerdict.ParseError, shape.Verdict);
        Assert.Contains("'A=2by2'", shape.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("W1*W2 == W2*W1", "'W1*W2'")]
    [InlineData("W2*W2' == W1'*W1", "right side 'W1'*W1' is d0×d0")]
    [InlineData("W1 == I", "'I' is square (identity)")]
    [InlineData("tr(W1) == 0", "'tr(W1)'")]
    public void Prove_IllTyped_IsShapeErrorNamingTheSubexpression(string identity, string named)
    {
        var outcome = ProverService.Prove(identity, [], Layers);
        Assert.Equal(ProveVerdict.ShapeError, outcome.Verdict);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(named, outcome.Message, StringComparison.Ordinal);
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("W2*W1 == (W1'*W2')'", [], Layers).Verdict); // negative control: well-typed
    }

    [Fact]
    public void Prove_HugeExpansionTrue_IsUnknownNamingTheLimit()
    {
        var outcome = ProverService.Prove("(A + B + C)^30 == (C + B + A)^30", [], []);
        Assert.Equal(ProveVerdict.Unknown, outcome.Verdict);
        Assert.Contains("limit", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_HugeExpansionFalse_IsRefutedAtAnExactWitness()
    {
        // Past the expansion limit the canonical form cannot decide, but exact evaluation still separates the sides.
        var outcome = ProverService.Prove("(A + B + C)^30 == A", [], []);
        AssertCheckedWitness(outcome, "(A + B + C)^30 == A", [], []);
        Assert.Contains(outcome.Derivation.Steps, s => s.Rule == "undecided" && s.Description.Contains("limit", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(I - 2*u*u')^2 == I")]
    [InlineData("(I - u*u')^2 == I - u*u'")]
    [InlineData("u*u'*u*u' == u*u'")]
    [InlineData("tr(u*u') == 1")]
    public void Prove_UnitVectorAssumption_IsSubstitutedAsAScalar(string identity)
    {
        // uᵀu is 1×1, a scalar in the canonical form (tr(uuᵀ)); the assumption uᵀu = 1 substitutes it (Householder reflection).
        var outcome = ProverService.Prove(identity, ["u'*u == 1"], ["u=kx1"]);
        Assert.Equal(ProveVerdict.Proved, outcome.Verdict);
        Assert.Contains(outcome.Derivation.Steps, s => s.Rule == "substitute");
    }

    [Theory]
    [InlineData("(I - 2*u*u')^2 == I", "u'*u == 2")]
    [InlineData("(I - 2*u*u')^2 == 2*I", "u'*u == 1")]
    [InlineData("(I - u*u')^2 == I", "u'*u == 1")]
    public void Prove_UnitVectorAssumption_FalseVariants_AreNotProved(string identity, string assumption) =>
        Assert.NotEqual(ProveVerdict.Proved, ProverService.Prove(identity, [assumption], ["u=kx1"]).Verdict); // negative controls

    [Theory]
    [InlineData("inv(I + B*A)*A == A*inv(I + B*A)", new string[0])]
    [InlineData("inv(I - inv(A)) == A*inv(A + I)", new string[0])]
    [InlineData("A - A*inv(A - B)*A == B - B*inv(A + B)*B", new string[0])]
    [InlineData("inv(I + N) == I + N", new[] { "N^2 == 0" })]
    [InlineData("inv(S + K) == inv(S) + inv(K)", new[] { "S' == S", "K' == -K" })]
    public void Prove_FalseWithInverseOfASum_IsRefutedAtAnExactWitness(string identity, string[] assumptions) =>
        AssertCheckedWitness(ProverService.Prove(identity, assumptions, []), identity, assumptions, []);

    [Theory]
    [InlineData("inv(I + A*B)*A == A*inv(I + B*A)", new string[0])]
    [InlineData("A - A*inv(A + B)*A == B - B*inv(A + B)*B", new string[0])]
    [InlineData("inv(I + N) == I - N", new[] { "N^2 == 0" })]
    public void Prove_TrueWithInverseOfASum_IsProvedNeverRefuted(string identity, string[] assumptions)
    {
        // Negative control of the witness fallback: true identities outside the canonical form are never refuted; since
        // round 5 they are proved with inverse letters (Z·S = S·Z = I; before, they stayed unknown).
        var outcome = ProverService.Prove(identity, assumptions, []);
        Assert.Equal(ProveVerdict.Proved, outcome.Verdict);
        Assert.Contains(outcome.Derivation.Steps, s => s.Rule == "inverse letters");
    }

    [Fact]
    public void Prove_RandomText_NeverThrows()
    {
        const string alphabet = "AB1/2*+-'^T()trI=, x.e{}ᵀ²⁻¹−inv0";
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray())).Select(c => new string(c)).ToArbitrary(), text =>
        {
            var outcome = ProverService.Prove(text, [], []);
            return outcome.Verdict != ProveVerdict.ParseError || outcome.Message.Contains("position", StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void ToJson_Refutation_HasStableKeysAndExactRationalStrings()
    {
        var outcome = ProverService.Prove("W2*W2'*W2 == W2*W1'*W1", ["W2'*W2 == W1*W1'"], ["W1=2x2", "W2=2x2"]);
        string json = outcome.ToJson();
        Assert.Equal(json, ProverService.Prove("W2*W2'*W2 == W2*W1'*W1", ["W2'*W2 == W1*W1'"], ["W1=2x2", "W2=2x2"]).ToJson()); // deterministic
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(["verdict", "message", "steps", "witness"], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("refuted", root.GetProperty("verdict").GetString());
        Assert.Equal(["rule", "description", "latex", "text"], root.GetProperty("steps")[0].EnumerateObject().Select(p => p.Name).ToArray());
        var w1 = root.GetProperty("witness").GetProperty("symbols").GetProperty("W1");
        Assert.Equal(2, w1.GetArrayLength());
        Assert.All(w1.EnumerateArray().SelectMany(r => r.EnumerateArray()), x => Assert.Equal(JsonValueKind.String, x.ValueKind));
        Assert.Equal(outcome.Witness!["W1"][0, 0], Rational.Parse(w1[0][0].GetString()!));
    }

    [Fact]
    public void ToJson_Proof_HasNullWitness()
    {
        using var doc = JsonDocument.Parse(ProverService.Prove("(A*B)' == B'*A'", [], []).ToJson());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("witness").ValueKind);
        Assert.Equal("proved", doc.RootElement.GetProperty("verdict").GetString());
    }

    [Fact]
    public void ToText_Refutation_ListsTheWitness()
    {
        string text = ProverService.Prove("A*B == B*A", [], []).ToText();
        Assert.StartsWith("refuted:", text, StringComparison.Ordinal);
        Assert.Contains("witness:", text, StringComparison.Ordinal);
        Assert.Contains("A = [[", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr(A) + 2*tr(B) == tr(A + 2*B)")]
    [InlineData("tr(A) + 1 == 1 + tr(A)")]
    [InlineData("tr((A+B)'*(A+B)) == tr(A'*A) + 2*tr(A'*B) + tr(B'*B)")]
    [InlineData("tr(I) == n")]
    [InlineData("tr(2*I) == 2*n")]
    public void Prove_ScalarsAreOneType_NumbersTracesAndDimensionsAdd(string identity) =>
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(identity, [], []).Verdict);

    [Fact]
    public void Prove_ScalarAgainstMatrix_IsAShapeErrorNotAProof()
    {
        var outcome = ProverService.Prove("tr(A)*I == tr(A)", [], []);
        Assert.Equal(ProveVerdict.ShapeError, outcome.Verdict);
        Assert.Contains("scalar", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(ProveVerdict.ShapeError, ProverService.Prove("A + 1 == A + 1", [], []).Verdict); // a matrix plus a scalar
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("tr(A)*I == I*tr(A)", [], []).Verdict); // negative control: both matrices
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("x + 1 == 1 + x", [], ["x=scalar"]).Verdict);
        Assert.Equal(ProveVerdict.ShapeError, ProverService.Prove("0^0 == I", [], []).Verdict); // a number to the power 0 is the scalar 1
    }

    [Fact]
    public void Prove_ZeroTakesTheShapeOfItsContext()
    {
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("A - A == 0", [], ["A=mxn"]).Verdict);
        AssertCheckedWitness(ProverService.Prove("A == 0", [], ["A=mxn"]), "A == 0", [], ["A=mxn"]); // negative control
    }

    [Theory]
    [InlineData("a'*X*b == tr(b*a'*X)")]
    [InlineData("v'*A*v == v'*A'*v")]
    [InlineData("(a'*b)*v == v*(b'*a)")]
    [InlineData("a'*b + tr(A) == tr(A + b*a')")]
    public void Prove_OneByOneResults_AreScalars(string identity)
    {
        string[] shapes = ["a=kx1", "b=kx1", "v=kx1", "X=kxk", "A=kxk"];
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(identity, [], shapes).Verdict);
    }

    [Fact]
    public void Prove_OneByOne_NegativeControls_AreRefuted()
    {
        string[] shapes = ["v=kx1", "A=kxk", "x=1x1", "y=1x1"];
        AssertCheckedWitness(ProverService.Prove("v'*A*v == v'*A*A*v", [], shapes), "v'*A*v == v'*A*A*v", [], shapes);
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("x*y == y*x", [], shapes).Verdict); // every dimension 1: letters commute
        AssertCheckedWitness(ProverService.Prove("A*v*v' == v*v'*A", [], shapes), "A*v*v' == v*v'*A", [], shapes); // an outer product is not 1×1
    }

    [Theory]
    [InlineData("trace(A*B) == Tr(B*A)")]
    [InlineData("Aᵀ + A^T == 2*A'")]
    [InlineData("A/2 + 0.5*A == A")]
    [InlineData("1e-3*A == A/1000")]
    [InlineData("A**2 == A^{2}")]
    [InlineData("A^(2) == A²")]
    [InlineData("+A == -(-A)")]
    [InlineData("inv(A)*A == I")]
    [InlineData("A*A^-1 == I")]
    [InlineData("inv(A*B) == B^-1*A^-1")]
    [InlineData("(A')^-1 == (A^-1)'")]
    [InlineData("tr(A^-1*B*A) == tr(B)")]
    [InlineData("C^120*C == C^121")]
    [InlineData("A − B == -(B - A)")]
    [InlineData("(A+B)^20 == (A+B)^20")]
    [InlineData("η*A == A*η", "η=scalar")]
    [InlineData("A == A\n")]
    [InlineData("0^0 == 1")]
    [InlineData("0^0 == 2^0")]
    [InlineData("0^0*A == A")]
    [InlineData("0^3 == 0*A")]
    public void Prove_ExtendedLanguage_ReadsTheUsualSpellings(string identity, params string[] shapes) =>
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(identity, [], shapes).Verdict);

    [Theory]
    [InlineData("inv(A*B) == A^-1*B^-1")]
    [InlineData("A^-1 == A'")]
    [InlineData("C^120 == C^121")]
    [InlineData("A/2 == 0.4*A")]
    public void Prove_ExtendedLanguage_NegativeControls_AreRefuted(string identity) =>
        AssertCheckedWitness(ProverService.Prove(identity, [], []), identity, [], []);

    [Theory]
    [InlineData("AB == A*B", 0, "write A*B")]
    [InlineData("trace == A", 6, "'trace' is a function")]
    [InlineData("2e10*A == 2*e10*A", 0, "scientific")]
    [InlineData("A/B == A", 2, "only division by a number")]
    [InlineData("A^{2 == A", 5, "'}'")]
    [InlineData("A == Ａ", 5, "(U+FF21)")]
    [InlineData("𝐀 == 𝐀", 0, "'𝐀' (U+1D400)")]
    [InlineData("A == А", 5, "(U+0410)")]
    [InlineData("A == A\nB", 6, "a line break")]
    public void Prove_AmbiguousOrWrongSpelling_IsAParseErrorSayingHowToWriteIt(string identity, int position, string advice)
    {
        var outcome = ProverService.Prove(identity, [], []);
        Assert.Equal(ProveVerdict.ParseError, outcome.Verdict);
        Assert.Contains("position " + position.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Message, StringComparison.Ordinal);
        Assert.Contains(advice, outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_FormerCrashes_GiveVerdicts()
    {
        var power = ProverService.Prove("tr((A*A')^0) == tr(A*A')", [], ["A=mxn"]);
        AssertCheckedWitness(power, "tr((A*A')^0) == tr(A*A')", [], ["A=mxn"]);
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("tr((A*A')^0) == m", [], ["A=mxn"]).Verdict); // negative control: tr(I_m) = m
        string primes = "A" + new string('\'', 6000);
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(primes + " == A", [], []).Verdict);
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove(primes + "' == A", [], []).Verdict);
        var deep = ProverService.Prove(string.Concat(Enumerable.Repeat("(A^2)", 1)) + string.Concat(Enumerable.Repeat("^2", 6000)) + " == A", [], []);
        Assert.Equal(ProveVerdict.ParseError, deep.Verdict);
        Assert.Contains("nested", deep.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tr(K) == 0", new[] { "K' == -K" })]
    [InlineData("tr(S*K) == 0", new[] { "K' == -K", "S' == S" })]
    [InlineData("tr(A*B*C) == tr(C*B*A)", new[] { "A' == A", "B' == B", "C' == C" })]
    [InlineData("(A*X)'*(A*X) == X'*X", new[] { "A'*A == I" })]
    [InlineData("(I+A)*(I-A) == I", new[] { "A^2 == 0" })]
    [InlineData("P*(I-P) == 0", new[] { "P*P == P" })]
    [InlineData("(A*B)^2 == A^2*B^2", new[] { "A*B == B*A" })]
    [InlineData("(I+J)*(I-J) == 0", new[] { "J^2 == I" })]
    public void Prove_PropertyHypotheses_AreProvedAndFalseWithoutThem(string identity, string[] assumptions)
    {
        var outcome = ProverService.Prove(identity, assumptions, []);
        Assert.Equal(ProveVerdict.Proved, outcome.Verdict);
        Assert.Contains(outcome.Steps, s => s.Rule == "hypothesis");
        AssertCheckedWitness(ProverService.Prove(identity, [], []), identity, [], []); // negative control: the hypotheses matter
    }

    [Theory]
    [InlineData("(A*X)'*(A*X) == X*X'", new[] { "A'*A == I" })]
    [InlineData("(I+A)*(I-A) == I-A", new[] { "A^2 == 0" })]
    [InlineData("tr(S*T) == 0", new[] { "S' == S", "T' == T" })]
    [InlineData("P == I", new[] { "P*P == P" })]
    [InlineData("J == I", new[] { "J*J == I" })]
    [InlineData("A*B == B", new[] { "A*B == B*A" })]
    [InlineData("K*K == 0", new[] { "K' == -K" })]
    public void Prove_FalseUnderPropertyHypotheses_IsRefutedByAWitnessMeetingThem(string identity, string[] assumptions) =>
        AssertCheckedWitness(ProverService.Prove(identity, assumptions, []), identity, assumptions, []);

    [Fact]
    public void Prove_OneSidedInverse_StaysUnknownWithTheReason()
    {
        var outcome = ProverService.Prove("A*A' == I", ["A'*A == I"], []);
        Assert.Equal(ProveVerdict.Unknown, outcome.Verdict);
        Assert.Contains("finite", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("A'*A*A' == A'", ["A'*A == I"], []).Verdict); // negative control: derivable
    }

    [Theory]
    [InlineData("A*A - tr(A)*A + (tr(A)*tr(A) - tr(A*A))/2*I == 0", new[] { "A=2x2" })] // Cayley–Hamilton, 2×2
    [InlineData("(A*B - B*A)*(A*B - B*A)*C == C*(A*B - B*A)*(A*B - B*A)", new[] { "A=2x2", "B=2x2", "C=2x2" })] // Hall identity
    [InlineData("tr(S*K) == 0", new[] { "S=3x3", "K=3x3" })]
    public void Prove_FixedSizes_AreProvedEntrywiseWithThatScope(string identity, string[] shapes)
    {
        string[] assumptions = identity.StartsWith("tr(S*K)", StringComparison.Ordinal) ? ["S' == S", "K' == -K"] : [];
        var outcome = ProverService.Prove(identity, assumptions, shapes);
        Assert.Equal(ProveVerdict.Proved, outcome.Verdict);
        if (assumptions.Length == 0)
        {
            Assert.Equal(Derivations.ProofScope.EntrywiseGivenDimensions, outcome.Derivation.Scope);
            Assert.Contains(outcome.Steps, s => s.Rule == "entrywise");
        }
    }

    [Fact]
    public void Prove_AmitsurLevitzki2x2_IsProvedEntrywiseAndFailsFor3x3()
    {
        // s₄(A,B,C,D) = Σ_σ sgn(σ) X_σ(1)X_σ(2)X_σ(3)X_σ(4) vanishes on 2×2 matrices (Amitsur–Levitzki), not on 3×3.
        string[] letters = ["A", "B", "C", "D"];
        var terms = new List<string>();
        foreach (var p in Permutations([0, 1, 2, 3]))
        {
            int inversions = 0;
            for (int i = 0; i < 4; i++)
            {
                for (int j = i + 1; j < 4; j++)
                {
                    inversions += p[i] > p[j] ? 1 : 0;
                }
            }

            terms.Add((inversions % 2 == 0 ? "+" : "-") + string.Join("*", p.Select(k => letters[k])));
        }

        string identity = string.Concat(terms) + " == 0";
        var two = ProverService.Prove(identity, [], letters.Select(l => l + "=2x2").ToArray());
        Assert.Equal(ProveVerdict.Proved, two.Verdict);
        Assert.Equal(Derivations.ProofScope.EntrywiseGivenDimensions, two.Derivation.Scope);
        string[] three = letters.Select(l => l + "=3x3").ToArray();
        AssertCheckedWitness(ProverService.Prove(identity, [], three), identity, [], three); // negative control
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1 ? [items] : items.SelectMany(x => Permutations(items.Where(y => y != x).ToArray()).Select(rest => new[] { x }.Concat(rest).ToArray()));
}
