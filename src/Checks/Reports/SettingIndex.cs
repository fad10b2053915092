namespace DeepLinear.Checks.Reports;

/// <summary>
/// The settings of one paper's report, each stated once: a setting that opens (or is) the setting of two or more
/// claims becomes a numbered paragraph S1, S2, … at the top of the report, and a claim's setting is written as a link
/// to the longest such paragraph it opens with, followed by its own remaining sentences. A paragraph that opens with a
/// shorter one is written the same way. Prefixes are matched on whole text followed by a space, so a link never cuts
/// a sentence.
/// </summary>
/// <remarks>
/// Implementation note: issue 14 ("the full setting paragraph is repeated for every claim: state each setting once per
/// section and link it"). The catalog's shared settings are YAML anchors that often extend each other (loss ⊂ descent ⊂
/// descent with constants); the prefix rule recovers that nesting from the texts alone, so the report needs no extra
/// catalog key.
/// </remarks>
internal sealed class SettingIndex
{
    private readonly string paper;
    private readonly List<string> paragraphs;

    /// <summary>Builds the index of the settings of one paper's claims.</summary>
    /// <param name="paper">The paper key (anchors are <c>&lt;paper&gt;-setting-&lt;n&gt;</c>).</param>
    /// <param name="settings">The claims' settings, in report order (empty ones are ignored).</param>
    public SettingIndex(string paper, IReadOnlyList<string> settings)
    {
        this.paper = paper;
        var distinct = settings.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        paragraphs = [.. distinct.Where(candidate => settings.Count(s => Opens(candidate, s)) >= 2)];
    }

    /// <summary>Whether there is a shared paragraph to state.</summary>
    public bool IsEmpty => paragraphs.Count == 0;

    /// <summary>The section stating every shared paragraph once, each with its anchor.</summary>
    /// <returns>Markdown, empty when there is none.</returns>
    public string Section()
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        sb.Append("## Settings\n\nEach claim's **Setting.** names one of these paragraphs; what follows the name holds for that claim only.\n\n");
        for (int i = 0; i < paragraphs.Count; i++)
        {
            sb.Append("<a id=\"").Append(Anchor(i)).Append("\"></a>\n");
            sb.Append("**").Append(Name(i)).Append(".** ").Append(Refer(paragraphs[i], exclude: i)).Append("\n\n");
        }

        return sb.ToString();
    }

    /// <summary>A claim's setting: a link to the longest shared paragraph it opens with, then its own sentences.</summary>
    /// <param name="setting">The setting.</param>
    /// <returns>Markdown.</returns>
    public string Refer(string setting) => Refer(setting, exclude: -1);

    private static bool Opens(string prefix, string text)
        => text.Length == prefix.Length ? string.Equals(text, prefix, StringComparison.Ordinal)
            : text.Length > prefix.Length && text[prefix.Length] == ' ' && text.StartsWith(prefix, StringComparison.Ordinal);

    private string Refer(string setting, int exclude)
    {
        int best = -1;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (i != exclude && Opens(paragraphs[i], setting) && (best < 0 || paragraphs[i].Length > paragraphs[best].Length))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return setting;
        }

        string link = "[" + Name(best) + "](#" + Anchor(best) + ")";
        return setting.Length == paragraphs[best].Length ? link + "." : link + ", and: " + setting[(paragraphs[best].Length + 1)..];
    }

    private static string Name(int index) => "S" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private string Anchor(int index) => paper + "-setting-" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
