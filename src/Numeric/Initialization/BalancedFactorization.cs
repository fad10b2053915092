using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Initialization;

/// <summary>
/// Balanced factorizations through bottlenecks: for a target A ∈ ℝ^{d_N×d₀} and widths with k = min{d₁,…,d_{N−1}}, the
/// best rank-k approximation A_k = U_kΣ_kV_kᵀ (Eckart–Young) is factored as W₁ = [Σ_k^{1/N}V_kᵀ; 0],
/// W_j = diag(Σ_k^{1/N}) zero-padded (1 &lt; j &lt; N), W_N = [U_kΣ_k^{1/N}, 0], so that W_N⋯W₁ = A_k and
/// W_{j+1}ᵀW_{j+1} = W_jW_jᵀ = diag(Σ_k^{2/N}, 0) for every j (nrt Definition 2.3 with δ = 0; trbw Definition 2).
/// Unlike <see cref="Initializations.BalancedFor"/> it accepts hidden widths below min{d₀, d_N}.
/// </summary>
public static class BalancedFactorization
{
    /// <summary>The balanced factors of the best rank-k approximation of <paramref name="a"/>, k the smallest hidden width.</summary>
    /// <param name="a">The target, <c>d_N × d₀</c>, finite.</param>
    /// <param name="dims">The widths (depth ≥ 1).</param>
    /// <returns>The balanced tuple; its product is the rank-k truncation of <paramref name="a"/> (a itself when rank a ≤ k).</returns>
    /// <exception cref="NumericArgumentException">A non-finite or wrongly shaped <paramref name="a"/>.</exception>
    public static DeepLinearNetwork OfBestRankApproximation(Matrix<double> a, LayerDimensions dims)
    {
        Require.FiniteMatrix(a, nameof(a));
        ArgumentNullException.ThrowIfNull(dims);
        Require.Shape(a, dims.OutputWidth, dims.InputWidth, nameof(a));
        int n = dims.Depth;
        int k = Math.Min(Math.Min(dims.InputWidth, dims.OutputWidth), Enumerable.Range(1, n - 1).Select(dims.Width).DefaultIfEmpty(int.MaxValue).Min());
        var svd = a.Svd(computeVectors: true);
        var root = Enumerable.Range(0, k).Select(i => Math.Pow(svd.S[i], 1.0 / n)).ToArray();
        var factors = new Matrix<double>[n];
        for (int j = 1; j <= n; j++)
        {
            var w = Matrix<double>.Build.Dense(dims.Width(j), dims.Width(j - 1));
            for (int i = 0; i < k; i++)
            {
                if (n == 1)
                {
                    // One layer: W₁ = A_k itself.
                    for (int r = 0; r < w.RowCount; r++)
                    {
                        for (int c = 0; c < w.ColumnCount; c++)
                        {
                            w[r, c] += svd.U[r, i] * svd.S[i] * svd.VT[i, c];
                        }
                    }
                }
                else if (j == 1)
                {
                    for (int c = 0; c < w.ColumnCount; c++)
                    {
                        w[i, c] = root[i] * svd.VT[i, c];
                    }
                }
                else if (j == n)
                {
                    for (int r = 0; r < w.RowCount; r++)
                    {
                        w[r, i] = svd.U[r, i] * root[i];
                    }
                }
                else
                {
                    w[i, i] = root[i];
                }
            }

            factors[j - 1] = w;
        }

        return new DeepLinearNetwork(factors);
    }
}
