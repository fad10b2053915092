using DeepLinear.Checks.ClaimFiles;

namespace DeepLinear.Checks.Catalog;

/// <summary>
/// The claim catalog: every claim of every paper in a fixed order (papers in the order nrt, lcc, trbw, acgh, dhl;
/// within a paper, reading order), with lookup by id and by paper. Duplicate ids are rejected. The catalog is
/// immutable; <see cref="WithChecks"/> returns a new catalog with further checks attached (how engine-backed checks
/// are wired in).
/// </summary>
public sealed class ClaimCatalog
{
    private readonly Dictionary<string, int> index;

    /// <summary>Creates a catalog from claims, in the given order.</summary>
    /// <param name="claims">The claims.</param>
    /// <exception cref="ArgumentException">Two claims share an id.</exception>
    public ClaimCatalog(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims.ToList();
        index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            if (!index.TryAdd(list[i].Id.Text, i))
            {
                throw new ArgumentException(
                    $"Argument 'claims' contains the id '{list[i].Id.Text}' twice (positions {index[list[i].Id.Text]} and {i}); ids must be unique.",
                    nameof(claims));
            }
        }

        Claims = list;
        Papers = list.Select(c => c.Id.Paper).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The catalog of all five papers, read from the built-in claim files <c>catalog/&lt;key&gt;.yaml</c>
    /// (<see cref="BuiltInClaimFiles"/>) in the order nrt, lcc, trbw, acgh, dhl, each claim's check compiled by
    /// <see cref="CheckFormRegistry.Default"/> (<c>code:</c> names a C# check of <see cref="BuiltInChecks"/>); a claim
    /// whose form is <c>pending</c> is reported as pending.</summary>
    public static ClaimCatalog Default { get; } = FromClaimFiles(BuiltInClaimFiles.All);

    /// <summary>All claims, in catalog order.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>The paper keys, in catalog order.</summary>
    public IReadOnlyList<string> Papers { get; }

    /// <summary>The claims that have no check yet (reported as pending).</summary>
    public IReadOnlyList<Claim> WithoutCheck => Claims.Where(c => !c.HasCheck).ToList();

    /// <summary>Builds a catalog from inventory entries and the checks implemented for some of them.</summary>
    /// <param name="entries">The entries, in catalog order.</param>
    /// <param name="checks">Checks by claim id; every key must be the id of an entry.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">A check names an unknown id, or two entries share an id.</exception>
    public static ClaimCatalog FromInventories(
        IEnumerable<InventoryEntry> entries, IReadOnlyDictionary<string, Func<CheckContext, CheckResult>>? checks = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var catalog = new ClaimCatalog(entries.Select(e => new Claim(e)));
        return checks is null ? catalog : catalog.WithChecks(checks);
    }

    /// <summary>
    /// Builds a catalog from claim files: every claim of every file in file order, its check compiled by
    /// <paramref name="registry"/> (<see cref="CheckFormRegistry.Default"/> when null); a claim whose form is
    /// <c>pending</c> has no check and is reported as pending.
    /// </summary>
    /// <param name="files">The claim files, in catalog order.</param>
    /// <param name="registry">The check-form registry.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ClaimFileException">A check cannot be compiled, or two files hold the same id (the error names
    /// the second file and line).</exception>
    public static ClaimCatalog FromClaimFiles(IEnumerable<ClaimFile> files, CheckFormRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        registry ??= CheckFormRegistry.Default;
        var claims = new List<Claim>();
        var seen = new Dictionary<string, ClaimFileEntry>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var entry in file.Claims)
            {
                if (!seen.TryAdd(entry.Entry.Id, entry))
                {
                    var first = seen[entry.Entry.Id];
                    throw new ClaimFileException(
                        entry.FileName, entry.Line, 0, entry.KeyOf("id"), entry.Entry.Id,
                        $"ids must be unique across claim files; {first.FileName} line {first.Line} holds the same id");
                }

                claims.Add(new Claim(entry.Entry, registry.Compile(entry)));
            }
        }

        return new ClaimCatalog(claims);
    }

    /// <summary>Returns a catalog in which the given checks are attached (replacing earlier checks of those ids).</summary>
    /// <param name="checks">Checks by claim id.</param>
    /// <returns>The new catalog.</returns>
    /// <exception cref="ArgumentException">A key is not the id of a claim of this catalog.</exception>
    public ClaimCatalog WithChecks(IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        foreach (string id in checks.Keys)
        {
            if (!index.ContainsKey(id))
            {
                throw new ArgumentException(
                    $"Argument 'checks' has a check for '{id}', which is not an id of the catalog.", nameof(checks));
            }
        }

        return new ClaimCatalog(Claims.Select(c => checks.TryGetValue(c.Id.Text, out var check) ? c.WithCheck(check) : c));
    }

    /// <summary>Looks a claim up by its exact id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="claim">The claim, when found.</param>
    /// <returns>Whether the id is in the catalog.</returns>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Claim? claim)
    {
        claim = id is not null && index.TryGetValue(id, out int i) ? Claims[i] : null;
        return claim is not null;
    }

    /// <summary>The claim with the exact id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="KeyNotFoundException">No claim has that id.</exception>
    public Claim Get(string id)
        => TryGet(id, out var claim)
            ? claim
            : throw new KeyNotFoundException($"Argument 'id' = '{id}' is not an id of the catalog.");

    /// <summary>The claims of one paper, in catalog order (empty for an unknown key).</summary>
    /// <param name="paper">The paper key.</param>
    /// <returns>The claims.</returns>
    public IReadOnlyList<Claim> ForPaper(string paper)
        => Claims.Where(c => string.Equals(c.Id.Paper, paper, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// The selection of <c>dlv check [--paper KEY] [--claim ID]</c>, in catalog order: all claims, or one paper's, or
    /// the claim with id <paramref name="claimId"/> together with its parts and fixed variants
    /// (<c>nrt/prop3.3</c> selects <c>nrt/prop3.3#1</c> … <c>#4</c>).
    /// </summary>
    /// <param name="paper">The paper key, or null.</param>
    /// <param name="claimId">The claim id, or null.</param>
    /// <returns>The selected claims (empty when nothing matches).</returns>
    public IReadOnlyList<Claim> Select(string? paper, string? claimId)
        => Claims.Where(c =>
                (paper is null || string.Equals(c.Id.Paper, paper, StringComparison.Ordinal))
                && (claimId is null
                    || string.Equals(c.Id.Text, claimId, StringComparison.Ordinal)
                    || c.Id.Text.StartsWith(claimId + "#", StringComparison.Ordinal)
                    || c.Id.Text.StartsWith(claimId + "~", StringComparison.Ordinal)))
            .ToList();
}
