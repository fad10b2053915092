using System.Globalization;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Workspace;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// Gradient descent <c>W_j(k+1) = W_j(k) − η_k ∇_{W_j}L^N(W(k))</c> for all j simultaneously (nrt (2.1)) on the
/// allocation-free <see cref="DescentWorkspace"/>, recording metrics at a stride.
/// </summary>
public static class GradientDescent
{
    /// <summary>
    /// Runs descent from <paramref name="start"/> and returns why it stopped: converged (tolerances), iteration budget,
    /// diverged (non-finite values or loss growth past the threshold, with the iteration), or cancelled. Never throws
    /// half-way for divergence.
    /// </summary>
    /// <exception cref="Errors.NumericArgumentException">Invalid options or shapes (before any step is taken).</exception>
    public static RunResult Run(DeepLinearNetwork start, RegressionData data, GradientDescentOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var ws = new DescentWorkspace(start, data);
        var points = new List<TrajectoryPoint>();
        double initialLoss = ws.Loss();
        double threshold = (options.DivergenceFactor * initialLoss) + 1;
        double time = 0;
        var lastFinite = start;
        int k = 0;
        StopReason reason = StopReason.IterationBudget;
        string message = $"iteration budget of {options.Iterations.ToString(CultureInfo.InvariantCulture)} used";
        while (true)
        {
            bool record = k % options.RecordStride == 0 || k == options.Iterations;
            double loss = double.NaN;
            double gradNorm = double.NaN;
            bool needLoss = record || options.LossTolerance > 0 || (k % 16 == 0);
            if (needLoss)
            {
                loss = ws.Loss();
            }

            // The gradients are needed for the step anyway; checking their norm every iteration stops the run before a
            // non-finite step is applied, so the final network is the last finite iterate.
            gradNorm = Math.Sqrt(ws.GradientNormSquared());
            bool finite = (!needLoss || double.IsFinite(loss)) && double.IsFinite(gradNorm) && ws.FactorsAreFinite();
            if (!finite || (needLoss && loss > threshold))
            {
                reason = StopReason.Diverged;
                message = finite
                    ? $"diverged at iteration {k.ToString(CultureInfo.InvariantCulture)}: loss {Short(loss, 6)} exceeds {Short(options.DivergenceFactor, 3)} × initial loss"
                    : $"diverged at iteration {k.ToString(CultureInfo.InvariantCulture)}: non-finite values";
                if (ws.FactorsAreFinite())
                {
                    lastFinite = ws.ToNetwork();
                    if (finite)
                    {
                        points.Add(MetricRecorder.Record(k, time, double.NaN, lastFinite, loss, gradNorm, options.RankTolerance, options.Metrics));
                    }
                }

                break;
            }

            double eta = k < options.Iterations ? options.Schedule.StepSize(k) : double.NaN;
            if (record)
            {
                lastFinite = ws.ToNetwork();
                points.Add(MetricRecorder.Record(k, time, eta, lastFinite, loss, gradNorm, options.RankTolerance, options.Metrics));
            }

            if ((options.GradientTolerance > 0 && gradNorm <= options.GradientTolerance) || (options.LossTolerance > 0 && loss <= options.LossTolerance))
            {
                reason = StopReason.Converged;
                message = $"converged at iteration {k.ToString(CultureInfo.InvariantCulture)}";
                if (!record)
                {
                    lastFinite = ws.ToNetwork();
                    points.Add(MetricRecorder.Record(k, time, eta, lastFinite, loss, gradNorm, options.RankTolerance, options.Metrics));
                }

                break;
            }

            if (k >= options.Iterations)
            {
                break;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                reason = StopReason.Cancelled;
                message = $"cancelled at iteration {k.ToString(CultureInfo.InvariantCulture)}";
                lastFinite = ws.ToNetwork();
                if (!record)
                {
                    points.Add(MetricRecorder.Record(k, time, eta, lastFinite, needLoss ? loss : ws.Loss(), gradNorm, options.RankTolerance, options.Metrics));
                }

                break;
            }

            ws.Step(eta);
            time += eta;
            k++;
        }

        if (reason != StopReason.Diverged && lastFinite is not null && points.Count > 0 && points[^1].Iteration != k)
        {
            lastFinite = ws.ToNetwork();
        }

        return new RunResult(lastFinite!, new Trajectory(points, start.Depth, options.RankTolerance) { Metrics = options.Metrics }, reason, k, message);
    }

    /// <summary>A number with <paramref name="digits"/> significant digits and a short exponent (<c>4.07e9</c>, not <c>4.07E+09</c>).</summary>
    private static string Short(double value, int digits)
    {
        string text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        return e < 0 ? text : text[..e] + "e" + int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }
}
