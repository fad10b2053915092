namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// One plot of a reproduction, written as <c>img/&lt;reproduction&gt;-&lt;Id&gt;.png</c>.
/// </summary>
/// <param name="Id">A file-name-safe id (lower case, digits, dashes).</param>
/// <param name="Title">The plot title (plain Unicode).</param>
/// <param name="XLabel">The x-axis label.</param>
/// <param name="YLabel">The y-axis label.</param>
/// <param name="LogY">Logarithmic y axis.</param>
/// <param name="Curves">The curves.</param>
public sealed record ReproductionPlot(string Id, string Title, string XLabel, string YLabel, bool LogY, IReadOnlyList<ReproductionCurve> Curves)
{
    /// <summary>The resolution floor of the plotted quantity, drawn as a dashed line with smaller values on it; null for none.</summary>
    public ReproductionFloor? Floor { get; init; }
}
