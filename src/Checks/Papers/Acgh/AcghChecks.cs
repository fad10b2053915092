using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>
/// The checks of acgh, by claim id; wired into <see cref="Catalog.ClaimCatalog.Default"/>.
/// </summary>
public static class AcghChecks
{
    /// <summary>The checks by claim id.</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> All { get; } =
        new Dictionary<string, Func<CheckContext, CheckResult>>(StringComparer.Ordinal);
}
