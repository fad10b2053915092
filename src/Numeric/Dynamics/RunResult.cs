using DeepLinear.Numeric.Model;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// The outcome of a descent or flow run: the final factors, the recorded trajectory, and why and when it stopped.
/// A diverged run is a result like any other (its <see cref="Final"/> is the last finite iterate).
/// </summary>
/// <param name="Final">The last iterate with finite entries.</param>
/// <param name="Trajectory">The recorded metrics.</param>
/// <param name="Reason">Why the run stopped.</param>
/// <param name="StopIteration">The iteration (or step count) at which it stopped.</param>
/// <param name="Message">A one-line explanation.</param>
public sealed record RunResult(DeepLinearNetwork Final, Trajectory Trajectory, StopReason Reason, int StopIteration, string Message);
