namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Evidence of a <see cref="Verdict.NotReproduced"/> verdict: a number the paper prints from its own experiment that
/// our seeded runs of the experiment as described contradict. It is not a refutation of a mathematical statement (the
/// authors' unpublished draw or an unstated detail may explain it), and not inconclusive (the runs do answer): it
/// states by which factor the closest run misses the printed value and how far apart the runs are from each other.
/// </summary>
/// <param name="Comparison">Printed against reproduced, per case (e.g. per depth), in words.</param>
/// <param name="ClosestFactor">The factor max(r/p, p/r) between the printed value p and the closest reproduced value r,
/// over the case that misses most.</param>
/// <param name="AcceptedFactor">The factor within which a printed value counts as reproduced.</param>
/// <param name="RunSpread">The largest factor between two of our own runs of one case (how much the unpublished draw
/// could matter).</param>
/// <param name="Rerun">The command that re-runs the comparison.</param>
public sealed record NotReproducedEvidence(string Comparison, double ClosestFactor, double AcceptedFactor, double RunSpread, string Rerun)
    : Evidence
{
    /// <inheritdoc/>
    public override string Type => "not-reproduced";

    /// <inheritdoc/>
    public override IReadOnlyList<EvidenceNumber> KeyNumbers()
        => [new("factor", ClosestFactor), new("accepted-factor", AcceptedFactor), new("run-spread", RunSpread)];

    /// <inheritdoc/>
    public override string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"not reproduced: the closest run is a factor {ClosestFactor:G3} from the printed value (accepted within {AcceptedFactor:G3}; our runs differ by at most {RunSpread:G3}×); {Comparison}");
}
