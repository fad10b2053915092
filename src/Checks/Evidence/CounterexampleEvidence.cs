namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Evidence of a <see cref="Verdict.Refuted"/> verdict: a witness that meets the hypotheses and violates the printed
/// statement (exact where possible, shrunk to the smallest case found and re-checked outside the generator), or a
/// shape error in the printed formula.
/// </summary>
/// <param name="WitnessText">The witness in plain text (matrices, numbers, or the ill-formed product).</param>
/// <param name="WitnessLatex">The witness as LaTeX.</param>
/// <param name="Violation">What fails on the witness (<c>lhs = 0.86 &gt; rhs = 0.14</c>, <c>(d₁×d₂)·(d₁×r) undefined</c>).</param>
/// <param name="Exact">Whether the witness and the violation are exact (rational or printed numbers).</param>
/// <param name="Shrunk">Whether the witness was shrunk by the generator's shrinker.</param>
/// <param name="IsShapeError">Whether the refutation is a shape error in the printed formula.</param>
/// <param name="Rerun">How to re-run it: <c>dlv check --claim ID --seed S</c>.</param>
/// <param name="Seed">The seed that regenerates the witness, or <see langword="null"/> when it is not random.</param>
public sealed record CounterexampleEvidence(
    string WitnessText,
    string WitnessLatex,
    string Violation,
    bool Exact,
    bool Shrunk,
    bool IsShapeError,
    string Rerun,
    ulong? Seed) : Evidence
{
    /// <inheritdoc/>
    public override string Type => "counterexample";

    /// <summary>The re-run command for a claim and seed: <c>dlv check --claim ID --seed S</c>.</summary>
    /// <param name="claimId">The claim id.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The command line.</returns>
    public static string RerunCommand(string claimId, ulong seed) => $"dlv check --claim {claimId} --seed {seed}";

    /// <summary>The re-run command for a deterministic (seed-free) witness: <c>dlv check --claim ID</c>.</summary>
    /// <param name="claimId">The claim id.</param>
    /// <returns>The command line.</returns>
    public static string RerunCommand(string claimId) => $"dlv check --claim {claimId}";

    /// <inheritdoc/>
    public override IReadOnlyList<EvidenceNumber> KeyNumbers() => [];

    /// <inheritdoc/>
    public override string Summary()
        => (IsShapeError ? "shape error: " : "counterexample: ") + Violation
            + (Exact ? " (exact)" : string.Empty) + (Shrunk ? " (shrunk)" : string.Empty);
}
