using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static DeepLinear.Symbolic.Tests.Free.FreeExpressions;

namespace DeepLinear.Symbolic.Tests.Free;

public class CanonicalFormTests
{
    [Theory]
    [InlineData("(A*B)'", "B'*A'")] // transpose of a product
    [InlineData("(A')'", "A")] // transpose is an involution
    [InlineData("tr(A*B)", "tr(B*A)")] // trace cyclicity
    [InlineData("tr(A')", "tr(A)")] // trace of the transpose
    [InlineData("tr(A*B*C)", "tr(C*A*B)")] // cyclic rotation of three factors
    [InlineData("tr(A*B*C)", "tr(C'*B'*A')")] // rotation and transposition
    [InlineData("(A + B)^2", "A*A + A*B + B*A + B*B")] // expansion, no commutation
    [InlineData("tr(A)*B", "B*tr(A)")] // scalars commute with matrices
    [InlineData("A*I*B", "A*B")] // identities drop out of words
    [InlineData("2*tr(I)", "tr(I) + tr(I)")]
    public void Of_TransposeAndTraceLaws_GiveEqualForms(string a, string b) => Assert.Equal(C(a), C(b));

    [Theory]
    [InlineData("(A*B)'", "A'*B'")] // transposes not reversed
    [InlineData("tr(A*B*C)", "tr(A*C*B)")] // not a rotation
    [InlineData("A*B", "B*A")] // matrices do not commute
    [InlineData("tr(A*B')", "tr(A*B)")] // one transpose dropped
    [InlineData("tr(A*B)", "2*tr(A*B)")] // coefficient changed
    public void Of_NegativeControls_GiveDifferentForms(string a, string b) => Assert.NotEqual(C(a), C(b));

    [Fact]
    public void Of_RandomExpressions_AgreeWithTreeEvaluationOfTheirCanonicalText() =>
        Check.One(Deterministic, Prop.ForAll(Expressions().ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (e, seed) =>
            AgreeAtRandomMatrices(e, FreeParser.ParseExpression(CanonicalForm.Of(e, Square).ToString()), seed)));

    [Fact]
    public void AgreeAtRandomMatrices_NegativeControl_RejectsTheUnreversedTransposeLaw()
    {
        // The same check as above, on a wrong law (AB)ᵀ = AᵀBᵀ applied to random products: it must find a counterexample.
        var products = Expressions().SelectMany(a => Expressions(), (a, b) => (a, b));
        Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(products.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (p, seed) =>
            AgreeAtRandomMatrices(new FreeTranspose(new FreeProduct([p.a, p.b])), new FreeProduct([new FreeTranspose(p.a), new FreeTranspose(p.b)]), seed))));
    }

    [Fact]
    public void Of_TraceOfDeclaredIdentity_FoldsIntegerSizesAndKeepsNamedSizes()
    {
        var named = ShapeEnvironment.Parse(["A=dxd"]);
        Assert.Equal("d", C("tr(A - A + I)", named).ToString()); // tr(I_d) = d, printed as the dimension name
        Assert.Contains("dim(d)", C("tr(A - A + I)", named).Terms[0].MonomialKey, StringComparison.Ordinal);
        var numeric = ShapeEnvironment.Parse(["A=3x3"]);
        Assert.Equal(C("3"), C("tr(A - A + I)", numeric)); // tr(I₃) = 3
        Assert.NotEqual(C("2"), C("tr(A - A + I)", numeric)); // negative control
    }

    [Fact]
    public void Of_HugeExpansion_ThrowsExpansionLimitException()
    {
        var e = Assert.Throws<ExpansionLimitException>(() => C("(A + B + C)^20"));
        Assert.Contains("limit", e.Message, StringComparison.Ordinal);
        Assert.Equal(3 * 3, C("(A + B + C)^2").Terms.Count); // negative control: small powers expand
    }

    [Fact]
    public void Gradient_ByTraceCyclicity_MatchesKnownMatrixCalculus()
    {
        // ∇_A tr(AᵀBA) = (B + Bᵀ)A; ∇_A tr(BA) = Bᵀ; ∇_A ½tr((AX − Y)ᵀ(AX − Y)) = (AX − Y)Xᵀ.
        Assert.Equal(C("B*A + B'*A"), C("tr(A'*B*A)").Gradient("A"));
        Assert.Equal(C("B'"), C("tr(B*A)").Gradient("A"));
        Assert.Equal(C("(A*B - C)*B'"), C("1/2*tr((A*B - C)'*(A*B - C))").Gradient("A"));
        Assert.NotEqual(C("B"), C("tr(B*A)").Gradient("A")); // negative control: transpose dropped
        Assert.NotEqual(C("B*A"), C("tr(A'*B*A)").Gradient("A")); // negative control: one term missing
    }

    [Fact]
    public void Gradient_OfAMatrix_Throws() =>
        Assert.Throws<InvalidOperationException>(() => C("A*B").Gradient("A"));

    [Fact]
    public void Derivative_ProductRule_ReplacesOneOccurrenceAtATime()
    {
        var directions = new Dictionary<string, string> { ["A"] = "E" };
        Assert.Equal(C("E*A + A*E"), C("A*A").Derivative(directions));
        Assert.Equal(C("2*tr(A*E)"), C("tr(A*A)").Derivative(directions));
        Assert.NotEqual(C("2*A*E"), C("A*A").Derivative(directions)); // negative control: commuted
    }

    [Fact]
    public void Substitute_TransposedOccurrence_TakesTheTransposedForm()
    {
        var substitution = new Dictionary<string, CanonicalForm> { ["A"] = C("B*C") };
        Assert.Equal(C("C'*B'*B*C"), C("A'*A").Substitute(substitution));
        Assert.Equal(C("tr(B*C*B*C)"), C("tr(A*A)").Substitute(substitution));
        Assert.NotEqual(C("B'*C'*B*C"), C("A'*A").Substitute(substitution)); // negative control
    }

    [Fact]
    public void ToLatex_WritesSubscriptsTransposesAndTraces()
    {
        var env = ShapeEnvironment.Parse(["W1=dxd", "W2=dxd"]);
        string latex = C("W2'*W1 - 3/2*tr(W1)*I", env).ToLatex();
        Assert.Contains(@"W_{2}^{\top} W_{1}", latex, StringComparison.Ordinal);
        Assert.Contains(@"\operatorname{tr}(W_{1})", latex, StringComparison.Ordinal);
        Assert.Contains("3", latex, StringComparison.Ordinal);
        Assert.StartsWith("-", latex, StringComparison.Ordinal); // the trace term sorts first and is negative
    }
}
