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
    private static readonly IReadOnlyDictionary<string, string> NoArguments = new Dictionary<string, string>(StringComparer.Ordinal);

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

    /// <summary>The arguments of a check written in C#, from the <c>with:</c> mapping of its <c>code:</c> form
    /// (keys as declared by <see cref="Catalog.ClaimCheckAttribute.Parameters"/>); empty otherwise.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = NoArguments;

    /// <summary>A text argument of <c>with:</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value as written.</returns>
    /// <exception cref="InvalidOperationException">The claim's <c>with:</c> does not give the key (a claim-file error the
    /// reader could not see, because the check reads the key only on some paths).</exception>
    public string Argument(string key)
        => Arguments.TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException($"This check needs 'with: {{ {key}: … }}' in its code: form; the claim gives {(Arguments.Count == 0 ? "no with:" : "only " + string.Join(", ", Arguments.Keys))}.");

    /// <summary>A text argument of <c>with:</c>, or a default when the claim does not give it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fallback">The value when absent.</param>
    /// <returns>The value.</returns>
    public string Argument(string key, string fallback) => Arguments.TryGetValue(key, out var value) ? value : fallback;

    /// <summary>A numeric argument of <c>with:</c> (invariant culture).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The key is absent or its value is not a finite number.</exception>
    public double NumberArgument(string key)
    {
        string text = Argument(key);
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new InvalidOperationException($"with: {key} = '{text}' must be a finite number.");
    }

    /// <summary>An integer argument of <c>with:</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The integer.</returns>
    /// <exception cref="InvalidOperationException">The key is absent or its value is not an integer.</exception>
    public int IntegerArgument(string key)
    {
        string text = Argument(key);
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new InvalidOperationException($"with: {key} = '{text}' must be an integer.");
    }
}
