namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// Floating-point helpers of the lcc checks: the reduced data (X = I, Y = Σ_Y) under which the engine's loss is lcc's
/// L of (2), and gradient-flow runs of the numeric engine (<see cref="GradientFlow.Adaptive"/>) cut into segments so
/// that the factors are available at every recorded time.
/// </summary>
internal static class LccNumeric
{
    /// <summary>Relative tolerance of the flow integrator.</summary>
    public const double FlowRelativeTolerance = 1e-10;

    /// <summary>Absolute tolerance of the flow integrator.</summary>
    public const double FlowAbsoluteTolerance = 1e-12;

    /// <summary>The reduced data: X = I_{dₓ}, Y = Σ_Y, so ½‖Y − W̄_{H+1}⋯W̄₁X‖²_F = L(Ξ) of (2).</summary>
    public static RegressionData ReducedData(Matrix<double> sigma)
        => new(Matrix<double>.Build.DenseIdentity(sigma.ColumnCount), sigma);

    /// <summary>Σ_Y = [diag(s) | 0] ∈ ℝ^{d_y×dₓ}.</summary>
    public static Matrix<double> Sigma(double[] s, int dx)
        => Matrix<double>.Build.Dense(s.Length, dx, (i, j) => i == j ? s[i] : 0);

    /// <summary>
    /// Integrates the gradient flow of the engine from <paramref name="start"/> and returns the network at each of the
    /// increasing times (0 included as the first entry), segment by segment, or null when the integrator did not reach
    /// a time (divergence or cancellation).
    /// </summary>
    public static List<(double Time, DeepLinearNetwork Network)>? Flow(DeepLinearNetwork start, RegressionData data, IReadOnlyList<double> times, CancellationToken token)
    {
        var result = new List<(double, DeepLinearNetwork)> { (0, start) };
        var current = start;
        double t = 0;
        foreach (double next in times)
        {
            if (next <= t)
            {
                continue;
            }

            var run = GradientFlow.Adaptive(current, data, next - t, FlowRelativeTolerance, FlowAbsoluteTolerance, recordInterval: next - t, cancellationToken: token);
            if (run.Reason != StopReason.IterationBudget || run.Trajectory.Points.Count == 0 || run.Trajectory.Points[^1].Time < (next - t) * (1 - 1e-9))
            {
                return null;
            }

            current = run.Final;
            t = next;
            result.Add((t, current));
        }

        return result;
    }

    /// <summary>Times 0 &lt; t₁ &lt; … &lt; t_k = end, geometrically spaced from <paramref name="first"/> (k points).</summary>
    public static double[] GeometricTimes(double first, double end, int count)
    {
        var times = new double[count];
        double ratio = Math.Pow(end / first, 1.0 / Math.Max(1, count - 1));
        for (int i = 0; i < count; i++)
        {
            times[i] = i == count - 1 ? end : first * Math.Pow(ratio, i);
        }

        return times;
    }

    /// <summary>L = ½‖Σ − W̄₂W̄₁‖²_F for H = 1.</summary>
    public static double Loss(Matrix<double> sigma, Matrix<double> w1, Matrix<double> w2)
    {
        double f = (sigma - (w2 * w1)).FrobeniusNorm();
        return 0.5 * f * f;
    }
}
