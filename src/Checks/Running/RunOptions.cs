namespace DeepLinear.Checks.Running;

/// <summary>Options of a <see cref="ClaimRunner"/> run.</summary>
/// <param name="Seed">The base seed passed to every check.</param>
/// <param name="BudgetPerClaim">The time budget of each claim; a check still running after it (plus a short grace
/// for cooperative cancellation) is reported as out of budget.</param>
/// <param name="Thorough">Whether checks should run their thorough variant.</param>
/// <param name="MaxParallelism">How many claims run at once; defaults to <see cref="Environment.ProcessorCount"/>.</param>
public sealed record RunOptions(ulong Seed, TimeSpan BudgetPerClaim, bool Thorough = false, int MaxParallelism = 0)
{
    /// <summary>The default budget per claim of a fast run.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

    /// <summary>Default options: default seed, 30 s per claim, fast, all cores.</summary>
    public static RunOptions Default { get; } = new(CheckContext.DefaultSeed, DefaultBudget);

    /// <summary>The effective parallelism: <see cref="MaxParallelism"/> when positive, else the processor count.</summary>
    public int EffectiveParallelism => MaxParallelism > 0 ? MaxParallelism : Environment.ProcessorCount;
}
