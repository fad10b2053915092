using System.Globalization;
using System.Text;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Reports;

/// <summary>
/// Writes the derivation reports of a run (<c>dlv report --out DIR</c>, <c>dlv check</c>): <c>DIR/README.md</c> (index),
/// <c>DIR/&lt;paper&gt;.md</c>, <c>DIR/verdicts.csv</c> (one row per claim: id, paper, kind, verdict, scope, key
/// numbers), the plots of trajectory claims as <c>DIR/img/&lt;anchor&gt;-&lt;name&gt;.png</c> with their data as
/// <c>DIR/data/&lt;anchor&gt;-&lt;name&gt;.csv</c>. Everything but the PNGs is byte-for-byte deterministic for a
/// given seed and tier (no timings, no timestamps, no paths, invariant culture, <c>\n</c> line ends).
/// </summary>
public static class ReportGenerator
{
    /// <summary>Writes the report of <paramref name="outcomes"/> into <paramref name="folder"/>.</summary>
    /// <param name="folder">The output folder (created if needed). Earlier generated files in its <c>img</c> and
    /// <c>data</c> subfolders are removed first, so the folder holds exactly this run's report.</param>
    /// <param name="outcomes">The outcomes in catalog order.</param>
    /// <param name="seed">The base seed of the run (re-run commands).</param>
    /// <param name="tier">The tier in words (<c>fast</c> or <c>thorough</c>).</param>
    /// <param name="reproductions">The subfolder holding the reproductions of the experiments (written separately by
    /// <see cref="Reproductions.ReproductionIndex.Write"/>; the index links it), or null when the report has none.</param>
    /// <returns>The files written, relative to the folder, sorted ordinally.</returns>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<ClaimOutcome> outcomes, ulong seed, string tier = "fast", string? reproductions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(outcomes);
        Directory.CreateDirectory(folder);
        string img = Path.Combine(folder, "img");
        string data = Path.Combine(folder, "data");
        RemoveGenerated(img, "*.png");
        RemoveGenerated(data, "*.csv");
        var written = new List<string>();
        var ids = new HashSet<string>(outcomes.Select(o => o.Claim.Id.Text), StringComparer.Ordinal);
        var entries = new List<ReportEntry>(outcomes.Count);
        foreach (var outcome in outcomes)
        {
            var plots = new List<string>();
            string anchor = MarkdownReportWriter.Anchor(outcome.Claim.Id.Text);
            foreach (var plot in outcome.Result?.Plots ?? [])
            {
                string name = anchor + "-" + MarkdownReportWriter.Anchor(plot.Name);
                PlotWriter.Write(Path.Combine(img, name + ".png"), plot.Title, plot.XLabel, plot.YLabel, plot.Series, plot.LogY);
                WriteText(Path.Combine(data, name + ".csv"), PlotCsv(plot));
                written.Add("img/" + name + ".png");
                written.Add("data/" + name + ".csv");
                plots.Add("img/" + name + ".png");
            }

            entries.Add(Entry(outcome, seed, ids, plots));
        }

        written.AddRange(MarkdownReportWriter.Write(folder, entries, seed, tier, reproductions));
        WriteText(Path.Combine(folder, "verdicts.csv"), VerdictsCsv(outcomes));
        written.Add("verdicts.csv");
        written.Sort(StringComparer.Ordinal);
        return written;
    }

    /// <summary>The report entry of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="seed">The base seed.</param>
    /// <param name="ids">The ids present in the run (to link a refuted claim to its <c>~fixed</c> variant).</param>
    /// <param name="plotFiles">The plot files of the claim.</param>
    /// <returns>The entry.</returns>
    public static ReportEntry Entry(ClaimOutcome outcome, ulong seed, IReadOnlySet<string> ids, IReadOnlyList<string> plotFiles)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(ids);
        var e = outcome.Claim.Entry;
        string evidence = EvidenceMarkdown.Render(outcome, seed);
        string fixedId = outcome.Claim.Id.Text + "~fixed";
        if (outcome.Result?.Verdict == Verdict.Refuted && ids.Contains(fixedId))
        {
            evidence += "\nCorrected variant: [`" + fixedId + "`](#" + MarkdownReportWriter.Anchor(fixedId) + ").\n";
        }

        return new ReportEntry(
            e.Id, e.Paper, e.Label, ClaimId.KindName(e.Kind), e.Statement, e.Setting, e.Hypotheses,
            outcome.VerdictName, outcome.Result?.Scope ?? string.Empty, evidence, e.Handling, plotFiles);
    }

    /// <summary>The verdict table as CSV: <c>id,paper,kind,verdict,scope,key_numbers</c> (RFC 4180 quoting).</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>The CSV text.</returns>
    public static string VerdictsCsv(IEnumerable<ClaimOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var sb = new StringBuilder("id,paper,kind,verdict,scope,key_numbers\n");
        foreach (var o in outcomes)
        {
            string numbers = o.Result is { } r
                ? string.Join(" ", r.Evidence.KeyNumbers().Select(n => n.Name + "=" + (n.IsCount ? SignificantDigits.Count(n.Value) : EvidenceMarkdown.Number(n.Value))))
                : string.Empty;
            sb.Append(Csv(o.Claim.Id.Text)).Append(',').Append(Csv(o.Claim.Id.Paper)).Append(',').Append(Csv(ClaimId.KindName(o.Claim.Id.Kind)))
              .Append(',').Append(Csv(o.VerdictName)).Append(',').Append(Csv(o.Result?.Scope ?? string.Empty)).Append(',').Append(Csv(numbers)).Append('\n');
        }

        return sb.ToString();
    }

    private static string PlotCsv(ClaimPlot plot)
    {
        var sb = new StringBuilder("series,x,y\n");
        foreach (var s in plot.Series)
        {
            int n = Math.Min(s.X.Count, s.Y.Count);
            for (int i = 0; i < n; i++)
            {
                sb.Append(Csv(s.Label)).Append(',').Append(EvidenceMarkdown.Number(s.X[i])).Append(',').Append(EvidenceMarkdown.Number(s.Y[i])).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Csv(string field)
        => field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void RemoveGenerated(string folder, string pattern)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder, pattern))
        {
            File.Delete(file);
        }
    }

    private static void WriteText(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal), new UTF8Encoding(false));
    }
}
