namespace DeepLinear.Checks.Catalog;

/// <summary>
/// A claim of the catalog: an inventory entry (the item as printed, its setting, hypotheses and planned handling)
/// plus the check that decides it. <see cref="Check"/> is <see langword="null"/> while no check is implemented; the
/// runner then reports the claim as <see cref="OutcomeStatus.Pending"/>, never as a verdict.
/// </summary>
public sealed class Claim
{
    /// <summary>Creates a claim, validating the entry's id against the id grammar and against its paper and kind.</summary>
    /// <param name="entry">The inventory entry.</param>
    /// <param name="check">The check, or <see langword="null"/> when none is implemented yet.</param>
    /// <exception cref="ArgumentException">The entry's id is malformed, or its paper or kind disagrees with the entry.</exception>
    public Claim(InventoryEntry entry, Func<CheckContext, CheckResult>? check = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!ClaimId.TryParse(entry.Id, out var id, out var error))
        {
            throw new ArgumentException(error, nameof(entry));
        }

        if (!string.Equals(id.Paper, entry.Paper, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Argument 'entry.Paper' = '{entry.Paper}' disagrees with the paper '{id.Paper}' of its id '{entry.Id}'.",
                nameof(entry));
        }

        if (id.Kind != entry.Kind)
        {
            throw new ArgumentException(
                $"Argument 'entry.Kind' = {entry.Kind} disagrees with the kind '{ClaimId.KindName(id.Kind)}' of its id '{entry.Id}'.",
                nameof(entry));
        }

        Id = id;
        Entry = entry;
        Check = check;
    }

    /// <summary>The parsed id.</summary>
    public ClaimId Id { get; }

    /// <summary>The inventory entry (label, statement as printed, setting, hypotheses, handling).</summary>
    public InventoryEntry Entry { get; }

    /// <summary>The check, or <see langword="null"/> when none is implemented yet.</summary>
    public Func<CheckContext, CheckResult>? Check { get; }

    /// <summary>Whether a check is attached.</summary>
    public bool HasCheck => Check is not null;

    /// <summary>A copy of this claim with <paramref name="check"/> attached (replacing any previous check).</summary>
    /// <param name="check">The check.</param>
    /// <returns>The new claim.</returns>
    public Claim WithCheck(Func<CheckContext, CheckResult> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new Claim(Entry, check);
    }

    /// <inheritdoc/>
    public override string ToString() => Id.Text;
}
