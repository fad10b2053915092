using DeepLinear.Checks.Catalog;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Skeleton;

/// <summary>
/// The claim-file skeleton of a paper (<c>dlv claims init</c>): one claim per numbered item found by
/// <see cref="NumberedItemScanner"/>, with its label, kind and the text printed there as the statement, and
/// <c>check: { pending: … }</c> for the researcher to replace by a check form.
/// </summary>
public static class ClaimFileSkeleton
{
    /// <summary>The pending reason written into every skeleton claim.</summary>
    public const string PendingReason =
        "to encode: replace by a check form (identity, inequality, trajectory, probability, not-checkable); statement, setting and hypotheses to confirm against the paper";

    /// <summary>Builds the skeleton.</summary>
    /// <param name="paperText">The paper (plain text or LaTeX source).</param>
    /// <param name="paperKey">The paper key (lower-case letters and digits, starting with a letter).</param>
    /// <param name="source">Where the paper comes from (its file name), for <c>paper.source</c>.</param>
    /// <returns>The skeleton and the items found.</returns>
    /// <exception cref="ArgumentException">The key is not a valid paper key, or no numbered item was found.</exception>
    public static (ClaimFile File, IReadOnlyList<NumberedItem> Items) Build(string paperText, string paperKey, string source)
    {
        ArgumentNullException.ThrowIfNull(paperText);
        ArgumentNullException.ThrowIfNull(paperKey);
        ArgumentNullException.ThrowIfNull(source);
        if (!ClaimId.TryParse(paperKey + "/lemma1", out _))
        {
            throw new ArgumentException(
                $"Argument 'paperKey' = '{paperKey}' must be lower-case letters and digits starting with a letter (e.g. demo, smith2024).", nameof(paperKey));
        }

        var items = NumberedItemScanner.Scan(paperText);
        if (items.Count == 0)
        {
            throw new ArgumentException(
                "Argument 'paperText' holds no numbered item (no 'Theorem 1', 'Lemma 2.3', '\\tag{…}' or display ending in '(3.2)').", nameof(paperText));
        }

        var claims = items.Select(item =>
        {
            var check = new YamlMappingNode(new YamlScalarNode("pending"), new YamlScalarNode(PendingReason));
            var entry = new InventoryEntry(item.IdIn(paperKey), paperKey, item.Label, item.Kind, item.Statement, string.Empty, [], string.Empty);
            return new ClaimFileEntry(entry, new CheckSpec("pending", check, 0), source, item.Line);
        }).ToList();
        return (new ClaimFile(new PaperInfo(paperKey, Title(paperText, paperKey), source), claims, source), items);
    }

    private static string Title(string text, string paperKey)
    {
        string? first = text.ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim().Trim('#', '*', ' '))
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith('\\') && !l.StartsWith('%'));
        return first is null ? paperKey : first.Length <= 200 ? first : first[..200];
    }
}
