namespace DeepLinear.Checks.Evidence;

/// <summary>The stable, lower-case names of verdicts used in JSON, tables and reports.</summary>
public static class VerdictNames
{
    /// <summary>The name of a verdict: <c>proved</c>, <c>verified</c>, <c>refuted</c>, <c>not-checkable</c>,
    /// <c>inconclusive</c>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>Its name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="verdict"/> is not a defined value.</exception>
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.Proved => "proved",
        Verdict.Verified => "verified",
        Verdict.Refuted => "refuted",
        Verdict.NotCheckable => "not-checkable",
        Verdict.Inconclusive => "inconclusive",
        Verdict.NotReproduced => "not-reproduced",
        _ => throw new ArgumentOutOfRangeException(
            nameof(verdict), verdict, $"Verdict 'verdict' = {(int)verdict} is not one of the six defined verdicts."),
    };

    /// <summary>Parses a verdict name (the inverse of <see cref="Of(Verdict)"/>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="verdict">The verdict, when the name is one of the five.</param>
    /// <returns>Whether the name is a verdict name.</returns>
    public static bool TryParse(string? name, out Verdict verdict)
    {
        foreach (var v in Enum.GetValues<Verdict>())
        {
            if (string.Equals(Of(v), name, StringComparison.Ordinal))
            {
                verdict = v;
                return true;
            }
        }

        verdict = default;
        return false;
    }
}
