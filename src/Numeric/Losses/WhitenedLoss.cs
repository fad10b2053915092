using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Losses;

/// <summary>
/// The ℓ2 loss over whitened data of acgh §2–3: <c>L¹(W) = ½‖W − Φ‖_F²</c> with target Φ ∈ ℝ^{d_N×d₀}, and
/// <c>L^N(W₁,…,W_N) = L¹(W_N⋯W₁)</c>; <c>∇L¹(W) = W − Φ</c> and <c>∇_{W_j}L^N = W_{j+1}ᵀ⋯W_Nᵀ(W − Φ)W₁ᵀ⋯W_{j−1}ᵀ</c> (acgh (14)).
/// </summary>
public static class WhitenedLoss
{
    /// <summary><c>½‖W − Φ‖_F²</c>.</summary>
    public static double Value(Matrix<double> w, Matrix<double> phi)
    {
        Check(w, phi);
        double f = (w - phi).FrobeniusNorm();
        return 0.5 * f * f;
    }

    /// <summary><c>L^N</c> of a network.</summary>
    public static double Value(DeepLinearNetwork network, Matrix<double> phi) => Value(network.Product(), phi);

    /// <summary>All layer gradients of <c>L^N</c>.</summary>
    public static Matrix<double>[] Gradient(DeepLinearNetwork network, Matrix<double> phi)
    {
        ArgumentNullException.ThrowIfNull(network);
        var w = network.Product();
        Check(w, phi);
        var g = w - phi;
        return Enumerable.Range(1, network.Depth).Select(j => network.Suffix(j + 1).TransposeThisAndMultiply(g).TransposeAndMultiply(network.Prefix(j - 1))).ToArray();
    }

    private static void Check(Matrix<double> w, Matrix<double> phi)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.FiniteMatrix(phi, nameof(phi));
        Require.Shape(phi, w.RowCount, w.ColumnCount, nameof(phi));
    }
}
