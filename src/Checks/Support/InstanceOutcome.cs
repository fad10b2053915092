namespace DeepLinear.Checks.Support;

/// <summary>
/// One evaluated instance of a claim of the form lhs ≤ rhs (an identity is encoded as relative residual ≤ tolerance),
/// or an instance that did not meet the claim's hypotheses and therefore tested nothing.
/// </summary>
/// <param name="HypothesesMet">Whether the instance satisfies every hypothesis of the claim.</param>
/// <param name="Lhs">The left-hand side (for identities: |residual| / (1 + scale)).</param>
/// <param name="Rhs">The right-hand side (for identities: the tolerance).</param>
/// <param name="Rejection">For a rejected instance: which hypothesis failed and by how much; otherwise null.</param>
public readonly record struct InstanceOutcome(bool HypothesesMet, double Lhs, double Rhs, string? Rejection)
{
    /// <summary>The default tolerance of <see cref="Identity"/>: a relative residual above 10⁻⁹ is a violation.</summary>
    public const double DefaultIdentityTolerance = 1e-9;

    /// <summary>An instance of the inequality lhs ≤ rhs that meets the hypotheses.</summary>
    /// <param name="lhs">The left-hand side.</param>
    /// <param name="rhs">The right-hand side.</param>
    /// <returns>The outcome.</returns>
    public static InstanceOutcome Inequality(double lhs, double rhs) => new(true, lhs, rhs, null);

    /// <summary>
    /// An instance of an identity a = b that meets the hypotheses, encoded as |a − b| / (1 + scale) ≤ tolerance,
    /// where scale is the size of the terms (for example max(‖a‖, ‖b‖)), so the test is relative for large terms and
    /// absolute for small ones.
    /// </summary>
    /// <param name="residual">a − b (or its norm).</param>
    /// <param name="scale">The size of the terms (≥ 0).</param>
    /// <param name="tolerance">The tolerance (default <see cref="DefaultIdentityTolerance"/>).</param>
    /// <returns>The outcome.</returns>
    public static InstanceOutcome Identity(double residual, double scale, double tolerance = DefaultIdentityTolerance)
        => new(true, Math.Abs(residual) / (1 + Math.Abs(scale)), tolerance, null) { IsIdentity = true };

    /// <summary>
    /// An instance of an equality a = b whose check already measures a relative error e (for example the drift
    /// ‖C(t) − C(0)‖/(1 + ‖C(0)‖) of an invariant along a flow, or ‖a − b‖/max‖·‖ of a balancedness identity), checked
    /// as e ≤ tolerance. Unlike <see cref="Inequality"/> (which reports only lhs/rhs), the evidence then reports the worst
    /// relative error and its tolerance; the check's family text defines e.
    /// </summary>
    /// <param name="relativeError">The relative error e ≥ 0.</param>
    /// <param name="tolerance">The tolerance.</param>
    /// <returns>The outcome.</returns>
    public static InstanceOutcome RelativeError(double relativeError, double tolerance)
        => new(true, Math.Abs(relativeError), tolerance, null) { IsIdentity = true };

    /// <summary>An instance that does not meet the claim's hypotheses (it is counted and reported, never tested).</summary>
    /// <param name="reason">Which hypothesis failed and by how much.</param>
    /// <returns>The outcome.</returns>
    public static InstanceOutcome Rejected(string reason) => new(false, double.NaN, double.NaN, reason);

    /// <summary>
    /// Whether the claim is strict (lhs &lt; rhs): then an instance whose sides agree within the rounding tolerance
    /// of <see cref="Violates"/> is a violation too, since it cannot confirm the strict inequality. Default false.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Whether the instance is an identity a = b made by <see cref="Identity"/>: then <see cref="Lhs"/> is its relative
    /// error |a − b| / (1 + scale) and <see cref="Rhs"/> the tolerance. Default false.
    /// </summary>
    public bool IsIdentity { get; init; }

    /// <summary>The slack rhs − lhs (negative when violated).</summary>
    public double Slack => Rhs - Lhs;

    /// <summary>lhs / rhs; for rhs = 0: 1 when lhs = 0, 0 when lhs &lt; 0, +∞ when lhs &gt; 0.</summary>
    public double Ratio => Rhs != 0 ? Lhs / Rhs : Lhs == 0 ? 1 : Lhs < 0 ? 0 : double.PositiveInfinity;

    /// <summary>Whether both sides are finite numbers.</summary>
    public bool IsFinite => double.IsFinite(Lhs) && double.IsFinite(Rhs);

    /// <summary>
    /// Whether the instance violates lhs ≤ rhs beyond floating-point noise:
    /// lhs − rhs &gt; τ with τ = <paramref name="relativeTolerance"/>·max(|lhs|, |rhs|) + <paramref name="absoluteTolerance"/>;
    /// for a <see cref="Strict"/> claim lhs &lt; rhs, already lhs − rhs ≥ −τ (equality within rounding is a violation).
    /// </summary>
    /// <param name="relativeTolerance">The relative tolerance for rounding.</param>
    /// <param name="absoluteTolerance">The absolute tolerance for rounding.</param>
    /// <returns>Whether it is a violation.</returns>
    public bool Violates(double relativeTolerance, double absoluteTolerance)
        => HypothesesMet && IsFinite
            && (Strict
                ? Lhs - Rhs >= -((relativeTolerance * Math.Max(Math.Abs(Lhs), Math.Abs(Rhs))) + absoluteTolerance)
                : Lhs - Rhs > (relativeTolerance * Math.Max(Math.Abs(Lhs), Math.Abs(Rhs))) + absoluteTolerance);
}
