namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Evidence of a <see cref="Verdict.NotCheckable"/> verdict: why the statement cannot be checked as printed, and the
/// ids of the computable sub-claims that are checked separately.
/// </summary>
/// <param name="Reason">The reason (an unspecified constant, "for almost all", an existence statement, …).</param>
/// <param name="SubClaimIds">The ids of the computable parts, checked as separate claims.</param>
public sealed record NotCheckableEvidence(string Reason, IReadOnlyList<string> SubClaimIds) : Evidence
{
    /// <inheritdoc/>
    public override string Type => "not-checkable";

    /// <inheritdoc/>
    public override IReadOnlyList<EvidenceNumber> KeyNumbers() => [new("sub-claims", SubClaimIds.Count, IsCount: true)];

    /// <inheritdoc/>
    public override string Summary()
        => Reason + (SubClaimIds.Count == 0 ? string.Empty : "; computable parts: " + string.Join(", ", SubClaimIds));
}
