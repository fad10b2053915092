namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Evidence for a probability claim: a Monte Carlo estimate of P(event) from seeded trials with its Wilson 95%
/// confidence interval, compared with the stated bound. The claim "P(event) ≥ b" is verified when the whole interval
/// lies at or above b and refuted when it lies below; otherwise it is inconclusive (more trials needed).
/// </summary>
/// <param name="Event">The event in words.</param>
/// <param name="Trials">The number of trials n.</param>
/// <param name="Successes">The number of trials in which the event occurred.</param>
/// <param name="Interval">The Wilson 95% interval for the probability.</param>
/// <param name="StatedBound">The bound stated by the paper (a probability), or NaN when the paper gives none
/// ("with high probability").</param>
/// <param name="BoundIsLower">Whether the paper states P(event) ≥ bound (true) or P(event) ≤ bound (false).</param>
/// <param name="Seed">The base seed of the trials.</param>
public sealed record MonteCarloEvidence(
    string Event,
    long Trials,
    long Successes,
    WilsonInterval Interval,
    double StatedBound,
    bool BoundIsLower,
    ulong Seed) : Evidence
{
    /// <inheritdoc/>
    public override string Type => "monte-carlo";

    /// <summary>The trial recorded for a per-trial replay (claim files' <c>probability:</c> form), or null.</summary>
    public RecordedTrial? Trial { get; init; }

    /// <summary>The estimate k/n.</summary>
    public double Estimate => Trials == 0 ? double.NaN : (double)Successes / Trials;

    /// <summary>Creates the evidence from the counts, computing the Wilson 95% interval.</summary>
    /// <param name="event">The event in words.</param>
    /// <param name="trials">The number of trials, at least 1.</param>
    /// <param name="successes">The number of successes, in [0, trials].</param>
    /// <param name="statedBound">The stated bound, or NaN.</param>
    /// <param name="boundIsLower">Whether the statement is P ≥ bound.</param>
    /// <param name="seed">The base seed.</param>
    /// <returns>The evidence.</returns>
    public static MonteCarloEvidence FromCounts(
        string @event, long trials, long successes, double statedBound, bool boundIsLower, ulong seed)
        => new(@event, trials, successes, WilsonInterval.Compute(successes, trials), statedBound, boundIsLower, seed);

    /// <summary>The verdict the interval supports: verified when it lies entirely on the stated side of the bound,
    /// refuted when entirely on the other side, inconclusive otherwise or when no bound is stated.</summary>
    /// <returns>The supported verdict.</returns>
    public Verdict SupportedVerdict()
    {
        if (double.IsNaN(StatedBound))
        {
            return Verdict.Inconclusive;
        }

        if (BoundIsLower)
        {
            return Interval.Lower >= StatedBound ? Verdict.Verified
                : Interval.Upper < StatedBound ? Verdict.Refuted : Verdict.Inconclusive;
        }

        return Interval.Upper <= StatedBound ? Verdict.Verified
            : Interval.Lower > StatedBound ? Verdict.Refuted : Verdict.Inconclusive;
    }

    /// <inheritdoc/>
    public override IReadOnlyList<EvidenceNumber> KeyNumbers() =>
    [
        new("trials", Trials, IsCount: true),
        new("estimate", Estimate),
        new("ci-low", Interval.Lower),
        new("ci-high", Interval.Upper),
        new("bound", StatedBound),
    ];

    /// <inheritdoc/>
    public override string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"P({Event}) ≈ {Estimate:G4} from {Successes}/{Trials}, Wilson 95% [{Interval.Lower:G4}, {Interval.Upper:G4}], stated {(BoundIsLower ? "≥" : "≤")} {StatedBound:G4}");
}
