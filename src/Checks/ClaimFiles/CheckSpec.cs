using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles;

/// <summary>
/// The <c>check:</c> mapping of a claim: exactly one key of it is a form name (<see cref="FormNames"/>); the other
/// keys (<c>negative-controls:</c>, <c>assume:</c>, <c>over:</c>, …) are modifiers of that form, read by the form's
/// compiler. The raw mapping is kept as a YamlDotNet representation node so that a compiler can report errors with
/// line numbers.
/// </summary>
/// <param name="Form">The form name (<c>identity</c>, <c>inequality</c>, <c>trajectory</c>, <c>probability</c>,
/// <c>not-checkable</c>, <c>code</c>, <c>pending</c>).</param>
/// <param name="Node">The whole <c>check:</c> mapping.</param>
/// <param name="Line">The 1-based line of the form key.</param>
public sealed record CheckSpec(string Form, YamlMappingNode Node, int Line)
{
    /// <summary>The form names a <c>check:</c> mapping may hold (exactly one of them).</summary>
    public static IReadOnlyList<string> FormNames { get; } =
        ["identity", "inequality", "trajectory", "probability", "not-checkable", "code", "pending"];

    /// <summary>The value under the form key (a scalar such as the identity text, the code name or the pending
    /// reason, or a mapping for forms that take one).</summary>
    public YamlNode FormValue => Node.Children[new YamlScalarNode(Form)];

    /// <summary>The value under the form key as text when it is a scalar, otherwise <see langword="null"/>.</summary>
    public string? FormText => FormValue is YamlScalarNode scalar ? scalar.Value : null;
}
