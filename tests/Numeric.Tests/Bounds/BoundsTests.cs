using DeepLinear.Numeric.Bounds;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Tests.Generators;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Bounds;

public class BoundsTests
{
    [Fact]
    public void Lemma31_ProductNormBound_HoldsOnRandomInstances() => SeededProperty.Holds(seed => Lemma31Holds(seed, dropYNorm: false), maxTest: 60);

    [Fact]
    public void Lemma31_NegativeControl_BoundWithoutYNormIsFalsified() => SeededProperty.Rejects(seed => Lemma31Holds(seed, dropYNorm: true), maxTest: 60);

    [Fact]
    public void Lemma31_OuterGradientBound_HoldsOnRandomInstances() => SeededProperty.Holds(seed => OuterGradientBoundHolds(seed, xNormDropped: false));

    [Fact]
    public void Lemma31_NegativeControl_OuterGradientBoundWithoutXNormIsFalsified() => SeededProperty.Rejects(seed => OuterGradientBoundHolds(seed, xNormDropped: true));

    [Fact]
    public void Proposition32_FactorNormBound_HoldsForBalancedAndUnbalancedTuples() =>
        SeededProperty.Holds(seed => Proposition32Holds(seed, dropDelta: false), maxTest: 60);

    [Fact]
    public void Proposition32_NegativeControl_BoundWithoutNSquaredDeltaIsFalsified() =>
        SeededProperty.Rejects(seed => Proposition32Holds(seed, dropDelta: true), maxTest: 60);

    [Fact]
    public void Theorem24_BDelta_BoundsTheHessianNormAtTheStart() =>
        SeededProperty.Holds(seed => BDeltaBoundsHessian(seed, gaussNewtonTermDropped: false), maxTest: 20);

    [Fact]
    public void Theorem24_NegativeControl_BDeltaWithoutXNormTermIsFalsified() =>
        SeededProperty.Rejects(seed => BDeltaBoundsHessian(seed, gaussNewtonTermDropped: true), maxTest: 20);

    [Fact]
    public void Remark25b_SimplifiedBound_NeverExceedsEquation28() =>
        SeededProperty.Holds(seed => RemarkBoundIsSufficient(seed, wrongFirstTerm: false), maxTest: 40);

    [Fact]
    public void Remark25b_NegativeControl_DroppingTheLossTermExceedsEquation28() =>
        SeededProperty.Rejects(seed => RemarkBoundIsSufficient(seed, wrongFirstTerm: true), maxTest: 40);

    [Fact]
    public void Equation53_AOneEqualsEquation51()
    {
        double b = NrtStepSizeBound.B(NrtStepSizeBound.K(3, 3, 0.1), 3, 1.7, 2.2);
        Assert.Equal(NrtStepSizeBound.Eta(0.1, 0, 4.5, b), NrtStepSizeBound.A53(4.5, 0.1, b), 14);
    }

    [Fact]
    public void Condition314_WithSigmaOf53_ReducesToEquation28()
    {
        double b = NrtStepSizeBound.B(NrtStepSizeBound.K(2, 2, 0.3), 2, 1.1, 0.9);
        double sigma = NrtStepSizeBound.Sigma53(2.5, 0.3, b);
        Assert.Equal(NrtStepSizeBound.Eta(0.3, 0, 2.5, b), NrtBounds.Condition314(sigma, 0, 0.3, 2.5, b), 14);
    }

    [Fact]
    public void RemarkDelta_GivesKDeltaOfRemark()
    {
        // Remark 2.5(b): with δ = M^{2/N}/N³, K_δ = (1 + 1/N)M^{2/N} and K_δ^N ≤ eM².
        foreach (int n in new[] { 2, 3, 5, 8 })
        {
            double m = 3.7;
            double k = NrtStepSizeBound.K(m, n, NrtStepSizeBound.RemarkDelta(m, n));
            Assert.Equal((1 + (1.0 / n)) * Math.Pow(m, 2.0 / n), k, 12);
            Assert.True(Math.Pow(k, n) <= Math.E * m * m);
        }
    }

    [Fact]
    public void ForData_Section5Setup_GivesPrintedOrderOfMagnitude()
    {
        // nrt §5 prints η = 7.73e-4 for N = 2 (d = 70, r = 2, m = 210) from their random draw; the seed differs.
        var (x, y, start) = NrtExperimentSetup.Create(2, 70, 2, 210, 1);
        var q = NrtStepSizeBound.ForData(x, y, start);
        Assert.InRange(q.Eta, 1e-4, 1e-2);
        Assert.Equal(NrtStepSizeBound.RemarkDelta(q.M, 2), q.Delta, 14);
        var s = x.Svd(computeVectors: false).S;
        Assert.Equal(NrtStepSizeBound.EtaForBalancedStart(q.InitialLoss, 2, y.L2Norm(), s[^1], s[0], x.TransposeAndMultiply(y).L2Norm()), q.Eta, 14);
    }

