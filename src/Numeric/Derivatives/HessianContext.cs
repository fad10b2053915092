using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Derivatives;

/// <summary>
/// The Hessian of <c>L^N</c> at one point, with the prefix/suffix products and the outer gradient computed once, so
/// that many Hessian-vector products (full matrix, Lanczos) share them.
/// </summary>
/// <remarks>
/// With <c>P_k = W_k⋯W₁</c>, <c>S_k = W_N⋯W_k</c>, <c>G = ∇L¹(W) = WXXᵀ − YXᵀ</c> and a direction Δ, the product rule
/// gives <c>Ṗ_k = Δ_kP_{k−1} + W_kṖ_{k−1}</c>, <c>Ṡ_k = Ṡ_{k+1}W_k + S_{k+1}Δ_k</c>, <c>Ẇ = Ṗ_N = Σ_i S_{i+1}Δ_iP_{i−1}</c>,
/// <c>Ġ = ẆXXᵀ</c> and
/// <c>(∇²L^N Δ)_j = Ṡ_{j+1}ᵀGP_{j−1}ᵀ + S_{j+1}ᵀĠP_{j−1}ᵀ + S_{j+1}ᵀGṖ_{j−1}ᵀ</c>.
/// Pairing with Δ_j and summing gives the quadratic form printed in nrt §3.1:
/// <c>Σ_{i,j}⟨Q_i, Q_j⟩ + Σ_{i≠j}⟨G, P_{i,j}⟩</c> (the middle term gives the first sum, the outer two the second).
/// </remarks>
internal sealed class HessianContext
{
    private readonly Matrix<double>[] _w;
    private readonly Matrix<double>[] _prefix;
    private readonly Matrix<double>[] _suffix;
    private readonly Matrix<double> _g;
    private readonly Matrix<double> _xxT;

    public HessianContext(DeepLinearNetwork network, RegressionData data)
    {
        Network = network;
        int n = network.Depth;
        _w = network.FactorsView.ToArray();
        _prefix = DeepLinearGradient.Prefixes(network);
        _suffix = new Matrix<double>[n + 2];
        _suffix[n + 1] = Matrix<double>.Build.DenseIdentity(network.Dimensions.OutputWidth);
        for (int k = n; k >= 1; k--)
        {
            _suffix[k] = _suffix[k + 1] * _w[k - 1];
        }

        _g = data.Gradient(_prefix[n]);
        _xxT = data.InputCovarianceView;
    }

    public DeepLinearNetwork Network { get; }

    public Matrix<double>[] Apply(IReadOnlyList<Matrix<double>> direction)
    {
        int n = _w.Length;
        int d0 = Network.Dimensions.InputWidth;
        int dN = Network.Dimensions.OutputWidth;
        var dPrefix = new Matrix<double>[n + 1];
        dPrefix[0] = Matrix<double>.Build.Dense(d0, d0);
        for (int k = 1; k <= n; k++)
        {
            dPrefix[k] = (direction[k - 1] * _prefix[k - 1]) + (_w[k - 1] * dPrefix[k - 1]);
        }

        var dSuffix = new Matrix<double>[n + 2];
        dSuffix[n + 1] = Matrix<double>.Build.Dense(dN, dN);
        for (int k = n; k >= 2; k--)
        {
            dSuffix[k] = (dSuffix[k + 1] * _w[k - 1]) + (_suffix[k + 1] * direction[k - 1]);
        }

        var dG = dPrefix[n] * _xxT;
        var result = new Matrix<double>[n];
        for (int j = 1; j <= n; j++)
        {
            var left = dSuffix[j + 1].TransposeThisAndMultiply(_g) + _suffix[j + 1].TransposeThisAndMultiply(dG);
            result[j - 1] = left.TransposeAndMultiply(_prefix[j - 1]) + _suffix[j + 1].TransposeThisAndMultiply(_g).TransposeAndMultiply(dPrefix[j - 1]);
        }

        return result;
    }

    public double[] Apply(double[] direction) =>
        DeepLinearHessian.Flatten(Apply(DeepLinearHessian.Unflatten(Network.Dimensions, direction)));
}
