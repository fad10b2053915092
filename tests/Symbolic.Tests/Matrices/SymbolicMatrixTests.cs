using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Matrices;

// Transpose and trace laws for matrices of polynomials: (AB)ᵀ = BᵀAᵀ, tr(AB) = tr(BA), ⟨A, B⟩_F = tr(AᵀB)
// (standard linear algebra, e.g. Horn & Johnson, Matrix Analysis, §0.2), each with a negative control.
public class SymbolicMatrixTests
{
    private static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(60)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(90210UL, 7UL), FSharpOption<int>.None)));

    // Entries are small rational constants plus a multiple of x0, so products exercise polynomial arithmetic.
    private static Gen<SymbolicMatrix> Matrices(int rows, int columns) =>
        Gen.Choose(-3, 3).ArrayOf(2 * rows * columns).Select(v => SymbolicMatrix.Build(rows, columns, (i, j) =>
            Polynomial.Constant(v[2 * ((i * columns) + j)]) + (new Rational(v[(2 * ((i * columns) + j)) + 1], 2) * Polynomial.Variable(0))));

    private static Arbitrary<(SymbolicMatrix A, SymbolicMatrix B)> Pairs() =>
        Gen.Choose(1, 3).SelectMany(n => Gen.Choose(1, 3), (n, k) => (n, k))
            .SelectMany(nk => Matrices(nk.n, nk.k).SelectMany(a => Matrices(nk.k, nk.n), (a, b) => (a, b)), (_, ab) => ab)
            .ToArbitrary();

    [Fact]
    public void Transpose_OfProduct_IsProductOfTransposesReversed() =>
        Check.One(Deterministic, Prop.ForAll(Pairs(), p => (p.A * p.B).Transpose() == p.B.Transpose() * p.A.Transpose()));

    [Fact]
    public void Transpose_NegativeControl_UnreversedOrderIsFalsified()
    {
        var e = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Pairs(), p =>
            p.A.Columns != p.A.Rows || (p.A * p.B).Transpose() == p.A.Transpose() * p.B.Transpose())));
        Assert.Contains("Falsifiable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_IsCyclic() =>
        Check.One(Deterministic, Prop.ForAll(Pairs(), p => (p.A * p.B).Trace() == (p.B * p.A).Trace()));

    [Fact]
    public void FrobeniusInner_EqualsTraceOfTransposeProduct() =>
        Check.One(Deterministic, Prop.ForAll(Pairs(), p =>
            SymbolicMatrix.FrobeniusInner(p.A, p.B.Transpose()) == (p.A.Transpose() * p.B.Transpose()).Trace()));

    [Fact]
    public void Trace_NegativeControl_NonCyclicPermutationOfThreeFactorsDiffers()
    {
        var names = new VariableNames();
        var a = SymbolicMatrix.Fresh(names, "A", "A", 2, 2);
        var b = SymbolicMatrix.Fresh(names, "B", "B", 2, 2);
        var c = SymbolicMatrix.Fresh(names, "C", "C", 2, 2);
        Assert.Equal((a * b * c).Trace(), (b * c * a).Trace());
        Assert.NotEqual((a * b * c).Trace(), (b * a * c).Trace());
    }

    [Fact]
    public void Fresh_NamesEntriesOneBasedWithCommaInLatex()
    {
        var names = new VariableNames();
        var w = SymbolicMatrix.Fresh(names, "W1", "W^{(1)}", 2, 3);
        Assert.Equal("W1[2,3]", names.Text(w.VariableAt(1, 2)));
        Assert.Equal("W^{(1)}_{2,3}", names.Latex(w.VariableAt(1, 2)));
        Assert.Equal(6, names.Count);
    }

    [Fact]
    public void Product_MismatchedShapes_NamesBothShapes()
    {
        var e = Assert.Throws<ArgumentException>(() => SymbolicMatrix.Identity(2) * SymbolicMatrix.Identity(3));
        Assert.Contains("2×2", e.Message, StringComparison.Ordinal);
        Assert.Contains("3×3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constant_IdentityIsMultiplicativeUnit()
    {
        var m = SymbolicMatrix.Constant(new Rational[,] { { 1, new Rational(2, 3) }, { -4, 0 } });
        Assert.Equal(m, SymbolicMatrix.Identity(2) * m);
        Assert.Equal(m, m * SymbolicMatrix.Identity(2));
        Assert.NotEqual(m, m.Transpose());
    }
}
