using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// The outcome of reproducing one experiment (or construction) of a paper: the setup with every choice we made, a
/// table of printed versus reproduced values with a verdict per row, plots, and notes. Renders as Markdown
/// (<see cref="ToMarkdown"/>), JSON (<see cref="ToJson"/>) and PNG plots (<see cref="WriteFiles"/>); the output is
/// deterministic (invariant culture, no timestamps or machine paths, image links relative as
/// <c>img/&lt;name&gt;-&lt;plot&gt;.png</c>).
/// </summary>
/// <param name="Name">The reproduction's name (for example <c>nrt-fig1</c>).</param>
/// <param name="PaperKey">The paper key (<c>nrt</c>, <c>lcc</c>, <c>trbw</c>, <c>acgh</c>, <c>dhl</c>).</param>
/// <param name="Title">A one-line title (Markdown).</param>
/// <param name="Quick">True when run in quick mode (the setup says what was reduced).</param>
/// <param name="Setup">The setup, one choice per line (Markdown with <c>$…$</c> math).</param>
/// <param name="Rows">The rows of the table.</param>
/// <param name="Plots">The plots.</param>
/// <param name="Notes">Further observations (Markdown).</param>
public sealed record ReproductionResult(
    string Name,
    string PaperKey,
    string Title,
    bool Quick,
    IReadOnlyList<string> Setup,
    IReadOnlyList<ReproductionRow> Rows,
    IReadOnlyList<ReproductionPlot> Plots,
    IReadOnlyList<string> Notes)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The relative link of a plot's image: <c>img/&lt;Name&gt;-&lt;plot id&gt;.png</c>.</summary>
    public string ImageLink(ReproductionPlot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return "img/" + Name + "-" + plot.Id + ".png";
    }

    /// <summary>How many rows have each verdict.</summary>
    public int Count(ReproductionVerdict verdict) => Rows.Count(r => r.Verdict == verdict);

    /// <summary>
    /// The Markdown report: title, paper and mode, setup, the table (quantity, printed, reproduced, verdict, note), the
    /// verdict counts, the plots (relative image links) and the notes. Headings start at level 2 below the title so the
    /// lead can embed it.
    /// </summary>
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# `").Append(Name).Append("` — ").Append(Title).Append('\n').Append('\n');
        string paper = MarkdownReportWriter.PaperTitles.TryGetValue(PaperKey, out var t) ? t : PaperKey;
        md.Append("Paper: **").Append(PaperKey).Append("** (").Append(paper).Append("). Mode: ")
            .Append(Quick ? "quick (reduced, see setup)" : "full").Append(".\n\n");
        md.Append("## Setup\n\n");
        foreach (var line in Setup)
        {
            md.Append("- ").Append(line).Append('\n');
        }

        md.Append("\n## Printed vs reproduced\n\n");
        md.Append("| quantity | printed | reproduced | verdict | note |\n| --- | --- | --- | --- | --- |\n");
        foreach (var row in Rows)
        {
            md.Append("| ").Append(Cell(row.Quantity)).Append(" | ").Append(Cell(row.Printed)).Append(" | ")
                .Append(Cell(row.Reproduced)).Append(" | ").Append(row.Verdict.Name()).Append(" | ")
                .Append(Cell(row.Note)).Append(" |\n");
        }

        md.Append('\n').Append(string.Create(
            CultureInfo.InvariantCulture,
            $"Verdicts: {Count(ReproductionVerdict.Reproduced)} reproduced, {Count(ReproductionVerdict.NotReproduced)} not reproduced, {Count(ReproductionVerdict.NotReproducible)} not reproducible.\n"));
        if (Plots.Count > 0)
        {
            md.Append("\n## Plots\n\n");
            foreach (var plot in Plots)
            {
                md.Append("![").Append(plot.Title).Append("](").Append(ImageLink(plot)).Append(")\n\n");
                if (plot.Floor is { } floor)
                {
                    md.Append(floor.Explanation).Append("\n\n");
                }
            }
        }

        if (Notes.Count > 0)
        {
            md.Append(Plots.Count > 0 ? "## Notes\n\n" : "\n## Notes\n\n");
            foreach (var note in Notes)
            {
                md.Append("- ").Append(note).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>
    /// The JSON document <c>{"rows":[…],"curves":[…]}</c>: each row is its <see cref="ReproductionRow.Fields"/> followed by
    /// <c>"verdict"</c> (or quantity/printed/reproduced/verdict/note when it has no fields); each curve is
    /// <c>{"plot","label","x","y"}</c> with non-finite values as null.
    /// </summary>
    public string ToJson() => ToJsonNode().ToJsonString(JsonOptions);

    /// <summary>The JSON document of <see cref="ToJson"/> as a node.</summary>
    public JsonObject ToJsonNode()
    {
        var rows = new JsonArray();
        foreach (var row in Rows)
        {
            var o = new JsonObject();
            if (row.Fields.Count == 0)
            {
                o["quantity"] = row.Quantity;
                o["printed"] = row.Printed;
                o["reproduced"] = row.Reproduced;
                o["verdict"] = row.Verdict.Name();
                o["note"] = row.Note;
            }
            else
            {
                foreach (var (key, value) in row.Fields)
                {
                    o[key] = ToNode(value);
                }

                o["verdict"] = row.Verdict.Name();
            }

            rows.Add((JsonNode)o);
        }

        var curves = new JsonArray();
        foreach (var plot in Plots)
        {
            foreach (var curve in plot.Curves)
            {
                curves.Add((JsonNode)new JsonObject
                {
                    ["plot"] = plot.Id,
                    ["label"] = curve.Label,
                    ["x"] = new JsonArray(curve.X.Select(Number).ToArray()),
                    ["y"] = new JsonArray(curve.Y.Select(Number).ToArray()),
                });
            }
        }

        return new JsonObject { ["rows"] = rows, ["curves"] = curves };
    }

    /// <summary>
    /// Writes <c>folder/&lt;Name&gt;.md</c>, <c>folder/&lt;Name&gt;.json</c> and <c>folder/img/&lt;Name&gt;-&lt;plot&gt;.png</c>;
    /// returns the paths written, relative to <paramref name="folder"/>.
    /// </summary>
    public IReadOnlyList<string> WriteFiles(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        File.WriteAllText(Path.Combine(folder, Name + ".md"), ToMarkdown());
        written.Add(Name + ".md");
        File.WriteAllText(Path.Combine(folder, Name + ".json"), ToJson() + "\n");
        written.Add(Name + ".json");
        written.AddRange(WritePlots(folder));
        return written;
    }

    /// <summary>Writes only the PNG plots under <c>folder/img/</c>; returns their paths relative to <paramref name="folder"/>.</summary>
    public IReadOnlyList<string> WritePlots(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var written = new List<string>();
        foreach (var plot in Plots)
        {
            string link = ImageLink(plot);
            var series = plot.Curves.Select(c => new PlotSeries(c.Label, c.X, plot.Floor is { } f ? OnOrAbove(c.Y, f.Level) : c.Y, c.Dashed)).ToList();
            if (plot.Floor is { } floor && plot.Curves.SelectMany(c => c.X).Where(double.IsFinite).ToList() is { Count: > 0 } xs)
            {
                series.Add(new PlotSeries(floor.Label, [xs.Min(), xs.Max()], [floor.Level, floor.Level], Dashed: true));
            }

            PlotWriter.Write(Path.Combine(folder, link), plot.Title, plot.XLabel, plot.YLabel, series, plot.LogY);
            written.Add(link);
        }

        return written;
    }

    // Finite values below the floor are drawn on it; non-finite values stay as they are (the plot skips them).
    private static double[] OnOrAbove(IReadOnlyList<double> values, double floor) =>
        values.Select(v => double.IsFinite(v) && v < floor ? floor : v).ToArray();

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    private static JsonNode? ToNode(object value) => value switch
    {
        double d => Number(d),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        bool b => JsonValue.Create(b),
        string s => JsonValue.Create(s),
        null => null,
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
