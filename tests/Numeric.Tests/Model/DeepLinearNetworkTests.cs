using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Model;

public class DeepLinearNetworkTests
{
    [Fact]
    public void Constructor_ShapesDoNotChain_NamesLayerAndBothShapes()
    {
        var e = Assert.Throws<NumericArgumentException>(() => new DeepLinearNetwork(Matrix<double>.Build.Dense(3, 2), Matrix<double>.Build.Dense(4, 5)));
        Assert.Contains("W_2", e.Message, StringComparison.Ordinal);
        Assert.Contains("4×5", e.Message, StringComparison.Ordinal);
        Assert.Contains("3×2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LayerDimensions_NonPositiveWidth_NamesTheWidth()
    {
        var e = Assert.Throws<NumericArgumentException>(() => new LayerDimensions(3, 0, 2));
        Assert.Contains("d_1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partial_EmptyProduct_IsIdentity()
    {
        var n = new DeepLinearNetwork(Matrix<double>.Build.Dense(3, 2, 1), Matrix<double>.Build.Dense(4, 3, 2));
        Assert.Equal(Matrix<double>.Build.DenseIdentity(2), n.Prefix(0));
        Assert.Equal(Matrix<double>.Build.DenseIdentity(4), n.Suffix(3));
        Assert.Equal(n.Factor(2) * n.Factor(1), n.Product());
    }

    [Fact]
    public void Factor_ReturnsCopy_NetworkStaysImmutable()
    {
        var n = new DeepLinearNetwork(Matrix<double>.Build.Dense(2, 2, 1));
        var f = n.Factor(1);
        f[0, 0] = 99;
        Assert.Equal(1, n.Factor(1)[0, 0]);
    }
}
