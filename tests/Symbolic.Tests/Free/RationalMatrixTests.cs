using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Free;

public class RationalMatrixTests
{
    private static RationalMatrix M(int rows, int columns, params int[] entries) =>
        RationalMatrix.Build(rows, columns, (i, j) => entries[(i * columns) + j]);

    [Fact]
    public void Multiply_TransposeOfProduct_IsProductOfTransposesReversed()
    {
        var a = M(2, 3, 1, 2, 3, 4, 5, 6);
        var b = M(3, 2, 0, 1, -1, 2, 3, -2);
        Assert.Equal((a * b).Transpose(), b.Transpose() * a.Transpose());
        Assert.NotEqual(a * b, (b * a).Transpose()); // negative control: 2×2 versus 3×3
    }

    [Fact]
    public void Trace_OfCyclicProducts_IsEqual()
    {
        var a = M(2, 3, 1, 2, 3, 4, 5, 6);
        var b = M(3, 2, 0, 1, -1, 2, 3, -2);
        Assert.Equal((a * b).Trace(), (b * a).Trace());
        Assert.Equal((Rational)7, RationalMatrix.Identity(7, Rational.One).Trace());
    }

    [Fact]
    public void Multiply_MismatchedSizes_ThrowsNamingTheArgument()
    {
        var e = Assert.Throws<ArgumentException>(() => M(2, 3, 1, 2, 3, 4, 5, 6) * M(2, 2, 1, 0, 0, 1));
        Assert.Equal("b", e.ParamName);
        Assert.Contains("2×2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WritesExactRationals() =>
        Assert.Equal("[[1/2, -3], [0, 2]]", RationalMatrix.Build(2, 2, (i, j) => (i, j) switch { (0, 0) => new Rational(1, 2), (0, 1) => -3, (1, 1) => 2, _ => 0 }).ToString());

    [Fact]
    public void SameAs_IdentityMultipleAgainstMatrix_ComparesWithTheMatrixSize()
    {
        var twoI = new FreeValue(RationalMatrix.Identity(3, 2), null, null);
        Assert.True(twoI.SameAs(new FreeValue(null, null, 2)));
        Assert.False(twoI.SameAs(new FreeValue(null, null, 3))); // negative control
        Assert.False(new FreeValue(M(2, 3, 2, 0, 0, 0, 2, 0), null, null).SameAs(new FreeValue(null, null, 2))); // not square
    }
}
