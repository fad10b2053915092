namespace DeepLinear.Checks.Reports;

/// <summary>
/// Everything a paper report shows about one claim, already rendered to Markdown fragments by the evidence types.
/// </summary>
/// <param name="Id">The claim id.</param>
/// <param name="Paper">The paper key.</param>
/// <param name="Label">The label as printed.</param>
/// <param name="Kind">The kind name (<c>lemma</c>, <c>prop</c>, …).</param>
/// <param name="Statement">The statement as printed (LaTeX).</param>
/// <param name="Setting">The setting.</param>
/// <param name="Hypotheses">The hypotheses.</param>
/// <param name="Verdict">The verdict name (<c>proved</c>, <c>verified</c>, <c>refuted</c>, <c>not-checkable</c>,
/// <c>inconclusive</c>) or a non-verdict status (<c>pending</c>, <c>crashed</c>, <c>out-of-budget</c>).</param>
/// <param name="Scope">The scope of the verdict in words.</param>
/// <param name="EvidenceMarkdown">The evidence as Markdown (derivation, instance table, counterexample, reason).</param>
/// <param name="Handling">How the item was handled, one line, for the closing list of numbered items.</param>
/// <param name="PlotFiles">PNG files (relative to the report folder) that belong to this claim.</param>
public sealed record ReportEntry(
    string Id,
    string Paper,
    string Label,
    string Kind,
    string Statement,
    string Setting,
    IReadOnlyList<string> Hypotheses,
    string Verdict,
    string Scope,
    string EvidenceMarkdown,
    string Handling,
    IReadOnlyList<string> PlotFiles)
{
    /// <summary>The reading of a refutation (kind, justification, hypotheses encoded), or <see langword="null"/> when
    /// the claim is not refuted.</summary>
    public Catalog.RefutationReading? Reading { get; init; }

    /// <summary>The id of the printed error a refuted claim falls with, or <see langword="null"/>.</summary>
    public string? Erratum { get; init; }

    /// <summary>The verdict as shown to a reader: <c>refuted (notation)</c> for a refutation with a reading, else
    /// <see cref="Verdict"/>.</summary>
    public string VerdictShown => Reading is { } r && Verdict == "refuted" ? $"refuted ({r.KindName})" : Verdict;
}
