using System.Globalization;

namespace DeepLinear.Checks.Reports;

/// <summary>
/// Writes report plots as PNG with ScottPlot (headless). The output depends only on the data, so regenerating a
/// report gives identical images on the same machine.
/// </summary>
public static class PlotWriter
{
    /// <summary>
    /// Plots <paramref name="series"/> against a shared x axis and saves a PNG of <paramref name="width"/> ×
    /// <paramref name="height"/> pixels to <paramref name="path"/>.
    /// </summary>
    /// <param name="path">The PNG file to write (its folder is created).</param>
    /// <param name="title">The plot title.</param>
    /// <param name="xLabel">The x-axis label.</param>
    /// <param name="yLabel">The y-axis label.</param>
    /// <param name="series">The curves.</param>
    /// <param name="logY">Plot log₁₀ of y with decade tick labels (points with y ≤ 0 are skipped; values ≤
    /// <see cref="ZeroFloor"/> are floored zeros and are drawn two decades below the smallest other value, which the
    /// y label states).</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="legendOutside">Place the legend in a panel below the plot, where it cannot cover a curve
    /// (the default keeps it inside, lower right).</param>
    /// <returns>The number of points skipped because they were non-finite (or ≤ 0 on a log axis).</returns>
    public static int Write(string path, string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, bool logY, int width = 720, int height = 440, bool legendOutside = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        int skipped = 0;
        var plot = new ScottPlot.Plot();
        double? zeroLevel = logY ? ZeroLevel(series) : null;
        foreach (var s in series)
        {
            var xs = new List<double>(s.X.Count);
            var ys = new List<double>(s.Y.Count);
            int n = Math.Min(s.X.Count, s.Y.Count);
            for (int i = 0; i < n; i++)
            {
                double x = s.X[i];
                double y = s.Y[i];
                if (!double.IsFinite(x) || !double.IsFinite(y) || (logY && y <= 0))
                {
                    skipped++;
                    continue;
                }

                xs.Add(x);
                ys.Add(!logY ? y : y <= ZeroFloor && zeroLevel is { } level ? level : Math.Log10(y));
            }

            if (xs.Count == 0)
            {
                continue;
            }

            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LegendText = Printable(s.Label, bold: false);
            line.LineWidth = 2;
            if (s.Dashed)
            {
                line.LinePattern = ScottPlot.LinePattern.Dashed;
            }
        }

        if (logY)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = y => "1e" + Math.Round(y).ToString(CultureInfo.InvariantCulture),
                IntegerTicksOnly = true,
            };
        }

        title = Printable(title, bold: true);
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = Math.Clamp(16f * 64 / Math.Max(64, title.Length), 9f, 16f);
        plot.XLabel(Printable(xLabel, bold: true));
        string scale = zeroLevel is { } z ? " (log scale; 0 drawn at 1e" + z.ToString(CultureInfo.InvariantCulture) + ")" : " (log scale)";
        plot.YLabel(Printable(logY ? yLabel + scale : yLabel, bold: true));
        if (legendOutside)
        {
            plot.ShowLegend(ScottPlot.Edge.Bottom);
        }
        else
        {
            plot.ShowLegend();
        }

        plot.SavePng(path, width, height);
        return skipped;
    }

    /// <summary>
    /// Values at or below this level on a log axis stand for an exact zero (callers floor zeros at 1e-300 so that the
    /// CSV keeps a positive number); they are drawn at <see cref="ZeroLevel"/> instead of stretching the axis to 1e-300.
    /// </summary>
    public const double ZeroFloor = 1e-290;

    /// <summary>
    /// The log₁₀ level at which floored zeros are drawn: two decades below the smallest genuine positive value (an
    /// integer), or null when no series has a floored zero (or no genuine positive value to anchor it).
    /// </summary>
    internal static double? ZeroLevel(IReadOnlyList<PlotSeries> series)
    {
        bool anyZero = false;
        double lowest = double.PositiveInfinity;
        foreach (var s in series)
        {
            foreach (double y in s.Y)
            {
                if (!double.IsFinite(y) || y <= 0)
                {
                    continue;
                }

                if (y <= ZeroFloor)
                {
                    anyZero = true;
                }
                else
                {
                    lowest = Math.Min(lowest, Math.Log10(y));
                }
            }
        }

        return anyZero && double.IsFinite(lowest) ? Math.Floor(lowest) - 2 : null;
    }

    /// <summary>
    /// Replaces the characters the plot font cannot draw (they would show as empty boxes) by ASCII stand-ins:
    /// <c>𝒜</c> → <c>A</c>, <c>ℓ</c> → <c>l</c> everywhere, and in the bold title and axis labels also <c>ℝ</c> → <c>R</c>
    /// and <c>ᵀ</c> → <c>^T</c>. The Markdown next to the plot keeps the original text.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="bold">True for the bold title and axis labels.</param>
    /// <returns>The text the font can draw.</returns>
    public static string Printable(string text, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("𝒜", "A", StringComparison.Ordinal).Replace("ℓ", "l", StringComparison.Ordinal);
        return bold ? text.Replace("ℝ", "R", StringComparison.Ordinal).Replace("ᵀ", "^T", StringComparison.Ordinal) : text;
    }
}
