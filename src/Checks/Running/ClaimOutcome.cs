namespace DeepLinear.Checks.Running;

/// <summary>
/// The outcome of running one claim: its status, the result when the check ran to a verdict, the wall time, and for
/// a crash or an exhausted budget what happened.
/// </summary>
public sealed record ClaimOutcome
{
    private ClaimOutcome(Claim claim, OutcomeStatus status, CheckResult? result, double seconds, string? problem)
    {
        Claim = claim;
        Status = status;
        Result = result;
        Seconds = seconds;
        Problem = problem;
    }

    /// <summary>The claim.</summary>
    public Claim Claim { get; }

    /// <summary>How the run ended.</summary>
    public OutcomeStatus Status { get; }

    /// <summary>The result, present exactly when <see cref="Status"/> is <see cref="OutcomeStatus.Completed"/>.</summary>
    public CheckResult? Result { get; }

    /// <summary>Wall-clock seconds spent (0 for pending claims). Never part of snapshots.</summary>
    public double Seconds { get; }

    /// <summary>For a crash: the exception type and message; for an exhausted budget: the budget; else null.</summary>
    public string? Problem { get; }

    /// <summary>The verdict name when completed, else the status name: <c>pending</c>, <c>crashed</c>,
    /// <c>out-of-budget</c>.</summary>
    public string VerdictName => Status switch
    {
        OutcomeStatus.Completed => VerdictNames.Of(Result!.Verdict),
        OutcomeStatus.Pending => "pending",
        OutcomeStatus.Crashed => "crashed",
        _ => "out-of-budget",
    };

    /// <summary>Whether the claim ran to one of the five verdicts.</summary>
    public bool HasVerdict => Status == OutcomeStatus.Completed;

    /// <summary>The outcome of a check that returned a result.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="result">The result.</param>
    /// <param name="seconds">The wall time.</param>
    /// <returns>The outcome.</returns>
    public static ClaimOutcome Completed(Claim claim, CheckResult result, double seconds)
        => new(claim, OutcomeStatus.Completed, result ?? throw new ArgumentNullException(nameof(result)), seconds, null);

    /// <summary>The outcome of a claim without a check.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>The outcome.</returns>
    public static ClaimOutcome Pending(Claim claim) => new(claim, OutcomeStatus.Pending, null, 0, "no check implemented yet");

    /// <summary>The outcome of a check that threw.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="exception">The exception.</param>
    /// <param name="seconds">The wall time.</param>
    /// <returns>The outcome.</returns>
    public static ClaimOutcome Crashed(Claim claim, Exception exception, double seconds)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new(claim, OutcomeStatus.Crashed, null, seconds, $"{exception.GetType().Name}: {exception.Message}");
    }

    /// <summary>The outcome of a check that exceeded its budget or was cancelled.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="budget">The budget that was exceeded.</param>
    /// <param name="seconds">The wall time.</param>
    /// <returns>The outcome.</returns>
    public static ClaimOutcome OutOfBudget(Claim claim, TimeSpan budget, double seconds)
        => new(claim, OutcomeStatus.OutOfBudget, null, seconds, $"budget of {budget.TotalSeconds:0.###} s exhausted");
}
