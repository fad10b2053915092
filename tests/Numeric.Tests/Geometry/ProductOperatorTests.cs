using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Geometry;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.SelfChecks;
using DeepLinear.Numeric.Tests.Generators;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Geometry;

public class ProductOperatorTests
{
    [Fact]
    public void Apply_IsSelfAdjointAndPositiveOnTangentSpace() =>
        Assert.True(NumericSelfChecks.ProductOperatorIsSelfAdjointAndPositive(1, 30).Passed);

    [Fact]
    public void Apply_EqualsLiteralSumOfFractionalPowers_IncludingRankDeficientW() =>
        SeededProperty.Holds(seed => LiteralSumError(seed, offByOne: false) <= 1e-9, maxTest: 30);

    [Fact]
    public void Apply_NegativeControl_ExponentsOffByOneAreRejected() =>
        SeededProperty.Rejects(seed => LiteralSumError(seed, offByOne: true) <= 1e-9, maxTest: 30);

    [Fact]
    public void Apply_ForBalancedFactors_EqualsChainRuleDerivativeOfProduct() =>
        SeededProperty.Holds(seed => ChainRuleError(seed, (w, n) => new ProductOperator(w, n).Apply) < 1e-9, maxTest: 15);

    [Fact]
    public void Apply_NegativeControl_SingleTermOperatorIsRejected() =>
        SeededProperty.Rejects(seed => ChainRuleError(seed, (w, n) => z => w.TransposeAndMultiply(w) * z) < 1e-9, maxTest: 15);

    [Fact]
    public void Apply_NegativeControl_UnbalancedFactorsBreakTheIdentity() =>
        SeededProperty.Rejects(seed => ChainRuleError(seed, (w, n) => new ProductOperator(w, n).Apply, unbalanced: true) < 1e-9, maxTest: 15);

    [Fact]
    public void Apply_DepthOne_IsIdentity_AndZeroMatrixWithDepthTwo_IsZero()
    {
        var z = Matrix<double>.Build.Dense(3, 2, (i, j) => i - j + 0.5);
        Assert.True(TestInstances.RelativeError(new ProductOperator(Matrix<double>.Build.Dense(3, 2, 1), 1).Apply(z), z) < 1e-14);
        Assert.Equal(0, new ProductOperator(Matrix<double>.Build.Dense(3, 2), 2).Apply(z).FrobeniusNorm());
    }

    [Fact]
    public void SolveOnTangentSpace_InvertsApply() =>
        SeededProperty.Holds(seed =>
        {
            var (op, _, z) = TangentSetup(seed);
            var x = op.SolveOnTangentSpace(z);
            return TestInstances.RelativeError(op.Apply(x), z) < 1e-8 && TestInstances.RelativeError(op.ProjectToTangentSpace(x), x) < 1e-10;
        });

    [Fact]
    public void Metric_EqualsIntegralFormOfTheorem3() =>
        SeededProperty.Holds(seed => MetricIntegralError(seed, (op, a, b) => op.Metric(a, b)) <= 1e-7, maxTest: 15);

    [Fact]
    public void Metric_NegativeControl_OperatorInsteadOfInverseIsRejected() =>
        SeededProperty.Rejects(seed => MetricIntegralError(seed, (op, a, b) => ProductOperator.Inner(op.Apply(a), b)) <= 1e-7, maxTest: 15);

    [Fact]
    public void Metric_IsSymmetricAndPositive() =>
        SeededProperty.Holds(seed =>
        {
            var (op, w, z) = TangentSetup(seed);
            var other = op.ProjectToTangentSpace(TestInstances.Gaussian(w.RowCount, w.ColumnCount, new MersenneTwister(seed + 1, false)));
            double ab = op.Metric(z, other);
            double ba = op.Metric(other, z);
            return Math.Abs(ab - ba) <= 1e-9 * (Math.Abs(ab) + 1) && op.Metric(z, z) > 0;
        });

