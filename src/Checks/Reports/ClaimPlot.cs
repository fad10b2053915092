namespace DeepLinear.Checks.Reports;

/// <summary>
/// A plot attached to a check result (a trajectory claim's loss, the claimed quantity and its bound against the
/// iteration); the report writes it as <c>img/&lt;claim-anchor&gt;-&lt;Name&gt;.png</c> with <see cref="PlotWriter"/>.
/// </summary>
/// <param name="Name">A short file-name-safe name, unique within the claim (<c>balancedness</c>).</param>
/// <param name="Title">The plot title.</param>
/// <param name="XLabel">The x-axis label.</param>
/// <param name="YLabel">The y-axis label.</param>
/// <param name="Series">The series (keep at most a few hundred points each).</param>
/// <param name="LogY">Whether the y axis is logarithmic.</param>
public sealed record ClaimPlot(string Name, string Title, string XLabel, string YLabel, IReadOnlyList<PlotSeries> Series, bool LogY);
