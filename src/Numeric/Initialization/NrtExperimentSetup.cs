using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepLinear.Numeric.Initialization;

/// <summary>
/// The experimental setup of nrt §5: data <c>X ∈ ℝ^{d×m}</c> with i.i.d. N(0, 1/d) entries, widths
/// <c>d₀ = d, d₁ = r, d_j = round(r + (j−1)(d−r)/(N−1))</c>, balanced orthogonal factors
/// <c>W_j = V_j I_{d_j,d₁} U_jᵀ</c> (U₁ Haar on O(d), V_j Haar on O(d_j), U_j the first d₁ columns of V_{j−1}), and a
/// rank-r target <c>Y = W̃_N⋯W̃₁X</c> with W̃ drawn the same way. Everything follows from one seed.
/// </summary>
/// <remarks>round() rounds half away from zero (the paper does not say which way ties go; with d = 70 and r = 2 no
/// tie occurs for N ∈ {2, 3, 5}).</remarks>
public static class NrtExperimentSetup
{
    /// <summary>The widths of nrt §5 for depth <paramref name="depth"/> ≥ 2, input width d and rank r (ties away from zero).</summary>
    /// <exception cref="NumericArgumentException">N &lt; 2, d ≤ 0 or r ≤ 0.</exception>
    public static LayerDimensions Widths(int depth, int d, int r) => Widths(depth, d, r, WidthRounding.NearestAwayFromZero);

    /// <summary>
    /// The interpolating widths <c>d₀ = d, d₁ = r, d_j = rnd(r + (j−1)(d−r)/(N−1))</c>, j = 2..N (so d_N = d), with the
    /// rounding of nrt §5 (<see cref="WidthRounding.NearestAwayFromZero"/>), trbw Appendix B.1 (<see cref="WidthRounding.Floor"/>)
    /// or trbw Appendix A/B.3 (<see cref="WidthRounding.Ceiling"/>).
    /// </summary>
    /// <exception cref="NumericArgumentException">N &lt; 2, d ≤ 0 or r ≤ 0.</exception>
    public static LayerDimensions Widths(int depth, int d, int r, WidthRounding rounding)
    {
        Require.Positive(d, nameof(d));
        Require.Positive(r, nameof(r));
        if (depth < 2)
        {
            throw new NumericArgumentException(nameof(depth), depth.ToString(System.Globalization.CultureInfo.InvariantCulture), "the width rule r + (j−1)(d−r)/(N−1) needs N ≥ 2");
        }

        var widths = new int[depth + 1];
        widths[0] = d;
        widths[1] = r;
        for (int j = 2; j <= depth; j++)
        {
            // Exact rational (r(N−1) + (j−1)(d−r)) / (N−1): integer arithmetic, so ties are detected exactly.
            long numerator = ((long)r * (depth - 1)) + ((long)(j - 1) * (d - r));
            long denominator = depth - 1;
            widths[j] = rounding switch
            {
                WidthRounding.Floor => (int)FloorDiv(numerator, denominator),
                WidthRounding.Ceiling => (int)-FloorDiv(-numerator, denominator),
                _ => (int)(numerator >= 0 ? FloorDiv((2 * numerator) + denominator, 2 * denominator) : -FloorDiv((-2 * numerator) + denominator, 2 * denominator)),
            };
        }

        return new LayerDimensions(widths);
    }

    /// <summary>A Haar-distributed orthogonal n×n matrix (QR of a Gaussian matrix with the signs of R's diagonal fixed).</summary>
    public static Matrix<double> HaarOrthogonal(int n, System.Random random)
    {
        Require.Positive(n, nameof(n));
        ArgumentNullException.ThrowIfNull(random);
        var g = Matrix<double>.Build.Dense(n, n, (_, _) => Normal.Sample(random, 0, 1));
        var qr = g.QR();
        var q = qr.Q;
        var r = qr.R;
        for (int j = 0; j < n; j++)
        {
            if (r[j, j] < 0)
            {
                q.SetColumn(j, q.Column(j).Negate());
            }
        }

        return q;
    }

    /// <summary>
    /// The balanced orthogonal factors <c>W_j = V_j I_{d_j,d₁} U_jᵀ</c> of nrt §5 (trbw Appendix B.1 is the same
    /// construction) for the given widths, from a seed: U₁ Haar on O(d₀) (its first d₁ columns are used), V_j Haar on
    /// O(d_j), U_j the first d₁ columns of V_{j−1}. Then <c>W_{j+1}ᵀW_{j+1} = U_{j+1}U_{j+1}ᵀ = W_jW_jᵀ</c> when every
    /// d_j ≥ d₁ (the tuple is balanced) and the product has rank d₁.
    /// </summary>
    public static DeepLinearNetwork BalancedOrthogonal(LayerDimensions widths, int seed) =>
        BalancedOrthogonal(widths, new MersenneTwister(seed, threadSafe: false));

    /// <summary>The balanced orthogonal factors of nrt §5 drawing from <paramref name="random"/> (see the seeded overload).</summary>
    public static DeepLinearNetwork BalancedOrthogonal(LayerDimensions widths, System.Random random)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(random);
        int n = widths.Depth;
        int d1 = widths.Width(1);
        var factors = new Matrix<double>[n];
        var u = HaarOrthogonal(widths.Width(0), random).SubMatrix(0, widths.Width(0), 0, Math.Min(d1, widths.Width(0)));
        for (int j = 1; j <= n; j++)
        {
            int dj = widths.Width(j);
            var v = HaarOrthogonal(dj, random);
            var identity = Matrix<double>.Build.Dense(dj, d1, (a, b) => a == b ? 1 : 0);
            var uj = j == 1 ? Matrix<double>.Build.Dense(widths.Width(0), d1, (a, b) => b < u.ColumnCount ? u[a, b] : 0) : u;
            factors[j - 1] = v * identity * uj.Transpose();
            u = v.SubMatrix(0, dj, 0, Math.Min(d1, dj));
            if (u.ColumnCount < d1)
            {
                u = Matrix<double>.Build.Dense(dj, d1, (a, b) => b < v.ColumnCount ? v[a, b] : 0);
            }
        }

        return new DeepLinearNetwork(factors);
    }

    /// <summary>
    /// The full setup: data X (d×m, N(0, 1/d) entries), target Y = W̃_N⋯W̃₁X of rank r, and the balanced orthogonal
    /// start, all from <paramref name="seed"/>.
    /// </summary>
    public static (Matrix<double> X, Matrix<double> Y, DeepLinearNetwork Start) Create(int depth, int d, int r, int m, int seed)
    {
        Require.Positive(m, nameof(m));
        var widths = Widths(depth, d, r);
        var random = new MersenneTwister(seed, threadSafe: false);
        var x = Matrix<double>.Build.Dense(d, m, (_, _) => Normal.Sample(random, 0, Math.Sqrt(1.0 / d)));
        var target = BalancedOrthogonal(widths, random);
        var y = target.Product() * x;
        var start = BalancedOrthogonal(widths, random);
        return (x, y, start);
    }

    private static long FloorDiv(long a, long b) => (a / b) - ((a % b != 0 && ((a < 0) ^ (b < 0))) ? 1 : 0);
}
