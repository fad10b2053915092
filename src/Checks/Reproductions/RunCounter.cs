namespace DeepLinear.Checks.Reproductions;

/// <summary>Counts finished runs of one reproduction and reports them to <see cref="ReproductionOptions.Progress"/>
/// (thread-safe; a no-op without a progress sink).</summary>
internal sealed class RunCounter(ReproductionOptions options, int total)
{
    private int _finished;

    /// <summary>Marks one run finished and reports it.</summary>
    public void Finished(string run)
    {
        int finished = Interlocked.Increment(ref _finished);
        options.Progress?.Report(new ReproductionProgress(finished, total, run));
    }
}