    [Fact]
    public void Metric_NonTangentArgument_IsRejectedWithTheRule()
    {
        var w = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0, 0 }, { 0, 0, 0 } });
        var op = new ProductOperator(w, 3);
        var normal = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0, 0 }, { 0, 1, 0 } });
        var e = Assert.Throws<NumericArgumentException>(() => op.Metric(normal, normal));
        Assert.Equal("z1", e.Argument);
        Assert.Contains("tangent space", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TangentProjection_IsIdempotent_AndKillsTheNormalBlock()
    {
        var w = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0, 0 }, { 0, 0, 0 }, { 0, 0, 0 } });
        var z = Matrix<double>.Build.Dense(3, 3, 1);
        var p = ProductOperator.TangentProjection(w, z);
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1, 1 }, { 1, 0, 0 }, { 1, 0, 0 } }), p.Map(v => Math.Round(v, 12)));
        Assert.True((ProductOperator.TangentProjection(w, p) - p).FrobeniusNorm() < 1e-12);
    }

    [Fact]
    public void Constructor_NonPositiveDepth_NamesArgument()
    {
        var e = Assert.Throws<NumericArgumentException>(() => new ProductOperator(Matrix<double>.Build.Dense(2, 2, 1), 0));
        Assert.Equal("depth", e.Argument);
    }

    // ‖A(Z) − Σ_j (WWᵀ)^{(N−j)/N} Z (WᵀW)^{(j−1)/N}‖ with the literal formula through PsdPower (or its off-by-one variant).
    private static double LiteralSumError(int seed, bool offByOne)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int n = 2 + rng.Next(5);
        int rows = 1 + rng.Next(5);
        int columns = 1 + rng.Next(5);
        int rank = rng.Next(Math.Min(rows, columns) + 1);
        var w = rank == 0 ? Matrix<double>.Build.Dense(rows, columns) : TestInstances.Gaussian(rows, rank, rng) * TestInstances.Gaussian(rank, columns, rng);
        var z = TestInstances.Gaussian(rows, columns, rng);
        var literal = Matrix<double>.Build.Dense(rows, columns);
        for (int j = 1; j <= n; j++)
        {
            double left = (double)(n - j) / n;
            double right = offByOne ? (double)j / n : (double)(j - 1) / n;
            literal += MatrixDiagnostics.PsdPower(w * w.Transpose(), left, 1e-14) * z * MatrixDiagnostics.PsdPower(w.Transpose() * w, right, 1e-14);
        }

        return TestInstances.RelativeError(new ProductOperator(w, n).Apply(z), literal, 1e-9);
    }

    // ‖d/dt (W_N⋯W₁) + A_{W,N}(∇L¹(W))‖ / ‖A(∇L¹)‖ under the factor gradient flow (nrt (2.5), trbw (6)).
    private static double ChainRuleError(int seed, Func<Matrix<double>, int, Func<Matrix<double>, Matrix<double>>> operatorFor, bool unbalanced = false)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int depth = 2 + rng.Next(4);
        int d = 2 + rng.Next(4);
        int r = 1 + rng.Next(d);
        var widths = NrtExperimentSetup.Widths(depth, d, r);
        var network = unbalanced ? Initializations.Gaussian(widths, 0.8, seed) : NrtExperimentSetup.BalancedOrthogonal(widths, rng);
        var x = TestInstances.Gaussian(d, 3 * d, rng);
        var y = TestInstances.Gaussian(network.Dimensions.OutputWidth, 3 * d, rng);
        var data = new RegressionData(x, y);
        var grads = DeepLinearGradient.Gradient(network, data);
        var wDot = Matrix<double>.Build.Dense(network.Dimensions.OutputWidth, d);
        for (int j = 1; j <= depth; j++)
        {
            wDot -= network.Suffix(j + 1) * grads[j - 1] * network.Prefix(j - 1);
        }

        var expected = -operatorFor(network.Product(), depth)(data.Gradient(network.Product()));
        return (wDot - expected).FrobeniusNorm() / Math.Max(1e-12, expected.FrobeniusNorm());
    }

    private static (ProductOperator Op, Matrix<double> W, Matrix<double> Z) TangentSetup(int seed)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int n = 2 + rng.Next(5);
        int rows = 1 + rng.Next(5);
        int columns = 1 + rng.Next(5);
        int rank = 1 + rng.Next(Math.Min(rows, columns));
        var w = TestInstances.Gaussian(rows, rank, rng) * TestInstances.Gaussian(rank, columns, rng);
        var op = new ProductOperator(w, n);
        var z = op.ProjectToTangentSpace(TestInstances.Gaussian(rows, columns, rng));
        return (op, w, z);
    }

    // trbw Theorem 3: g_W(Z₁, Z₂) = sin(π/N)/π ∫₀^∞ tr((tI + WWᵀ)⁻¹ Z₁ (tI + WᵀW)⁻¹ Z₂ᵀ) t^{1/N} dt, evaluated by the
    // trapezoidal rule in s = ln t (exponentially accurate for this analytic, doubly decaying integrand).
    private static double MetricIntegralError(int seed, Func<ProductOperator, Matrix<double>, Matrix<double>, double> metric)
    {
        var (op, w, z1) = TangentSetup(seed);
        var z2 = op.ProjectToTangentSpace(TestInstances.Gaussian(w.RowCount, w.ColumnCount, new MersenneTwister(seed + 99, false)));
        int n = op.Depth;
        var wwT = w * w.Transpose();
        var wTw = w.Transpose() * w;
        var left = wwT.Evd(Symmetricity.Symmetric);
        var right = wTw.Evd(Symmetricity.Symmetric);
        var a = left.EigenVectors.Transpose() * z1 * right.EigenVectors;
        var b = left.EigenVectors.Transpose() * z2 * right.EigenVectors;

        // Eigenvalues at rounding level are exact zeros of the rank-k W (their 1/N-th powers would not be negligible).
        double top = Math.Max(left.EigenValues.Max(v => v.Real), right.EigenValues.Max(v => v.Real));
        var lambda = left.EigenValues.Select(v => v.Real > 1e-12 * top ? v.Real : 0).ToArray();
        var mu = right.EigenValues.Select(v => v.Real > 1e-12 * top ? v.Real : 0).ToArray();
        double total = 0;
        const double h = 0.05;
        for (double s = -400; s <= 400; s += h)
        {
            double t = Math.Exp(s);
            double sum = 0;
            for (int i = 0; i < a.RowCount; i++)
            {
                for (int j = 0; j < a.ColumnCount; j++)
                {
                    if (lambda[i] > 0 || mu[j] > 0)
                    {
                        sum += a[i, j] * b[i, j] / ((t + lambda[i]) * (t + mu[j]));
                    }
                }
            }

            total += sum * Math.Pow(t, 1.0 / n) * t * h;
        }

        double integral = Math.Sin(Math.PI / n) / Math.PI * total;
        double value = metric(op, z1, z2);
        return Math.Abs(value - integral) / Math.Max(1e-12, Math.Abs(integral) + (z1.FrobeniusNorm() * z2.FrobeniusNorm() * 1e-3));
    }
}
