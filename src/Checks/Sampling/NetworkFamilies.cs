namespace DeepLinear.Checks.Sampling;

/// <summary>
/// The families of deep-linear tuples W = (W₁, …, W_N), Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}, and of regression data that the checks and
/// the claim-file generators draw from. Each family's description (<c>Describe…</c>) sits next to its sampler, so the
/// words a report prints about a family come from the code that samples it.
/// </summary>
/// <remarks>
/// The balanced construction (trbw Appendix B.1 / nrt §5 generalized to any widths): with k ≤ min dⱼ, Haar frames
/// Oⱼ ∈ ℝ^{dⱼ×k} (orthonormal columns) and a diagonal S = diag(s₁, …, s_k) ≥ 0, Wⱼ = Oⱼ S Oⱼ₋₁ᵀ. Then
/// Wⱼ₊₁ᵀWⱼ₊₁ = Oⱼ S² Oⱼᵀ = WⱼWⱼᵀ exactly (nrt (2.7) with δ = 0, acgh Definition 1, dhl's balancedness invariant at 0),
/// and W_N⋯W₁ = O_N S^N O₀ᵀ has rank #{i : sᵢ > 0}.
/// </remarks>
public static class NetworkFamilies
{
    /// <summary>The interval [0.3, 3] of the end-to-end singular values σᵢ of the default balanced family.</summary>
    public const double SpectrumLow = 0.3;

    /// <summary>The upper end of the end-to-end singular values of the default balanced family.</summary>
    public const double SpectrumHigh = 3;

    /// <summary>Describes <see cref="Gaussian"/>.</summary>
    /// <param name="std">The standard deviation as written.</param>
    /// <returns>The words.</returns>
    public static string DescribeGaussian(string std) => $"unbalanced tuple with i.i.d. N(0, {std}²) entries";

