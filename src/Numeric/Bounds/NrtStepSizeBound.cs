using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Bounds;

/// <summary>
/// The step-size bound of nrt Theorem 2.4, equations (2.8)–(2.11), the choice of δ and the simplified bound of
/// Remark 2.5(b), and the constants (5.1)/(5.3) of the experiments in nrt §5.
/// Every quantity is the paper's: <c>‖·‖</c> is the spectral norm, <c>σ_min(X)</c> the smallest singular value of X
/// (XXᵀ of full rank), <c>L^N(W(0)) = ½‖Y − W_N(0)⋯W₁(0)X‖_F²</c>.
/// </summary>
public static class NrtStepSizeBound
{
    /// <summary>(2.11): <c>M = (√(2L^N(W(0))) + ‖Y‖) / σ_min(X)</c>.</summary>
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

    /// <summary>(2.9): <c>B_δ = 2eN K_δ^{N−1}‖X‖² + √e N K_δ^{N/2−1}‖XYᵀ‖</c>, the bound on <c>‖∇²L^N‖_{F→F}</c> in the proof of Proposition 3.3.</summary>
    public static double B(double k, int depth, double xNorm, double xyTNorm)
    {
        Require.Positive(k, nameof(k));
        Require.Positive(depth, nameof(depth));
        Require.NonNegative(xNorm, nameof(xNorm));
        Require.NonNegative(xyTNorm, nameof(xyTNorm));
        return (2 * Math.E * depth * Math.Pow(k, depth - 1) * xNorm * xNorm)
            + (Math.Sqrt(Math.E) * depth * Math.Pow(k, (depth / 2.0) - 1) * xyTNorm);
    }

    /// <summary>Remark 2.5(b) (and nrt §5): <c>δ = M^{2/N} / N³</c>.</summary>
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
    /// <param name="initialLoss">L^N(W(0)) ≥ 0.</param>
    /// <param name="bDelta">B_δ &gt; 0 from (2.9).</param>
    public static double Eta(double delta, double alpha, double initialLoss, double bDelta)
    {
        Require.Positive(delta, nameof(delta));
        RequireAlpha(alpha);
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

    /// <summary>
    /// The simplified sufficient condition of Remark 2.5(b) (δ = M^{2/N}/N³):
    /// <c>η ≤ 2 / (2(1−α)^{−1}N³M^{2−2/N}σ_min²(X) + 2e^{2−1/N}NM^{2−2/N}‖X‖² + e^{1−1/N}NM^{1−2/N}‖XYᵀ‖)</c>.
    /// It never exceeds the right-hand side of (2.8) with the same δ.
    /// </summary>
    public static double RemarkSimplifiedEta(double alpha, int depth, double m, double sigmaMinX, double xNorm, double xyTNorm)
    {
        RequireAlpha(alpha);
        Require.Positive(depth, nameof(depth));
        Require.Positive(m, nameof(m));
        Require.Positive(sigmaMinX, nameof(sigmaMinX));
        Require.NonNegative(xNorm, nameof(xNorm));
        Require.NonNegative(xyTNorm, nameof(xyTNorm));
        double n = depth;
        double denominator = (2 / (1 - alpha) * Math.Pow(n, 3) * Math.Pow(m, 2 - (2 / n)) * sigmaMinX * sigmaMinX)
            + (2 * Math.Exp(2 - (1 / n)) * n * Math.Pow(m, 2 - (2 / n)) * xNorm * xNorm)
            + (Math.Exp(1 - (1 / n)) * n * Math.Pow(m, 1 - (2 / n)) * xyTNorm);
        return 2 / denominator;
    }

    /// <summary>(5.3): <c>σ = 4L^N(W(0)) / (4L^N(W(0)) + δB_δ)</c>, the σ of (3.14) that reduces it to (2.8) with α = 0.</summary>
    public static double Sigma53(double initialLoss, double delta, double bDelta)
    {
        Require.NonNegative(initialLoss, nameof(initialLoss));
        Require.Positive(delta, nameof(delta));
        Require.Positive(bDelta, nameof(bDelta));
        return 4 * initialLoss / ((4 * initialLoss) + (delta * bDelta));
    }

    /// <summary>(5.3): <c>a₁ = a₂ = 2(1−σ)/B_δ</c> for the schedule (5.2) <c>η_k = min{a₁, a₂/(k+1)^γ}</c>.</summary>
    public static double A53(double initialLoss, double delta, double bDelta) =>
        2 * (1 - Sigma53(initialLoss, delta, bDelta)) / bDelta;

    /// <summary>
    /// Computes every quantity of Theorem 2.4 from the data and the initialization: L^N(W(0)), ‖Y‖, σ_min(X), ‖X‖,
    /// ‖XYᵀ‖, M, δ (Remark 2.5(b) unless <paramref name="delta"/> is given), K_δ, B_δ and the bound (2.8).
    /// </summary>
    /// <param name="x">X ∈ ℝ^{d_x×m} with XXᵀ of full rank (d_x ≤ m).</param>
    /// <param name="y">Y ∈ ℝ^{d_y×m}.</param>
    /// <param name="start">W(0); its balancedness constant must be ≤ αδ.</param>
    /// <param name="alpha">α ∈ [0, 1).</param>
    /// <param name="delta">δ &gt; 0, or null for Remark 2.5(b)'s choice.</param>
    /// <exception cref="NumericArgumentException">XXᵀ singular, shapes that do not fit, α outside [0, 1), or a start
    /// whose balancedness constant exceeds αδ (the hypothesis of Theorem 2.4).</exception>
    public static NrtStepSizeQuantities ForData(Matrix<double> x, Matrix<double> y, DeepLinearNetwork start, double alpha = 0, double? delta = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        RequireAlpha(alpha);
        var data = new RegressionData(x, y);
        data.RequireFullRank(nameof(x), "nrt Theorem 2.4 (σ_min(X) > 0)");
        double initialLoss = Derivatives.DeepLinearGradient.Loss(start, data);
        var sx = MatrixDiagnostics.SingularValues(x);
        double sigmaMin = sx[x.RowCount - 1];
        double xNorm = sx[0];
        double yNorm = MatrixDiagnostics.SpectralNorm(y);
        double xyT = MatrixDiagnostics.SpectralNorm(x.TransposeAndMultiply(y));
        double m = M(initialLoss, yNorm, sigmaMin);
        double d = delta is { } given ? Require.Positive(given, nameof(delta)) : RemarkDelta(m, start.Depth);
        double balance = Balancedness.SpectralConstant(start);
        if (balance > (alpha * d) + (1e-12 * Math.Max(1, d)))
        {
            throw new NumericArgumentException(nameof(start), $"a tuple with balancedness constant {Require.Format(balance)}", $"Theorem 2.4 needs balancedness constant ≤ αδ = {Require.Format(alpha * d)}");
        }

        double k = K(m, start.Depth, d);
        double b = B(k, start.Depth, xNorm, xyT);
        return new NrtStepSizeQuantities(initialLoss, yNorm, sigmaMin, xNorm, xyT, m, d, alpha, k, b, Eta(d, alpha, initialLoss, b));
    }

    private static void RequireAlpha(double alpha)
    {
        if (!(alpha >= 0 && alpha < 1))
        {
            throw new NumericArgumentException(nameof(alpha), Require.Format(alpha), "must lie in [0, 1) (nrt Theorem 2.4)");
        }
    }
}
