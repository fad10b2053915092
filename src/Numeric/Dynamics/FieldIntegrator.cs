using System.Globalization;
using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// Integrators of an autonomous flow <c>ẏ = F(y)</c> that work in place on one state array and allocate only their stage
/// buffers, once per call: the classic fixed-step Runge–Kutta method (order 4) and the embedded Dormand–Prince 5(4) pair
/// with error control (Dormand &amp; Prince 1980; Hairer, Nørsett &amp; Wanner, <i>Solving ODEs I</i>, Table II.5.2). Both
/// hit the record times <c>tᵢ = i·T/records</c> (i = 1, …, records) exactly, by shortening the step that would cross one,
/// and call the recorder there.
/// </summary>
/// <remarks>
/// Implementation note: the adaptive pair advances with the fifth-order solution (local extrapolation) and uses the
/// FSAL property (the seventh stage of an accepted step is the next step's first), so an accepted step costs six field
/// evaluations. The step-size factor is <c>0.9·err^{−1/5}</c> clamped to [0.2, 5], and never above 1 right after a
/// rejection. A step shortened to land on a record time does not shrink the proposal for the following step. A
/// non-finite stage shrinks the step by 5; below <c>10⁻¹⁴·max(1, t)</c> the run stops as diverged with the last finite
/// state. <see cref="GradientFlow.Adaptive"/> is the older, allocating form of the same pair on networks.
/// </remarks>
public static class FieldIntegrator
{
    /// <summary>
    /// Classic RK4 with step <paramref name="step"/> from <c>t = 0</c> to <paramref name="endTime"/>: each interval
    /// between record times is cut into <c>⌈length/step⌉</c> steps of size <paramref name="step"/> (the last shortened).
    /// Four field evaluations per step.
    /// </summary>
    /// <param name="state">The initial state, overwritten with the state at the end (or the last finite state).</param>
    /// <param name="field">The vector field.</param>
    /// <param name="endTime">T &gt; 0.</param>
    /// <param name="step">h &gt; 0.</param>
    /// <param name="records">How many equally spaced record times in (0, T], ≥ 1.</param>
    /// <param name="record">Called with (i, tᵢ, state) at each record time; it must not keep or change the array.</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    /// <exception cref="NumericArgumentException">A non-positive end time, step or record count, or a non-finite
    /// start.</exception>
    public static FieldIntegrationResult RungeKutta4(double[] state, VectorField field, double endTime, double step, int records, Action<int, double, double[]>? record = null, CancellationToken cancellationToken = default)
    {
        Validate(state, field, endTime, records);
        Require.Positive(step, nameof(step));
        int n = state.Length;
        var k1 = new double[n];
        var k2 = new double[n];
        var k3 = new double[n];
        var k4 = new double[n];
        var trial = new double[n];
        long evaluations = 0;
        int steps = 0;
        double t = 0;
        for (int i = 1; i <= records; i++)
        {
            double target = RecordTime(endTime, i, records);
            int count = (int)Math.Ceiling(((target - t) / step) - 1e-9);
            for (int s = 0; s < count; s++)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return new FieldIntegrationResult(StopReason.Cancelled, t, evaluations, steps, 0, "cancelled at t = " + Format(t));
                }

                double h = s == count - 1 ? target - t : Math.Min(step, target - t);
                field(state, k1);
                Combine(trial, state, h, 0.5, k1);
                field(trial, k2);
                Combine(trial, state, h, 0.5, k2);
                field(trial, k3);
                Combine(trial, state, h, 1, k3);
                field(trial, k4);
                evaluations += 4;
                bool finite = true;
                for (int c = 0; c < n; c++)
                {
                    trial[c] = state[c] + (h / 6 * (k1[c] + (2 * k2[c]) + (2 * k3[c]) + k4[c]));
                    finite &= double.IsFinite(trial[c]);
                }

                if (!finite)
                {
                    return new FieldIntegrationResult(StopReason.Diverged, t, evaluations, steps, 0, "non-finite state after t = " + Format(t));
                }

                Array.Copy(trial, state, n);
                t = s == count - 1 ? target : t + h;
                steps++;
            }

