namespace DeepLinear.Checks.Catalog;

/// <summary>A check written in C#, as registered for the <c>code:</c> form: its name, the argument keys it reads from
/// <c>with:</c>, and the method.</summary>
/// <param name="Name">The check name.</param>
/// <param name="Parameters">The argument keys the check reads (empty when it takes none).</param>
/// <param name="Run">The check.</param>
public sealed record RegisteredCheck(string Name, IReadOnlyList<string> Parameters, Func<CheckContext, CheckResult> Run);
