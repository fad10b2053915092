using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Bounds;

/// <summary>
/// The auxiliary bounds of nrt §3 (spectral norms ‖·‖, σ_min(X) the smallest singular value, XXᵀ of full rank).
/// </summary>
public static class NrtBounds
{
    /// <summary>nrt Lemma 3.1 (3.3), right-hand side: <c>‖W‖ ≤ (√(2L¹(W)) + ‖Y‖)σ_min^{−1}(X)</c>.</summary>
    public static double ProductNormBound(double loss, double yNorm, double sigmaMinX)
    {
        Require.NonNegative(loss, nameof(loss));
        Require.NonNegative(yNorm, nameof(yNorm));
        Require.Positive(sigmaMinX, nameof(sigmaMinX));
        return (Math.Sqrt(2 * loss) + yNorm) / sigmaMinX;
    }

    /// <summary>nrt Lemma 3.1 (3.4), right-hand side: <c>‖∇L¹(W)‖ ≤ √(2L¹(W))‖X‖</c>.</summary>
    public static double OuterGradientNormBound(double loss, double xNorm)
    {
        Require.NonNegative(loss, nameof(loss));
        Require.NonNegative(xNorm, nameof(xNorm));
        return Math.Sqrt(2 * loss) * xNorm;
    }

    /// <summary>nrt Proposition 3.2: <c>‖W_j‖² ≤ ‖W‖^{2/N} + N²δ</c> for a tuple with balancedness constant δ.</summary>
    public static double FactorNormSquaredBound(double productNorm, int depth, double delta)
    {
        Require.NonNegative(productNorm, nameof(productNorm));
        Require.Positive(depth, nameof(depth));
        Require.NonNegative(delta, nameof(delta));
        return Math.Pow(productNorm, 2.0 / depth) + ((double)depth * depth * delta);
    }

    /// <summary>
    /// nrt (3.14): <c>η_k ≤ min{2(1−σ)/B_δ, σ(1−α)δ/(2L^N(W(0)))}</c> for some σ ∈ (0, 1).
    /// </summary>
    public static double Condition314(double sigma, double alpha, double delta, double initialLoss, double bDelta)
    {
        if (!(sigma > 0 && sigma < 1))
        {
            throw new NumericArgumentException(nameof(sigma), Require.Format(sigma), "must lie in (0, 1) (nrt (3.14))");
        }

        if (!(alpha >= 0 && alpha < 1))
        {
            throw new NumericArgumentException(nameof(alpha), Require.Format(alpha), "must lie in [0, 1)");
        }

        Require.Positive(delta, nameof(delta));
        Require.Positive(bDelta, nameof(bDelta));
        Require.NonNegative(initialLoss, nameof(initialLoss));
        double second = initialLoss == 0 ? double.PositiveInfinity : sigma * (1 - alpha) * delta / (2 * initialLoss);
        return Math.Min(2 * (1 - sigma) / bDelta, second);
    }
}
