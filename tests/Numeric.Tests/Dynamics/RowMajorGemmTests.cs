using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Workspace;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>The hand-written SIMD product against MathNet's <c>op(A)·op(B)</c> in every regime of its kernels.</summary>
public class RowMajorGemmTests
{
    private static double[] RowMajor(Matrix<double> m)
    {
        var a = new double[m.RowCount * m.ColumnCount];
        for (int i = 0; i < m.RowCount; i++)
        {
            for (int j = 0; j < m.ColumnCount; j++)
            {
                a[(i * m.ColumnCount) + j] = m[i, j];
            }
        }

        return a;
    }

    // Multiplies op(A)·op(B) (m×k·k×n) with RowMajorGemm and returns the max deviation from MathNet's reference, where
    // `reference` maps (opA, opB) to the expected product (the negative control passes a wrong one).
    private static double Deviation(int seed, int m, int k, int n, bool ta, bool tb, Func<Matrix<double>, Matrix<double>, Matrix<double>> reference)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        var opA = Matrix<double>.Build.Dense(m, k, (_, _) => rng.NextDouble() - 0.5);
        var opB = Matrix<double>.Build.Dense(k, n, (_, _) => rng.NextDouble() - 0.5);
        var a = RowMajor(ta ? opA.Transpose() : opA);
        var b = RowMajor(tb ? opB.Transpose() : opB);
        var c = new double[m * n];
        RowMajorGemm.Multiply(a, ta, b, tb, c, m, k, n, new GemmScratch([(m, k, n)]));
        var expected = reference(opA, opB);
        double worst = 0;
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                worst = Math.Max(worst, Math.Abs(c[(i * n) + j] - expected[i, j]));
            }
        }

        return worst / Math.Max(1, k);
    }

    private static (int M, int K, int N, bool Ta, bool Tb) Shape(int seed)
    {
        var rng = new Random(seed);
        // Mix of regimes: short outputs (m < 16), skinny outputs (n < 8), packed 4×8 blocks, ragged edges, k = 0.
        int Pick() => rng.Next(4) switch { 0 => 1 + rng.Next(7), 1 => 8 + rng.Next(16), 2 => 30 + rng.Next(50), _ => rng.Next(3) };
        return (Math.Max(1, Pick()), Pick(), Math.Max(1, Pick()), rng.Next(2) == 0, rng.Next(2) == 0);
    }

    [Fact]
    public void Multiply_RandomShapesAndTransposes_MatchesMathNet() =>
        SeededProperty.Holds(
            seed =>
            {
                var (m, k, n, ta, tb) = Shape(seed);
                return Deviation(seed, m, k, n, ta, tb, (p, q) => p * q) < 1e-14;
            },
            maxTest: 200);

    [Fact]
    public void Multiply_NegativeControl_WrongReferenceIsRejected() =>
        SeededProperty.Rejects(
            seed =>
            {
                var (m, k, n, ta, tb) = Shape(seed);
                // A product with one entry of B dropped: the comparison must notice.
                return Deviation(seed, m, k, n, ta, tb, (p, q) =>
                {
                    var r = q.Clone();
                    if (r.RowCount > 0)
                    {
                        r[0, 0] = 0;
                    }

                    return p * r;
                }) < 1e-14;
            },
            maxTest: 50);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Multiply_LargeSplitProductWithSeveralKBlocks_MatchesMathNet(bool ta, bool tb) =>
        Assert.True(Deviation(5, 131, 530, 121, ta, tb, (p, q) => p * q) < 1e-14);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Multiply_SequentialProductWithRaggedKBlocks_MatchesMathNet(bool ta, bool tb) =>
        Assert.True(Deviation(6, 37, 300, 29, ta, tb, (p, q) => p * q) < 1e-14);

    [Theory]
    [InlineData(45, 70, 53, false, false)]
    [InlineData(18, 300, 67, true, false)]
    [InlineData(23, 41, 130, false, true)]
    [InlineData(33, 17, 48, true, true)]
    public void Multiply_WidePanelShapesWithRaggedEdges_MatchesMathNet(int m, int k, int n, bool ta, bool tb) =>
        Assert.True(Deviation(7, m, k, n, ta, tb, (p, q) => p * q) < 1e-14);

    [Fact]
    public void Multiply_ArrayShorterThanShape_ThrowsNamingTheArgument()
    {
        var e = Assert.Throws<NumericArgumentException>(() => RowMajorGemm.Multiply(new double[5], false, new double[6], false, new double[4], 2, 3, 2, new GemmScratch([(2, 3, 2)])));
        Assert.Contains("'a'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiply_ScratchTooSmall_Throws() =>
        Assert.Throws<NumericArgumentException>(() => RowMajorGemm.Multiply(new double[400], false, new double[400], false, new double[400], 20, 20, 20, new GemmScratch([(2, 2, 2)])));
}
