namespace DeepLinear.Checks.Running;

/// <summary>
/// How a claim's run ended. Only <see cref="Completed"/> carries a verdict; the others are statuses that are
/// deliberately <b>not</b> verdicts, counted separately so nothing is misreported as verified.
/// </summary>
public enum OutcomeStatus
{
    /// <summary>The check ran to a verdict (<c>proved</c>, <c>verified</c>, <c>refuted</c>, <c>not-checkable</c>,
    /// <c>inconclusive</c>).</summary>
    Completed,

    /// <summary>No check is implemented yet for this claim (<c>pending</c>).</summary>
    Pending,

    /// <summary>The check threw an exception (<c>crashed</c>).</summary>
    Crashed,

    /// <summary>The check exceeded its budget or was cancelled (<c>out-of-budget</c>).</summary>
    OutOfBudget,
}
