using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles;

/// <summary>
/// One claim of a claim file: the inventory entry (id, paper, label, kind, statement as printed, setting, hypotheses,
/// handling), its check specification and where it was read.
/// </summary>
/// <param name="Entry">The inventory entry; its <see cref="InventoryEntry.Paper"/> is the file's paper key.</param>
/// <param name="Check">The <c>check:</c> specification.</param>
/// <param name="FileName">The file name as given to the reader.</param>
/// <param name="Line">The 1-based line of the claim (its <c>id:</c> key).</param>
/// <remarks>Equality is record equality; <see cref="InventoryEntry.Hypotheses"/> is a list compared by reference, so
/// compare entries field by field (see <c>ClaimFileEntryComparer</c> in the tests) when that matters.</remarks>
public sealed record ClaimFileEntry(InventoryEntry Entry, CheckSpec Check, string FileName, int Line)
{
    /// <summary>The id of a claim that states the same result (<c>same-as:</c>), or <see langword="null"/>.</summary>
    public string? SameAs { get; init; }

    /// <summary>Whether the check is a draft for the researcher to confirm (<c>draft: true</c>, written by
    /// <c>dlv claims init</c>).</summary>
    public bool Draft { get; init; }

    /// <summary>The key path of a key of this claim in error messages: <c>claims[nrt/prop3.2].check.code</c>.</summary>
    /// <param name="subKey">The key below the claim (<c>check.code</c>).</param>
    /// <returns>The key path.</returns>
    public string KeyOf(string subKey) => $"claims[{Entry.Id}].{subKey}";

    /// <summary>An error about a node of this claim (for check-form compilers): names this claim's file, the node's
    /// line and column, the key path <see cref="KeyOf"/>, the value and the rule.</summary>
    /// <param name="node">The offending node.</param>
    /// <param name="subKey">The key below the claim (<c>check.over.W</c>).</param>
    /// <param name="value">The offending value, or <see langword="null"/> when missing.</param>
    /// <param name="rule">The rule broken, without the final period.</param>
    /// <returns>The exception, to throw.</returns>
    public ClaimFileException Error(YamlNode node, string subKey, string? value, string rule)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new ClaimFileException(FileName, (int)node.Start.Line, (int)node.Start.Column, KeyOf(subKey), value, rule);
    }
}
