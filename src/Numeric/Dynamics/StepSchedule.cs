using System.Globalization;
using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// A step-size schedule <c>k ↦ η_k &gt; 0</c> for gradient descent <c>W(k+1) = W(k) − η_k∇L^N(W(k))</c> (nrt (2.1)).
/// </summary>
public sealed class StepSchedule
{
    private readonly Func<int, double> _step;

    private StepSchedule(Func<int, double> step, string description)
    {
        _step = step;
        Description = description;
    }

    /// <summary>A readable description, for trajectories and reports.</summary>
    public string Description { get; }

    /// <summary>The constant schedule <c>η_k = η</c>.</summary>
    /// <exception cref="NumericArgumentException">η ≤ 0 or not finite.</exception>
    public static StepSchedule Constant(double eta)
    {
        Require.Positive(eta, nameof(eta));
        return new StepSchedule(_ => eta, "constant η = " + eta.ToString("G6", CultureInfo.InvariantCulture));
    }

    /// <summary>The decreasing schedule of nrt (5.2): <c>η_k = min{a₁, a₂/(k+1)^γ}</c>.</summary>
    public static StepSchedule NrtDecreasing(double a1, double a2, double gamma)
    {
        Require.Positive(a1, nameof(a1));
        Require.Positive(a2, nameof(a2));
        Require.NonNegative(gamma, nameof(gamma));
        return new StepSchedule(
            k => Math.Min(a1, a2 / Math.Pow(k + 1, gamma)),
            string.Create(CultureInfo.InvariantCulture, $"η_k = min{{{a1:G4}, {a2:G4}/(k+1)^{gamma:G4}}} (nrt (5.2))"));
    }

    /// <summary>The decreasing schedule of dhl Theorem 3.1: <c>η_t = c/(t+1)^{1/2+δ}</c>.</summary>
    public static StepSchedule DhlDecreasing(double c, double delta)
    {
        Require.Positive(c, nameof(c));
        Require.NonNegative(delta, nameof(delta));
        return new StepSchedule(
            t => c / Math.Pow(t + 1, 0.5 + delta),
            string.Create(CultureInfo.InvariantCulture, $"η_t = {c:G4}/(t+1)^(1/2+{delta:G4}) (dhl)"));
    }

    /// <summary>Any user schedule; every value it returns is checked to be finite and &gt; 0 when used.</summary>
    public static StepSchedule FromFunction(Func<int, double> step, string description)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(description);
        return new StepSchedule(step, description);
    }

    /// <summary>The step size η_k for iteration <paramref name="k"/> ≥ 0.</summary>
    /// <exception cref="NumericArgumentException">If the schedule yields a value ≤ 0 or non-finite.</exception>
    public double StepSize(int k)
    {
        double eta = _step(k);
        if (!double.IsFinite(eta) || eta <= 0)
        {
            throw new NumericArgumentException($"schedule.StepSize({k.ToString(CultureInfo.InvariantCulture)})", Require.Format(eta), "a step size must be a finite number > 0");
        }

        return eta;
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