    [Fact]
    public void ForData_SingularXXt_IsRejected()
    {
        var x = Matrix<double>.Build.Dense(4, 3, (i, j) => i + j);
        var start = Initializations.Identity(LayerDimensions.Uniform(2, 4));
        var e = Assert.Throws<NumericArgumentException>(() => NrtStepSizeBound.ForData(x, x, start));
        Assert.Equal("x", e.Argument);
        Assert.Contains("full rank", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForData_UnbalancedStartWithAlphaZero_IsRejected()
    {
        var (x, y, _) = NrtExperimentSetup.Create(2, 6, 2, 18, 3);
        var unbalanced = Initializations.Gaussian(NrtExperimentSetup.Widths(2, 6, 2), 1, 4);
        var e = Assert.Throws<NumericArgumentException>(() => NrtStepSizeBound.ForData(x, y, unbalanced));
        Assert.Equal("start", e.Argument);
        Assert.Contains("αδ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eta_AlphaOutsideUnitInterval_NamesAlpha()
    {
        var e = Assert.Throws<NumericArgumentException>(() => NrtStepSizeBound.Eta(1, 1, 1, 1));
        Assert.Equal("alpha", e.Argument);
        Assert.Throws<NumericArgumentException>(() => NrtBounds.Condition314(1.5, 0, 1, 1, 1));
    }

    [Fact]
    public void AcghConstants_MatchPrintedFormulas()
    {
        Assert.Equal(0.25 / (256.0 * 27 * Math.Pow(2, 4.0 / 3)), AcghBounds.Theorem1Delta(0.5, 3, 2), 15);
        Assert.Equal(1.0, AcghBounds.Theorem1Eta(0.5, 3, 2) / (Math.Pow(0.5, 10.0 / 3) / (6144.0 * 27 * Math.Pow(2, 14.0 / 3))), 12);
        Assert.Equal(Math.Log(10) / (0.01 * Math.Pow(0.5, 4.0 / 3)), AcghBounds.Theorem1Iterations(0.01, 0.5, 3, 1, 0.1), 9);
        Assert.Equal(1.0, AcghBounds.Theorem2Eta(0.1, 50, 2, 1.5) / (Math.Pow(0.5, 3) / (1e5 * 8 * Math.Pow(1.5, 7))), 12);
        double t = (4 / 0.01) * ((Math.Log(4) * Math.Pow(1.5 / 0.5, 1)) + (Math.Pow(1.5, -1) * Math.Log(2.25 / 0.8)));
        Assert.Equal(1.0, AcghBounds.Theorem2Iterations(0.01, 0.1, 50, 2, 1.5, 0.1) / t, 12);
        Assert.Equal(1.5 / Math.Sqrt(2 * 2500), AcghBounds.Theorem2MaxStandardDeviation(1.5, 2, 50), 14);
    }

    [Fact]
    public void DhlConstants_MatchPrintedFormulas()
    {
        double c = Math.Sqrt(0.1 / 2) / (100 * Math.Pow(3, 1.5));
        Assert.Equal(c, DhlBounds.Theorem31Constant(0.1, 2, 3), 15);
        Assert.Equal(c / 5, DhlBounds.Theorem31StepSize(0.1, 2, 3, 4), 15);
        Assert.Equal(c / Math.Pow(5, 0.75), DhlBounds.Theorem31StepSize(0.1, 2, 3, 4, 0.75), 15);
        Assert.Equal(((66 * Math.Sqrt(2)) + 2) * 3, DhlBounds.SmoothnessConstant(2, 3), 12);
        Assert.Equal(5 * Math.Sqrt(2) * 3, DhlBounds.Lemma31FactorNormSquaredBound(2, 3), 12);
        Assert.Equal(0.01 / 4, DhlBounds.Theorem32StepSize(0.01, 4), 15);
        Assert.Equal(0.1 * Math.Sqrt(4.0 / 9), DhlBounds.Theorem32InitialScale(0.1, 4, 9), 15);
    }

    [Fact]
    public void DhlTheorem31_ScheduleStaysBelowInverseSmoothness()
    {
        // The proof of Theorem 3.1 uses η_t < 1/β with β = (66√r + 2)‖M*‖_F ("note that η_t < 1/β by our choice").
        foreach (var (eps, r, f) in new[] { (0.1, 1, 1.0), (0.5, 3, 2.0), (1.9, 5, 2.0) })
        {
            Assert.True(DhlBounds.Theorem31StepSize(eps, r, f, 0) < 1 / DhlBounds.SmoothnessConstant(r, f));
        }
    }

    [Fact]
    public void DhlTheorem31_EpsilonNotBelowTargetNorm_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => DhlBounds.Theorem31Constant(2, 1, 2));
        Assert.Equal("epsilon", e.Argument);
        var f = Assert.Throws<NumericArgumentException>(() => DhlBounds.Theorem31StepSize(0.1, 1, 2, 0, 0.5));
        Assert.Equal("exponent", f.Argument);
    }

    [Fact]
    public void Bounds_NonPositiveQuantities_NameTheArgument()
    {
        Assert.Equal("sigmaMinX", Assert.Throws<NumericArgumentException>(() => NrtBounds.ProductNormBound(1, 1, 0)).Argument);
        Assert.Equal("depth", Assert.Throws<NumericArgumentException>(() => AcghBounds.Theorem1Delta(1, 0, 1)).Argument);
        Assert.Equal("margin", Assert.Throws<NumericArgumentException>(() => AcghBounds.Theorem1Eta(double.NaN, 2, 1)).Argument);
    }

    private static bool Lemma31Holds(int seed, bool dropYNorm)
    {
        var p = TestInstances.Random(seed);
        if (!p.Data.InputCovarianceIsFullRank)
        {
            return true; // the lemma assumes XXᵀ of full rank
        }

        var w = p.Network.Product();
        double sigmaMin = p.X.Svd(computeVectors: false).S[p.X.RowCount - 1];
        double bound = NrtBounds.ProductNormBound(p.Data.Loss(w), dropYNorm ? 0 : p.Y.L2Norm(), sigmaMin);
        return w.L2Norm() <= bound * (1 + 1e-12);
    }

    private static bool OuterGradientBoundHolds(int seed, bool xNormDropped)
    {
        var p = TestInstances.Random(seed);
        var w = p.Network.Product();
        double loss = p.Data.Loss(w);
        double bound = NrtBounds.OuterGradientNormBound(loss, xNormDropped ? 1 : p.X.L2Norm());
        return p.Data.Gradient(w).L2Norm() <= bound * (1 + 1e-12) + 1e-12;
    }

    private static bool Proposition32Holds(int seed, bool dropDelta)
    {
        var n = TestInstances.Random(seed).Network;
        double delta = dropDelta ? 0 : Balancedness.SpectralConstant(n);
        double bound = NrtBounds.FactorNormSquaredBound(n.Product().L2Norm(), n.Depth, delta);
        return Enumerable.Range(1, n.Depth).All(j => Math.Pow(n.SpectralNorm(j), 2) <= bound * (1 + 1e-9));
    }

    // The proof of Proposition 3.3 bounds ‖∇²L^N‖_{F→F} by B_δ wherever every ‖W_j‖² ≤ K_δ; at W(0) that holds by
    // Proposition 3.2 and Lemma 3.1 when δ ≥ the balancedness constant of W(0).
    private static bool BDeltaBoundsHessian(int seed, bool gaussNewtonTermDropped)
    {
        var p = TestInstances.Random(seed, fullRankData: true);
        double delta = Math.Max(1e-3, Balancedness.SpectralConstant(p.Network));
        var q = NrtStepSizeBound.ForData(p.X, p.Y, p.Network, alpha: 0.999, delta: delta / 0.999);
        double b = gaussNewtonTermDropped
            ? Math.Sqrt(Math.E) * p.Network.Depth * Math.Pow(q.K, (p.Network.Depth / 2.0) - 1) * q.XYTransposeNorm
            : q.B;
        double norm = DeepLinearHessian.OperatorNorm(p.Network, p.Data, seed);
        return norm <= b * (1 + 1e-9);
    }

    private static bool RemarkBoundIsSufficient(int seed, bool wrongFirstTerm)
    {
        var p = TestInstances.Random(seed, fullRankData: true);
        var s = p.X.Svd(computeVectors: false).S;
        double sigmaMin = s[p.X.RowCount - 1], xNorm = s[0], xyT = p.X.TransposeAndMultiply(p.Y).L2Norm();
        int n = p.Network.Depth;
        double loss = p.Data.Loss(p.Network.Product());
        double m = NrtStepSizeBound.M(loss, p.Y.L2Norm(), sigmaMin);
        double delta = NrtStepSizeBound.RemarkDelta(m, n);
        double exact = NrtStepSizeBound.Eta(delta, 0, loss, NrtStepSizeBound.B(NrtStepSizeBound.K(m, n, delta), n, xNorm, xyT));
        double simplified = wrongFirstTerm
            ? 2 / ((2 * Math.Exp(2 - (1.0 / n)) * n * Math.Pow(m, 2 - (2.0 / n)) * xNorm * xNorm) + (Math.Exp(1 - (1.0 / n)) * n * Math.Pow(m, 1 - (2.0 / n)) * xyT))
            : NrtStepSizeBound.RemarkSimplifiedEta(0, n, m, sigmaMin, xNorm, xyT);
        return simplified <= exact * (1 + 1e-12);
    }
}
