namespace DeepLinear.Numeric.Dynamics;

/// <summary>The recorded states of a <see cref="ParameterFlow"/> integration (immutable once returned).</summary>
/// <param name="Times">The recorded times, starting at 0.</param>
/// <param name="States">The state at each recorded time (same order as <paramref name="Times"/>).</param>
/// <param name="Reason">Why the integration stopped (end time reached, diverged, cancelled).</param>
/// <param name="Message">The reason in words.</param>
public sealed record ParameterFlowResult(IReadOnlyList<double> Times, IReadOnlyList<double[]> States, StopReason Reason, string Message);
