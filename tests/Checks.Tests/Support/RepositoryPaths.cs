namespace DeepLinear.Checks.Tests.Support;

/// <summary>
/// Folders of the repository the tests run from, found from the test assembly's location (the folder above it that
/// holds <c>Verify.sln</c>) and never from source paths recorded in the PDB: with <c>CI=true</c> the build is a
/// continuous-integration build whose source paths are mapped to <c>/_/</c>, so a location derived from them points
/// outside the clone (Snapshooter's default did exactly that, and read stale snapshots from <c>/_/tests/…</c>).
/// </summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test assembly that contains <c>Verify.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed <c>proofs/</c> folder.</summary>
    public static string Proofs => Path.Combine(Root, "proofs");

    /// <summary>The folder of this test project (<c>tests/Checks.Tests</c>); its <c>__snapshots__</c> holds the verdict snapshots.</summary>
    public static string ChecksTestsProject => Path.Combine(Root, "tests", "Checks.Tests");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Verify.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Verify.sln not found above " + AppContext.BaseDirectory);
    }
}
