using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Tests.Generators;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Diagnostics;

public class DiagnosticsTests
{
    [Fact]
    public void Balancedness_SpectralAtMostFrobeniusAtMostRootWidthTimesSpectral() =>
        SeededProperty.Holds(seed =>
        {
            var n = TestInstances.Random(seed).Network;
            var spectral = Balancedness.SpectralPerPair(n);
            var frobenius = Balancedness.FrobeniusPerPair(n);
            return Enumerable.Range(0, spectral.Length).All(j =>
                spectral[j] <= frobenius[j] * (1 + 1e-12) && frobenius[j] <= Math.Sqrt(n.Dimensions.Width(j + 1)) * spectral[j] * (1 + 1e-12));
        });

    [Fact]
    public void Balancedness_PerPairMatchesDefinitionWithIndexJ() =>
        SeededProperty.Holds(seed => DefectError(seed, shifted: false) <= 1e-12);

    [Fact]
    public void Balancedness_NegativeControl_PairIndexOffByOneIsRejected() =>
        SeededProperty.Rejects(seed => DefectError(seed, shifted: true) <= 1e-12);

    [Fact]
    public void Balancedness_DepthOne_ConstantsAreZero()
    {
        var n = new DeepLinearNetwork(Matrix<double>.Build.Dense(2, 3, 1));
        Assert.Empty(Balancedness.SpectralPerPair(n));
        Assert.Equal(0, Balancedness.SpectralConstant(n));
        Assert.Equal(0, Balancedness.FrobeniusConstant(n));
        Assert.True(Balancedness.IsDeltaBalanced(n, 0));
    }

    [Fact]
    public void DeficiencyMargin_Claim1_EveryCloserMatrixHasSigmaMinAtLeastC() =>
        SeededProperty.Holds(seed => Claim1Holds(seed, MatrixDiagnostics.DeficiencyMargin), maxTest: 40);

    [Fact]
    public void DeficiencyMargin_NegativeControl_SigmaMaxInPlaceOfSigmaMinIsRejected() =>
        SeededProperty.Rejects(seed => Claim1Holds(seed, (w, phi) => MatrixDiagnostics.SingularValues(phi)[0] - (w - phi).FrobeniusNorm()), maxTest: 40);

    [Fact]
    public void HasDeficiencyMargin_ResidualNetworkNearIdentity_HasMarginHalfMinusDistance()
    {
        // acgh §3.2.1: with W = I and ‖Φ − I‖_F < 0.5, the deficiency margin is met.
        var phi = Matrix<double>.Build.DenseIdentity(3) + Matrix<double>.Build.Dense(3, 3, (i, j) => i == j ? 0.1 : 0.05);
        var w = Matrix<double>.Build.DenseIdentity(3);
        double margin = MatrixDiagnostics.DeficiencyMargin(w, phi);
        Assert.True(margin > 0);
        Assert.True(MatrixDiagnostics.HasDeficiencyMargin(w, phi, margin));
        Assert.False(MatrixDiagnostics.HasDeficiencyMargin(w, phi, margin * 1.01));
        Assert.Throws<NumericArgumentException>(() => MatrixDiagnostics.HasDeficiencyMargin(w, phi, 0));
    }

    [Fact]
    public void NumericalRank_CountsSingularValuesAboveRelativeTolerance()
    {
        var rng = new MersenneTwister(2, threadSafe: false);
        var lowRank = TestInstances.Gaussian(6, 2, rng) * TestInstances.Gaussian(2, 5, rng);
        Assert.Equal(2, MatrixDiagnostics.NumericalRank(lowRank));
        Assert.Equal(0, MatrixDiagnostics.NumericalRank(Matrix<double>.Build.Dense(3, 3)));
        var graded = Matrix<double>.Build.DenseOfDiagonalArray([1, 1e-6, 1e-12]);
        Assert.Equal(3, MatrixDiagnostics.NumericalRank(graded, 1e-13));
        Assert.Equal(2, MatrixDiagnostics.NumericalRank(graded, 1e-10));
        Assert.Equal(1, MatrixDiagnostics.NumericalRank(graded, 1e-3));
    }

    [Fact]
    public void SpectralNorm_IsScaleEquivariantFromTinyToHugeEntries() =>
        SeededProperty.Holds(seed => ScaledNormError(seed, MatrixDiagnostics.SpectralNorm) <= 1e-12);

    [Fact]
    public void SpectralNorm_NegativeControl_MathNetL2NormLosesAccuracyOnTinyEntries() =>
        SeededProperty.Rejects(seed => ScaledNormError(seed, m => m.L2Norm()) <= 1e-12);

