using System.Reflection;
using DeepLinear.Checks.ClaimFiles;

namespace DeepLinear.Checks.Catalog;

/// <summary>
/// The claim files of the five built-in papers, <c>catalog/&lt;key&gt;.yaml</c> in the repository, embedded in this
/// assembly as the resources <c>catalog/&lt;key&gt;.yaml</c> (so the catalog is found from any working directory and
/// in an installed tool). They are the single source of every built-in statement, label, kind, setting, hypothesis
/// and handling, and of each claim's check form.
/// </summary>
public static class BuiltInClaimFiles
{
    private static readonly Lazy<IReadOnlyList<ClaimFile>> Files = new(() => [.. ClaimId.PaperKeys.Select(Read)]);

    /// <summary>The five claim files in catalog order (nrt, lcc, trbw, acgh, dhl).</summary>
    /// <exception cref="ClaimFileException">A built-in file breaks the format (a build defect; the catalog tests
    /// catch it).</exception>
    public static IReadOnlyList<ClaimFile> All => Files.Value;

    /// <summary>The names of the embedded claim files (<c>catalog/nrt.yaml</c>, …), in resource order.</summary>
    public static IReadOnlyList<string> ResourceNames { get; } =
        [.. typeof(BuiltInClaimFiles).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("catalog/", StringComparison.Ordinal))];

    /// <summary>The YAML text of a built-in claim file.</summary>
    /// <param name="paperKey">The paper key (<c>nrt</c>).</param>
    /// <returns>The text, as committed in <c>catalog/&lt;key&gt;.yaml</c>.</returns>
    /// <exception cref="ArgumentException">No built-in claim file has that key.</exception>
    public static string Text(string paperKey)
    {
        ArgumentNullException.ThrowIfNull(paperKey);
        using var stream = typeof(BuiltInClaimFiles).Assembly.GetManifestResourceStream(ResourceName(paperKey))
            ?? throw new ArgumentException(
                $"Argument 'paperKey' = '{paperKey}' has no built-in claim file; the built-in papers are {string.Join(", ", ClaimId.PaperKeys)}.",
                nameof(paperKey));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The file name under which a built-in claim file is read and named in messages.</summary>
    /// <param name="paperKey">The paper key.</param>
    /// <returns><c>catalog/&lt;key&gt;.yaml</c>.</returns>
    public static string ResourceName(string paperKey) => $"catalog/{paperKey}.yaml";

    private static ClaimFile Read(string paperKey) => ClaimFileReader.Parse(Text(paperKey), ResourceName(paperKey));
}
