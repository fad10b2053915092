namespace DeepLinear.Checks.Reports;

/// <summary>
/// One curve of a report plot: x values, y values and a legend label. Non-finite or (on a log axis) non-positive
/// points are skipped when plotting and counted, never silently turned into zeros.
/// </summary>
/// <param name="Label">The legend text.</param>
/// <param name="X">The x values (iteration or time).</param>
/// <param name="Y">The y values.</param>
/// <param name="Dashed">Draw dashed (used for claimed bounds next to measured curves).</param>
public sealed record PlotSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y, bool Dashed = false);
