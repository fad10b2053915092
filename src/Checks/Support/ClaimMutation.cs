namespace DeepLinear.Checks.Support;

/// <summary>
/// The <c>with: { mutation: … }</c> argument of a check written in C#: absent (or <c>none</c>) for the claim as printed,
/// otherwise the name of a false variant of the claim (a dropped hypothesis, a wrong constant, a non-homogeneous
/// activation) that the catalog runs as the claim's negative control and that must come out refuted (dhl and nrt).
/// </summary>
internal static class ClaimMutation
{
    /// <summary>The argument key.</summary>
    internal const string Key = "mutation";

    /// <summary>The mutation the claim file asks for, "none" when it gives none.</summary>
    /// <param name="context">The check context.</param>
    /// <param name="allowed">The mutations this check knows.</param>
    /// <returns>"none" or one of <paramref name="allowed"/>.</returns>
    /// <exception cref="ArgumentException">The value is not "none" nor one of <paramref name="allowed"/>.</exception>
    internal static string Read(CheckContext context, params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(context);
        string given = context.Argument(Key, "none");
        return given == "none" || allowed.Contains(given)
            ? given
            : throw new ArgumentException($"with: {{ {Key}: {given} }} is not a mutation of this check; allowed: none, {string.Join(", ", allowed)}", nameof(context));
    }
}
