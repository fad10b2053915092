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
    /// <summary>Writes the report of <paramref name="outcomes"/> into <paramref name="folder"/>, safely (see
    /// <see cref="ReportStaging"/>): everything is written into a temporary sibling folder and moved into place only when
    /// complete.</summary>
    /// <param name="folder">The output folder (created if needed). When the run covers every claim of the catalog, the
    /// folder ends up holding exactly this run's report (earlier generated plots and data are removed). A partial run
    /// (some papers) into an existing report replaces only what it regenerated: the pages, plots and data of its papers;
    /// the index and <c>verdicts.csv</c> keep the other papers' rows from the earlier <c>verdicts.csv</c>.</param>
    /// <param name="outcomes">The outcomes in catalog order.</param>
    /// <param name="seed">The base seed of the run (re-run commands).</param>
    /// <param name="tier">The tier in words (<c>fast</c> or <c>thorough</c>).</param>
    /// <param name="reproductions">The subfolder holding the reproductions of the experiments (written separately by
    /// <see cref="Reproductions.ReproductionIndex.Write"/>; the index links it), or null: then the index links
    /// <c>reproductions/</c> when the folder already holds one (a report run never drops that link).</param>
    /// <returns>The files written, relative to the folder, sorted ordinally.</returns>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<ClaimOutcome> outcomes, ulong seed, string tier = "fast", string? reproductions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(outcomes);
        var catalog = ClaimCatalog.Default;
        var ids = new HashSet<string>(outcomes.Select(o => o.Claim.Id.Text), StringComparer.Ordinal);
        var runPapers = outcomes.Select(o => o.Claim.Id.Paper).Distinct(StringComparer.Ordinal).ToList();
        var completePapers = runPapers.Where(p => catalog.Select(p, null).All(c => ids.Contains(c.Id.Text))).ToHashSet(StringComparer.Ordinal);
        bool wholeCatalog = catalog.Papers.All(completePapers.Contains);
        string earlierCsv = Path.Combine(folder, "verdicts.csv");
        var earlierRows = !wholeCatalog && File.Exists(earlierCsv) ? EarlierRows(earlierCsv, ids, runPapers) : [];
        if (reproductions is null && File.Exists(Path.Combine(folder, "reproductions", "README.md")))
        {
            reproductions = "reproductions";
        }

        return ReportStaging.Write(
            folder,
            staging => WriteInto(staging, outcomes, ids, seed, tier, reproductions, earlierRows, catalog),
            stale => wholeCatalog || completePapers.Any(p => Path.GetFileName(stale).StartsWith(p + "-", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The file name (without extension) of a claim's plot: <c>&lt;claim anchor&gt;-&lt;what&gt;</c>, where the words the
    /// plot's name shares with the start of the anchor are dropped and a name that only repeats the anchor's last words
    /// adds nothing (<c>lcc-lemma1-flow</c> + <c>lcc-lemma1-drift</c> → <c>lcc-lemma1-flow-drift</c>;
    /// <c>dhl-cor2-1-flow</c> + <c>flow</c> → <c>dhl-cor2-1-flow</c>), so no file name repeats itself.
    /// </summary>
    /// <param name="anchor">The claim's anchor (<see cref="MarkdownReportWriter.Anchor"/>).</param>
    /// <param name="plotName">The plot's name.</param>
    /// <returns>The file name.</returns>
    internal static string PlotFileName(string anchor, string plotName)
    {
        var a = anchor.Split('-');
        var w = MarkdownReportWriter.Anchor(plotName).Split('-', StringSplitOptions.RemoveEmptyEntries).ToList();
        int shared = 0;
        while (shared < Math.Min(a.Length, w.Count) && a[shared] == w[shared])
        {
            shared++;
        }

        w.RemoveRange(0, shared);
        bool repeatsEnd = w.Count > 0 && w.Count <= a.Length && a[^w.Count..].SequenceEqual(w, StringComparer.Ordinal);
        return w.Count == 0 || repeatsEnd ? anchor : anchor + "-" + string.Join('-', w);
    }

    private static List<string> WriteInto(
        string folder, IReadOnlyList<ClaimOutcome> outcomes, IReadOnlySet<string> ids, ulong seed, string tier, string? reproductions,
        IReadOnlyList<(string Id, string Paper, string Verdict, string Line)> earlierRows, ClaimCatalog catalog)
    {
        string img = Path.Combine(folder, "img");
        string data = Path.Combine(folder, "data");
        var written = new List<string>();
        var entries = new List<ReportEntry>(outcomes.Count);
        foreach (var outcome in outcomes)
        {
            var plots = new List<string>();
            string anchor = MarkdownReportWriter.Anchor(outcome.Claim.Id.Text);
            foreach (var plot in outcome.Result?.Plots ?? [])
            {
                string name = PlotFileName(anchor, plot.Name);
                if (plots.Contains("img/" + name + ".png"))
                {
                    name = anchor + "-" + MarkdownReportWriter.Anchor(plot.Name);
                }

                PlotWriter.Write(Path.Combine(img, name + ".png"), plot.Title, plot.XLabel, plot.YLabel, plot.Series, plot.LogY);
                WriteText(Path.Combine(data, name + ".csv"), PlotCsv(plot));
                written.Add("img/" + name + ".png");
                written.Add("data/" + name + ".csv");
                plots.Add("img/" + name + ".png");
            }

            entries.Add(Entry(outcome, seed, ids, plots));
        }

        if (earlierRows.Count == 0)
        {
            written.AddRange(MarkdownReportWriter.Write(folder, entries, seed, tier, reproductions));
            WriteText(Path.Combine(folder, "verdicts.csv"), VerdictsCsv(outcomes));
        }
        else
        {
            // A partial run into an existing report: the index counts this run's claims and the earlier rows of the
            // other papers (their pages are not rewritten); verdicts.csv keeps those rows, both in catalog order.
            var order = catalog.Claims.Select((c, i) => (c.Id.Text, i)).ToDictionary(t => t.Text, t => t.i, StringComparer.Ordinal);
            int Rank(string id) => order.TryGetValue(id, out int i) ? i : int.MaxValue;
            var labels = catalog.Claims.ToDictionary(c => c.Id.Text, c => c.Entry.Label, StringComparer.Ordinal);
            var readings = catalog.Claims.ToDictionary(c => c.Id.Text, c => c.Entry, StringComparer.Ordinal);
            var merged = entries
                .Concat(earlierRows.Select(r => new ReportEntry(
                    r.Id, r.Paper, labels.TryGetValue(r.Id, out var label) ? label : r.Id, string.Empty, string.Empty, string.Empty, [], r.Verdict,
                    string.Empty, string.Empty, string.Empty, [])
                {
                    Reading = r.Verdict == "refuted" ? readings.GetValueOrDefault(r.Id)?.Reading : null,
                    Erratum = r.Verdict == "refuted" ? readings.GetValueOrDefault(r.Id)?.Erratum : null,
                }))
                .OrderBy(e => Rank(e.Id)).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            var papers = merged.Select(e => e.Paper).Distinct(StringComparer.Ordinal).ToList();
            WriteText(Path.Combine(folder, "README.md"), MarkdownReportWriter.Index(merged, papers, seed, tier, reproductions));
            written.Add("README.md");
            foreach (var paper in entries.Select(e => e.Paper).Distinct(StringComparer.Ordinal))
            {
                WriteText(Path.Combine(folder, paper + ".md"), MarkdownReportWriter.Paper(paper, entries.Where(e => e.Paper == paper).ToList()));
                written.Add(paper + ".md");
            }

            string csv = VerdictsCsv(outcomes);
            var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(l => (Id: l.Split(',')[0], Line: l))
                .Concat(earlierRows.Select(r => (r.Id, r.Line)))
                .OrderBy(t => Rank(t.Id)).ThenBy(t => t.Id, StringComparer.Ordinal)
                .Select(t => t.Line + "\n");
            WriteText(Path.Combine(folder, "verdicts.csv"), "id,paper,kind,verdict,scope,key_numbers\n" + string.Concat(lines));
        }

        written.Add("verdicts.csv");
        written.Sort(StringComparer.Ordinal);
        return written;
    }

    /// <summary>The rows of an earlier <c>verdicts.csv</c> of papers this run does not touch (id, paper and verdict never
    /// hold a comma or a quote, so the first four fields split plainly).</summary>
    private static List<(string Id, string Paper, string Verdict, string Line)> EarlierRows(string path, IReadOnlySet<string> ids, IReadOnlyList<string> runPapers)
    {
        var rows = new List<(string, string, string, string)>();
        foreach (var line in File.ReadAllLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length >= 4 && !ids.Contains(fields[0]) && !runPapers.Contains(fields[1], StringComparer.Ordinal))
            {
                rows.Add((fields[0], fields[1], fields[3], line));
            }
        }

        return rows;
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
            outcome.VerdictName, outcome.Result?.Scope ?? string.Empty, evidence, e.Handling, plotFiles)
        {
            Reading = outcome.Result?.Verdict == Verdict.Refuted ? e.Reading : null,
            Erratum = outcome.Result?.Verdict == Verdict.Refuted ? e.Erratum : null,
        };
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
                sb.Append(Csv(s.Label)).Append(',').Append(RoundTrip(s.X[i])).Append(',').Append(RoundTrip(s.Y[i])).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>A plot value with round-trip precision (shortest text that parses back to the same double).</summary>
    private static string RoundTrip(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Csv(string field)
        => field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Writes a text file with <c>\n</c> line ends; a Markdown page with short exponents (<see cref="ExponentText"/>),
    /// a CSV file as given (round-trip numbers for machines).</summary>
    private static void WriteText(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        File.WriteAllText(path, path.EndsWith(".md", StringComparison.Ordinal) ? ExponentText.Normalize(content) : content, new UTF8Encoding(false));
    }
}
