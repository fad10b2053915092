using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Losses;

/// <summary>
/// The regression losses of nrt §2 and trbw (3): <c>L¹(W) = ½‖Y − WX‖_F²</c> and
/// <c>L^N(W₁,…,W_N) = L¹(W_N⋯W₁)</c>, evaluated m-free through <see cref="RegressionData"/>
/// (<c>½‖WS − Q‖_F² + c</c>); gradients nrt (3.1) and (3.2).
/// </summary>
/// <remarks>Immutable (wraps an immutable <see cref="RegressionData"/>).</remarks>
public sealed class DeepLinearLoss
{
    /// <summary>Creates the loss for the reduced data.</summary>
    public DeepLinearLoss(RegressionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
    }

    /// <summary>The reduced data.</summary>
    public RegressionData Data { get; }

    /// <summary><c>L¹(W)</c>.</summary>
    public double Value(Matrix<double> w) => Data.Loss(w);

    /// <summary><c>L^N(W₁,…,W_N)</c>.</summary>
    public double Value(DeepLinearNetwork network) => DeepLinearGradient.Loss(network, Data);

    /// <summary><c>∇L¹(W) = WXXᵀ − YXᵀ</c> (nrt (3.1)).</summary>
    public Matrix<double> Gradient(Matrix<double> w) => Data.Gradient(w);

    /// <summary><c>∇_{W_j}L^N</c>, j = 1..N (index j − 1), nrt (3.2).</summary>
    public Matrix<double>[] Gradient(DeepLinearNetwork network) => DeepLinearGradient.Gradient(network, Data);

    /// <summary>The direct O(m) evaluation <c>½‖Y − WX‖_F²</c>, the reference the m-free form is checked against.</summary>
    /// <exception cref="NumericArgumentException">Shapes that do not chain, or a non-finite entry.</exception>
    public static double Direct(Matrix<double> x, Matrix<double> y, Matrix<double> w)
    {
        Require.FiniteMatrix(x, nameof(x));
        Require.FiniteMatrix(y, nameof(y));
        Require.FiniteMatrix(w, nameof(w));
        Require.Shape(w, y.RowCount, x.RowCount, nameof(w));
        Require.Shape(y, y.RowCount, x.ColumnCount, nameof(y));
        double f = (y - (w * x)).FrobeniusNorm();
        return 0.5 * f * f;
    }
}
