namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// Thread-safe totals of <see cref="ReproductionWork"/> per method, filled by the runs of one reproduction as they finish
/// (set <see cref="ReproductionOptions.Work"/>). Counting never changes a result; the totals do not depend on the order in
/// which parallel runs finish.
/// </summary>
public sealed class ReproductionWorkTally
{
    private readonly object _gate = new();
    private readonly SortedDictionary<string, ReproductionWork> _byMethod = new(StringComparer.Ordinal);

    /// <summary>Adds one run of <paramref name="method"/> with <paramref name="steps"/> steps and
    /// <paramref name="evaluations"/> evaluations.</summary>
    /// <param name="method">The method in words.</param>
    /// <param name="steps">The run's steps, ≥ 0.</param>
    /// <param name="evaluations">The run's evaluations, ≥ 0.</param>
    public void Add(string method, long steps, long evaluations)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        ArgumentOutOfRangeException.ThrowIfNegative(evaluations);
        lock (_gate)
        {
            var old = _byMethod.TryGetValue(method, out var w) ? w : new ReproductionWork(method, 0, 0, 0);
            _byMethod[method] = new ReproductionWork(method, old.Runs + 1, old.Steps + steps, old.Evaluations + evaluations);
        }
    }

    /// <summary>The totals so far, one per method, ordered by method name (ordinal).</summary>
    public IReadOnlyList<ReproductionWork> Totals()
    {
        lock (_gate)
        {
            return _byMethod.Values.ToArray();
        }
    }
}
