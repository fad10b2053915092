namespace DeepLinear.Checks.Running;

/// <summary>
/// Counts of a run: one per verdict and, separately, pending, crashed and out-of-budget claims, plus the exit code
/// of <c>dlv check</c>: 0 when every check that exists ran to a verdict (pending claims have no check and do not fail
/// the run, but are counted and shown), 1 when any check crashed or ran out of budget.
/// </summary>
/// <param name="Total">All claims of the run.</param>
/// <param name="Proved">Proved claims.</param>
/// <param name="Verified">Verified claims.</param>
/// <param name="Refuted">Refuted claims.</param>
/// <param name="NotCheckable">Not-checkable claims.</param>
/// <param name="Inconclusive">Inconclusive claims.</param>
/// <param name="NotReproduced">Claims on printed experimental numbers that our runs contradict.</param>
/// <param name="Pending">Claims without a check.</param>
/// <param name="Crashed">Checks that threw.</param>
/// <param name="OutOfBudget">Checks that exceeded their budget.</param>
public sealed record RunSummary(
    int Total, int Proved, int Verified, int Refuted, int NotCheckable, int Inconclusive, int NotReproduced, int Pending, int Crashed, int OutOfBudget)
{
    /// <summary>The exit code: 1 when a check crashed or ran out of budget, else 0.</summary>
    public int ExitCode => Crashed + OutOfBudget > 0 ? 1 : 0;

    /// <summary>Counts the outcomes.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>The summary.</returns>
    public static RunSummary Of(IEnumerable<ClaimOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var list = outcomes.ToList();
        int Count(Verdict v) => list.Count(o => o.Status == OutcomeStatus.Completed && o.Result!.Verdict == v);
        int CountStatus(OutcomeStatus s) => list.Count(o => o.Status == s);
        return new RunSummary(
            list.Count,
            Count(Verdict.Proved),
            Count(Verdict.Verified),
            Count(Verdict.Refuted),
            Count(Verdict.NotCheckable),
            Count(Verdict.Inconclusive),
            Count(Verdict.NotReproduced),
            CountStatus(OutcomeStatus.Pending),
            CountStatus(OutcomeStatus.Crashed),
            CountStatus(OutcomeStatus.OutOfBudget));
    }

    /// <summary>One line: <c>120 claims: 3 proved, 40 verified, … ; 60 pending, 0 crashed, 0 out-of-budget</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
        => $"{Total} claims: {Proved} proved, {Verified} verified, {Refuted} refuted, {NotCheckable} not-checkable, "
            + $"{Inconclusive} inconclusive, {NotReproduced} not-reproduced; {Pending} pending (no check yet), {Crashed} crashed, {OutOfBudget} out-of-budget";
}
