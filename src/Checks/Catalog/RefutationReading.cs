namespace DeepLinear.Checks.Catalog;

/// <summary>
/// The reading of a refuted claim (<c>reading:</c> in a claim file): what kind of fault the printed text has, why,
/// and which hypotheses of the enclosing statement and section the refutation encodes (its witness meets them).
/// </summary>
/// <param name="Kind">The kind of fault.</param>
/// <param name="Why">The justification, in words (never empty).</param>
/// <param name="Encodes">The hypotheses of the enclosing statement and of its section that the check encodes and that
/// the witness meets, each in words (never empty).</param>
public sealed record RefutationReading(RefutationReadingKind Kind, string Why, IReadOnlyList<string> Encodes)
{
    /// <summary>The YAML names of the kinds, in enum order.</summary>
    public static IReadOnlyList<string> KindNames { get; } = ["false", "notation", "possibly-extraction", "convention"];

    /// <summary>The YAML name of the kind (<c>possibly-extraction</c>).</summary>
    public string KindName => NameOf(Kind);

    /// <summary>The YAML name of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(RefutationReadingKind kind) => KindNames[(int)kind];

    /// <summary>Parses a YAML kind name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind, when the name is known.</param>
    /// <returns>Whether the name is one of <see cref="KindNames"/>.</returns>
    public static bool TryParseKind(string name, out RefutationReadingKind kind)
    {
        int index = KindNames.ToList().IndexOf(name);
        kind = index < 0 ? default : (RefutationReadingKind)index;
        return index >= 0;
    }
}
