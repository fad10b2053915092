namespace DeepLinear.Checks.Evidence;

/// <summary>
/// The one trial of a Monte Carlo probability claim its evidence records for a per-trial replay
/// (<c>dlv show CLAIM --replay</c>): the first trial that counts against the stated side of the bound — for
/// P(event) ≥ b the first trial in which the event did not occur, for P(event) ≤ b the first in which it did — or,
/// when every trial went the stated way, the first counted trial.
/// </summary>
/// <param name="Seed">The trial's own seed (its instance is drawn from it alone).</param>
/// <param name="EventOccurred">Whether the event occurred in that trial.</param>
/// <param name="Why">Which trial this is, in words.</param>
public sealed record RecordedTrial(ulong Seed, bool EventOccurred, string Why)
{
    /// <summary>The trial as the report prints it: <c>seed S — WHY (event true|false)</c>.</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture, $"seed {Seed} — {Why} (event {(EventOccurred ? "true" : "false")})");
}
