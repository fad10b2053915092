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
}
