namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// Which optional metrics a run records at each recorded iterate (the loss, the gradient norm, the iteration, the time
/// and the step size are always recorded). Leaving out the product spectrum saves an SVD of the d_N×d₀ product per
/// recorded point.
/// </summary>
[Flags]
public enum TrajectoryMetrics
{
    /// <summary>Only the always-recorded columns.</summary>
    None = 0,

    /// <summary>Per pair j: ‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖ in spectral and in Frobenius norm (nrt Def 2.3, acgh Def 1).</summary>
    Balancedness = 1,

    /// <summary>‖W_j‖ (spectral) for every layer.</summary>
    FactorNorms = 2,

    /// <summary>σ_min of the product W_N⋯W₁ and its numerical rank.</summary>
    ProductSpectrum = 4,

    /// <summary>Every metric.</summary>
    All = Balancedness | FactorNorms | ProductSpectrum,
}
