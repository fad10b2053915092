using DeepLinear.Checks.Support;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Checks.Tests.Support;

public class ExactLinearAlgebraTests
{
    [Fact]
    public void Inertia_KnownSymmetricMatrices_IsExact()
    {
        // Negative control for every inertia-based check: indefinite, singular and zero-diagonal matrices.
        Assert.Equal((1, 1, 1), ExactLinearAlgebra.Inertia(new Rational[,] { { 1, 0, 0 }, { 0, -1, 0 }, { 0, 0, 0 } }));
        Assert.Equal((1, 0, 1), ExactLinearAlgebra.Inertia(new Rational[,] { { 0, 1 }, { 1, 0 } }));
        Assert.Equal((0, 1, 1), ExactLinearAlgebra.Inertia(new Rational[,] { { 1, 1 }, { 1, 1 } }));
        Assert.Equal((2, 0, 1), ExactLinearAlgebra.Inertia(new Rational[,] { { 0, 0, 1 }, { 0, -1, 0 }, { 1, 0, 0 } }));
    }

    [Fact]
    public void Rank_MatrixOfMapOfKnownNullity_CountsTheKernel()
    {
        // X ↦ XE − KX on ℝ^{2×1} with K = diag(4, 0), E = (4): kernel spanned by e₁ (nullity 1); with E = (1) it is {0}.
        var k = ExactLinearAlgebra.Of(new[,] { { 4, 0 }, { 0, 0 } });
        int Nullity(int e) => 2 - ExactLinearAlgebra.Rank(ExactLinearAlgebra.MatrixOfMap(2, v =>
        {
            var x = RationalMatrix.Build(2, 1, (i, _) => v[i]);
            return ExactLinearAlgebra.Flatten(ExactLinearAlgebra.Minus(x * ExactLinearAlgebra.Of(new[,] { { e } }), k * x));
        }));
        Assert.Equal(1, Nullity(4));
        Assert.Equal(0, Nullity(1));
    }
}
