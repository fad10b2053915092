using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;
using Xunit;

namespace DeepLinear.Symbolic.Tests.DepthGeneric;

public class DepthGenericProofsTests
{
    // The opaque symbols of DepthGenericProofs: S = S_{j+1}, T = S_{j+2}, A = W_j, B = W_{j+1}, P = P_{j−1}, G = ∇L¹(W).
    private static readonly FreeExpr S = new FreeSymbol("S");
    private static readonly FreeExpr T = new FreeSymbol("T");
    private static readonly FreeExpr A = new FreeSymbol("A");
    private static readonly FreeExpr B = new FreeSymbol("B");
    private static readonly FreeExpr P = new FreeSymbol("P");
    private static readonly FreeExpr G = new FreeSymbol("G");
    private static readonly FreeExpr X = new FreeSymbol("X");
    private static readonly FreeExpr Y = new FreeSymbol("Y");
    private static readonly FreeExpr Eta = new FreeSymbol("eta");

    public static TheoryData<string> Names => new() { "gradient", "invariant", "gd-step" };

    private static Derivation ByName(string name) => name switch
    {
        "gradient" => DepthGenericProofs.Gradient(),
        "invariant" => DepthGenericProofs.FlowInvariant(),
        _ => DepthGenericProofs.GradientStepChange(),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Proof_ForAllDepths_IsProvedWithBoundaryCases(string name)
    {
        var d = ByName(name);
        Assert.True(d.Proved, d.ToText());
        Assert.Equal(ProofScope.AllDepthsAllDimensions, d.Scope);
        Assert.Contains(d.Steps, s => s.Rule.StartsWith("boundary: j = 1", StringComparison.Ordinal));
        Assert.Contains(d.Steps, s => s.Rule.StartsWith("boundary: j = N", StringComparison.Ordinal));
        Assert.Contains(d.Steps, s => s.Rule.StartsWith("rules:", StringComparison.Ordinal));
        Assert.DoesNotContain(d.Steps, s => s.Rule.Contains("mismatch", StringComparison.Ordinal));
        Assert.Contains("all depths", d.ToLatex(), StringComparison.Ordinal);
    }

    [Fact]
    public void Gradient_Derivation_UsesTraceCyclicityAndUnfoldsByInduction()
    {
        var d = DepthGenericProofs.Gradient();
        Assert.Contains(d.Steps, s => s.Rule == "directional-derivative");
        Assert.Contains(d.Steps, s => s.Rule == "trace-cyclicity");
        Assert.Contains(d.Steps, s => s.Rule.StartsWith("induction", StringComparison.Ordinal));
    }

    // A mutation is rejected when its proof fails, or, for a mutation that breaks the shapes, by the shape checker.
    private static bool Rejected(Func<Derivation> proof)
    {
        try
        {
            return !proof().Proved;
        }
        catch (ShapeException)
        {
            return true;
        }
    }

    [Fact]
    public void GradientAgainst_MutatedClosedForms_AreNotProved()
    {
        var w = S * A * P;
        var residual = (w * X) - Y;
        Assert.True(DepthGenericProofs.GradientAgainst(S.T * residual * X.T * P.T, "printed").Proved); // the unmutated claim
        Assert.False(DepthGenericProofs.GradientAgainst(new FreeScale(2, S.T * residual * X.T * P.T), "coefficient changed").Proved);
        Assert.False(DepthGenericProofs.GradientAgainst(S.T * w * X * X.T * P.T, "the −YXᵀ term dropped").Proved);
        Assert.False(DepthGenericProofs.GradientAgainst(S.T * ((w * X) + Y) * X.T * P.T, "sign changed").Proved);
        Assert.True(Rejected(() => DepthGenericProofs.GradientAgainst(S.T * residual * X.T * P, "transpose dropped on P")));
        Assert.True(Rejected(() => DepthGenericProofs.GradientAgainst(S.T * residual * P.T * X.T, "two factors swapped")));
    }

    [Fact]
    public void FlowInvariantWith_MutatedVelocities_AreNotProved()
    {
        Assert.True(DepthGenericProofs.FlowInvariantWith(DepthGenericProofs.LayerGradient(), DepthGenericProofs.LayerNextGradient(), "as printed").Proved);
        // The rule S_{j+1} = S_{j+2}W_{j+1} dropped (S_{j+1} opaque), a sign changed, a coefficient changed, a transpose dropped.
        Assert.False(DepthGenericProofs.FlowInvariantWith(S.T * G * P.T, DepthGenericProofs.LayerNextGradient(), "rule dropped").Proved);
        Assert.False(DepthGenericProofs.FlowInvariantWith(DepthGenericProofs.LayerGradient(), -DepthGenericProofs.LayerNextGradient(), "sign changed").Proved);
        Assert.False(DepthGenericProofs.FlowInvariantWith(new FreeScale(2, DepthGenericProofs.LayerGradient()), DepthGenericProofs.LayerNextGradient(), "coefficient changed").Proved);
        Assert.True(Rejected(() => DepthGenericProofs.FlowInvariantWith(DepthGenericProofs.LayerGradient(), T.T * G * A * P, "transpose dropped")));
    }

    [Fact]
    public void GradientStepChangeAgainst_MutatedChanges_AreNotProved()
    {
        var gj = DepthGenericProofs.LayerGradient();
        var gj1 = DepthGenericProofs.LayerNextGradient();
        var bracket = (gj1.T * gj1) - (gj * gj.T);
        Assert.True(DepthGenericProofs.GradientStepChangeAgainst(Eta * Eta * bracket, "as printed").Proved);
        Assert.False(DepthGenericProofs.GradientStepChangeAgainst(Eta * bracket, "η instead of η²").Proved);
        Assert.False(DepthGenericProofs.GradientStepChangeAgainst(-(Eta * Eta * bracket), "sign changed").Proved);
        Assert.False(DepthGenericProofs.GradientStepChangeAgainst(new FreeScale(new Rational(1, 2), Eta * Eta * bracket), "coefficient changed").Proved);
        Assert.False(DepthGenericProofs.GradientStepChangeAgainst(Eta * Eta * gj1.T * gj1, "one term dropped").Proved);
        Assert.True(Rejected(() => DepthGenericProofs.GradientStepChangeAgainst(Eta * Eta * ((gj1 * gj1.T) - (gj * gj.T)), "transpose moved")));
    }
}
