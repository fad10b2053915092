using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Losses;

/// <summary>
/// The ℓ2 loss over whitened data (XXᵀ = I) of acgh (2)–(3): <c>L¹(W) = ½‖W − Φ‖_F²</c> with target
/// <c>Φ ∈ ℝ^{d_N×d₀}</c>, and <c>L^N(W₁,…,W_N) = L¹(W_N⋯W₁)</c>; <c>∇L¹(W) = W − Φ</c> and
/// <c>∇_{W_j}L^N = W_{j+1}ᵀ⋯W_Nᵀ(W − Φ)W₁ᵀ⋯W_{j−1}ᵀ</c> (the same chain as nrt (3.2)).
/// </summary>
/// <remarks>
/// With whitened X (XXᵀ = I) and Φ = YXᵀ, <c>½‖Y − WX‖_F² = ½‖W − Φ‖_F² + ½(‖Y‖_F² − ‖Φ‖_F²)</c>, so the two losses
/// differ by a constant. Immutable: Φ is copied in.
/// </remarks>
public sealed class WhitenedLoss
{
    private readonly Matrix<double> _phi;

    /// <summary>Creates the loss for the target <paramref name="phi"/> (copied).</summary>
    /// <exception cref="NumericArgumentException">A non-finite entry.</exception>
    public WhitenedLoss(Matrix<double> phi)
    {
        _phi = Require.FiniteMatrix(phi, nameof(phi)).Clone();
    }

    /// <summary>The target Φ (a copy).</summary>
    public Matrix<double> Target => _phi.Clone();

    /// <summary><c>L¹(W) = ½‖W − Φ‖_F²</c>.</summary>
    /// <exception cref="NumericArgumentException">Wrong shape or a non-finite entry.</exception>
    public double Value(Matrix<double> w)
    {
        Check(w);
        double f = (w - _phi).FrobeniusNorm();
        return 0.5 * f * f;
    }

    /// <summary><c>L^N(W₁,…,W_N) = ½‖W_N⋯W₁ − Φ‖_F²</c>.</summary>
    public double Value(DeepLinearNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Value(network.Product());
    }

    /// <summary><c>∇L¹(W) = W − Φ</c>.</summary>
    /// <exception cref="NumericArgumentException">Wrong shape or a non-finite entry.</exception>
    public Matrix<double> Gradient(Matrix<double> w)
    {
        Check(w);
        return w - _phi;
    }

    /// <summary>All layer gradients <c>∇_{W_j}L^N</c>, j = 1..N (index j − 1).</summary>
    public Matrix<double>[] Gradient(DeepLinearNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return DeepLinearGradient.ChainRule(network, Gradient(network.Product()));
    }

    private void Check(Matrix<double> w)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.Shape(w, _phi.RowCount, _phi.ColumnCount, nameof(w));
    }
}
