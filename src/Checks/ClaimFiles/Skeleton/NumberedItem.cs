namespace DeepLinear.Checks.ClaimFiles.Skeleton;

/// <summary>A numbered item found in a paper's text: a theorem-like statement ("Lemma 3.1") or a numbered display
/// ("(2.1)", <c>\tag{3.21}</c>), with the text printed there.</summary>
/// <param name="Kind">The kind of the claim id (<c>lemma</c>, <c>eq</c>, …).</param>
/// <param name="Number">The number as printed, lower case (<c>3.1</c>, <c>b.1</c>).</param>
/// <param name="Part">A part that keeps kinds without their own id kind apart (<c>assumption</c> for
/// "Assumption 1", written as a definition), or <see langword="null"/>.</param>
/// <param name="Label">The label ("Lemma 3.1", "Equation (2.1)").</param>
/// <param name="Statement">The text printed with the item: the paragraph of a statement, the line of a display.</param>
/// <param name="Line">The 1-based line of the paper where the item was found.</param>
public sealed record NumberedItem(ClaimKind Kind, string Number, string? Part, string Label, string Statement, int Line)
{
    /// <summary>The claim id of the item in a paper with key <paramref name="paperKey"/>:
    /// <c>&lt;key&gt;/&lt;kind&gt;&lt;number&gt;[#part]</c>.</summary>
    /// <param name="paperKey">The paper key.</param>
    /// <returns>The id.</returns>
    public string IdIn(string paperKey) => $"{paperKey}/{ClaimId.KindName(Kind)}{Number}{(Part is null ? string.Empty : "#" + Part)}";
}
