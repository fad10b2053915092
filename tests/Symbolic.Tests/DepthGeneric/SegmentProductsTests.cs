using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Free;
using Xunit;

namespace DeepLinear.Symbolic.Tests.DepthGeneric;

public class SegmentProductsTests
{
    private static readonly FreeExpr[] W = [new FreeSymbol("W1"), new FreeSymbol("W2"), new FreeSymbol("W3")];

    [Fact]
    public void Of_EmptySegment_IsIdentity()
    {
        Assert.IsType<FreeIdentity>(SegmentProducts.Of(W, 1, 0));
        Assert.IsType<FreeIdentity>(SegmentProducts.Of(W, 4, 3));
        Assert.IsType<FreeIdentity>(SegmentProducts.Of(W, 3, 2));
    }

    [Fact]
    public void Of_Segment_MultipliesFromTheRightUpward()
    {
        var env = new ShapeEnvironment();
        var segment = CanonicalForm.Of(SegmentProducts.Of(W, 1, 3), env);
        Assert.Equal("W3*W2*W1", segment.ToString());
        Assert.NotEqual(CanonicalForm.Of(W[0] * W[1] * W[2], env), segment); // the reversed order is another word
    }

    [Fact]
    public void Of_Composition_HoldsForEverySplit()
    {
        var env = new ShapeEnvironment();
        for (int a = 1; a <= 4; a++)
        {
            for (int b = a - 1; b <= 3; b++)
            {
                for (int c = a - 1; c <= b; c++)
                {
                    var whole = CanonicalForm.Of(SegmentProducts.Of(W, a, b) * new FreeSymbol("Z"), env);
                    var composed = CanonicalForm.Of(SegmentProducts.Of(W, c + 1, b) * SegmentProducts.Of(W, a, c) * new FreeSymbol("Z"), env);
                    Assert.Equal(whole, composed);
                }
            }
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(1, 4)]
    public void Of_BoundsOutsideTheRule_Throw(int a, int b) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SegmentProducts.Of(W, a, b));

    [Fact]
    public void Rules_AreProved()
    {
        var steps = SegmentProducts.Rules(out bool proved);
        Assert.True(proved);
        Assert.Equal(2, steps.Count);
    }
}
