namespace DeepLinear.Checks.Reproductions;

/// <summary>One curve of a reproduction plot (at most a few hundred points; y may hold non-finite values, which plots skip
/// and JSON writes as null).</summary>
/// <param name="Label">The legend text (plain Unicode).</param>
/// <param name="X">The x values (usually the iteration or the flow time).</param>
/// <param name="Y">The y values.</param>
/// <param name="Dashed">Draw dashed.</param>
public sealed record ReproductionCurve(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y, bool Dashed = false);
