using DeepLinear.Checks.ClaimFiles;

namespace DeepLinear.Checks.Catalog;

/// <summary>
/// Where verdicts meet the catalog (issue 12, "verdicts a referee can sign"): a claim file states a claim's reading and
/// erratum, the run gives its verdict, and the two must agree. The rules:
/// <list type="number">
/// <item>every refuted claim has a <c>reading:</c> (and so an <c>erratum:</c>);</item>
/// <item>a claim that is not refuted has no <c>reading:</c> (a stale reading would be counted as a refutation);</item>
/// <item>a <c>same-as:</c> link names a claim of the catalog, and linked claims have the same verdict and the same
/// reading kind (one result, one treatment);</item>
/// <item>a corrected variant <c>&lt;id&gt;~fixed</c> has its printed claim <c>&lt;id&gt;</c> in the catalog, states a
/// different text (the corrected one, never the printed text again, class 2) and is not itself refuted.</item>
/// </list>
/// </summary>
public static class RefutationAudit
{
    /// <summary>The problems of a catalog against the verdicts of a run, one sentence each naming the claim; empty when
    /// every rule holds.</summary>
    /// <param name="claims">The claims of the claim files.</param>
    /// <param name="verdicts">The verdict of each claim that ran to a verdict, by claim id; a claim missing here is
    /// skipped (it did not run to a verdict).</param>
    /// <returns>The problems, in catalog order.</returns>
    public static IReadOnlyList<string> Problems(IEnumerable<ClaimFileEntry> claims, IReadOnlyDictionary<string, Verdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(verdicts);
        var list = claims.ToList();
        var byId = list.ToDictionary(c => c.Entry.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var claim in list)
        {
            var e = claim.Entry;
            bool ran = verdicts.TryGetValue(e.Id, out var verdict);
            if (ran && verdict == Verdict.Refuted && e.Reading is null)
            {
                problems.Add($"{e.Id} is refuted but has no reading: (one of {string.Join(", ", RefutationReading.KindNames)}, with why, encodes and an erratum:).");
            }

            if (ran && verdict != Verdict.Refuted && e.Reading is not null)
            {
                problems.Add($"{e.Id} has reading: {e.Reading.KindName} but its verdict is {VerdictNames.Of(verdict)}, not refuted.");
            }

            if (e.Id.EndsWith("~fixed", StringComparison.Ordinal))
            {
                problems.AddRange(FixedVariantProblems(e, byId, ran ? verdict : null));
            }

            if (claim.SameAs is not { } other)
            {
                continue;
            }

            if (!byId.TryGetValue(other, out var linked))
            {
                problems.Add($"{e.Id} has same-as: {other}, which is not a claim of the catalog.");
                continue;
            }

            if (ran && verdicts.TryGetValue(other, out var otherVerdict) && otherVerdict != verdict)
            {
                problems.Add($"{e.Id} is {VerdictNames.Of(verdict)} but the claim it states the same result as, {other}, is {VerdictNames.Of(otherVerdict)}.");
            }

            if (e.Reading?.Kind != linked.Entry.Reading?.Kind)
            {
                problems.Add($"{e.Id} has reading {e.Reading?.KindName ?? "(none)"} but the claim it states the same result as, {other}, has {linked.Entry.Reading?.KindName ?? "(none)"}.");
            }
        }

        return problems;
    }

    private static IEnumerable<string> FixedVariantProblems(InventoryEntry fixedEntry, Dictionary<string, ClaimFileEntry> byId, Verdict? verdict)
    {
        string printed = fixedEntry.Id[..^"~fixed".Length];
        if (!byId.TryGetValue(printed, out var original))
        {
            yield return $"{fixedEntry.Id} is a corrected variant of {printed}, which is not a claim of the catalog.";
            yield break;
        }

        if (string.Equals(Normalized(fixedEntry.Statement), Normalized(original.Entry.Statement), StringComparison.Ordinal))
        {
            yield return $"{fixedEntry.Id} repeats the statement of {printed} word for word; a ~fixed statement states the corrected text.";
        }

        if (verdict == Verdict.Refuted)
        {
            yield return $"{fixedEntry.Id} is a corrected variant but is itself refuted.";
        }
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The number of distinct errata among the refuted claims of one paper (claims that fall with one
    /// printed error count once).</summary>
    /// <param name="entries">The inventory entries of the paper's refuted claims.</param>
    /// <returns>The count of distinct <see cref="InventoryEntry.Erratum"/> ids (a refuted claim without one counts as
    /// its own erratum).</returns>
    public static int DistinctErrata(IEnumerable<InventoryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Select(e => e.Erratum ?? "claim:" + e.Id).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>One line per paper with refutations, counting them by reading and counting distinct errata:
    /// <c>nrt: 12 refuted — 5 false, 4 notation, 1 possibly-extraction, 2 convention; 9 distinct errata</c>.</summary>
    /// <param name="outcomes">The outcomes of a run.</param>
    /// <returns>The lines, in the order papers first appear.</returns>
    public static IReadOnlyList<string> ReadingLines(IEnumerable<ClaimOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var refuted = outcomes.Where(o => o.Result?.Verdict == Verdict.Refuted).ToList();
        var lines = new List<string>();
        foreach (var paper in refuted.GroupBy(o => o.Claim.Id.Paper))
        {
            var entries = paper.Select(o => o.Claim.Entry).ToList();
            string C(int n) => n.ToString(CultureInfo.InvariantCulture);
            var parts = RefutationReading.KindNames.Select(k => C(entries.Count(e => e.Reading?.KindName == k)) + " " + k).ToList();
            int missing = entries.Count(e => e.Reading is null);
            if (missing > 0)
            {
                parts.Add(C(missing) + " without a reading");
            }

            lines.Add($"{paper.Key}: {C(entries.Count)} refuted — {string.Join(", ", parts)}; {C(DistinctErrata(entries))} distinct errata");
        }

        return lines;
    }
}
