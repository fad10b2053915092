using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Bounds;

/// <summary>
/// The constants of acgh Theorems 1 and 2 (ℓ2 loss over whitened data <c>½‖W_N⋯W₁ − Φ‖_F²</c>, acgh (3);
/// ‖Φ‖_F Frobenius, ‖Φ‖₂ spectral; c the deficiency margin of Definition 2; ℓ(0) the initial loss).
/// </summary>
public static class AcghBounds
{
    /// <summary>acgh Theorem 1: <c>δ = c² / (256·N³·‖Φ‖_F^{2(N−1)/N})</c>.</summary>
    public static double Theorem1Delta(double margin, int depth, double phiFrobenius)
    {
        Require.Positive(margin, nameof(margin));
        Require.Positive(depth, nameof(depth));
        Require.Positive(phiFrobenius, nameof(phiFrobenius));
        return margin * margin / (256.0 * Math.Pow(depth, 3) * Math.Pow(phiFrobenius, 2.0 * (depth - 1) / depth));
    }

    /// <summary>acgh (7): <c>η ≤ c^{(4N−2)/N} / (6144·N³·‖Φ‖_F^{(6N−4)/N})</c>.</summary>
    public static double Theorem1Eta(double margin, int depth, double phiFrobenius)
    {
        Require.Positive(margin, nameof(margin));
        Require.Positive(depth, nameof(depth));
        Require.Positive(phiFrobenius, nameof(phiFrobenius));
        return Math.Pow(margin, (4.0 * depth - 2) / depth) / (6144.0 * Math.Pow(depth, 3) * Math.Pow(phiFrobenius, (6.0 * depth - 4) / depth));
    }

    /// <summary>acgh (8): <c>T ≥ (1/(η·c^{2(N−1)/N}))·log(ℓ(0)/ε)</c>; returns the right-hand side.</summary>
    public static double Theorem1Iterations(double eta, double margin, int depth, double initialLoss, double epsilon)
    {
        Require.Positive(eta, nameof(eta));
        Require.Positive(margin, nameof(margin));
        Require.Positive(depth, nameof(depth));
        Require.Positive(initialLoss, nameof(initialLoss));
        Require.Positive(epsilon, nameof(epsilon));
        return Math.Log(initialLoss / epsilon) / (eta * Math.Pow(margin, 2.0 * (depth - 1) / depth));
    }

    /// <summary>acgh Theorem 2: <c>η ≤ (s²d₀)^{4−2/N} / (10⁵·N³·‖Φ‖₂^{10−6/N})</c>.</summary>
    public static double Theorem2Eta(double s, int inputDimension, int depth, double phiSpectral)
    {
        Require.Positive(s, nameof(s));
        Require.Positive(inputDimension, nameof(inputDimension));
        Require.Positive(depth, nameof(depth));
        Require.Positive(phiSpectral, nameof(phiSpectral));
        return Math.Pow(s * s * inputDimension, 4 - (2.0 / depth)) / (1e5 * Math.Pow(depth, 3) * Math.Pow(phiSpectral, 10 - (6.0 / depth)));
    }

    /// <summary>
    /// acgh Theorem 2, iteration count: <c>T ≥ (4/η)(ln(4)(‖Φ‖₂/(s²d₀))^{2−2/N} + ‖Φ‖₂^{2/N−2} ln(‖Φ‖₂²/(8ε)))</c>;
    /// returns the right-hand side.
    /// </summary>
    public static double Theorem2Iterations(double eta, double s, int inputDimension, int depth, double phiSpectral, double epsilon)
    {
        Require.Positive(eta, nameof(eta));
        Require.Positive(s, nameof(s));
        Require.Positive(inputDimension, nameof(inputDimension));
        Require.Positive(depth, nameof(depth));
        Require.Positive(phiSpectral, nameof(phiSpectral));
        Require.Positive(epsilon, nameof(epsilon));
        double n = depth;
        return 4 / eta * ((Math.Log(4) * Math.Pow(phiSpectral / (s * s * inputDimension), 2 - (2 / n)))
            + (Math.Pow(phiSpectral, (2 / n) - 2) * Math.Log(phiSpectral * phiSpectral / (8 * epsilon))));
    }

    /// <summary>
    /// acgh Theorem 2, initialization scale: <c>s ≤ ‖Φ‖₂ / √(a·d₀²)</c> for the (unspecified) constant a &gt; 0 of the
    /// theorem; returns the right-hand side.
    /// </summary>
    public static double Theorem2MaxStandardDeviation(double phiSpectral, double a, int inputDimension)
    {
        Require.Positive(phiSpectral, nameof(phiSpectral));
        Require.Positive(a, nameof(a));
        Require.Positive(inputDimension, nameof(inputDimension));
        return phiSpectral / Math.Sqrt(a * inputDimension * (double)inputDimension);
    }
}
