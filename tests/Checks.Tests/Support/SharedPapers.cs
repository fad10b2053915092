namespace DeepLinear.Checks.Tests.Support;

/// <summary>
/// The plain-text papers the catalog is drawn from (<c>shared/papers/</c>, next to the clone: the README's
/// <c>../shared/papers/</c>, or any folder above the repository holding <c>shared/papers/README.md</c>; the
/// environment variable <c>DLV_PAPERS</c> overrides). They are not part of the repository, so tests that need them are
/// reported as skipped, with this reason, where they are absent.
/// </summary>
internal static class SharedPapers
{
    /// <summary>The paper files by key (the table of <c>shared/papers/README.md</c>).</summary>
    public static IReadOnlyDictionary<string, string> FileNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nrt"] = "000_e1937e0fa31f3fb5.txt",
        ["lcc"] = "001_edc0d10241b0a6cc.txt",
        ["trbw"] = "002_be12a8294f16fe3c.txt",
        ["acgh"] = "003_e19624c72e9662f5.txt",
        ["dhl"] = "004_053e26d552ff2dbb.txt",
    };

    /// <summary>The papers folder, or null when it is not found.</summary>
    public static string? Folder { get; } = Find();

    /// <summary>Why tests that need the papers are skipped.</summary>
    public const string SkipReason = "the papers folder shared/papers/ (or DLV_PAPERS) is not present next to this clone";

    /// <summary>The text of a paper.</summary>
    public static string Text(string key) => File.ReadAllText(Path.Combine(Folder!, FileNames[key]));

    private static string? Find()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("DLV_PAPERS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(RepositoryPaths.Root); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "papers");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        return null;
    }
}
