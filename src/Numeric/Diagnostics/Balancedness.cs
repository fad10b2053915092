using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Diagnostics;

/// <summary>
/// Balancedness of a tuple <c>(W₁,…,W_N)</c>: the per-pair defects <c>W_{j+1}ᵀW_{j+1} − W_jW_jᵀ</c>, j = 1..N−1.
/// nrt Definition 2.3: balancedness constant δ when <c>‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖ ≤ δ</c> (spectral norm) for all j;
/// acgh Definition 1: δ-balanced when the same holds in Frobenius norm.
/// </summary>
public static class Balancedness
{
    /// <summary>The defect matrix <c>W_{j+1}ᵀW_{j+1} − W_jW_jᵀ ∈ ℝ^{d_j×d_j}</c>, 1 ≤ j ≤ N−1.</summary>
    public static Matrix<double> Defect(DeepLinearNetwork network, int j)
    {
        ArgumentNullException.ThrowIfNull(network);
        Errors.Require.InRange(j, 1, network.Depth - 1, nameof(j));
        var next = network.FactorsView[j];
        var current = network.FactorsView[j - 1];
        return next.TransposeThisAndMultiply(next) - current.TransposeAndMultiply(current);
    }

    /// <summary>Per pair j = 1..N−1: <c>‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖</c> (spectral norm, nrt Def 2.3).</summary>
    public static double[] SpectralPerPair(DeepLinearNetwork network) =>
        Enumerable.Range(1, Math.Max(0, network.Depth - 1)).Select(j => Defect(network, j).L2Norm()).ToArray();

    /// <summary>Per pair j = 1..N−1: <c>‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖_F</c> (acgh Def 1).</summary>
    public static double[] FrobeniusPerPair(DeepLinearNetwork network) =>
        Enumerable.Range(1, Math.Max(0, network.Depth - 1)).Select(j => Defect(network, j).FrobeniusNorm()).ToArray();

    /// <summary>The smallest balancedness constant of nrt Def 2.3: max over j of the spectral defects (0 for N = 1).</summary>
    public static double SpectralConstant(DeepLinearNetwork network) => SpectralPerPair(network).DefaultIfEmpty(0).Max();

    /// <summary>The smallest δ for which the tuple is δ-balanced in the sense of acgh Def 1 (Frobenius).</summary>
    public static double FrobeniusConstant(DeepLinearNetwork network) => FrobeniusPerPair(network).DefaultIfEmpty(0).Max();
}
