namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// How to run a reproduction. Every random choice flows from <see cref="Seed"/> (seed i of a multi-seed run is
/// <c>Seed + i</c>), so the same options give the same result.
/// </summary>
/// <param name="Seed">The first seed.</param>
/// <param name="Seeds">How many seeds a multi-seed reproduction runs (≥ 1; the papers' figures use one realization,
/// statistics over seeds show the spread).</param>
/// <param name="Quick">Fewer iterations and smaller sizes where stated in the result's setup; used by the tests.</param>
public sealed record ReproductionOptions(int Seed = 1, int Seeds = 20, bool Quick = false)
{
    /// <summary>The default: seed 1, 20 seeds, full mode.</summary>
    public static ReproductionOptions Default { get; } = new();

    /// <summary>Quick mode with seed 1 and 20 seeds.</summary>
    public static ReproductionOptions QuickDefault { get; } = new(Quick: true);

    /// <summary>
    /// Receives a report after each independent run of a reproduction (run i of n), from worker threads; null for none.
    /// Progress never changes a result.
    /// </summary>
    public IProgress<ReproductionProgress>? Progress { get; init; }

    /// <summary>
    /// Receives the steps and right-hand-side or gradient evaluations of every run, per method (the profile of a
    /// reproduction); null for none. Counting never changes a result.
    /// </summary>
    public ReproductionWorkTally? Work { get; init; }
}
