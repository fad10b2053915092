using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// The engine-backed (numeric and symbolic) checks of dhl, by claim id; wired into <see cref="Catalog.ClaimCatalog.Default"/>.
/// </summary>
public static class DhlEngineChecks
{
    /// <summary>The checks by claim id.</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> All { get; } =
        new Dictionary<string, Func<CheckContext, CheckResult>>(StringComparer.Ordinal);
}
