using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Bounds;

/// <summary>
/// The step-size bound of nrt Theorem 2.4, equations (2.8)–(2.11), and the choice of δ of Remark 2.5(b).
/// Every quantity is the paper's: <c>‖X‖</c> is the spectral norm, <c>σ_min(X)</c> the smallest singular value of X
/// (XXᵀ of full rank), <c>L^N(W(0)) = ½‖Y − W_N(0)⋯W₁(0)X‖_F²</c>.
/// </summary>
public static class NrtStepSizeBound
{
    /// <summary>(2.11): <c>M = (√(2L^N(W(0))) + ‖Y‖) / σ_min(X)</c> (‖Y‖ spectral).</summary>
    public static double M(double initialLoss, double yNorm, double sigmaMinX)
    {
        Require.NonNegative(initialLoss, nameof(initialLoss));
        Require.NonNegative(yNorm, nameof(yNorm));
        Require.Positive(sigmaMinX, nameof(sigmaMinX));
        return (Math.Sqrt(2 * initialLoss) + yNorm) / sigmaMinX;
    }

    /// <summary>(2.10): <c>K_δ = M^{2/N} + N²δ</c>.</summary>
    public static double K(double m, int depth, double delta)
    {
        Require.NonNegative(m, nameof(m));
        Require.Positive(depth, nameof(depth));
        Require.NonNegative(delta, nameof(delta));
        return Math.Pow(m, 2.0 / depth) + ((double)depth * depth * delta);
    }

    /// <summary>(2.9): <c>B_δ = 2eN K_δ^{N−1}‖X‖² + √e N K_δ^{N/2−1}‖XYᵀ‖</c>.</summary>
    public static double B(double k, int depth, double xNorm, double xyTNorm)
    {
        Require.Positive(k, nameof(k));
        Require.Positive(depth, nameof(depth));
        Require.NonNegative(xNorm, nameof(xNorm));
        Require.NonNegative(xyTNorm, nameof(xyTNorm));
        return (2 * Math.E * depth * Math.Pow(k, depth - 1) * xNorm * xNorm)
            + (Math.Sqrt(Math.E) * depth * Math.Pow(k, (depth / 2.0) - 1) * xyTNorm);
    }

    /// <summary>Remark 2.5(b): <c>δ = M^{2/N} / N³</c>.</summary>
    public static double RemarkDelta(double m, int depth)
    {
        Require.NonNegative(m, nameof(m));
        Require.Positive(depth, nameof(depth));
        return Math.Pow(m, 2.0 / depth) / Math.Pow(depth, 3);
    }

    /// <summary>
    /// (2.8): <c>η ≤ 2(1−α)δ / (4L^N(W(0)) + (1−α)δB_δ)</c>; with α = 0 this is (5.1).
    /// </summary>
    /// <param name="delta">δ &gt; 0.</param>
    /// <param name="alpha">α ∈ [0, 1): the initialization has balancedness constant αδ.</param>
    /// <param name="initialLoss">L^N(W(0)).</param>
    /// <param name="bDelta">B_δ from (2.9).</param>
    public static double Eta(double delta, double alpha, double initialLoss, double bDelta)
    {
        Require.Positive(delta, nameof(delta));
        if (!(alpha >= 0 && alpha < 1))
        {
            throw new NumericArgumentException(nameof(alpha), Require.Format(alpha), "must lie in [0, 1) (Theorem 2.4)");
        }

        Require.NonNegative(initialLoss, nameof(initialLoss));
        Require.Positive(bDelta, nameof(bDelta));
        return 2 * (1 - alpha) * delta / ((4 * initialLoss) + ((1 - alpha) * delta * bDelta));
    }

    /// <summary>
    /// The whole chain for a balanced start (α = 0, δ of Remark 2.5(b)): the step size of (5.1) used in nrt §5.
    /// </summary>
    public static double EtaForBalancedStart(double initialLoss, int depth, double yNorm, double sigmaMinX, double xNorm, double xyTNorm)
    {
        double m = M(initialLoss, yNorm, sigmaMinX);
        double delta = RemarkDelta(m, depth);
        double k = K(m, depth, delta);
        return Eta(delta, 0, initialLoss, B(k, depth, xNorm, xyTNorm));
    }
}