    /// <summary>An unbalanced tuple with i.i.d. N(0, std²) entries.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="widths">d₀, …, d_N.</param>
    /// <param name="std">The standard deviation.</param>
    /// <returns>W₁, …, W_N.</returns>
    public static Matrix<double>[] Gaussian(System.Random random, IReadOnlyList<int> widths, double std)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return [.. Enumerable.Range(1, widths.Count - 1).Select(j => RandomMatrices.Gaussian(random, widths[j], widths[j - 1]) * std)];
    }

    /// <summary>Describes <see cref="Balanced(System.Random, IReadOnlyList{int}, int, double)"/>.</summary>
    /// <returns>The words.</returns>
    public static string DescribeBalanced()
        => $"balanced tuple Wⱼ = OⱼΣ^{{1/N}}Oⱼ₋₁ᵀ (Wⱼ₊₁ᵀWⱼ₊₁ = WⱼWⱼᵀ exactly), Oⱼ Haar frames, σᵢ log-uniform in [{SpectrumLow}, {SpectrumHigh}]";

    /// <summary>
    /// A balanced tuple whose product O_N Σ O₀ᵀ has k singular values σᵢ log-uniform in [0.3, 3], each factor
    /// Wⱼ = Oⱼ (scale·Σ^{1/N}) Oⱼ₋₁ᵀ. Draw order: the k values σᵢ, then the frames O₀, …, O_N.
    /// </summary>
    /// <param name="random">The random source.</param>
    /// <param name="widths">d₀, …, d_N.</param>
    /// <param name="k">The rank of the product, 0 ≤ k ≤ min dⱼ (0 gives the zero tuple).</param>
    /// <param name="scale">Multiplies every factor's singular values (1 for the plain family).</param>
    /// <returns>W₁, …, W_N.</returns>
    public static Matrix<double>[] Balanced(System.Random random, IReadOnlyList<int> widths, int k, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(widths);
        int n = widths.Count - 1;
        var sigma = Enumerable.Range(0, k).Select(_ => Math.Exp(Math.Log(SpectrumLow) + (Math.Log(SpectrumHigh / SpectrumLow) * random.NextDouble()))).ToArray();
        return BalancedWithFactorSpectrum(random, widths, [.. sigma.Select(s => scale * Math.Pow(s, 1.0 / n))]);
    }

    /// <summary>A balanced tuple Wⱼ = Oⱼ diag(s) Oⱼ₋₁ᵀ with the given singular values s of every factor (the product
    /// is O_N diag(s^N) O₀ᵀ); the frames O₀, …, O_N are drawn in that order.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="widths">d₀, …, d_N.</param>
    /// <param name="factorSpectrum">s, of length k ≤ min dⱼ.</param>
    /// <returns>W₁, …, W_N.</returns>
    public static Matrix<double>[] BalancedWithFactorSpectrum(System.Random random, IReadOnlyList<int> widths, IReadOnlyList<double> factorSpectrum)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(factorSpectrum);
        int n = widths.Count - 1, k = factorSpectrum.Count;
        var frames = widths.Select(d => k == 0 ? null : RandomMatrices.Orthonormal(random, d, k)).ToArray();
        var root = Matrix<double>.Build.DiagonalOfDiagonalArray([.. factorSpectrum]);
        var factors = new Matrix<double>[n];
        for (int j = 1; j <= n; j++)
        {
            factors[j - 1] = k == 0 ? Matrix<double>.Build.Dense(widths[j], widths[j - 1]) : frames[j]! * root * frames[j - 1]!.Transpose();
        }

        return factors;
    }

    /// <summary>Describes <see cref="NearBalanced"/>.</summary>
    /// <param name="eps">The relative perturbation as written.</param>
    /// <returns>The words.</returns>
    public static string DescribeNearBalanced(string eps) => $"balanced tuple with each factor perturbed by {eps}·‖Wⱼ‖·G/‖G‖_F (G Gaussian)";

    /// <summary>The balanced family with each factor perturbed: Wⱼ + eps·‖Wⱼ‖·Gⱼ/‖Gⱼ‖_F, Gⱼ Gaussian (drawn after the
    /// balanced tuple, in order j = 1, …, N).</summary>
    /// <param name="random">The random source.</param>
    /// <param name="widths">d₀, …, d_N.</param>
    /// <param name="eps">The relative size of the perturbation in spectral norm.</param>
    /// <returns>W₁, …, W_N.</returns>
    public static Matrix<double>[] NearBalanced(System.Random random, IReadOnlyList<int> widths, double eps)
    {
        ArgumentNullException.ThrowIfNull(widths);
        var factors = Balanced(random, widths, widths.Min());
        for (int j = 0; j < factors.Length; j++)
        {
            var g = RandomMatrices.Gaussian(random, factors[j].RowCount, factors[j].ColumnCount);
            double gn = g.FrobeniusNorm();
            factors[j] += g * (eps * MatrixDiagnostics.SpectralNorm(factors[j]) / (gn == 0 ? 1 : gn));
        }

        return factors;
    }

    /// <summary>Describes <see cref="RankDeficient"/>.</summary>
    /// <param name="k">The rank as written.</param>
    /// <returns>The words.</returns>
    public static string DescribeRankDeficient(string k) => $"balanced tuple whose product has rank min({k}, min dⱼ − 1) < min dⱼ";

    /// <summary>The balanced family with a product of rank min(k, min dⱼ − 1), below full rank.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="widths">d₀, …, d_N.</param>
    /// <param name="k">The rank asked for.</param>
    /// <returns>W₁, …, W_N.</returns>
    public static Matrix<double>[] RankDeficient(System.Random random, IReadOnlyList<int> widths, int k)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return Balanced(random, widths, Math.Max(0, Math.Min(k, widths.Min() - 1)));
    }

    /// <summary>Describes <see cref="TinyScale"/>.</summary>
    /// <param name="s">The scale as written.</param>
    /// <returns>The words.</returns>
    public static string DescribeTinyScale(string s) => $"balanced tuple scaled so every singular value of every factor is {s}·σᵢ^{{1/N}} (σᵢ in [{SpectrumLow}, {SpectrumHigh}])";

    /// <summary>The balanced family scaled: every factor singular value is scale·σᵢ^{1/N} (tiny scales probe rounding
    /// and the near-zero regime).</summary>
    /// <param name="random">The random source.</param>
    /// <param name="widths">d₀, …, d_N.</param>
    /// <param name="scale">The scale.</param>
    /// <returns>W₁, …, W_N.</returns>
    public static Matrix<double>[] TinyScale(System.Random random, IReadOnlyList<int> widths, double scale)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return Balanced(random, widths, widths.Min(), scale);
    }

    /// <summary>Describes <see cref="Whitened"/>.</summary>
    /// <returns>The words.</returns>
    public static string DescribeWhitened() => "whitened data X (XXᵀ = I): a Gaussian d×m matrix, whitened";

    /// <summary>A d×m data matrix with XXᵀ = I (m ≥ d): a Gaussian matrix whitened by
    /// <see cref="Numeric.Initialization.Initializations.Whiten"/>.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="d">Rows (input dimension).</param>
    /// <param name="m">Columns (samples), at least d.</param>
    /// <returns>X.</returns>
    public static Matrix<double> Whitened(System.Random random, int d, int m)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(m, d);
        return Numeric.Initialization.Initializations.Whiten(RandomMatrices.Gaussian(random, d, m));
    }
}
