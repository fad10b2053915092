namespace DeepLinear.Checks.Running;

/// <summary>
/// What a check receives: the seed every random choice must flow from, its time budget, whether this is a thorough
/// run (more instances, more restarts), and the token that is cancelled when the budget is exhausted or the run is
/// stopped. Checks poll <see cref="CancellationToken"/> and return an <see cref="Evidence.Verdict.Inconclusive"/>
/// result (with what was tried) or throw <see cref="OperationCanceledException"/>; the runner reports the latter as
/// out of budget.
/// </summary>
/// <param name="Seed">The base seed (<c>dlv check --seed S</c>); a check derives its instance seeds from it.</param>
/// <param name="Budget">The time budget of this check.</param>
/// <param name="Thorough">Whether this is a thorough run (<c>--thorough</c>).</param>
/// <param name="CancellationToken">Cancelled when the budget is exhausted or the run is stopped.</param>
public sealed record CheckContext(ulong Seed, TimeSpan Budget, bool Thorough, CancellationToken CancellationToken)
{
    /// <summary>The default base seed of a run when none is given.</summary>
    public const ulong DefaultSeed = 20260101;

    /// <summary>A context for calling a check directly (tests, re-runs): no cancellation.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="thorough">Whether the run is thorough.</param>
    /// <returns>The context, with an infinite budget.</returns>
    public static CheckContext Direct(ulong seed = DefaultSeed, bool thorough = false)
        => new(seed, Timeout.InfiniteTimeSpan, thorough, CancellationToken.None);

    /// <summary>A seed derived deterministically from the base seed and a stream index (SplitMix64 of both), so
    /// instance <c>i</c> of a check is reproducible from (<see cref="Seed"/>, i) alone.</summary>
    /// <param name="stream">The stream index (instance number).</param>
    /// <returns>The derived seed.</returns>
    public ulong DeriveSeed(ulong stream)
    {
        ulong z = Seed + ((stream + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
