using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Diagnostics;

/// <summary>
/// Balancedness of a tuple <c>(W₁,…,W_N)</c>: the per-pair defects <c>D_j = W_{j+1}ᵀW_{j+1} − W_jW_jᵀ ∈ ℝ^{d_j×d_j}</c>,
/// j = 1..N−1, which the gradient flow conserves (nrt (2.3), dhl Theorem 2.2).
/// nrt Definition 2.3: the tuple has balancedness constant δ when <c>‖D_j‖ ≤ δ</c> in spectral norm for all j;
/// acgh Definition 1: it is δ-balanced when <c>‖D_j‖_F ≤ δ</c> for all j. Balanced (trbw Definition 2) means all D_j = 0.
/// </summary>
/// <remarks>For N = 1 there are no pairs; the constants are then 0.</remarks>
public static class Balancedness
{
    /// <summary>The defect matrix <c>W_{j+1}ᵀW_{j+1} − W_jW_jᵀ ∈ ℝ^{d_j×d_j}</c>, 1 ≤ j ≤ N−1.</summary>
    /// <exception cref="NumericArgumentException">j outside [1, N−1].</exception>
    public static Matrix<double> Defect(DeepLinearNetwork network, int j)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.InRange(j, 1, network.Depth - 1, nameof(j));
        var next = network.FactorsView[j];
        var current = network.FactorsView[j - 1];
        return next.TransposeThisAndMultiply(next) - current.TransposeAndMultiply(current);
    }

    /// <summary>Per pair j = 1..N−1 (index j − 1): <c>‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖</c>, spectral norm (nrt Def 2.3, (2.7)).</summary>
    public static double[] SpectralPerPair(DeepLinearNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Enumerable.Range(1, network.Depth - 1).Select(j => MatrixDiagnostics.SpectralNorm(Defect(network, j))).ToArray();
    }

    /// <summary>Per pair j = 1..N−1 (index j − 1): <c>‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖_F</c> (acgh Def 1).</summary>
    public static double[] FrobeniusPerPair(DeepLinearNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Enumerable.Range(1, network.Depth - 1).Select(j => Defect(network, j).FrobeniusNorm()).ToArray();
    }

    /// <summary>The smallest balancedness constant of nrt Def 2.3: the maximum over j of the spectral defects (0 for N = 1).</summary>
    public static double SpectralConstant(DeepLinearNetwork network) => SpectralPerPair(network).DefaultIfEmpty(0).Max();

    /// <summary>The smallest δ for which the tuple is δ-balanced in the sense of acgh Def 1 (Frobenius; 0 for N = 1).</summary>
    public static double FrobeniusConstant(DeepLinearNetwork network) => FrobeniusPerPair(network).DefaultIfEmpty(0).Max();

    /// <summary>True when the tuple has balancedness constant <paramref name="delta"/> (nrt Def 2.3, spectral norm).</summary>
    /// <exception cref="NumericArgumentException">δ negative or not finite.</exception>
    public static bool HasBalancednessConstant(DeepLinearNetwork network, double delta) =>
        SpectralConstant(network) <= Require.NonNegative(delta, nameof(delta));

    /// <summary>True when the tuple is δ-balanced (acgh Def 1, Frobenius norm).</summary>
    /// <exception cref="NumericArgumentException">δ negative or not finite.</exception>
    public static bool IsDeltaBalanced(DeepLinearNetwork network, double delta) =>
        FrobeniusConstant(network) <= Require.NonNegative(delta, nameof(delta));
}
