using System.Globalization;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// The gradient flow <c>Ẇ_j = −∇_{W_j}L^N(W)</c> (nrt (2.2), trbw (3)) integrated by the classic Runge–Kutta method with
/// a fixed step, or by the embedded Dormand–Prince 5(4) pair with error control.
/// </summary>
/// <remarks>
/// Implementation note: MathNet.Numerics 5.0 offers <c>OdeSolvers.RungeKutta.SecondOrder/FourthOrder</c> (fixed step,
/// returning every state in one array) and scalar Adams–Bashforth, but no embedded adaptive pair and no way to stop
/// early on divergence or cancellation; both integrators are therefore written here on the flattened parameter vector
/// (layer order of <c>DeepLinearHessian.Flatten</c>). Dormand–Prince coefficients are those of Dormand &amp; Prince
/// (1980), with the FSAL property (the last stage is the next step's first).
/// </remarks>
public static class GradientFlow
{
    /// <summary>Integrates to <paramref name="endTime"/> with RK4 steps of size <paramref name="step"/>, recording every
    /// <paramref name="recordStride"/> steps (and at the end). Stops with <see cref="StopReason.Diverged"/> at the first
    /// step that produces a non-finite value (the result holds the last finite iterate).</summary>
    /// <exception cref="NumericArgumentException">A non-positive end time, step or stride; shapes that do not match the
    /// data.</exception>
    public static RunResult RungeKutta4(DeepLinearNetwork start, RegressionData data, double endTime, double step, int recordStride = 1, CancellationToken cancellationToken = default)
    {
        Require.Positive(endTime, nameof(endTime));
        Require.Positive(step, nameof(step));
        Require.Positive(recordStride, nameof(recordStride));
        DeepLinearGradient.CheckShapes(start, data);
        var dims = start.Dimensions;
        var y = Vector<double>.Build.DenseOfArray(DeepLinearHessian.Flatten(start.Factors()));
        int steps = (int)Math.Ceiling((endTime / step) - 1e-9);
        var points = new List<TrajectoryPoint>();
        double t = 0;
        for (int s = 0; s <= steps; s++)
        {
            var network = new DeepLinearNetwork(DeepLinearHessian.Unflatten(dims, y.ToArray()));
            if (s % recordStride == 0 || s == steps)
            {
                points.Add(Record(s, t, network, data));
            }

            if (s == steps)
            {
                return new RunResult(network, new Trajectory(points, dims.Depth, 1e-10), StopReason.IterationBudget, s, $"integrated to t = {t.ToString("G6", CultureInfo.InvariantCulture)}");
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return new RunResult(network, new Trajectory(points, dims.Depth, 1e-10), StopReason.Cancelled, s, "cancelled");
            }

            double h = Math.Min(step, endTime - t);
            var k1 = Field(dims, data, y);
            var k2 = Field(dims, data, y + (h / 2 * k1));
            var k3 = Field(dims, data, y + (h / 2 * k2));
            var k4 = Field(dims, data, y + (h * k3));
            var next = y + (h / 6 * (k1 + (2 * k2) + (2 * k3) + k4));
            if (!IsFinite(next))
            {
                return new RunResult(network, new Trajectory(points, dims.Depth, 1e-10), StopReason.Diverged, s, $"non-finite values at step {s.ToString(CultureInfo.InvariantCulture)}");
            }

            y = next;
            t += h;
        }

        throw new InvalidOperationException("unreachable");
    }

    /// <summary>
    /// Integrates to <paramref name="endTime"/> with the Dormand–Prince 5(4) pair: a step is accepted when the
    /// embedded error estimate, scaled by <c>absoluteTolerance + relativeTolerance·|y|</c>, has RMS ≤ 1; the step size
    /// adapts by the usual factor <c>0.9·err^{−1/5}</c> (clamped to [0.2, 5]). Records at every accepted step whose time
    /// crosses a multiple of <paramref name="recordInterval"/> (every accepted step when 0), and at the end. The first
    /// trial step is <paramref name="initialStep"/> (0: <c>min(endTime, 10⁻³)</c>). Stops with
    /// <see cref="StopReason.Diverged"/> when values stay non-finite as the step shrinks below <c>10⁻¹⁴·max(1, t)</c>.
    /// </summary>
    /// <exception cref="NumericArgumentException">A non-positive end time, tolerance or step budget; a negative record
    /// interval or initial step; shapes that do not match the data.</exception>
    public static RunResult Adaptive(DeepLinearNetwork start, RegressionData data, double endTime, double relativeTolerance = 1e-8, double absoluteTolerance = 1e-10, double recordInterval = 0, int maxSteps = 1_000_000, CancellationToken cancellationToken = default, double initialStep = 0)
    {
        Require.NonNegative(initialStep, nameof(initialStep));
        Require.Positive(endTime, nameof(endTime));
        Require.Positive(relativeTolerance, nameof(relativeTolerance));
        Require.Positive(absoluteTolerance, nameof(absoluteTolerance));
        Require.NonNegative(recordInterval, nameof(recordInterval));
        Require.Positive(maxSteps, nameof(maxSteps));
        DeepLinearGradient.CheckShapes(start, data);
        var dims = start.Dimensions;
        var y = Vector<double>.Build.DenseOfArray(DeepLinearHessian.Flatten(start.Factors()));
        var points = new List<TrajectoryPoint> { Record(0, 0, start, data) };
        double t = 0;
        double h = initialStep > 0 ? Math.Min(endTime, initialStep) : Math.Min(endTime, 1e-3);
        double nextRecord = recordInterval;
        int accepted = 0;
        var k1 = Field(dims, data, y);
        for (int attempt = 0; attempt < maxSteps; attempt++)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return new RunResult(Net(dims, y), new Trajectory(points, dims.Depth, 1e-10), StopReason.Cancelled, accepted, "cancelled");
            }

