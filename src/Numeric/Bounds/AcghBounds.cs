using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Bounds;

/// <summary>The constants of acgh Theorems 1 and 2 (ℓ2 loss over whitened data, ‖Φ‖_F Frobenius, ‖Φ‖₂ spectral).</summary>
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
}
