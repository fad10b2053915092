using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Entrywise;

public class EntrywiseDeepLinearTests
{
    [Theory]
    [InlineData(new[] { 2, 3 }, 2)]
    [InlineData(new[] { 2, 1, 3 }, 2)]
    [InlineData(new[] { 2, 3, 1, 2 }, 3)]
    [InlineData(new[] { 2, 2, 2, 2, 2 }, 2)]
    public void ProveGradient_IsProvedForVariousShapes(int[] dims, int samples) =>
        Assert.True(EntrywiseDeepLinear.ProveGradient(dims, samples, symbolicData: true).Proved);

    [Theory]
    [InlineData(new[] { 2, 3, 2 }, 2)]
    [InlineData(new[] { 1, 2, 3, 2 }, 2)]
    public void ProveFlowInvariant_IsProved(int[] dims, int samples) =>
        Assert.True(EntrywiseDeepLinear.ProveFlowInvariant(dims, samples, symbolicData: true).Proved);

    [Fact]
    public void ProveGradientStepChange_IsProved() =>
        Assert.True(EntrywiseDeepLinear.ProveGradientStepChange([2, 2, 1, 2], 2, symbolicData: true).Proved);

    [Fact]
    public void ProveHessian_IsProved() =>
        Assert.True(EntrywiseDeepLinear.ProveHessian([2, 2, 2], 2, symbolicData: false).Proved);

    [Fact]
    public void GradientIdentity_NegativeControl_DroppedTransposeIsRefutedWithCheckedWitness()
    {
        var s = new DeepLinearSymbols([2, 2, 2], 2, symbolicData: true);
        var derived = EntrywiseCalculus.Gradient(s.Loss, s.Factors[1]);
        var wrong = s.OuterGradient * s.Factors[0]; // W₁ instead of W₁ᵀ
        var outcome = EntrywiseIdentity.Check(derived, wrong, s.Names);
        Assert.False(outcome.Proved);
        Assert.NotNull(outcome.Witness);
        Assert.NotEqual(outcome.LeftValue, outcome.RightValue);
        Rational Value(int v) => outcome.Witness!.TryGetValue(s.Names.Text(v), out var x) ? x : Rational.Zero;
        Assert.NotEqual(derived[outcome.Row, outcome.Column].Evaluate(Value), wrong[outcome.Row, outcome.Column].Evaluate(Value));
    }

    [Fact]
    public void InvariantIdentity_NegativeControl_SwappedFactorsAreRefuted()
    {
        var s = new DeepLinearSymbols([2, 2, 2], 2, symbolicData: true);
        var a = s.Factors[1].Transpose() * s.Factors[1];
        var b = s.Factors[1] * s.Factors[1].Transpose();
        Assert.False(EntrywiseIdentity.Check(a, b, s.Names).Proved);
        Assert.NotNull(EntrywiseIdentity.Check(a, b, s.Names).Witness);
    }

    [Fact]
    public void GradientStep_NegativeControl_EtaInsteadOfEtaSquaredIsRefuted()
    {
        var s = new DeepLinearSymbols([2, 2, 2], 1, symbolicData: true);
        var eta = Polynomial.Variable(s.Names.Fresh("eta", @"\eta"));
        var g = new[] { s.ClosedFormGradient(1), s.ClosedFormGradient(2) };
        var next = new[] { s.Factors[0] - (eta * g[0]), s.Factors[1] - (eta * g[1]) };
        var change = ((next[1].Transpose() * next[1]) - (next[0] * next[0].Transpose())) - ((s.Factors[1].Transpose() * s.Factors[1]) - (s.Factors[0] * s.Factors[0].Transpose()));
        var wrong = eta * ((g[1].Transpose() * g[1]) - (g[0] * g[0].Transpose()));
        var outcome = EntrywiseIdentity.Check(change, wrong, s.Names);
        Assert.False(outcome.Proved);
        Assert.NotNull(outcome.Witness);
    }

