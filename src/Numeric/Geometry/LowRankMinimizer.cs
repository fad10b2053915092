using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Geometry;

/// <summary>
/// Minimizers of <c>L¹(W) = ½‖Y − WX‖_F²</c> over rank(W) ≤ k (XXᵀ invertible): with
/// <c>Q = YXᵀ(XXᵀ)^{−1/2}</c> and its truncated SVD <c>Q_k</c> (Eckart–Young), <c>W*_k = Q_k (XXᵀ)^{−1/2}</c> and
/// <c>L¹(W*_k) = c + ½Σ_{i&gt;k} σ_i(Q)²</c> where <c>c = ½(‖Y‖_F² − ‖Q‖_F²)</c> (trbw §1, nrt §2).
/// </summary>
public static class LowRankMinimizer
{
    /// <summary>A rank-≤k minimizer and its optimal loss.</summary>
    /// <exception cref="NumericArgumentException">XXᵀ singular, or k &lt; 0.</exception>
    public static (Matrix<double> Minimizer, double Loss) Compute(RegressionData data, int k)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (k < 0)
        {
            throw new NumericArgumentException(nameof(k), k.ToString(System.Globalization.CultureInfo.InvariantCulture), "the rank bound must be ≥ 0");
        }

        if (!data.InputCovarianceIsFullRank)
        {
            throw new NumericArgumentException("data.InputCovariance", $"XXᵀ with smallest eigenvalue {Require.Format(data.InputCovarianceMinEigenvalue)}", "the rank-k minimizer formula needs XXᵀ of full rank");
        }

        var q = data.WhitenedTargetView;
        var svd = q.Svd(computeVectors: true);
        int r = Math.Min(k, svd.S.Count);
        var qk = Matrix<double>.Build.Dense(q.RowCount, q.ColumnCount);
        for (int i = 0; i < r; i++)
        {
            qk += svd.S[i] * svd.U.Column(i).ToColumnMatrix() * svd.VT.Row(i).ToRowMatrix();
        }

        var sInverse = Diagnostics.MatrixDiagnostics.PsdPower(data.InputCovarianceView, -0.5);
        double tail = 0;
        for (int i = r; i < svd.S.Count; i++)
        {
            tail += svd.S[i] * svd.S[i];
        }

        return (qk * sInverse, data.Constant + (0.5 * tail));
    }
}
