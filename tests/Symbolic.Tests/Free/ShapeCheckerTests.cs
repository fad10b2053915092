using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Free;

public class ShapeCheckerTests
{
    private static readonly ShapeEnvironment Layers = ShapeEnvironment.Parse(["W1=d1xd0", "W2=d2xd1", "X=d0xm", "eta=scalar"]);

    private static FreeShape Infer(string text) => ShapeChecker.Infer(FreeParser.ParseExpression(text), Layers);

    [Theory]
    [InlineData("W2*W1", "d2×d0")]
    [InlineData("(W2*W1)'", "d0×d2")]
    [InlineData("W2*W1*X", "d2×m")]
    [InlineData("W1*W1' + I", "d1×d1")]
    [InlineData("eta*W1", "d1×d0")]
    [InlineData("tr(W1'*W1)", "scalar")]
    [InlineData("(W1*W1')^3", "d1×d1")]
    public void Infer_WellTypedExpressions_GiveTheirShape(string text, string shape) => Assert.Equal(shape, Infer(text).ToString());

    [Theory]
    [InlineData("W1*W2", "W1*W2", "d0")] // inner dimensions d0 and d2
    [InlineData("W2*W1 + W1", "(W2*W1 + W1)", "d2×d0")]
    [InlineData("tr(W1)", "tr(W1)", "d1×d0")]
    [InlineData("W1^2", "(W1)^2", "square")]
    [InlineData("W1 + I", "(W1 + I)", "not square")]
    [InlineData("W1*W1' + tr(W1'*W1)", "(W1*W1' + tr(W1'*W1))", "scalar")]
    [InlineData("W2*(W1*W2)*W1", "W1*W2", "d0")] // the innermost offending product is named
    public void Infer_IllTypedExpressions_NameTheOffendingSubexpression(string text, string offending, string detail)
    {
        var e = Assert.Throws<ShapeException>(() => Infer(text));
        Assert.Equal(offending, e.Subexpression);
        Assert.Contains("'" + offending + "'", e.Message, StringComparison.Ordinal);
        Assert.Contains(detail, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Infer_TraceOfBareIdentityWithDeclaredShapes_IsAShapeError()
    {
        Assert.Throws<ShapeException>(() => Infer("tr(I)"));
        Assert.Equal("scalar", ShapeChecker.Infer(FreeParser.ParseExpression("tr(I)"), new ShapeEnvironment()).ToString()); // negative control: default size n
    }

    [Theory]
    [InlineData("W1")]
    [InlineData("W1=")]
    [InlineData("W1=2x")]
    [InlineData("W1=0x2")]
    [InlineData("W1=2x3x4")]
    [InlineData("1W=2x2")]
    [InlineData("W1=a-bx2")]
    [InlineData("I=2x2")]
    public void Parse_MalformedDeclaration_ThrowsFormatExceptionNamingIt(string declaration)
    {
        var e = Assert.Throws<FormatException>(() => ShapeEnvironment.Parse([declaration]));
        Assert.Contains("'" + declaration + "'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValidDeclarations_DeclareShapes()
    {
        var env = ShapeEnvironment.Parse(["W1=2x3", "V=d_1 x d0", "eta=scalar"]);
        Assert.Equal("2×3", env.ShapeOf("W1").ToString());
        Assert.Equal("d_1×d0", env.ShapeOf("V").ToString());
        Assert.True(env.IsScalar("eta"));
        Assert.Equal("n×n", env.ShapeOf("Undeclared").ToString());
    }

    [Fact]
    public void Parse_ConflictingDeclarations_NameBothAndTheRule()
    {
        var e = Assert.Throws<FormatException>(() => ShapeEnvironment.Parse(["A=2x2", "A=3x3"]));
        Assert.Contains("'A=3x3' conflicts with 'A=2x2'", e.Message, StringComparison.Ordinal);
        Assert.Equal("2×2", ShapeEnvironment.Parse(["A=2x2", "A=2x2"]).ShapeOf("A").ToString()); // negative control: a repeated equal declaration is fine
    }

    [Theory]
    [InlineData("tr(A) + 1", "scalar")]
    [InlineData("0", "zero (any shape)")]
    [InlineData("W1 - W1 + 0", "d1×d0")]
    [InlineData("d1*tr(W1'*W1)", "scalar")]
    [InlineData("inv(W1'*W1)", "d0×d0")]
    public void Infer_ScalarRules_GiveOneConsistentShape(string text, string shape) =>
        Assert.Equal(shape, ShapeChecker.Infer(FreeParser.ParseExpression(text), ShapeEnvironment.Parse(["W1=d1xd0", "W2=d2xd1"])).ToString());

    [Theory]
    [InlineData("W1 + 1", "cannot add the scalar")]
    [InlineData("inv(W1)", "square")]
    [InlineData("inv(0)", "no inverse")]
    public void Infer_ScalarRules_RejectMixing(string text, string message)
    {
        var e = Assert.Throws<ShapeException>(() => ShapeChecker.Infer(FreeParser.ParseExpression(text), ShapeEnvironment.Parse(["W1=d1xd0", "W2=d2xd1"])));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
