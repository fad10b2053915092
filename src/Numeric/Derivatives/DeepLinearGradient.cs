using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Derivatives;

/// <summary>
/// The gradient of <c>L^N(W₁,…,W_N) = ½‖Y − W_N⋯W₁X‖_F²</c>: nrt (3.2),
/// <c>∇_{W_j}L^N = W_{j+1}ᵀ⋯W_Nᵀ ∇L¹(W) W₁ᵀ⋯W_{j−1}ᵀ</c> with <c>∇L¹(W) = WXXᵀ − YXᵀ</c>.
/// Straightforward (allocating) reference implementation; the hot loop uses <see cref="Workspace.DescentWorkspace"/>.
/// </summary>
public static class DeepLinearGradient
{
    /// <summary><c>L^N</c> at the network (m-free form).</summary>
    public static double Loss(DeepLinearNetwork network, RegressionData data)
    {
        CheckShapes(network, data);
        return data.Loss(network.Product());
    }

    /// <summary>All layer gradients <c>∇_{W_j}L^N</c>, j = 1..N (index j−1).</summary>
    public static Matrix<double>[] Gradient(DeepLinearNetwork network, RegressionData data)
    {
        CheckShapes(network, data);
        var g = data.Gradient(network.Product());
        var result = new Matrix<double>[network.Depth];
        for (int j = 1; j <= network.Depth; j++)
        {
            result[j - 1] = network.Suffix(j + 1).TransposeThisAndMultiply(g).TransposeAndMultiply(network.Prefix(j - 1));
        }

        return result;
    }

    /// <summary><c>‖∇L^N‖_F = (Σ_j ‖∇_{W_j}L^N‖_F²)^{1/2}</c>.</summary>
    public static double GradientNorm(DeepLinearNetwork network, RegressionData data) =>
        Math.Sqrt(Gradient(network, data).Sum(m => m.FrobeniusNorm() * m.FrobeniusNorm()));

    internal static void CheckShapes(DeepLinearNetwork network, RegressionData data)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        if (network.Dimensions.InputWidth != data.InputDimension || network.Dimensions.OutputWidth != data.OutputDimension)
        {
            throw new NumericArgumentException(nameof(network), $"a network with widths {network.Dimensions}", $"d₀ must equal d_x = {data.InputDimension} and d_N must equal d_y = {data.OutputDimension}");
        }
    }
}
