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
    /// <summary>The widths of nrt §5 for depth <paramref name="depth"/> ≥ 2, input width d and rank r.</summary>
    public static LayerDimensions Widths(int depth, int d, int r)
    {
        Require.Positive(d, nameof(d));
        Require.Positive(r, nameof(r));
        if (depth < 2)
        {
            throw new NumericArgumentException(nameof(depth), depth.ToString(System.Globalization.CultureInfo.InvariantCulture), "nrt §5 defines the widths for N ≥ 2");
        }

        var widths = new int[depth + 1];
        widths[0] = d;
        widths[1] = r;
        for (int j = 2; j <= depth; j++)
        {
            widths[j] = (int)Math.Round(r + ((j - 1) * (double)(d - r) / (depth - 1)), MidpointRounding.AwayFromZero);
        }

        return new LayerDimensions(widths);
    }

    /// <summary>A Haar-distributed orthogonal n×n matrix (QR of a Gaussian matrix with the signs of R's diagonal fixed).</summary>
    public static Matrix<double> HaarOrthogonal(int n, System.Random random)
    {
        Require.Positive(n, nameof(n));
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

    /// <summary>The balanced orthogonal factors <c>W_j = V_j I_{d_j,d₁} U_jᵀ</c> of nrt §5 for the given widths.</summary>
    public static DeepLinearNetwork BalancedOrthogonal(LayerDimensions widths, System.Random random)
    {
        ArgumentNullException.ThrowIfNull(widths);
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
}
