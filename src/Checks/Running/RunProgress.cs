namespace DeepLinear.Checks.Running;

/// <summary>A progress report of <see cref="ClaimRunner"/>: one per finished claim, in completion order.</summary>
/// <param name="Finished">How many claims have finished so far.</param>
/// <param name="Total">How many claims the run has.</param>
/// <param name="Outcome">The outcome that just finished.</param>
public sealed record RunProgress(int Finished, int Total, ClaimOutcome Outcome);
