namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// One instance of a numeric claim re-drawn from its own seed by <c>dlv show CLAIM --replay</c>, without re-running the
/// whole check: the worst instance of a verified inequality, or the counterexample of a refuted one (re-drawn, moved by
/// the same tightness search when the search found it, and shrunk again, all deterministic); one trajectory run; or one
/// probability trial.
/// </summary>
/// <param name="Seed">The instance seed replayed.</param>
/// <param name="IsCounterexample">Whether a counterexample was replayed (otherwise the worst instance).</param>
/// <param name="Lines">The instance's numbers in plain text: sizes, variables (round-trip numbers), both sides.</param>
/// <param name="Lhs">The left-hand side lhs of lhs ≤ rhs on the instance (NaN when it could not be evaluated).</param>
/// <param name="Rhs">The right-hand side (NaN when it could not be evaluated).</param>
/// <param name="Violation">For a counterexample, the violation exactly as the evidence states it; otherwise null, and
/// null too when the replay did not reproduce a violation.</param>
public sealed record InstanceReplay(ulong Seed, bool IsCounterexample, IReadOnlyList<string> Lines, double Lhs, double Rhs, string? Violation)
{
    /// <summary>For a replayed probability trial, whether the event occurred; otherwise null.</summary>
    public bool? EventOccurred { get; init; }

    /// <summary>lhs / rhs, as the evidence's worst ratio measures it.</summary>
    public double Ratio => new Support.InstanceOutcome(true, Lhs, Rhs, null).Ratio;
}
