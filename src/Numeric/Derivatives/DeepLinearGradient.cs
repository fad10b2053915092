using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Derivatives;

/// <summary>
/// The loss <c>L^N(W₁,…,W_N) = L¹(W_N⋯W₁) = ½‖Y − W_N⋯W₁X‖_F²</c> and its closed-form gradient, nrt (3.2):
/// <c>∇_{W_j}L^N = W_{j+1}ᵀ⋯W_Nᵀ ∇L¹(W) W₁ᵀ⋯W_{j−1}ᵀ</c> with <c>∇L¹(W) = WXXᵀ − YXᵀ</c> (nrt (3.1)).
/// </summary>
/// <remarks>
/// This is the allocating reference implementation (cost O(N) matrix products, independent of m); the allocation-free
/// hot loop lives in <c>DeepLinear.Numeric.Workspace.DescentWorkspace</c> and is checked against this class.
/// Layers are 1-based as in the papers; the returned arrays hold layer j at index j − 1.
/// </remarks>
public static class DeepLinearGradient
{
    /// <summary><c>L^N</c> at the network, in the m-free form <c>½‖WS − Q‖_F² + c</c> of <see cref="RegressionData"/>.</summary>
    /// <exception cref="NumericArgumentException">d₀ ≠ d_x or d_N ≠ d_y.</exception>
    public static double Loss(DeepLinearNetwork network, RegressionData data)
    {
        CheckShapes(network, data);
        return data.Loss(network.Product());
    }

    /// <summary>All layer gradients <c>∇_{W_j}L^N</c>, j = 1..N (index j − 1), nrt (3.2).</summary>
    /// <exception cref="NumericArgumentException">d₀ ≠ d_x or d_N ≠ d_y.</exception>
    public static Matrix<double>[] Gradient(DeepLinearNetwork network, RegressionData data)
    {
        CheckShapes(network, data);
        var prefix = Prefixes(network);
        return Chain(network, data.Gradient(prefix[network.Depth]), prefix);
    }

    /// <summary>
    /// The chain rule for any loss of the product: given the outer gradient <c>G = ∇ℓ(W)</c> at <c>W = W_N⋯W₁</c>,
    /// returns <c>W_{j+1}ᵀ⋯W_Nᵀ G W₁ᵀ⋯W_{j−1}ᵀ</c> for j = 1..N (nrt (3.2), acgh (14) with <c>G = W − Φ</c>).
    /// </summary>
    /// <param name="network">The factors.</param>
    /// <param name="outerGradient"><c>G ∈ ℝ^{d_N×d₀}</c>, finite.</param>
    public static Matrix<double>[] ChainRule(DeepLinearNetwork network, Matrix<double> outerGradient)
    {
        ArgumentNullException.ThrowIfNull(network);
        Require.FiniteMatrix(outerGradient, nameof(outerGradient));
        Require.Shape(outerGradient, network.Dimensions.OutputWidth, network.Dimensions.InputWidth, nameof(outerGradient));
        return Chain(network, outerGradient, Prefixes(network));
    }

    /// <summary><c>‖∇L^N‖_F = (Σ_j ‖∇_{W_j}L^N‖_F²)^{1/2}</c>.</summary>
    public static double GradientNorm(DeepLinearNetwork network, RegressionData data)
    {
        double sum = 0;
        foreach (var g in Gradient(network, data))
        {
            double f = g.FrobeniusNorm();
            sum += f * f;
        }

        return Math.Sqrt(sum);
    }

    internal static void CheckShapes(DeepLinearNetwork network, RegressionData data)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        if (network.Dimensions.InputWidth != data.InputDimension || network.Dimensions.OutputWidth != data.OutputDimension)
        {
            throw new NumericArgumentException(nameof(network), $"a network with widths {network.Dimensions}", $"d₀ must equal d_x = {data.InputDimension} and d_N must equal d_y = {data.OutputDimension}");
        }
    }

    /// <summary>Prefix products <c>P_k = W_k⋯W₁</c>, k = 0..N (P₀ = I).</summary>
    internal static Matrix<double>[] Prefixes(DeepLinearNetwork network)
    {
        var w = network.FactorsView;
        var prefix = new Matrix<double>[network.Depth + 1];
        prefix[0] = Matrix<double>.Build.DenseIdentity(network.Dimensions.InputWidth);
        prefix[1] = w[0].Clone();
        for (int k = 2; k <= network.Depth; k++)
        {
            prefix[k] = w[k - 1] * prefix[k - 1];
        }

        return prefix;
    }

    // Implementation note: walks from the output down, carrying B_j = S_{j+1}ᵀ G = W_{j+1}ᵀ(B_{j+1}), so each layer
    // costs one product with its factor and one with the prefix P_{j−1}ᵀ.
    private static Matrix<double>[] Chain(DeepLinearNetwork network, Matrix<double> g, Matrix<double>[] prefix)
    {
        var w = network.FactorsView;
        int n = network.Depth;
        var result = new Matrix<double>[n];
        var back = g;
        for (int j = n; j >= 1; j--)
        {
            result[j - 1] = j == 1 ? back.Clone() : back.TransposeAndMultiply(prefix[j - 1]);
            if (j > 1)
            {
                back = w[j - 1].TransposeThisAndMultiply(back);
            }
        }

        return result;
    }
}
