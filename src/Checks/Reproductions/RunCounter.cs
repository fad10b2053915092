namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// The one progress and work counter every reproduction uses: counts finished runs and reports them to
/// <see cref="ReproductionOptions.Progress"/> (run i of n), and adds each run's steps and evaluations to
/// <see cref="ReproductionOptions.Work"/>. Thread-safe; a no-op without sinks; never changes a result.
/// </summary>
internal sealed class RunCounter(ReproductionOptions options, int total)
{
    private int _finished;

    /// <summary>Marks one run finished and reports it.</summary>
    /// <param name="run">The run in words (for example "N = 5, balanced").</param>
    /// <param name="method">The integrator or recursion it used (see <see cref="ReproductionWork.Method"/>).</param>
    /// <param name="steps">The steps it took.</param>
    /// <param name="evaluations">The right-hand-side or gradient evaluations it made.</param>
    public void Finished(string run, string method, long steps, long evaluations)
    {
        AddWork(method, steps, evaluations);
        int finished = Interlocked.Increment(ref _finished);
        options.Progress?.Report(new ReproductionProgress(Math.Min(finished, total), total, run));
    }

    /// <summary>Adds the work of a part of a run (a cross-check inside it) without counting a finished run.</summary>
    /// <param name="method">The integrator or recursion.</param>
    /// <param name="steps">The steps it took.</param>
    /// <param name="evaluations">The evaluations it made.</param>
    public void AddWork(string method, long steps, long evaluations) => options.Work?.Add(method, steps, evaluations);
}
