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
        var rounding = RoundingLevelSeries(series);
        // Implementation note: the "0 drawn at" floor is chosen from the series that are drawn; a rounding-level series
        // is stated in the note box, so its zeros must not put a floor on the axis.
        double? zeroLevel = logY ? ZeroLevel([.. series.Where(s => !rounding.ContainsKey(s))]) : null;
        double? logLow = null;
        double? logHigh = null;
        var undrawn = new List<string>();
        foreach (var s in series.Where(s => !rounding.ContainsKey(s)))
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
                logLow = Math.Min(logLow ?? double.PositiveInfinity, ys[^1]);
                logHigh = Math.Max(logHigh ?? double.NegativeInfinity, ys[^1]);
            }

            if (xs.Count == 0)
            {
                // Implementation note: a series with nothing to draw (every value zero, or none positive on a log axis)
                // is stated with the notes, never silently left out of the legend.
                bool zeros = s.Y.Count > 0 && s.Y.All(y => y == 0);
                undrawn.Add($"{Printable(s.Label, bold: false)}: {(zeros ? "all zero" : "no finite positive value")}, not drawn");
                continue;
            }

            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray());
            line.LegendText = Printable(s.Label, bold: false);
            line.LineWidth = 2;
            if (xs.Count < 3)
            {
                // Implementation note: a line through one or two points is invisible or reads as a stray segment
                // (a claim about k = 0 has one iterate); such series are drawn as markers.
                line.MarkerShape = ScottPlot.MarkerShape.FilledCircle;
                line.MarkerSize = 9;
            }

            if (s.Dashed)
            {
                line.LinePattern = ScottPlot.LinePattern.Dashed;
            }
        }

        // Implementation note: linear axes label ticks as 1400 and 8e14, not 1,400 and 800,000,000,000,000.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = x => TickText(x, 6) };
        if (!logY)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = y => TickText(y, 6) };
        }

        if (logY)
        {
            // Implementation note: decade ticks only when the data spans two decades or more; over a narrower range they
            // leave one tick or none (issue 14: unreadable axes), so there the ticks are automatic and labelled by value,
            // with as many digits as the span needs to tell neighbouring ticks apart (0.47101, 0.47102, not 0.471 twice).
            bool decades = logLow is { } low && logHigh is { } high && high - low >= 2;
            int digits = logLow is { } l && logHigh is { } h ? DigitsForSpan(h - l) : 3;
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                LabelFormatter = decades
                    ? y => "1e" + Math.Round(y).ToString(CultureInfo.InvariantCulture)
                    : y => TickText(Math.Pow(10, y), digits),
                IntegerTicksOnly = decades,
            };
        }

        var notes = rounding.Select(r => string.Create(CultureInfo.InvariantCulture, $"{Printable(r.Key.Label, bold: false)}: ≤ rounding (max {r.Value.ToString("0.0e0", CultureInfo.InvariantCulture)}), not drawn")).ToList();
        bool nothingElse = rounding.Count > 0 && rounding.Count == series.Count;
        notes.AddRange(undrawn);
        if (nothingElse)
        {
            // Implementation note: a curve of pure rounding noise (1e-16…1e-20) drawn on its own axis looks like signal
            // (issue 14, the dhl |hₜ| panel); it is stated as text instead, with its largest value. With nothing else to
            // draw, the statement stands in the empty data area.
            string note = string.Join("\n", notes);
            var annotation = plot.Add.Annotation(note, ScottPlot.Alignment.MiddleCenter);
            annotation.LabelFontName = LabelFont(note);
            annotation.LabelFontSize = 13;
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        }

        title = Printable(title, bold: true);
        plot.Title(title);
        plot.Axes.Title.Label.FontName = LabelFont(title);
        plot.Axes.Title.Label.FontSize = Math.Clamp(16f * 64 / Math.Max(64, title.Length), 9f, 16f);
        string xText = Printable(xLabel, bold: true);
        plot.XLabel(xText);
        plot.Axes.Bottom.Label.FontName = LabelFont(xText);
        string scale = zeroLevel is { } z ? " (log scale; 0 drawn at 1e" + z.ToString(CultureInfo.InvariantCulture) + ")" : " (log scale)";
        string yText = Printable(logY ? yLabel + scale : yLabel, bold: true);
        plot.YLabel(yText);
        plot.Axes.Left.Label.FontName = LabelFont(yText);
        plot.Axes.Left.Label.FontSize = Math.Clamp(16f * 28 / Math.Max(28, yText.Length), 9f, 16f);
        // Implementation note: a legend inside the data area hides curves (issue 14, dhl-claimb-1-run.png); below the axes
        // it never does. The rounding notes of series not drawn join it there as entries without a symbol (a note box in
        // the data area covered data), and it uses the font of the title and axis labels.
        if (!nothingElse)
        {
            // Implementation note: ScottPlot shows its items of the drawn series and then the manual items.
            plot.Legend.ManualItems.AddRange(notes.Select(n => new ScottPlot.LegendItem { LabelText = n, LineWidth = 0, MarkerShape = ScottPlot.MarkerShape.None }));
            var labels = plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).Concat(notes).ToList();
            plot.Legend.FontName = LabelFont(string.Concat(labels));
            // Implementation note: one entry wider than the image is cut at its edge; long entries get a smaller font.
            plot.Legend.FontSize = labels.Count > 0 && labels.Max(l => l.Length) > 70 ? 10 : 12;
        }

        string tickFont = LabelFont("0123456789.e−-");
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontName = tickFont;
        }

        plot.ShowLegend(ScottPlot.Edge.Bottom);
        plot.Legend.TightHorizontalWrapping = true;
        if (notes.Count > 0 && !nothingElse)
        {
            // Implementation note: long note entries wrapped into a second column fall off the image's right edge.
            plot.Legend.Orientation = ScottPlot.Orientation.Vertical;
        }

        // Implementation note: the legend takes its rows from the plot's height; each note row gets its own room so no
        // row is cut off at the bottom edge.
        plot.SavePng(path, width, height + (nothingElse ? 0 : 20 * notes.Count));
        return skipped;
    }

    /// <summary>A tick label: <paramref name="digits"/> significant digits, short exponents (<c>8e14</c>, <c>2.5e-7</c>).</summary>
    private static string TickText(double value, int digits)
        => ExponentText.Normalize(value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>The significant digits that tell apart about ten ticks over a log-axis span of <paramref name="decades"/>
    /// decades: three, plus one for every decade the relative spread 10^span − 1 lies below 10⁻¹ (at most 12).</summary>
    internal static int DigitsForSpan(double decades)
    {
        // A flat series (no spread) gets an axis padded by ScottPlot around it, whose ticks three digits tell apart.
        double spread = Math.Pow(10, Math.Max(decades, 0)) - 1;
        return spread <= 1e-12 ? 3 : Math.Clamp((int)Math.Ceiling(-Math.Log10(spread)) + 3, 3, 12);
    }

    /// <summary>
    /// The font for a title, axis label or note: DejaVu Sans when it is installed and has every glyph of the text (its
    /// bold face has <c>ᵀ</c> and <c>ꜰ</c>, and it matches the tick labels), otherwise the font ScottPlot detects for it.
    /// </summary>
    private static string LabelFont(string text)
    {
        const string preferred = "DejaVu Sans";
        using var typeface = SkiaSharp.SKTypeface.FromFamilyName(preferred, SkiaSharp.SKFontStyle.Bold);
        bool usable = typeface is not null
            && string.Equals(typeface.FamilyName, preferred, StringComparison.Ordinal)
            && typeface.ContainsGlyphs(text);
        return usable ? preferred : ScottPlot.Fonts.Detect(text);
    }

    /// <summary>A jagged series whose every finite |y| is at most this fraction of max(1, the largest |y| of the plot)
    /// is rounding noise, not signal.</summary>
    public const double RoundingLevel = 1e-12;

    /// <summary>
    /// The series that are rounding noise (every finite |y| ≤ <see cref="RoundingLevel"/> · max(1, largest |y| of all
    /// series), floored zeros ≤ <see cref="ZeroFloor"/> aside, at least one finite value, and jagged, see
    /// <see cref="Jagged"/>), with their largest |y|.
    /// </summary>
    internal static Dictionary<PlotSeries, double> RoundingLevelSeries(IReadOnlyList<PlotSeries> series)
    {
        double largest = 1;
        foreach (var s in series)
        {
            foreach (double y in s.Y)
            {
                if (double.IsFinite(y))
                {
                    largest = Math.Max(largest, Math.Abs(y));
                }
            }
        }

        var result = new Dictionary<PlotSeries, double>(ReferenceEqualityComparer.Instance);
        foreach (var s in series)
        {
            var finite = s.Y.Where(double.IsFinite).Select(Math.Abs).ToList();
            if (finite.Count > 0 && finite.Max() <= RoundingLevel * largest && finite.Any(y => y > ZeroFloor) && Jagged([.. finite.Where(y => y > ZeroFloor)]))
            {
                result[s] = finite.Max();
            }
        }

        return result;
    }

    /// <summary>
    /// Whether values look like noise rather than a tiny but smooth quantity (acgh Theorem 2's log-decrease of 10⁻¹⁹ is
    /// computed accurately and rises smoothly): fewer than four values (exact zeros left out), or at least a quarter of
    /// the successive differences change sign.
    /// </summary>
    private static bool Jagged(List<double> values)
    {
        if (values.Count < 4)
        {
            return true;
        }

        int changes = 0, previous = 0;
        for (int i = 1; i < values.Count; i++)
        {
            int sign = Math.Sign(values[i] - values[i - 1]);
            if (sign != 0)
            {
                changes += previous != 0 && sign != previous ? 1 : 0;
                previous = sign;
            }
        }

        return changes * 4 >= values.Count - 2;
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
    /// Makes a label readable in the plot font: TeX-style exponents and indices become Unicode super- and subscripts
    /// (<c>L^N</c> → <c>Lᴺ</c>, <c>e^{2t}</c> → <c>e²ᵗ</c>, <c>W_{j+1}</c> → <c>Wⱼ₊₁</c>) or, when a character has no such form,
    /// plain parentheses (<c>M^{2/N}</c> → <c>M^(2/N)</c>, <c>λ_{d_y}</c> → <c>λ_(d_y)</c>), so no raw TeX braces are drawn;
    /// and characters the font cannot draw (they would show as empty boxes) get ASCII stand-ins: <c>𝒜</c> → <c>A</c>,
    /// <c>ℓ</c> → <c>l</c> everywhere, and in the bold title and axis labels also <c>ℝ</c> → <c>R</c>. The Frobenius index
    /// <c>_F</c> is drawn as the small capital <c>ꜰ</c> (Unicode has no subscript F): <c>‖W‖_F</c> → <c>‖W‖ꜰ</c>. Title and
    /// axis labels are set in a font that has every glyph of their text (<c>Fonts.Detect</c>; DejaVu Sans Bold has <c>ᵀ</c>).
    /// The Markdown and the CSV next to the plot keep the original text.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="bold">True for the bold title and axis labels.</param>
    /// <returns>The text the font can draw.</returns>
    public static string Printable(string text, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Scripts(text).Replace("𝒜", "A", StringComparison.Ordinal).Replace("ℓ", "l", StringComparison.Ordinal);
        return bold ? text.Replace("ℝ", "R", StringComparison.Ordinal) : text;
    }

    private const string SuperFrom = "0123456789+−-=()niNTkjtabcdemprsxyLMK";
    private const string SuperTo = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᴺᵀᵏʲᵗᵃᵇᶜᵈᵉᵐᵖʳˢˣʸᴸᴹᴷ";
    private const string SubFrom = "0123456789+−-=()aehijklmnoprstuvxF";
    private const string SubTo = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓꜰ";

    /// <summary>Rewrites <c>^x</c>, <c>^{…}</c>, <c>_x</c>, <c>_{…}</c> as described in <see cref="Printable"/>.</summary>
    private static string Scripts(string text)
    {
        var sb = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if ((c != '^' && c != '_') || i + 1 >= text.Length)
            {
                sb.Append(c);
                i++;
                continue;
            }

            bool super = c == '^';
            string content;
            int next;
            if (text[i + 1] == '{' && text.IndexOf('}', i + 2) is int close and > 0)
            {
                content = text[(i + 2)..close];
                next = close + 1;
            }
            else
            {
                content = text[(i + 1)..(i + 2)];
                next = i + 2;
            }

            string from = super ? SuperFrom : SubFrom;
            string to = super ? SuperTo : SubTo;
            if (content.Length > 0 && content.All(ch => from.Contains(ch, StringComparison.Ordinal)))
            {
                foreach (char ch in content)
                {
                    sb.Append(to[from.IndexOf(ch, StringComparison.Ordinal)]);
                }
            }
            else
            {
                sb.Append(c).Append(content.Length == 1 ? content : "(" + content + ")");
            }

            i = next;
        }

        return sb.ToString();
    }
}
