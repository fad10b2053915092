namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Evidence of an <see cref="Verdict.Inconclusive"/> verdict: the check's own budget was exhausted or the numerics
/// were in trouble, with what was tried.
/// </summary>
/// <param name="Reason">What stopped the check (budget, ill-conditioning, divergence of a run, …).</param>
/// <param name="WhatWasTried">What was tried before stopping.</param>
/// <param name="InstancesTried">How many instances were evaluated before stopping.</param>
public sealed record InconclusiveEvidence(string Reason, string WhatWasTried, int InstancesTried) : Evidence
{
    /// <inheritdoc/>
    public override string Type => "inconclusive";

    /// <inheritdoc/>
    public override IReadOnlyList<EvidenceNumber> KeyNumbers() => [new("instances", InstancesTried, IsCount: true)];

    /// <inheritdoc/>
    public override string Summary() => $"{Reason}; tried: {WhatWasTried}";
}
