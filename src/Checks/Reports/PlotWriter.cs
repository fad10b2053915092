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
    /// <param name="logY">Plot log₁₀ of y with decade tick labels (points with y ≤ 0 are skipped).</param>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <returns>The number of points skipped because they were non-finite (or ≤ 0 on a log axis).</returns>
    public static int Write(string path, string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series, bool logY, int width = 720, int height = 440)
    {
        ArgumentNullException.ThrowIfNull(series);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        int skipped = 0;
        var plot = new ScottPlot.Plot();
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
                ys.Add(logY ? Math.Log10(y) : y);
            }

            if (xs.Count == 0)
            {
                continue;
            }

            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LegendText = s.Label;
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

        plot.Title(title);
        plot.Axes.Title.Label.FontSize = Math.Clamp(16f * 64 / Math.Max(64, title.Length), 9f, 16f);
        plot.XLabel(xLabel);
        plot.YLabel(logY ? yLabel + " (log scale)" : yLabel);
        plot.ShowLegend();
        plot.SavePng(path, width, height);
        return skipped;
    }
}
