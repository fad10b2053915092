namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// How a <see cref="FieldIntegrator"/> run ended and what it cost (immutable). The integrated state itself is left in
/// the caller's array.
/// </summary>
/// <param name="Reason"><see cref="StopReason.IterationBudget"/> when the end time was reached,
/// <see cref="StopReason.Diverged"/> when the state became non-finite (the caller's array then holds the last finite
/// state), <see cref="StopReason.Cancelled"/> on cancellation.</param>
/// <param name="Time">The time the state in the caller's array belongs to.</param>
/// <param name="FieldEvaluations">How many times the vector field was evaluated (the cost measure of a flow).</param>
/// <param name="AcceptedSteps">Steps taken (for a fixed-step method, every step).</param>
/// <param name="RejectedSteps">Steps rejected by the error control (0 for a fixed-step method).</param>
/// <param name="Message">The reason in words.</param>
public sealed record FieldIntegrationResult(StopReason Reason, double Time, long FieldEvaluations, int AcceptedSteps, int RejectedSteps, string Message);
