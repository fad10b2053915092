namespace DeepLinear.Checks.Catalog;

/// <summary>
/// Registers a check written in C# under a name, for the <c>code:</c> form of a claim file
/// (<c>check: { code: NAME, with: { key: value } }</c>). The method must be <c>static</c> with the signature
/// <c>CheckResult Method(CheckContext context)</c>; <see cref="BuiltInChecks"/> discovers it by reflection, so the
/// name is written once in C# (here) and the claim id once in YAML.
/// </summary>
/// <remarks>
/// The name states what the check establishes (mathlib style, kebab-case, e.g.
/// <c>descent-decrease-at-least-half-eta-sigma-min-grad-squared</c>), never a claim id: a check may serve several
/// claims, which then differ only by their <c>with:</c> arguments (read through
/// <see cref="Running.CheckContext.Argument(string)"/>). <see cref="Parameters"/> lists the argument keys the check reads; a
/// claim file that passes another key is rejected when it is read, naming the file, line, key and value.
/// </remarks>
/// <param name="name">The check name: lowercase letters, digits and '-', starting with a letter.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ClaimCheckAttribute(string name) : Attribute
{
    /// <summary>The check name used by <c>code:</c>.</summary>
    public string Name { get; } = name;

    /// <summary>The argument keys the check reads from <c>with:</c> (none by default).</summary>
    public string[] Parameters { get; init; } = [];
}
