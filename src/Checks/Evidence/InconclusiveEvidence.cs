namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Evidence of an <see cref="Verdict.Inconclusive"/> verdict: the check's own budget was exhausted, the numerics
/// were in trouble, or no generated instance met the claim's hypotheses (for example a negative-control run with a
/// step size far above the bound, or an unbalanced start), with what was tried.
/// </summary>
/// <param name="Reason">What stopped the check (budget, ill-conditioning, divergence of a run, hypotheses not met, …).</param>
/// <param name="WhatWasTried">What was tried before stopping.</param>
/// <param name="InstancesTried">How many instances were evaluated before stopping.</param>
/// <param name="HypothesesNotMet">Whether the run is inconclusive because the instances did not meet the claim's
/// hypotheses (so nothing about the claim was tested), rather than for budget or numerical reasons.</param>
public sealed record InconclusiveEvidence(string Reason, string WhatWasTried, int InstancesTried, bool HypothesesNotMet = false)
    : Evidence
{
    /// <inheritdoc/>
    public override string Type => "inconclusive";

    /// <inheritdoc/>
    public override IReadOnlyList<EvidenceNumber> KeyNumbers() => [new("instances", InstancesTried, IsCount: true)];

    /// <inheritdoc/>
    public override string Summary()
        => (HypothesesNotMet ? "hypotheses not met: " : string.Empty) + $"{Reason}; tried: {WhatWasTried}";
}