    [Fact]
    public void HessianForm_NegativeControl_HalvedMixedTermsAreRefutedWithCheckedWitness()
    {
        // Mutated nrt §3.1: the cross terms Σ_{i≠j}⟨∇L¹(W), P_{i,j}⟩ with coefficient ½ instead of 1 (depth 2).
        var s = new DeepLinearSymbols([2, 2, 2], 2, symbolicData: false);
        var d1 = SymbolicMatrix.Fresh(s.Names, "D1", "D1", 2, 2);
        var d2 = SymbolicMatrix.Fresh(s.Names, "D2", "D2", 2, 2);
        var direction = new Dictionary<int, Polynomial>();
        for (int a = 0; a < 2; a++)
        {
            for (int b = 0; b < 2; b++)
            {
                direction[s.Factors[0].VariableAt(a, b)] = d1[a, b];
                direction[s.Factors[1].VariableAt(a, b)] = d2[a, b];
            }
        }

        var second = EntrywiseCalculus.HessianBilinear(s.Loss, direction, direction);
        var q = ((s.Factors[1] * d1) + (d2 * s.Factors[0])) * s.X;
        var cross = 2 * Polynomial.One * SymbolicMatrix.FrobeniusInner(s.OuterGradient, d2 * d1);
        var right = SymbolicMatrix.FrobeniusInner(q, q) + cross;
        var halved = SymbolicMatrix.FrobeniusInner(q, q) + (new Rational(1, 2) * cross);
        Assert.True(EntrywiseIdentity.Check(One(second), One(right), s.Names).Proved);
        var outcome = EntrywiseIdentity.Check(One(second), One(halved), s.Names);
        Assert.False(outcome.Proved);
        Rational Value(int v) => outcome.Witness!.TryGetValue(s.Names.Text(v), out var x) ? x : Rational.Zero;
        Assert.NotEqual(second.Evaluate(Value), halved.Evaluate(Value));
    }

    [Fact]
    public void Run_SmallBenchmark_ProvesEverythingAndReportsCounts()
    {
        var r = EntrywiseBenchmark.Run(2, 2);
        Assert.True(r.Proved);
        Assert.Equal(8 + 8, r.Variables); // W₁, W₂ (2×2 each), X, Y (2×2 each)
        Assert.True(r.LossTerms > 0);
        Assert.Equal(r.ExpandSeconds + r.GradientSeconds + r.ClosedFormSeconds + r.InvariantSeconds, r.TotalSeconds, 12);
    }

    [Fact]
    public void Run_DepthOutOfRange_NamesTheArgument()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EntrywiseBenchmark.Run(0, 2));
        Assert.Equal("depth", e.ParamName);
    }

    [Fact]
    public void ProveGradient_RationalData_IsProvedAndDerivationNamesCanonicalComparison()
    {
        var d = EntrywiseDeepLinear.ProveGradient([3, 2, 2], 3, symbolicData: false);
        Assert.True(d.Proved);
        Assert.Contains(d.Steps, st => st.Rule == "canonical-form");
    }

    [Fact]
    public void MatrixLaws_TransposeOfProductAndTraceCyclicity()
    {
        var names = new VariableNames();
        var a = SymbolicMatrix.Fresh(names, "A", "A", 2, 3);
        var b = SymbolicMatrix.Fresh(names, "B", "B", 3, 2);
        var c = SymbolicMatrix.Fresh(names, "C", "C", 2, 2);
        Assert.Equal((a * b).Transpose(), b.Transpose() * a.Transpose());
        Assert.Equal((a * b * c).Trace(), (c * a * b).Trace());
        Assert.Equal(SymbolicMatrix.FrobeniusInner(a, a), (a.Transpose() * a).Trace());
        Assert.NotEqual((a * b * c).Trace(), (a * b * c.Transpose()).Trace()); // negative control
    }

    [Fact]
    public void Derivation_RendersLatexAndText()
    {
        var d = EntrywiseDeepLinear.ProveGradient([1, 2, 1], 1, symbolicData: true);
        Assert.Contains("canonical-form", d.ToText(), StringComparison.Ordinal);
        Assert.Contains(@"\nabla", d.ToLatex(), StringComparison.Ordinal);
    }

    private static SymbolicMatrix One(Polynomial p) => SymbolicMatrix.Build(1, 1, (_, _) => p);
}
