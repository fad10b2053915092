namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// A level below which a plotted quantity is not resolved by the computation (for example an error below the adaptive
/// integrator's tolerance). The plot draws it as a dashed line labelled <paramref name="Label"/> and draws smaller values
/// on the line, so numerical noise under it is not shown as signal; the JSON and the rows keep the computed values.
/// </summary>
/// <param name="Level">The level, &gt; 0.</param>
/// <param name="Label">The legend text of the line (plain Unicode).</param>
/// <param name="Explanation">One sentence for the page under the plot (Markdown): what the level is and why.</param>
public sealed record ReproductionFloor(double Level, string Label, string Explanation);
