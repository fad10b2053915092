using DeepLinear.Numeric.Errors;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepLinear.Numeric.Initialization;

/// <summary>
/// The small-variance initializations of dhl §4 (3-layer network 1,000 → 100 → 100 → 10, ReLU): "balanced"
/// <c>W₁ ~ N(0, 10⁻⁴/100)</c>, <c>W₂ ~ N(0, 10⁻⁴/10)</c>, <c>W₃ ~ N(0, 10⁻⁴)</c> (variances as printed), and "unbalanced"
/// with all three <c>N(0, 10⁻⁴)</c>. N(μ, σ²) is read as mean and variance: that reading is the one under which the
/// paper's remark holds, <c>‖W₁‖_F² ≈ ‖W₂‖_F² ≈ ‖W₃‖_F²</c> (10⁵·10⁻⁶ = 10⁴·10⁻⁵ = 10³·10⁻⁴ = 0.1).
/// </summary>
public static class DhlInitializations
{
    /// <summary>The printed variances for the balanced (true) or unbalanced (false) initialization, per layer.</summary>
    public static double[] Variances(bool balanced) => balanced ? [1e-4 / 100, 1e-4 / 10, 1e-4] : [1e-4, 1e-4, 1e-4];

    /// <summary>Weights of the given widths (default 1000, 100, 100, 10) with the printed variances, from a seed.</summary>
    public static Matrix<double>[] Create(bool balanced, int seed, int inputWidth = 1000, int hiddenWidth = 100, int outputWidth = 10)
    {
        Require.Positive(inputWidth, nameof(inputWidth));
        Require.Positive(hiddenWidth, nameof(hiddenWidth));
        Require.Positive(outputWidth, nameof(outputWidth));
        var rng = new MersenneTwister(seed, threadSafe: false);
        var v = Variances(balanced);
        int[] rows = [hiddenWidth, hiddenWidth, outputWidth];
        int[] cols = [inputWidth, hiddenWidth, hiddenWidth];
        return Enumerable.Range(0, 3).Select(h => Matrix<double>.Build.Dense(rows[h], cols[h], (_, _) => Normal.Sample(rng, 0, Math.Sqrt(v[h])))).ToArray();
    }
}
