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
}
