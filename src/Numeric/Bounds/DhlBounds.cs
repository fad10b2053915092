using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Bounds;

/// <summary>The step sizes of dhl §3 (asymmetric matrix factorization, ‖M*‖_F Frobenius).</summary>
public static class DhlBounds
{
    /// <summary>
    /// dhl Theorem 3.1: <c>η_t = √(ε/r) / (100·(t+1)^p·‖M*‖_F^{3/2})</c>. The main text prints exponent p = 1 on (t + 1)
    /// (the extraction is damaged there) and its footnote 11 allows <c>η_t = Θ(t^{−(1/2+δ)})</c>, δ ∈ (0, 1/2]; pass
    /// <paramref name="exponent"/> = 1/2 + δ for the latter.
    /// </summary>
    public static double Theorem31StepSize(double epsilon, int rank, double targetFrobenius, int t, double exponent = 1)
    {
        Require.Positive(epsilon, nameof(epsilon));
        Require.Positive(rank, nameof(rank));
        Require.Positive(targetFrobenius, nameof(targetFrobenius));
        if (t < 0)
        {
            throw new NumericArgumentException(nameof(t), t.ToString(System.Globalization.CultureInfo.InvariantCulture), "the iteration index must be ≥ 0");
        }

        Require.Positive(exponent, nameof(exponent));
        return Math.Sqrt(epsilon / rank) / (100 * Math.Pow(t + 1, exponent) * Math.Pow(targetFrobenius, 1.5));
    }

    /// <summary>dhl Lemma B.1 / proof of Theorem 3.1: the smoothness constant <c>β = (66√r + 2)‖M*‖_F</c>.</summary>
    public static double SmoothnessConstant(int rank, double targetFrobenius)
    {
        Require.Positive(rank, nameof(rank));
        Require.NonNegative(targetFrobenius, nameof(targetFrobenius));
        return ((66 * Math.Sqrt(rank)) + 2) * targetFrobenius;
    }
}
