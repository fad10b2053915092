namespace DeepLinear.Checks.Reproductions;

/// <summary>The outcome of one descent run of a reproduction.</summary>
/// <param name="Kind">How it ended.</param>
/// <param name="InitialLoss">The loss at iteration 0.</param>
/// <param name="FinalLoss">The last recorded finite loss.</param>
/// <param name="StopIteration">The iteration at which the run stopped.</param>
public sealed record RunOutcome(RunOutcomeKind Kind, double InitialLoss, double FinalLoss, int StopIteration)
{
    /// <summary>A short Markdown description, for example <c>converged ($L$: 12.3 → $4.1 \cdot 10^{-9}$ in 20000 it.)</c>.</summary>
    public string Describe() => Kind switch
    {
        RunOutcomeKind.Diverged => "diverged at iteration " + StopIteration.ToString(CultureInfo.InvariantCulture),
        _ => (Kind switch
        {
            RunOutcomeKind.Converged => "converged",
            RunOutcomeKind.Decreasing => "decreasing",
            _ => "not decreasing",
        }) + " ($L$: $" + ReproductionFormat.Sci(InitialLoss) + "$ → $" + ReproductionFormat.Sci(FinalLoss) + "$ in "
            + StopIteration.ToString(CultureInfo.InvariantCulture) + " it.)",
    };
}
