using DeepLinear.Checks.Papers.Acgh;
using DeepLinear.Checks.Papers.Dhl;
using DeepLinear.Checks.Papers.Lcc;
using DeepLinear.Checks.Papers.Nrt;
using DeepLinear.Checks.Papers.Trbw;
using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Catalog;

/// <summary>
/// The checks written in C#, registered by name for the <c>code:</c> form of a claim file (today the name is the
/// claim id): one checks class per paper plus the engine-backed classes of nrt and dhl.
/// </summary>
public static class BuiltInChecks
{
    /// <summary>Every C# check by name. A name registered by two classes is an error
    /// (<see cref="Enumerable.ToDictionary{TSource,TKey}(IEnumerable{TSource},Func{TSource,TKey})"/> throws on the
    /// duplicate key when this type is first used).</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> ByName { get; } =
        new[] { NrtChecks.All, NrtEngineChecks.All, LccChecks.All, TrbwChecks.All, AcghChecks.All, PrintedArithmetic.All, DhlEngineChecks.All }
            .SelectMany(checks => checks)
            .ToDictionary(StringComparer.Ordinal);
}
