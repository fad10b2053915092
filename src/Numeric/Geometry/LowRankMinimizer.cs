using System.Globalization;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Geometry;

/// <summary>
/// Minimizers of <c>L¹(W) = ½‖Y − WX‖_F²</c> over rank(W) ≤ k, for XXᵀ of full rank (nrt Theorem 2.2, trbw Appendix A).
/// </summary>
/// <remarks>
/// Derivation: with <c>S = (XXᵀ)^{1/2}</c> invertible and <c>Q = YXᵀS^{−1}</c> (nrt (2.6)),
/// <c>L¹(W) = ½‖WS − Q‖_F² + c</c>, <c>c = ½(‖Y‖_F² − ‖Q‖_F²)</c>. The map W ↦ Z = WS is a bijection that preserves
/// rank, so minimizing over rank(W) ≤ k is minimizing <c>½‖Z − Q‖_F²</c> over rank(Z) ≤ k, solved by the truncated SVD
/// <c>Z = Q_k = Σ_{i≤k} σ_iu_iv_iᵀ</c> (Eckart–Young). Hence <c>W*_k = Q_kS^{−1} = U_kΣ_kV_kᵀ(XXᵀ)^{−1/2}</c> — the
/// critical points <c>U_kΣ_kV_k(XXᵀ)^{−1/2}</c> of trbw Appendix A — with value <c>c + ½Σ_{i&gt;k}σ_i(Q)²</c>.
/// The minimizer is unique when σ_k(Q) &gt; σ_{k+1}(Q).
/// </remarks>
public static class LowRankMinimizer
{
    /// <summary>
    /// <c>Q = YXᵀ(XXᵀ)^{−1/2}</c> of nrt (2.6) and trbw Appendix A (a copy), for XXᵀ of full rank; its rank q and the
    /// singular values govern the critical values (nrt Theorem 2.2).
    /// </summary>
    /// <exception cref="NumericArgumentException">XXᵀ singular.</exception>
    public static Matrix<double> WhitenedTarget(RegressionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.RequireFullRank(nameof(data), "Q = YXᵀ(XXᵀ)^(−1/2) of nrt (2.6)");
        return data.WhitenedTarget;
    }

    /// <summary>A rank-≤k minimizer of L¹ and its optimal value.</summary>
    /// <param name="data">The reduced data; XXᵀ must have full rank.</param>
    /// <param name="k">The rank bound, k ≥ 0 (k = 0 gives W = 0).</param>
    /// <exception cref="NumericArgumentException">XXᵀ singular, or k &lt; 0.</exception>
    public static LowRankSolution Compute(RegressionData data, int k)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (k < 0)
        {
            throw new NumericArgumentException(nameof(k), k.ToString(CultureInfo.InvariantCulture), "the rank bound must be ≥ 0");
        }

        data.RequireFullRank(nameof(data), "the rank-k minimizer W*_k = Q_k(XXᵀ)^(−1/2)");
        var q = data.WhitenedTargetView;
        var svd = q.Svd(computeVectors: true);
        var sigma = svd.S.ToArray();
        double max = sigma.Length > 0 ? sigma[0] : 0;
        int rankQ = sigma.Count(s => s > 1e-13 * max && s > 0);
        int r = Math.Min(k, rankQ);
        var qk = Matrix<double>.Build.Dense(q.RowCount, q.ColumnCount);
        for (int i = 0; i < r; i++)
        {
            qk += sigma[i] * svd.U.Column(i).OuterProduct(svd.VT.Row(i));
        }

        double tail = 0;
        for (int i = r; i < sigma.Length; i++)
        {
            tail += sigma[i] * sigma[i];
        }

        return new LowRankSolution(qk * data.WhiteningRootPseudoInverseView, data.Constant + (0.5 * tail), k, r, Array.AsReadOnly(sigma));
    }
}
