using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// The verdicts of an earlier run, as <c>dlv claims list --verdicts</c> and <c>dlv show</c> read them: from a report
/// folder (<c>verdicts.csv</c>, the per-paper pages <c>&lt;paper&gt;.md</c> and the seed named in <c>README.md</c>;
/// the committed <c>proofs/</c> is one) or from the JSON array printed by <c>dlv check --json</c>.
/// </summary>
internal sealed class RecordedVerdicts
{
    /// <summary>The report folder read when no source is given, relative to the working directory.</summary>
    public const string DefaultFolder = "proofs";

    private readonly Dictionary<string, Row> rows;

    private RecordedVerdicts(string source, string? folder, ulong? seed, Dictionary<string, Row> rows)
    {
        Source = source;
        Folder = folder;
        Seed = seed;
        this.rows = rows;
    }

    /// <summary>The folder or file the verdicts were read from, as given.</summary>
    public string Source { get; }

    /// <summary>The report folder, or <see langword="null"/> for a JSON file.</summary>
    public string? Folder { get; }

    /// <summary>The base seed of the recorded run when the source names it (a report's README), otherwise null.</summary>
    public ulong? Seed { get; }

    /// <summary>Reads the verdicts from <paramref name="source"/> (a report folder or a JSON file), or from
    /// <see cref="DefaultFolder"/> when it is null and exists.</summary>
    /// <param name="source">The <c>--from</c> value, or null.</param>
    /// <returns>The verdicts, or null when no source is given and no default folder exists.</returns>
    /// <exception cref="CliUsageException">The source does not exist or cannot be read.</exception>
    public static RecordedVerdicts? Load(string? source)
    {
        if (source is null)
        {
            return File.Exists(Path.Combine(DefaultFolder, "verdicts.csv")) ? FromFolder(DefaultFolder) : null;
        }

        if (Directory.Exists(source))
        {
            if (!File.Exists(Path.Combine(source, "verdicts.csv")))
            {
                throw new CliUsageException("--from", source, "must be a report folder holding verdicts.csv (written by 'dlv check --out DIR' or 'dlv report --out DIR') or a JSON file of 'dlv check --json'");
            }

            return FromFolder(source);
        }

        if (File.Exists(source))
        {
            return FromJson(source);
        }

        throw new CliUsageException("--from", source, "does not exist; give a report folder (holding verdicts.csv) or a JSON file of 'dlv check --json'");
    }

    /// <summary>The recorded row of a claim, or null.</summary>
    public Row? Find(string id) => rows.TryGetValue(id, out var row) ? row : null;

    /// <summary>The evidence section of a claim in the report page <c>&lt;paper&gt;.md</c> (from <c>**Evidence.**</c>
    /// to the next claim), or null when the source is not a report folder or has no such section.</summary>
    public string? EvidenceMarkdown(string paper, string id)
    {
        if (Folder is null)
        {
            return null;
        }

        string page = Path.Combine(Folder, paper + ".md");
        if (!File.Exists(page))
        {
            return null;
        }

        string text = File.ReadAllText(page);
        string anchor = "<a id=\"" + DeepLinear.Checks.Reports.MarkdownReportWriter.Anchor(id) + "\"></a>";
        int start = text.IndexOf(anchor, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        int end = text.IndexOf("<a id=\"", start + anchor.Length, StringComparison.Ordinal);
        string section = text[start..(end < 0 ? text.Length : end)];
        int evidence = section.IndexOf("**Evidence.**", StringComparison.Ordinal);
        return evidence < 0 ? null : section[(evidence + "**Evidence.**".Length)..].Trim();
    }

    private static RecordedVerdicts FromFolder(string folder)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        string csv = Path.Combine(folder, "verdicts.csv");
        var records = ParseCsv(File.ReadAllText(csv));
        if (records.Count == 0 || !records[0].SequenceEqual(["id", "paper", "kind", "verdict", "scope", "key_numbers"]))
        {
            throw new CliUsageException("--from", folder, "verdicts.csv must start with the header id,paper,kind,verdict,scope,key_numbers");
        }

        foreach (var r in records.Skip(1).Where(r => r.Count == 6))
        {
            rows[r[0]] = new Row(r[3], r[4], r[5], null);
        }

        ulong? seed = null;
        string readme = Path.Combine(folder, "README.md");
        if (File.Exists(readme))
        {
            string text = File.ReadAllText(readme);
            int at = text.IndexOf("--seed ", StringComparison.Ordinal);
            if (at >= 0)
            {
                string digits = new([.. text[(at + 7)..].TakeWhile(char.IsAsciiDigit)]);
                if (ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out ulong s))
                {
                    seed = s;
                }
            }
        }

        return new RecordedVerdicts(folder, folder, seed, rows);
    }

    private static RecordedVerdicts FromJson(string file)
    {
        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new CliUsageException("--from", file, "must be the JSON array printed by 'dlv check --json'");
            }

            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && item.TryGetProperty("verdict", out var verdict))
                {
                    string scope = item.TryGetProperty("scope", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "-";
                    string? evidence = item.TryGetProperty("evidence", out var e)
                        ? CliJson.Serialize(e)
                        : null;
                    rows[id.GetString() ?? string.Empty] = new Row(verdict.GetString() ?? string.Empty, scope, string.Empty, evidence);
                }
            }
        }
        catch (JsonException error)
        {
            throw new CliUsageException("--from", file, "is neither a report folder nor valid JSON (" + error.Message.TrimEnd('.') + ")");
        }

        return new RecordedVerdicts(file, null, null, rows);
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }

    /// <summary>One recorded verdict.</summary>
    /// <param name="Verdict">The verdict or status name.</param>
    /// <param name="Scope">The scope.</param>
    /// <param name="KeyNumbers">The key numbers (report folders), or empty.</param>
    /// <param name="EvidenceJson">The evidence object as indented JSON (JSON sources), or null.</param>
    internal sealed record Row(string Verdict, string Scope, string KeyNumbers, string? EvidenceJson);
}
