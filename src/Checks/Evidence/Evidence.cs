namespace DeepLinear.Checks.Evidence;

/// <summary>
/// The evidence behind a verdict. Sealed subtypes: <see cref="ProofEvidence"/>, <see cref="NumericEvidence"/>,
/// <see cref="CounterexampleEvidence"/>, <see cref="NotCheckableEvidence"/>, <see cref="InconclusiveEvidence"/>,
/// <see cref="MonteCarloEvidence"/>, <see cref="NotReproducedEvidence"/>. Every evidence names its <see cref="Type"/> (the JSON discriminator) and its
/// key numbers (for the verdict table and the snapshot).
/// </summary>
public abstract record Evidence
{
    /// <summary>The JSON discriminator (<c>proof</c>, <c>numeric</c>, <c>counterexample</c>, …).</summary>
    public abstract string Type { get; }

    /// <summary>The key numbers of this evidence, in a fixed order.</summary>
    /// <returns>The numbers.</returns>
    public abstract IReadOnlyList<EvidenceNumber> KeyNumbers();

    /// <summary>A one-line human summary (no timings, no machine paths).</summary>
    /// <returns>The summary.</returns>
    public abstract string Summary();
}
