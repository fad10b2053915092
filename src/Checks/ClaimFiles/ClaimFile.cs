namespace DeepLinear.Checks.ClaimFiles;

/// <summary>
/// A claim file as read: the paper, its named shared settings and its claims in file order. The same format serves
/// the built-in catalog (<c>catalog/&lt;key&gt;.yaml</c>) and a researcher's own paper.
/// </summary>
/// <param name="Paper">The <c>paper:</c> mapping.</param>
/// <param name="Claims">The claims, in file order.</param>
/// <param name="FileName">The file name as given to the reader.</param>
public sealed record ClaimFile(PaperInfo Paper, IReadOnlyList<ClaimFileEntry> Claims, string FileName)
{
    /// <summary>The <c>settings:</c> mapping: shared setting texts by name, in file order. Claims refer to them with
    /// YAML aliases (<c>setting: *loss</c> after <c>settings: { loss: &amp;loss "…" }</c>); the reader resolves the
    /// alias, so each claim's <see cref="Catalog.InventoryEntry.Setting"/> holds the full text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Settings { get; init; } = [];
}
