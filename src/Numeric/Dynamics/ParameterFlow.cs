using System.Globalization;
using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// The gradient flow <c>ẏ = F(y)</c> of an arbitrary parameter vector (for example the weights of a
/// <see cref="Losses.HomogeneousNetwork"/> with <c>F = −∇L</c>, dhl (5), or the free parameters of a network with shared
/// weights, dhl §2.2), integrated by the classic fixed-step Runge–Kutta method. The vector field may be only piecewise
/// smooth (ReLU activation patterns); the integrator does not locate kinks, so its error across a kink is O(h²) rather
/// than O(h⁵) per step.
/// </summary>
public static class ParameterFlow
{
    /// <summary>
    /// Integrates <c>ẏ = field(y)</c> from <paramref name="start"/> to <paramref name="endTime"/> with RK4 steps of size
    /// <paramref name="step"/> (the last one shortened), recording the state every <paramref name="recordStride"/> steps
    /// and at the end. Stops with <see cref="StopReason.Diverged"/> at the first non-finite state (the record then ends with
    /// the last finite state), or <see cref="StopReason.Cancelled"/>.
    /// </summary>
    /// <param name="start">The initial state (copied).</param>
    /// <param name="field">The vector field; it must return a new array of the same length.</param>
    /// <param name="endTime">The final time, &gt; 0.</param>
    /// <param name="step">The step size, &gt; 0.</param>
    /// <param name="recordStride">Record every this many steps (≥ 1).</param>
    /// <param name="cancellationToken">Stops the integration early.</param>
    /// <returns>The recorded times and states and why the integration stopped.</returns>
    /// <exception cref="NumericArgumentException">A non-positive end time, step or stride, or a non-finite start.</exception>
    public static ParameterFlowResult RungeKutta4(double[] start, Func<double[], double[]> field, double endTime, double step, int recordStride = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(field);
        Require.Positive(endTime, nameof(endTime));
        Require.Positive(step, nameof(step));
        Require.Positive(recordStride, nameof(recordStride));
        if (!start.All(double.IsFinite))
        {
            throw new NumericArgumentException(nameof(start), "a vector with a non-finite entry", "the initial state must be finite");
        }

        int n = start.Length;
        var y = (double[])start.Clone();
        var times = new List<double> { 0 };
        var states = new List<double[]> { (double[])y.Clone() };
        int steps = (int)Math.Ceiling((endTime / step) - 1e-9);
        double t = 0;
        var tmp = new double[n];
        for (int s = 1; s <= steps; s++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return new ParameterFlowResult(times, states, StopReason.Cancelled, $"cancelled at t = {t.ToString("G6", CultureInfo.InvariantCulture)}");
            }

            double h = Math.Min(step, endTime - t);
            var k1 = field(y);
            for (int i = 0; i < n; i++)
            {
                tmp[i] = y[i] + (h / 2 * k1[i]);
            }

            var k2 = field(tmp);
            for (int i = 0; i < n; i++)
            {
                tmp[i] = y[i] + (h / 2 * k2[i]);
            }

            var k3 = field(tmp);
            for (int i = 0; i < n; i++)
            {
                tmp[i] = y[i] + (h * k3[i]);
            }

            var k4 = field(tmp);
            var next = new double[n];
            bool finite = true;
            for (int i = 0; i < n; i++)
            {
                next[i] = y[i] + (h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]));
                finite &= double.IsFinite(next[i]);
            }

            if (!finite)
            {
                return new ParameterFlowResult(times, states, StopReason.Diverged, $"non-finite state at step {s.ToString(CultureInfo.InvariantCulture)}");
            }

            y = next;
            t += h;
            if (s % recordStride == 0 || s == steps)
            {
                times.Add(t);
                states.Add((double[])y.Clone());
            }
        }

        return new ParameterFlowResult(times, states, StopReason.IterationBudget, $"integrated to t = {t.ToString("G6", CultureInfo.InvariantCulture)}");
    }
}
