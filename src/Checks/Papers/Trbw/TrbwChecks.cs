using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Trbw;

/// <summary>
/// The checks of trbw, by claim id; wired into <see cref="Catalog.ClaimCatalog.Default"/>.
/// </summary>
public static class TrbwChecks
{
    /// <summary>The checks by claim id.</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> All { get; } =
        new Dictionary<string, Func<CheckContext, CheckResult>>(StringComparer.Ordinal);
}
