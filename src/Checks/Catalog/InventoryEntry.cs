namespace DeepLinear.Checks.Catalog;

/// <summary>
/// One numbered item of a paper exactly as printed, before any check is attached: the inventory from which the
/// claim catalog is built and from which each paper's report lists "every numbered item and how it was handled".
/// </summary>
/// <param name="Id">The claim id, <c>&lt;paper&gt;/&lt;kind&gt;&lt;number&gt;[#&lt;part&gt;][~fixed]</c>, all lower case
/// (for example <c>nrt/prop3.3#4</c>, <c>dhl/claimb.1</c>).</param>
/// <param name="Paper">The paper key (<c>nrt</c>, <c>lcc</c>, <c>trbw</c>, <c>acgh</c>, <c>dhl</c>).</param>
/// <param name="Label">The label as printed ("Proposition 3.3 (4)").</param>
/// <param name="Kind">The kind of item.</param>
/// <param name="Statement">The statement as printed, LaTeX copied from the paper text (extraction damage noted, not
/// silently repaired).</param>
/// <param name="Setting">The setting: loss, norms, dimensions, dynamics (GD/flow), in the paper's own constants.</param>
/// <param name="Hypotheses">The hypotheses in words, each one checkable.</param>
/// <param name="Handling">How the toolkit handles the item: the planned check ("symbolic proof: …", "numeric: …",
/// "Monte Carlo: …") or why it is not checkable.</param>
public sealed record InventoryEntry(
    string Id,
    string Paper,
    string Label,
    ClaimKind Kind,
    string Statement,
    string Setting,
    IReadOnlyList<string> Hypotheses,
    string Handling)
{
    /// <summary>The reading of a refutation (<c>reading:</c>): required when the claim's check refutes it, absent
    /// otherwise (checked against the run by <see cref="RefutationAudit"/>).</summary>
    public RefutationReading? Reading { get; init; }

    /// <summary>The id of the printed error this claim falls with (<c>erratum:</c>, <c>&lt;paper&gt;/&lt;name&gt;</c>);
    /// several claims that fall with one printed error share it, and reports count distinct errata.</summary>
    public string? Erratum { get; init; }
}
