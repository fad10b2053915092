namespace DeepLinear.Checks.Reproductions;

/// <summary>Small helpers shared by the reproductions: order statistics, curve thinning, run outcomes.</summary>
internal static class ReproductionMath
{
    /// <summary>The most points a curve keeps (plots and JSON stay small).</summary>
    public const int MaxCurvePoints = 400;

    /// <summary>The median (mean of the two middle values for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        int n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[(n / 2) - 1] + sorted[n / 2]);
    }

    /// <summary>Keeps at most <see cref="MaxCurvePoints"/> evenly spaced points (always the first and last).</summary>
    public static (double[] X, double[] Y) Thin(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        int n = Math.Min(x.Count, y.Count);
        if (n <= MaxCurvePoints)
        {
            return (x.Take(n).ToArray(), y.Take(n).ToArray());
        }

        var xs = new double[MaxCurvePoints];
        var ys = new double[MaxCurvePoints];
        for (int i = 0; i < MaxCurvePoints; i++)
        {
            int k = (int)Math.Round((double)i * (n - 1) / (MaxCurvePoints - 1));
            xs[i] = x[k];
            ys[i] = y[k];
        }

        return (xs, ys);
    }

    /// <summary>The loss curve of a run (iteration, loss), thinned.</summary>
    public static ReproductionCurve LossCurve(string label, RunResult run, bool dashed = false)
    {
        var points = run.Trajectory.Points;
        var (x, y) = Thin(points.Select(p => (double)p.Iteration).ToArray(), points.Select(p => p.Loss).ToArray());
        return new ReproductionCurve(label, x, y, dashed);
    }

    /// <summary>
    /// A plain-words outcome of a descent run: "diverged at k", "converged" (final loss ≤ 10⁻⁶ × initial), or
    /// "decreasing" / "not decreasing" with the ratio final/initial.
    /// </summary>
    public static RunOutcome Outcome(RunResult run)
    {
        var points = run.Trajectory.Points;
        double initial = points[0].Loss;
        double final = points[^1].Loss;
        if (run.Reason == StopReason.Diverged)
        {
            return new RunOutcome(RunOutcomeKind.Diverged, initial, final, run.StopIteration);
        }

        double ratio = final / initial;
        var kind = ratio <= 1e-6 ? RunOutcomeKind.Converged : ratio < 1 ? RunOutcomeKind.Decreasing : RunOutcomeKind.NotDecreasing;
        return new RunOutcome(kind, initial, final, run.StopIteration);
    }
}