            h = Math.Min(h, endTime - t);
            var k2 = Field(dims, data, y + (h * (1.0 / 5 * k1)));
            var k3 = Field(dims, data, y + (h * ((3.0 / 40 * k1) + (9.0 / 40 * k2))));
            var k4 = Field(dims, data, y + (h * ((44.0 / 45 * k1) - (56.0 / 15 * k2) + (32.0 / 9 * k3))));
            var k5 = Field(dims, data, y + (h * ((19372.0 / 6561 * k1) - (25360.0 / 2187 * k2) + (64448.0 / 6561 * k3) - (212.0 / 729 * k4))));
            var k6 = Field(dims, data, y + (h * ((9017.0 / 3168 * k1) - (355.0 / 33 * k2) + (46732.0 / 5247 * k3) + (49.0 / 176 * k4) - (5103.0 / 18656 * k5))));
            var y5 = y + (h * ((35.0 / 384 * k1) + (500.0 / 1113 * k3) + (125.0 / 192 * k4) - (2187.0 / 6784 * k5) + (11.0 / 84 * k6)));
            var k7 = Field(dims, data, y5);
            var errVec = h * (((35.0 / 384) - (5179.0 / 57600)) * k1 + (((500.0 / 1113) - (7571.0 / 16695)) * k3) + (((125.0 / 192) - (393.0 / 640)) * k4)
                + (((-2187.0 / 6784) + (92097.0 / 339200)) * k5) + (((11.0 / 84) - (187.0 / 2100)) * k6) - (1.0 / 40 * k7));
            double err = 0;
            for (int i = 0; i < y.Count; i++)
            {
                double scale = absoluteTolerance + (relativeTolerance * Math.Max(Math.Abs(y[i]), Math.Abs(y5[i])));
                err += (errVec[i] / scale) * (errVec[i] / scale);
            }

            err = Math.Sqrt(err / Math.Max(1, y.Count));
            if (!double.IsFinite(err) || !IsFinite(y5))
            {
                if (h < 1e-14 * Math.Max(1, t))
                {
                    return new RunResult(Net(dims, y), new Trajectory(points, dims.Depth, 1e-10), StopReason.Diverged, accepted, $"non-finite values near t = {t.ToString("G6", CultureInfo.InvariantCulture)}");
                }

                h *= 0.2;
                continue;
            }

            if (err <= 1)
            {
                y = y5;
                k1 = k7;
                t += h;
                accepted++;
                bool done = t >= endTime * (1 - 1e-12);
                if (done || (recordInterval > 0 && t >= nextRecord) || recordInterval == 0)
                {
                    points.Add(Record(accepted, t, Net(dims, y), data));
                    while (recordInterval > 0 && nextRecord <= t)
                    {
                        nextRecord += recordInterval;
                    }
                }

                if (done)
                {
                    return new RunResult(Net(dims, y), new Trajectory(points, dims.Depth, 1e-10), StopReason.IterationBudget, accepted, $"integrated to t = {t.ToString("G6", CultureInfo.InvariantCulture)} in {accepted.ToString(CultureInfo.InvariantCulture)} accepted steps");
                }
            }

            h *= Math.Clamp(0.9 * Math.Pow(Math.Max(err, 1e-10), -0.2), 0.2, 5);
        }

        return new RunResult(Net(dims, y), new Trajectory(points, dims.Depth, 1e-10), StopReason.IterationBudget, accepted, $"step budget of {maxSteps.ToString(CultureInfo.InvariantCulture)} attempts used at t = {t.ToString("G6", CultureInfo.InvariantCulture)}");
    }

    private static DeepLinearNetwork Net(LayerDimensions dims, Vector<double> y) => new(DeepLinearHessian.Unflatten(dims, y.ToArray()));

    private static Vector<double> Field(LayerDimensions dims, RegressionData data, Vector<double> y)
    {
        if (!IsFinite(y))
        {
            return Vector<double>.Build.Dense(y.Count, double.NaN);
        }

        Matrix<double>[] g;
        try
        {
            g = DeepLinearGradient.Gradient(Net(dims, y), data);
        }
        catch (NumericArgumentException)
        {
            // Finite factors whose product overflows: the field is not finite there, and the step is rejected or the
            // run reported as diverged, never thrown half-way.
            return Vector<double>.Build.Dense(y.Count, double.NaN);
        }

        return -Vector<double>.Build.DenseOfArray(DeepLinearHessian.Flatten(g));
    }

    private static bool IsFinite(Vector<double> v)
    {
        foreach (var x in v)
        {
            if (!double.IsFinite(x))
            {
                return false;
            }
        }

        return true;
    }

    private static TrajectoryPoint Record(int step, double t, DeepLinearNetwork network, RegressionData data) =>
        MetricRecorder.Record(step, t, double.NaN, network, DeepLinearGradient.Loss(network, data), DeepLinearGradient.GradientNorm(network, data), 1e-10);
}
