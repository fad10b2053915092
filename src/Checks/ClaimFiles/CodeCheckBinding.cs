using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles;

/// <summary>
/// Binds the <c>code:</c> form (<c>check: { code: NAME, with: { key: value, … } }</c>) to the C# check registered under
/// NAME (<see cref="BuiltInChecks.Registered"/>), with its <c>with:</c> arguments placed in
/// <see cref="CheckContext.Arguments"/>. Used for a claim's own check and for a <c>code:</c> negative control alike.
/// </summary>
public static class CodeCheckBinding
{
    /// <summary>The modifier key that carries the arguments.</summary>
    public const string WithKey = "with";

    /// <summary>Finds the check and validates its arguments.</summary>
    /// <param name="name">The check name (the value of <c>code:</c>).</param>
    /// <param name="nameNode">The YAML node of the name (for messages).</param>
    /// <param name="with">The <c>with:</c> node, or null when absent.</param>
    /// <param name="keyPrefix">The key path of the form in messages (e.g. <c>check</c>).</param>
    /// <param name="error">Builds the claim-file error: (node, key, value, rule).</param>
    /// <returns>The bound check.</returns>
    /// <exception cref="ClaimFileException">The name is not registered, <c>with:</c> is not a mapping of texts, or it
    /// gives a key the check does not read.</exception>
    public static Func<CheckContext, CheckResult> Bind(
        string name, YamlNode? nameNode, YamlNode? with, string keyPrefix, Func<YamlNode?, string, string, string, ClaimFileException> error)
        => Bind(BuiltInChecks.Registered, name, nameNode, with, keyPrefix, error);

    /// <summary>Finds the check in a given registry and validates its arguments (see the overload over the built-in
    /// checks).</summary>
    /// <param name="registry">The registered checks by name.</param>
    /// <param name="name">The check name (the value of <c>code:</c>).</param>
    /// <param name="nameNode">The YAML node of the name (for messages).</param>
    /// <param name="with">The <c>with:</c> node, or null when absent.</param>
    /// <param name="keyPrefix">The key path of the form in messages (e.g. <c>check</c>).</param>
    /// <param name="error">Builds the claim-file error: (node, key, value, rule).</param>
    /// <returns>The bound check.</returns>
    /// <exception cref="ClaimFileException">As the other overload.</exception>
    public static Func<CheckContext, CheckResult> Bind(
        IReadOnlyDictionary<string, RegisteredCheck> registry,
        string name,
        YamlNode? nameNode,
        YamlNode? with,
        string keyPrefix,
        Func<YamlNode?, string, string, string, ClaimFileException> error)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(error);
        if (!registry.TryGetValue(name, out var registered))
        {
            throw error(nameNode, keyPrefix + ".code", name, "no check written in C# is registered under this name");
        }

        if (with is null)
        {
            return registered.Run;
        }

        if (with is not YamlMappingNode mapping)
        {
            throw error(with, keyPrefix + "." + WithKey, with.ToString(), "with: must be a mapping of argument names to values, e.g. { depth: 3 }");
        }

        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (valueNode is not YamlScalarNode { Value: { } value })
            {
                throw error(valueNode, keyPrefix + "." + WithKey + "." + key, valueNode.ToString(), "each argument must be a single value (a number or a text)");
            }

            if (!registered.Parameters.Contains(key, StringComparer.Ordinal))
            {
                string reads = registered.Parameters.Count == 0 ? "takes no arguments" : "reads only " + string.Join(", ", registered.Parameters);
                throw error(keyNode, keyPrefix + "." + WithKey + "." + key, value, $"the check '{name}' {reads}");
            }

            arguments[key] = value;
        }

        var run = registered.Run;
        return context => run(context with { Arguments = arguments });
    }
}
