using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Free;

public class FreeProofsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void GradientInvariantAndStep_AtDepth_AreProvedForAllDimensions(int depth)
    {
        foreach (var d in new[] { FreeProofs.Gradient(depth), FreeProofs.FlowInvariant(depth), FreeProofs.GradientStepChange(depth) })
        {
            Assert.True(d.Proved, d.ToText());
            Assert.Equal(ProofScope.AllDimensions, d.Scope);
            Assert.NotEmpty(d.Steps);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hessian_AtDepth_IsProvedForAllDimensions(int depth)
    {
        var d = FreeProofs.Hessian(depth);
        Assert.True(d.Proved, d.ToText());
        Assert.Contains(d.Steps, s => s.Rule == "second-directional-derivative");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Gradient_DepthOutOfRange_ThrowsNamingTheArgument(int depth)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => FreeProofs.Gradient(depth));
        Assert.Equal("depth", e.ParamName);
    }

    [Fact]
    public void Gradient_Derivation_RendersLatexAndText()
    {
        var d = FreeProofs.Gradient(2);
        Assert.Contains("trace-cyclicity", d.ToText(), StringComparison.Ordinal);
        Assert.Contains("$$", d.ToLatex(), StringComparison.Ordinal);
    }

    [Fact]
    public void Gradient_MutatedClosedForm_IsNotProved()
    {
        // Negative controls (well-typed): the residual sign flipped in the gradient; for the invariant, any common middle
        // factor keeps it invariant, so one layer's velocity is additionally doubled.
        static FreeExpr Flipped(FreeExpr[] w, int j)
        {
            var x = new FreeSymbol("X");
            var product = w.Skip(1).Aggregate(w[0], (p, f) => f * p);
            FreeExpr result = ((product * x) + new FreeSymbol("Y")) * x.T;
            for (int k = w.Length; k >= j + 1; k--)
            {
                result = w[k - 1].T * result;
            }

            for (int k = 1; k <= j - 1; k++)
            {
                result = result * w[k - 1].T;
            }

            return result;
        }

        Assert.False(FreeProofs.Gradient(3, Flipped).Proved);
        Assert.False(FreeProofs.FlowInvariant(3, (w, j) => j == 2 ? new FreeScale(2, Flipped(w, j)) : Flipped(w, j)).Proved);
    }

    [Theory]
    [InlineData(1, 1)] // η instead of η²
    [InlineData(2, -1)] // sign changed
    [InlineData(3, 1)] // η³
    public void GradientStepChange_MutatedClaim_IsNotProved(int etaPower, int coefficient)
    {
        Assert.False(FreeProofs.GradientStepChange(3, etaPower, coefficient).Proved);
        Assert.True(FreeProofs.GradientStepChange(3, 2, 1).Proved); // the printed claim
    }
}
