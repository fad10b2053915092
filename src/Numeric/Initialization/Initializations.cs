using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepLinear.Numeric.Initialization;

/// <summary>
/// Initializations and data sets of the papers, each from an explicit seed (same seed ⇒ bit-identical on one machine).
/// </summary>
public static class Initializations
{
    /// <summary>Factors with i.i.d. N(0, std²) entries (std ≥ 0; std = 0 gives zeros), from a seed.</summary>
    public static DeepLinearNetwork Gaussian(LayerDimensions dims, double std, int seed)
    {
        ArgumentNullException.ThrowIfNull(dims);
        Require.NonNegative(std, nameof(std));
        var rng = new MersenneTwister(seed, threadSafe: false);
        return new DeepLinearNetwork(Enumerable.Range(1, dims.Depth).Select(j => Matrix<double>.Build.Dense(dims.Width(j), dims.Width(j - 1), (_, _) => std == 0 ? 0 : Normal.Sample(rng, 0, std))).ToArray());
    }

    /// <summary>
    /// Identity (residual) initialization: <c>W_j = I_{d_j×d_{j−1}}</c> (rectangular identity); with all widths equal this
    /// is the linear residual network of acgh §3.1 (balanced, W = I).
    /// </summary>
    public static DeepLinearNetwork Identity(LayerDimensions dims)
    {
        ArgumentNullException.ThrowIfNull(dims);
        return new DeepLinearNetwork(Enumerable.Range(1, dims.Depth).Select(j => Matrix<double>.Build.Dense(dims.Width(j), dims.Width(j - 1), (a, b) => a == b ? 1 : 0)).ToArray());
    }

    /// <summary>
    /// Balanced factors of a given end-to-end matrix A (acgh Procedure 1 steps (ii)–(iii)): with the compact SVD
    /// <c>A = UΣVᵀ</c>, <c>W_N ≃ UΣ^{1/N}</c>, <c>W_j ≃ Σ^{1/N}</c> (1 &lt; j &lt; N), <c>W₁ ≃ Σ^{1/N}Vᵀ</c>, "≃" meaning zero padding.
    /// Requires <c>min{d₁,…,d_{N−1}} ≥ min{d₀, d_N}</c>. The result satisfies <c>W_N⋯W₁ = A</c> and
    /// <c>W_{j+1}ᵀW_{j+1} = W_jW_jᵀ</c>.
    /// </summary>
    public static DeepLinearNetwork BalancedFor(Matrix<double> a, LayerDimensions dims)
    {
        Require.FiniteMatrix(a, nameof(a));
        ArgumentNullException.ThrowIfNull(dims);
        Require.Shape(a, dims.OutputWidth, dims.InputWidth, nameof(a));
        int k = Math.Min(dims.InputWidth, dims.OutputWidth);
        for (int j = 1; j < dims.Depth; j++)
        {
            if (dims.Width(j) < k)
            {
                throw new NumericArgumentException("dims", dims.ToString(), $"Procedure 1 needs every hidden width ≥ min(d₀, d_N) = {k}, but d_{j} = {dims.Width(j)}");
            }
        }

        var svd = a.Svd(computeVectors: true);
        int n = dims.Depth;
        var root = Enumerable.Range(0, k).Select(i => Math.Pow(svd.S[i], 1.0 / n)).ToArray();
        var factors = new Matrix<double>[n];
        for (int j = 1; j <= n; j++)
        {
            int rows = dims.Width(j);
            int cols = dims.Width(j - 1);
            var m = Matrix<double>.Build.Dense(rows, cols);
            for (int i = 0; i < k; i++)
            {
                if (n == 1)
                {
                    m += svd.S[i] * svd.U.Column(i).ToColumnMatrix() * svd.VT.Row(i).ToRowMatrix();
                }
                else if (j == n)
                {
                    for (int r = 0; r < rows; r++)
                    {
                        m[r, i] = svd.U[r, i] * root[i];
                    }
                }
                else if (j == 1)
                {
                    for (int c = 0; c < cols; c++)
                    {
                        m[i, c] = root[i] * svd.VT[i, c];
                    }
                }
                else
                {
                    m[i, i] = root[i];
                }
            }

            factors[j - 1] = m;
        }

        return new DeepLinearNetwork(factors);
    }

    /// <summary>acgh Procedure 1 with 𝒟 = i.i.d. N(0, s²) entries for A ∈ ℝ^{d_N×d₀}.</summary>
    public static DeepLinearNetwork AcghProcedure1(LayerDimensions dims, double s, int seed)
    {
        ArgumentNullException.ThrowIfNull(dims);
        Require.Positive(s, nameof(s));
        var rng = new MersenneTwister(seed, threadSafe: false);
        var a = Matrix<double>.Build.Dense(dims.OutputWidth, dims.InputWidth, (_, _) => Normal.Sample(rng, 0, s));
        return BalancedFor(a, dims);
    }

