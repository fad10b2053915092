namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// Progress of a reproduction made of independent runs: <paramref name="Finished"/> of <paramref name="Total"/> runs
/// are done, the last one being <paramref name="Run"/>. Reported from worker threads, in completion order (which may
/// differ between executions; the results never depend on it).
/// </summary>
/// <param name="Finished">Runs finished so far, 1 ≤ Finished ≤ Total.</param>
/// <param name="Total">The number of runs of the reproduction.</param>
/// <param name="Run">The run that just finished, in words (for example "N = 5, balanced").</param>
public readonly record struct ReproductionProgress(int Finished, int Total, string Run);