            t = target;
            record?.Invoke(i, t, state);
        }

        return new FieldIntegrationResult(StopReason.IterationBudget, t, evaluations, steps, 0, "integrated to t = " + Format(t) + " in " + steps.ToString(CultureInfo.InvariantCulture) + " RK4 steps");
    }

    /// <summary>
    /// The Dormand–Prince 5(4) pair with error control <paramref name="tolerance"/> from <c>t = 0</c> to
    /// <paramref name="endTime"/>, first trial step <paramref name="initialStep"/>.
    /// </summary>
    /// <param name="state">The initial state, overwritten with the state at the end (or the last finite state).</param>
    /// <param name="field">The vector field.</param>
    /// <param name="endTime">T &gt; 0.</param>
    /// <param name="tolerance">The error control.</param>
    /// <param name="records">How many equally spaced record times in (0, T], ≥ 1.</param>
    /// <param name="record">Called with (i, tᵢ, state) at each record time; it must not keep or change the array.</param>
    /// <param name="initialStep">The first trial step, &gt; 0 (the control adapts it from there).</param>
    /// <param name="maxSteps">The budget of attempted steps, ≥ 1; when used up the run stops with
    /// <see cref="StopReason.IterationBudget"/> before T (the result's time says where).</param>
    /// <param name="cancellationToken">Stops between steps.</param>
    /// <exception cref="NumericArgumentException">A non-positive end time, record count, step or budget, an invalid
    /// tolerance, or a non-finite start.</exception>
    public static FieldIntegrationResult DormandPrince54(double[] state, VectorField field, double endTime, AdaptiveTolerance tolerance, int records, Action<int, double, double[]>? record = null, double initialStep = 1e-3, int maxSteps = 10_000_000, CancellationToken cancellationToken = default)
    {
        Validate(state, field, endTime, records);
        ArgumentNullException.ThrowIfNull(tolerance);
        tolerance.Validate();
        Require.Positive(initialStep, nameof(initialStep));
        Require.Positive(maxSteps, nameof(maxSteps));
        int n = state.Length;
        var k1 = new double[n];
        var k2 = new double[n];
        var k3 = new double[n];
        var k4 = new double[n];
        var k5 = new double[n];
        var k6 = new double[n];
        var k7 = new double[n];
        var trial = new double[n];
        var next = new double[n];
        long evaluations = 1;
        int accepted = 0;
        int rejected = 0;
        double t = 0;
        double h = initialStep;
        bool lastRejected = false;
        field(state, k1);
        for (int i = 1; i <= records; i++)
        {
            double target = RecordTime(endTime, i, records);
            while (t < target)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    return new FieldIntegrationResult(StopReason.Cancelled, t, evaluations, accepted, rejected, "cancelled at t = " + Format(t));
                }

                if (accepted + rejected >= maxSteps)
                {
                    return new FieldIntegrationResult(StopReason.IterationBudget, t, evaluations, accepted, rejected, "step budget of " + maxSteps.ToString(CultureInfo.InvariantCulture) + " attempts used at t = " + Format(t));
                }

                bool lands = h >= (target - t) * (1 - 1e-12);
                double hTry = lands ? target - t : h;
                Combine(trial, state, hTry, A21, k1);
                field(trial, k2);
                Combine(trial, state, hTry, A31, k1, A32, k2);
                field(trial, k3);
                Combine(trial, state, hTry, A41, k1, A42, k2, A43, k3);
                field(trial, k4);
                Combine(trial, state, hTry, A51, k1, A52, k2, A53, k3, A54, k4);
                field(trial, k5);
                Combine(trial, state, hTry, A61, k1, A62, k2, A63, k3, A64, k4, A65, k5);
                field(trial, k6);
                Combine(next, state, hTry, B1, k1, B3, k3, B4, k4, B5, k5, B6, k6);
                field(next, k7);
                evaluations += 6;
                double sum = 0;
                for (int c = 0; c < n; c++)
                {
                    double e = hTry * ((E1 * k1[c]) + (E3 * k3[c]) + (E4 * k4[c]) + (E5 * k5[c]) + (E6 * k6[c]) + (E7 * k7[c]));
                    double scale = tolerance.Absolute + (tolerance.Relative * Math.Max(Math.Abs(state[c]), Math.Abs(next[c])));
                    double r = e / scale;
                    sum += double.IsFinite(next[c]) ? r * r : double.NaN;
                }

                double err = Math.Sqrt(sum / n);
                if (!double.IsFinite(err))
                {
                    rejected++;
                    h = hTry * 0.2;
                    lastRejected = true;
                    if (h < 1e-14 * Math.Max(1, t))
                    {
                        return new FieldIntegrationResult(StopReason.Diverged, t, evaluations, accepted, rejected, "non-finite values near t = " + Format(t));
                    }

                    continue;
                }

                double factor = Math.Clamp(0.9 * Math.Pow(Math.Max(err, 1e-10), -0.2), 0.2, 5);
                if (err <= 1)
                {
                    Array.Copy(next, state, n);
                    (k1, k7) = (k7, k1);
                    t = lands ? target : t + hTry;
                    accepted++;
                    double proposal = hTry * (lastRejected ? Math.Min(1, factor) : factor);
                    h = lands ? Math.Max(h, proposal) : proposal;
                    lastRejected = false;
                }
                else
                {
                    rejected++;
                    h = hTry * Math.Min(1, factor);
                    lastRejected = true;
                }
            }

            record?.Invoke(i, t, state);
        }

        return new FieldIntegrationResult(StopReason.IterationBudget, t, evaluations, accepted, rejected, "integrated to t = " + Format(t) + " in " + accepted.ToString(CultureInfo.InvariantCulture) + " accepted and " + rejected.ToString(CultureInfo.InvariantCulture) + " rejected Dormand–Prince steps");
    }

    // Dormand–Prince 5(4) tableau: stages Aᵢⱼ, fifth-order weights Bᵢ, and Eᵢ = Bᵢ − B̂ᵢ (B̂ the fourth-order weights, B̂₅ = −92097/339200,
    // B̂₇ = 1/40 on the FSAL stage).
    private const double A21 = 1.0 / 5;
    private const double A31 = 3.0 / 40, A32 = 9.0 / 40;
    private const double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
    private const double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561, A54 = -212.0 / 729;
    private const double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176, A65 = -5103.0 / 18656;
    private const double B1 = 35.0 / 384, B3 = 500.0 / 1113, B4 = 125.0 / 192, B5 = -2187.0 / 6784, B6 = 11.0 / 84;
    private const double E1 = B1 - (5179.0 / 57600), E3 = B3 - (7571.0 / 16695), E4 = B4 - (393.0 / 640), E5 = B5 + (92097.0 / 339200), E6 = B6 - (187.0 / 2100), E7 = -1.0 / 40;

    private static void Validate(double[] state, VectorField field, double endTime, int records)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(field);
        Require.Positive(endTime, nameof(endTime));
        Require.Positive(records, nameof(records));
        foreach (double v in state)
        {
            if (!double.IsFinite(v))
            {
                throw new NumericArgumentException(nameof(state), "a vector with a non-finite entry", "the initial state must be finite");
            }
        }
    }

    private static double RecordTime(double endTime, int i, int records) => i == records ? endTime : endTime * i / records;

    private static string Format(double t) => t.ToString("G6", CultureInfo.InvariantCulture);

    private static void Combine(double[] target, double[] y, double h, double a1, double[] k1)
    {
        for (int c = 0; c < target.Length; c++)
        {
            target[c] = y[c] + (h * a1 * k1[c]);
        }
    }

    private static void Combine(double[] target, double[] y, double h, double a1, double[] k1, double a2, double[] k2)
    {
        for (int c = 0; c < target.Length; c++)
        {
            target[c] = y[c] + (h * ((a1 * k1[c]) + (a2 * k2[c])));
        }
    }

    private static void Combine(double[] target, double[] y, double h, double a1, double[] k1, double a2, double[] k2, double a3, double[] k3)
    {
        for (int c = 0; c < target.Length; c++)
        {
            target[c] = y[c] + (h * ((a1 * k1[c]) + (a2 * k2[c]) + (a3 * k3[c])));
        }
    }

    private static void Combine(double[] target, double[] y, double h, double a1, double[] k1, double a2, double[] k2, double a3, double[] k3, double a4, double[] k4)
    {
        for (int c = 0; c < target.Length; c++)
        {
            target[c] = y[c] + (h * ((a1 * k1[c]) + (a2 * k2[c]) + (a3 * k3[c]) + (a4 * k4[c])));
        }
    }

    private static void Combine(double[] target, double[] y, double h, double a1, double[] k1, double a2, double[] k2, double a3, double[] k3, double a4, double[] k4, double a5, double[] k5)
    {
        for (int c = 0; c < target.Length; c++)
        {
            target[c] = y[c] + (h * ((a1 * k1[c]) + (a2 * k2[c]) + (a3 * k3[c]) + (a4 * k4[c]) + (a5 * k5[c])));
        }
    }
}
