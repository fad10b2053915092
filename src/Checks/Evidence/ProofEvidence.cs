namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Evidence of a <see cref="Verdict.Proved"/> verdict: an exact proof with its scope and derivation. Built from the
/// symbolic engine's derivation record (its <c>ToText()</c>/<c>ToLatex()</c>) or, for statements about printed
/// numbers, from exact rational arithmetic on those numbers.
/// </summary>
/// <param name="Scope">The scope of the proof: <c>entry-wise for dimensions (2,3,2)</c>, <c>all dimensions</c>,
/// <c>all depths</c>, <c>exact arithmetic on the printed numbers</c>.</param>
/// <param name="DerivationText">The derivation as plain text (one step per line).</param>
/// <param name="DerivationLatex">The derivation as LaTeX.</param>
/// <param name="RulesUsed">The names of the rewrite rules or facts used, in order of first use.</param>
/// <param name="Steps">The number of derivation steps.</param>
public sealed record ProofEvidence(
    string Scope,
    string DerivationText,
    string DerivationLatex,
    IReadOnlyList<string> RulesUsed,
    int Steps) : Evidence
{
    /// <inheritdoc/>
    public override string Type => "proof";

    /// <inheritdoc/>
    public override IReadOnlyList<EvidenceNumber> KeyNumbers() => [new("steps", Steps, IsCount: true)];

    /// <inheritdoc/>
    public override string Summary() => $"proof ({Scope}), {Steps} steps, rules: {string.Join(", ", RulesUsed)}";
}
