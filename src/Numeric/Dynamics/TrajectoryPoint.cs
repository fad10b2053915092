namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// The metrics recorded at one iterate of a run.
/// </summary>
/// <param name="Iteration">The iteration k (or flow step index).</param>
/// <param name="Time">The flow time t (for descent: Σ_{i&lt;k} η_i).</param>
/// <param name="StepSize">The step size used to leave this iterate (NaN at the last point).</param>
/// <param name="Loss">L^N at the iterate.</param>
/// <param name="GradientNorm">‖∇L^N‖_F at the iterate.</param>
/// <param name="Balancedness">Per pair j = 1..N−1: ‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖ in spectral norm (nrt Def 2.3); empty
/// when <see cref="TrajectoryMetrics.Balancedness"/> was not recorded.</param>
/// <param name="BalancednessFrobenius">Per pair j: the same in Frobenius norm (acgh Def 1); empty when not recorded.</param>
/// <param name="FactorSpectralNorms">‖W_j‖ for j = 1..N; empty when <see cref="TrajectoryMetrics.FactorNorms"/> was not
/// recorded.</param>
/// <param name="ProductMinSingularValue">σ_min(W_N⋯W₁) (the min(d_N, d₀)-th singular value); NaN when
/// <see cref="TrajectoryMetrics.ProductSpectrum"/> was not recorded.</param>
/// <param name="ProductRank">The numerical rank of the product (tolerance in <see cref="Trajectory.RankTolerance"/>); −1
/// when not recorded.</param>
public sealed record TrajectoryPoint(
    int Iteration,
    double Time,
    double StepSize,
    double Loss,
    double GradientNorm,
    IReadOnlyList<double> Balancedness,
    IReadOnlyList<double> BalancednessFrobenius,
    IReadOnlyList<double> FactorSpectralNorms,
    double ProductMinSingularValue,
    int ProductRank);
