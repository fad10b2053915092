using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DeepLinear.Checks.Catalog;

/// <summary>
/// The checks written in C#, registered by name for the <c>code:</c> form of a claim file. A check is a static
/// method marked <see cref="ClaimCheckAttribute"/>, found by reflection over this assembly (typed registration: the
/// name is written once, next to the method).
/// </summary>
public static partial class BuiltInChecks
{
    private static readonly Lazy<IReadOnlyDictionary<string, RegisteredCheck>> Registry = new(Build);

    private static readonly Lazy<IReadOnlyDictionary<string, Func<CheckContext, CheckResult>>> Runs =
        new(() => Registry.Value.ToDictionary(p => p.Key, p => p.Value.Run, StringComparer.Ordinal));

    /// <summary>Every C# check by name. A name registered twice is an error (thrown when this type is first used).</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> ByName => Runs.Value;

    /// <summary>Every C# check by name, with the argument keys it reads.</summary>
    public static IReadOnlyDictionary<string, RegisteredCheck> Registered => Registry.Value;

    /// <summary>The checks marked <see cref="ClaimCheckAttribute"/> in an assembly.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>The checks, in metadata order.</returns>
    /// <exception cref="InvalidOperationException">A marked method is not <c>static CheckResult M(CheckContext)</c>,
    /// or its name is not kebab-case.</exception>
    /// <remarks>Trimming: the Native AOT profile (<c>src/Cli/Properties/PublishProfiles/Aot.pubxml</c>) roots the
    /// whole DeepLinear.Checks assembly (<c>TrimmerRootAssembly</c>), so no marked method is trimmed away.</remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "DeepLinear.Checks is a trimmer root assembly in the AOT profile.")]
    [UnconditionalSuppressMessage("Trimming", "IL2065", Justification = "DeepLinear.Checks is a trimmer root assembly in the AOT profile.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "DeepLinear.Checks is a trimmer root assembly in the AOT profile.")]
    public static IReadOnlyList<RegisteredCheck> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var found = new List<RegisteredCheck>();
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                var mark = method.GetCustomAttribute<ClaimCheckAttribute>();
                if (mark is null)
                {
                    continue;
                }

                var parameters = method.GetParameters();
                if (method.ReturnType != typeof(CheckResult) || parameters.Length != 1 || parameters[0].ParameterType != typeof(CheckContext))
                {
                    throw new InvalidOperationException(
                        $"[ClaimCheck(\"{mark.Name}\")] on {type.Name}.{method.Name}: a registered check must be 'static CheckResult {method.Name}(CheckContext context)'.");
                }

                if (!CheckNamePattern().IsMatch(mark.Name))
                {
                    throw new InvalidOperationException(
                        $"[ClaimCheck(\"{mark.Name}\")] on {type.Name}.{method.Name}: a check name is kebab-case (lowercase letters, digits, '-', starting with a letter) and states what is checked; it is never a claim id.");
                }

                found.Add(new RegisteredCheck(mark.Name, mark.Parameters, method.CreateDelegate<Func<CheckContext, CheckResult>>()));
            }
        }

        return found;
    }

    private static IReadOnlyDictionary<string, RegisteredCheck> Build()
    {
        var all = new Dictionary<string, RegisteredCheck>(StringComparer.Ordinal);
        foreach (var check in Discover(typeof(BuiltInChecks).Assembly))
        {
            if (!all.TryAdd(check.Name, check))
            {
                throw new InvalidOperationException($"Two C# checks are registered under the name '{check.Name}'.");
            }
        }

        return all;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CheckNamePattern();
}
