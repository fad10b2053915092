using System.Globalization;
using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Bounds;

/// <summary>
/// The step sizes and constants of dhl §3 (asymmetric matrix factorization <c>½‖UVᵀ − M*‖_F²</c>, dhl (8)–(9);
/// ‖M*‖_F Frobenius, r the rank of M*, σ₁ its largest singular value). The schedule objects that use these constants
/// live in <c>DeepLinear.Numeric.Dynamics</c>.
/// </summary>
public static class DhlBounds
{
    /// <summary>
    /// The constant of dhl Theorem 3.1's schedule, <c>C = √(ε/r) / (100·‖M*‖_F^{3/2})</c>, so that
    /// <c>η_t = C/(t + 1)</c> as printed, or <c>η_t = C/(t + 1)^{1/2+δ}</c> under footnote 11.
    /// </summary>
    /// <param name="epsilon">ε with 0 &lt; ε &lt; ‖M*‖_F.</param>
    /// <param name="rank">r ≥ 1.</param>
    /// <param name="targetFrobenius">‖M*‖_F &gt; 0.</param>
    public static double Theorem31Constant(double epsilon, int rank, double targetFrobenius)
    {
        Require.Positive(epsilon, nameof(epsilon));
        Require.Positive(rank, nameof(rank));
        Require.Positive(targetFrobenius, nameof(targetFrobenius));
        if (epsilon >= targetFrobenius)
        {
            throw new NumericArgumentException(nameof(epsilon), Require.Format(epsilon), $"dhl Theorem 3.1 needs 0 < ε < ‖M*‖_F = {Require.Format(targetFrobenius)}");
        }

        return Math.Sqrt(epsilon / rank) / (100 * Math.Pow(targetFrobenius, 1.5));
    }

    /// <summary>
    /// dhl Theorem 3.1: <c>η_t = √(ε/r) / (100·(t+1)^p·‖M*‖_F^{3/2})</c> with p = 1 as printed; footnote 11 allows
    /// <c>η_t = Θ(t^{−(1/2+δ)})</c>, δ ∈ (0, 1/2]: pass <paramref name="exponent"/> = 1/2 + δ for that variant.
    /// </summary>
    /// <param name="epsilon">ε with 0 &lt; ε &lt; ‖M*‖_F.</param>
    /// <param name="rank">r ≥ 1.</param>
    /// <param name="targetFrobenius">‖M*‖_F &gt; 0.</param>
    /// <param name="t">The iteration index t ≥ 0.</param>
    /// <param name="exponent">p ∈ (1/2, 1] (footnote 11: p = 1/2 + δ, 0 &lt; δ ≤ 1/2).</param>
    public static double Theorem31StepSize(double epsilon, int rank, double targetFrobenius, int t, double exponent = 1)
    {
        if (t < 0)
        {
            throw new NumericArgumentException(nameof(t), t.ToString(CultureInfo.InvariantCulture), "the iteration index must be ≥ 0");
        }

        if (!(exponent > 0.5 && exponent <= 1))
        {
            throw new NumericArgumentException(nameof(exponent), Require.Format(exponent), "must be 1/2 + δ with 0 < δ ≤ 1/2 (dhl footnote 11)");
        }

        return Theorem31Constant(epsilon, rank, targetFrobenius) / Math.Pow(t + 1, exponent);
    }

    /// <summary>dhl Lemma B.1 / proof of Theorem 3.1: the smoothness constant <c>β = (66√r + 2)‖M*‖_F</c> on the bounded region.</summary>
    public static double SmoothnessConstant(int rank, double targetFrobenius)
    {
        Require.Positive(rank, nameof(rank));
        Require.NonNegative(targetFrobenius, nameof(targetFrobenius));
        return ((66 * Math.Sqrt(rank)) + 2) * targetFrobenius;
    }

    /// <summary>dhl Lemma 3.1 (iii): the bound <c>‖U_t‖_F², ‖V_t‖_F² ≤ 5√r‖M*‖_F</c>.</summary>
    public static double Lemma31FactorNormSquaredBound(int rank, double targetFrobenius)
    {
        Require.Positive(rank, nameof(rank));
        Require.NonNegative(targetFrobenius, nameof(targetFrobenius));
        return 5 * Math.Sqrt(rank) * targetFrobenius;
    }

    /// <summary>dhl Theorem 3.2 (rank 1): the constant step size <c>η = c_step/σ₁</c>.</summary>
    public static double Theorem32StepSize(double cStep, double sigma1)
    {
        Require.Positive(cStep, nameof(cStep));
        Require.Positive(sigma1, nameof(sigma1));
        return cStep / sigma1;
    }

    /// <summary>
    /// dhl Theorem 3.2 (rank 1): the initialization <c>u₀, v₀ ~ N(0, δI)</c> with <c>δ = c_init√(σ₁/d)</c>,
    /// d = max{d₁, d₂}; returns δ (the printed covariance scale).
    /// </summary>
    public static double Theorem32InitialScale(double cInit, double sigma1, int d)
    {
        Require.Positive(cInit, nameof(cInit));
        Require.Positive(sigma1, nameof(sigma1));
        Require.Positive(d, nameof(d));
        return cInit * Math.Sqrt(sigma1 / d);
    }
}
