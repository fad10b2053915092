using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// The error control of an embedded Runge–Kutta pair (immutable): a step is accepted when the root mean square over the
/// components of <c>eᵢ / (Absolute + Relative·max(|yᵢ|, |ŷᵢ|))</c> is ≤ 1, where <c>e</c> is the difference of the two
/// embedded solutions and <c>y</c>, <c>ŷ</c> the states before and after the step (Hairer, Nørsett &amp; Wanner,
/// <i>Solving ODEs I</i>, II.4 (4.11)). The local error per step is then about <c>Relative·|y| + Absolute</c>; the
/// global error grows with the flow's sensitivity to its initial condition.
/// </summary>
/// <param name="Relative">The relative tolerance, in (0, 1).</param>
/// <param name="Absolute">The absolute tolerance, &gt; 0.</param>
public sealed record AdaptiveTolerance(double Relative, double Absolute)
{
    /// <summary>Checks the ranges stated on the parameters.</summary>
    /// <exception cref="NumericArgumentException">A tolerance outside its range.</exception>
    public void Validate()
    {
        Require.Positive(Relative, nameof(Relative));
        Require.Positive(Absolute, nameof(Absolute));
        if (Relative >= 1)
        {
            throw new NumericArgumentException(nameof(Relative), Relative.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "must be < 1");
        }
    }
}