    /// <summary>
    /// The Gaussian target factors of trbw Appendix A: <c>W̃_j ∈ ℝ^{d_j×d_{j−1}}</c> with i.i.d. entries of standard
    /// deviation <c>1/√d_j</c>; the target is then <c>Y = W̃_N⋯W̃₁X</c> (rank ≤ min_j d_j).
    /// </summary>
    public static DeepLinearNetwork TrbwGaussianTarget(LayerDimensions dims, int seed)
    {
        ArgumentNullException.ThrowIfNull(dims);
        var rng = new MersenneTwister(seed, threadSafe: false);
        return new DeepLinearNetwork(Enumerable.Range(1, dims.Depth).Select(j => Matrix<double>.Build.Dense(dims.Width(j), dims.Width(j - 1), (_, _) => Normal.Sample(rng, 0, 1 / Math.Sqrt(dims.Width(j))))).ToArray());
    }

    /// <summary>Gaussian data of nrt §5 and trbw Appendix B: X ∈ ℝ^{d×3d} with i.i.d. N(0, 1/d) entries (m = 3d).</summary>
    public static Matrix<double> GaussianData(int d, int seed) => GaussianData(d, 3 * Require.Positive(d, nameof(d)), seed);

    /// <summary>Gaussian data X ∈ ℝ^{d×m} with i.i.d. N(0, 1/d) entries (variance 1/d; nrt §5 uses m = 3d).</summary>
    public static Matrix<double> GaussianData(int d, int m, int seed)
    {
        Require.Positive(d, nameof(d));
        Require.Positive(m, nameof(m));
        var rng = new MersenneTwister(seed, threadSafe: false);
        return Matrix<double>.Build.Dense(d, m, (_, _) => Normal.Sample(rng, 0, Math.Sqrt(1.0 / d)));
    }

    /// <summary>
    /// Whitened data (acgh §2): <c>X' = (XXᵀ)^{−1/2}X</c>, so that <c>X'X'ᵀ = I</c>; XXᵀ must be invertible.
    /// </summary>
    /// <exception cref="NumericArgumentException">XXᵀ singular (λ_min ≤ 1e-12·max(1, λ_max)) or a non-finite entry.</exception>
    public static Matrix<double> Whiten(Matrix<double> x)
    {
        Require.FiniteMatrix(x, nameof(x));
        var xxT = x.TransposeAndMultiply(x);
        var evd = xxT.Evd(Symmetricity.Symmetric);
        double min = evd.EigenValues.Min(v => v.Real);
        double max = evd.EigenValues.Max(v => v.Real);
        if (!(min > 1e-12 * Math.Max(1, max)))
        {
            throw new NumericArgumentException(nameof(x), $"a {Require.Shape(x)} matrix with λ_min(XXᵀ) = {Require.Format(min)}", "whitening needs XXᵀ of full rank");
        }

        return Diagnostics.MatrixDiagnostics.PsdPower(xxT, -0.5) * x;
    }

    /// <summary>
    /// A rank-r target <c>Y = W̃X</c> with <c>W̃ = scale·U_rV_rᵀ</c>, U_r and V_r the first r columns of Haar-random
    /// orthogonal matrices (so W̃ has r singular values equal to scale), from a seed.
    /// </summary>
    public static Matrix<double> RankTarget(Matrix<double> x, int outputDimension, int rank, double scale, int seed)
    {
        Require.FiniteMatrix(x, nameof(x));
        Require.Positive(outputDimension, nameof(outputDimension));
        Require.InRange(rank, 1, Math.Min(outputDimension, x.RowCount), nameof(rank));
        Require.Finite(scale, nameof(scale));
        var rng = new MersenneTwister(seed, threadSafe: false);
        var u = NrtExperimentSetup.HaarOrthogonal(outputDimension, rng).SubMatrix(0, outputDimension, 0, rank);
        var v = NrtExperimentSetup.HaarOrthogonal(x.RowCount, rng).SubMatrix(0, x.RowCount, 0, rank);
        return scale * u.TransposeAndMultiply(v) * x;
    }

    /// <summary>Autoencoder data of trbw Appendix B: the target is the input, <c>Y = X</c>.</summary>
    public static (Matrix<double> X, Matrix<double> Y) Autoencoder(Matrix<double> x)
    {
        Require.FiniteMatrix(x, nameof(x));
        return (x.Clone(), x.Clone());
    }
}
