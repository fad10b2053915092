using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.ClaimFiles.Generators;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Model;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Generators;

public class GeneratorLibraryTests
{
    private static ExpressionValue Draw(string call, ulong seed)
        => ExpressionEvaluator.Evaluate(ExpressionParser.Parse(call), new EvaluationScope(SeededRandom.For(seed)));

    [Fact]
    public void Sample_SameSeed_GivesTheSameValue()
    {
        foreach (var call in new[] { "gaussian(3, 2)", "orthogonal(4)", "balanced(3, 2, 4)", "loguniform(0.01, 100)", "choose(1, 2, 10)" })
        {
            Assert.Equal(Draw(call, 7).ToString(), Draw(call, 7).ToString());
            Assert.NotEqual(Draw(call, 7).ToString(), Draw(call, 8).ToString());
        }
    }

    [Fact]
    public void Sample_MatrixFamilies_HaveTheirDefiningProperty()
    {
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var q = Draw("orthogonal(4)", seed).Matrix;
            Assert.True((q.TransposeThisAndMultiply(q) - MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(4)).FrobeniusNorm() < 1e-12);
            var s = Draw("symmetric(3)", seed).Matrix;
            Assert.Equal(0, (s - s.Transpose()).FrobeniusNorm());
            var p = Draw("psd(3)", seed).Matrix;
            Assert.True(p.Evd().EigenValues.Min(z => z.Real) > -1e-12);
            Assert.Equal(2, MatrixDiagnostics.NumericalRank(Draw("rank(5, 4, 2)", seed).Matrix));
            double x = Draw("loguniform(0.01, 100)", seed).Scalar;
            Assert.InRange(x, 0.01, 100);
        }
    }

    [Fact]
    public void Sample_Tuples_BalancedExactlyAndNearBalancedNot()
    {
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var balanced = new DeepLinearNetwork(Draw("balanced(4, 1, 5)", seed).Tuple.ToArray());
            Assert.True(Balancedness.SpectralConstant(balanced) < 1e-12 * (1 + balanced.SpectralNorm(1) * balanced.SpectralNorm(1)));
            var near = new DeepLinearNetwork(Draw("nearbalanced(3, 2, 4, 0.1)", seed).Tuple.ToArray());
            Assert.True(Balancedness.SpectralConstant(near) > 1e-6);
            var deficient = new DeepLinearNetwork(Draw("rankdeficient(3, 3, 5, 1)", seed).Tuple.ToArray());
            Assert.Equal(1, MatrixDiagnostics.NumericalRank(deficient.Product()));
            var tiny = new DeepLinearNetwork(Draw("tinyscale(2, 2, 3, 1e-6)", seed).Tuple.ToArray());
            Assert.True(tiny.SpectralNorm(1) < 1e-5);
        }
    }

    [Fact]
    public void Describe_UsesTheArgumentsAsWritten()
    {
        Assert.Equal("n×n matrix with i.i.d. N(0, 1) entries", GeneratorLibrary.Describe(ExpressionParser.Parse("gaussian(n, n)")));
        Assert.StartsWith("depth N, widths d₀…d_N uniform in 1..4: balanced tuple with each factor perturbed by 0.1·", GeneratorLibrary.Describe(ExpressionParser.Parse("nearbalanced(N, 1, 4, 0.1)")), StringComparison.Ordinal);
        Assert.Equal("((2 * balancedness(W)) * choose(1, 2)) with choose(1, 2) = one of 1, 2 uniformly", GeneratorLibrary.Describe(ExpressionParser.Parse("2 * balancedness(W) * choose(1, 2)")));
    }

    [Theory]
    [InlineData("gaussian(0, 2)", "sizes must lie in 1..2000")]
    [InlineData("gaussian(2)", "takes 2")]
    [InlineData("scalar(2, 1)", "needs finite lo ≤ hi")]
    [InlineData("loguniform(0, 1)", "needs 0 < lo")]
    [InlineData("whitened(3, 2)", "needs m ≥ d")]
    [InlineData("gaussian(1.5, 2)", "must be an integer")]
    public void Sample_BadArguments_ThrowNamingTheRule(string call, string rule)
    {
        var error = Assert.Throws<ExpressionException>(() => Draw(call, 1));
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Admits_DrawnValues_AreInTheirGeneratorsSupport()
    {
        foreach (var call in new[] { "gaussian(3, 2)", "orthogonal(4)", "symmetric(3)", "psd(3)", "rank(5, 4, 2)", "whitened(2, 5)", "scalar(-1, 2)", "loguniform(0.01, 100)", "integer(1, 9)", "choose(1, 2, 10)", "gaussiantuple(3, 1, 4, 0.5)" })
        {
            var value = Draw(call, 5);
            Assert.True(Admits(call, value), call);
        }
    }

    [Theory]
    [InlineData("gaussian(3, 2)", "gaussian(2, 3)")]
    [InlineData("orthogonal(3)", "gaussian(3, 3)")]
    [InlineData("symmetric(3)", "gaussian(3, 3)")]
    [InlineData("psd(3)", "symmetric(3)")]
    [InlineData("rank(4, 4, 1)", "gaussian(4, 4)")]
    [InlineData("whitened(2, 5)", "gaussian(2, 5)")]
    [InlineData("scalar(0, 1)", "scalar(1.5, 2)")]
    [InlineData("integer(1, 9)", "scalar(1.1, 1.9)")]
    [InlineData("choose(1, 2, 10)", "choose(3, 4)")]
    [InlineData("gaussiantuple(3, 1, 2, 1)", "gaussiantuple(3, 3, 4, 1)")]
    public void Admits_ValueOutsideTheFamily_IsRejected(string generator, string other)
    {
        // Negative control of the support: a shrunk counterexample must never leave its family this way.
        for (ulong seed = 1; seed <= 5; seed++)
        {
            Assert.False(Admits(generator, Draw(other, seed)), $"{generator} admits {other} (seed {seed})");
        }
    }

    [Fact]
    public void Admits_BalancedTuples_StateNoSupportAndAreNeverReplaced()
    {
        Assert.True(GeneratorLibrary.TryGet("balanced", out var balanced));
        Assert.False(balanced.HasSupport);
        Assert.False(Admits("balanced(2, 2, 2)", Draw("balanced(2, 2, 2)", 3)));
    }

    private static bool Admits(string call, ExpressionValue value)
    {
        var expr = (CallExpr)ExpressionParser.Parse(call);
        Assert.True(GeneratorLibrary.TryGet(expr.Function, out var generator));
        var arguments = expr.Arguments.Select(a => ExpressionEvaluator.Evaluate(a, new EvaluationScope())).ToList();
        return generator.Admits(arguments, value);
    }
}
