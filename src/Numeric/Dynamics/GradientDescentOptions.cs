using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>Options of a gradient-descent run (immutable; validated by <see cref="Validate"/>).</summary>
/// <param name="Iterations">The iteration budget (≥ 1).</param>
/// <param name="Schedule">The step sizes η_k.</param>
/// <param name="RecordStride">Record metrics every this many iterations (≥ 1); the start and the last iterate are always recorded.</param>
/// <param name="GradientTolerance">Stop as converged when ‖∇L^N‖_F ≤ this (0 disables).</param>
/// <param name="LossTolerance">Stop as converged when L^N ≤ this (0 disables).</param>
/// <param name="DivergenceFactor">Stop as diverged when L^N exceeds this factor times the initial loss (plus 1).</param>
/// <param name="RankTolerance">Relative tolerance of the numerical rank of the product.</param>
/// <param name="Metrics">The optional metrics to record (the loss and gradient norm are always recorded).</param>
public sealed record GradientDescentOptions(
    int Iterations,
    StepSchedule Schedule,
    int RecordStride = 1,
    double GradientTolerance = 0,
    double LossTolerance = 0,
    double DivergenceFactor = 1e6,
    double RankTolerance = 1e-10,
    TrajectoryMetrics Metrics = TrajectoryMetrics.All)
{
    /// <summary>Checks every option, naming the offending one.</summary>
    public void Validate()
    {
        Require.Positive(Iterations, nameof(Iterations));
        ArgumentNullException.ThrowIfNull(Schedule);
        Require.Positive(RecordStride, nameof(RecordStride));
        Require.NonNegative(GradientTolerance, nameof(GradientTolerance));
        Require.NonNegative(LossTolerance, nameof(LossTolerance));
        Require.Positive(DivergenceFactor, nameof(DivergenceFactor));
        Require.NonNegative(RankTolerance, nameof(RankTolerance));
        if ((Metrics & ~TrajectoryMetrics.All) != 0)
        {
            throw new NumericArgumentException(nameof(Metrics), ((int)Metrics).ToString(System.Globalization.CultureInfo.InvariantCulture), "must combine only the flags of TrajectoryMetrics");
        }
    }
}