    [Fact]
    public void SingularValues_AreScaleEquivariant_AndZeroForTheZeroMatrix()
    {
        var a = Matrix<double>.Build.Dense(4, 3, (i, j) => ((i + 1) * 0.3) - (j * 0.7) + (i == j ? 1 : 0));
        var reference = MatrixDiagnostics.SingularValues(a);
        foreach (double scale in new[] { 1e-170, 1e-17, 1e120 })
        {
            var scaled = MatrixDiagnostics.SingularValues(a * scale);
            for (int i = 0; i < reference.Length; i++)
            {
                Assert.True(Math.Abs((scaled[i] / scale) - reference[i]) <= 1e-12 * reference[0], $"σ_{i + 1} at scale {scale}");
            }
        }

        Assert.Equal(new double[3], MatrixDiagnostics.SingularValues(Matrix<double>.Build.Dense(4, 3)));
        Assert.Equal(0, MatrixDiagnostics.SpectralNorm(Matrix<double>.Build.Dense(4, 3)));
    }

    [Fact]
    public void MinSingularValue_IsTheMinRowsColumnsThValue()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 0, 0 }, { 0, 2, 0 } });
        Assert.Equal(2, MatrixDiagnostics.MinSingularValue(m), 12);
    }

    [Fact]
    public void PsdPower_ExponentZeroOfSingularMatrix_IsIdentity_AndHalfSquaresBack()
    {
        var rng = new MersenneTwister(3, threadSafe: false);
        var b = TestInstances.Gaussian(4, 2, rng);
        var psd = b * b.Transpose();
        Assert.Equal(Matrix<double>.Build.DenseIdentity(4), MatrixDiagnostics.PsdPower(psd, 0));
        var root = MatrixDiagnostics.PsdPower(psd, 0.5);
        Assert.True(TestInstances.RelativeError(root * root, psd) < 1e-12);
        var pinv = MatrixDiagnostics.PsdPower(psd, -1);
        Assert.True(TestInstances.RelativeError(psd * pinv * psd, psd) < 1e-10);
    }

    [Fact]
    public void PsdPower_NonFiniteExponent_IsRejected()
    {
        var e = Assert.Throws<NumericArgumentException>(() => MatrixDiagnostics.PsdPower(Matrix<double>.Build.DenseIdentity(2), double.NaN));
        Assert.Equal("exponent", e.Argument);
    }

    [Fact]
    public void Defect_IndexOutOfRange_NamesJ()
    {
        var n = Initializations.Identity(LayerDimensions.Uniform(3, 2));
        var e = Assert.Throws<NumericArgumentException>(() => Balancedness.Defect(n, 3));
        Assert.Equal("j", e.Argument);
        Assert.Contains("[1, 2]", e.Message, StringComparison.Ordinal);
    }

    private static double DefectError(int seed, bool shifted)
    {
        var n = TestInstances.Random(seed).Network;
        double worst = 0;
        for (int j = 1; j < n.Depth; j++)
        {
            int pair = shifted ? Math.Min(j + 1, n.Depth - 1) : j;
            var next = n.Factor(pair + 1);
            var current = n.Factor(pair);
            var expected = (next.Transpose() * next) - (current * current.Transpose());
            worst = Math.Max(worst, Math.Abs(Balancedness.SpectralPerPair(n)[j - 1] - expected.L2Norm()));
        }

        return worst;
    }

    // acgh Claim 1: if W has deficiency margin c w.r.t. Φ then every W' with ‖W' − Φ‖_F ≤ ‖W − Φ‖_F has σ_min(W') ≥ c.
    private static bool Claim1Holds(int seed, Func<Matrix<double>, Matrix<double>, double> margin)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int rows = 1 + rng.Next(4), columns = 1 + rng.Next(4);
        var phi = TestInstances.Gaussian(rows, columns, rng) + (3 * Matrix<double>.Build.Dense(rows, columns, (i, j) => i == j ? 1 : 0));
        var w = phi + TestInstances.Gaussian(rows, columns, rng, 0.3 * rng.NextDouble());
        double c = margin(w, phi);
        if (c <= 0)
        {
            return true; // no margin: nothing to check
        }

        double radius = (w - phi).FrobeniusNorm();
        for (int trial = 0; trial < 30; trial++)
        {
            var direction = TestInstances.Gaussian(rows, columns, rng);
            var closer = phi + (radius / direction.FrobeniusNorm() * direction);
            if (MatrixDiagnostics.MinSingularValue(closer) < c - 1e-12)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Largest relative error of <c>norm(s·A)/s</c> against <c>norm(A)</c> over the scales 1e-17, 1e-160 and 1e150, for a
    /// seeded random A (sizes 2..6); the reference at scale 1 is MathNet's SVD, accurate there.
    /// </summary>
    private static double ScaledNormError(int seed, Func<Matrix<double>, double> norm)
    {
        var rng = new SystemRandomSource(seed);
        var a = Matrix<double>.Build.Dense(2 + rng.Next(5), 2 + rng.Next(5), (_, _) => rng.NextDouble() - 0.5);
        double exact = a.L2Norm();
        return new[] { 1e-17, 1e-160, 1e150 }.Max(scale => Math.Abs((norm(a * scale) / scale) - exact) / exact);
    }
}
