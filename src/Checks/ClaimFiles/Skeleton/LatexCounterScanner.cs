using System.Text.RegularExpressions;

namespace DeepLinear.Checks.ClaimFiles.Skeleton;

/// <summary>
/// Numbers the items of a LaTeX source that carry no printed number, as LaTeX would: theorem-like environments declared
/// by <c>\newtheorem{env}{Name}</c>, <c>\newtheorem{env}{Name}[section]</c> (numbered within sections) and
/// <c>\newtheorem{env}[other]{Name}</c> (sharing the counter of <c>other</c>), <c>\newtheorem*</c> unnumbered; displays
/// <c>equation</c>, <c>multline</c> (one number each) and <c>align</c>, <c>gather</c>, <c>eqnarray</c> (one per row
/// without <c>\nonumber</c>/<c>\notag</c>), starred forms unnumbered, <c>\numberwithin{equation}{section}</c>; sections
/// counted by <c>\section</c> (not <c>\section*</c>), lettered after <c>\appendix</c>. Rows and environments with a
/// <c>\tag</c> are left to the tag scan of <see cref="NumberedItemScanner"/>. The statement is the environment's body,
/// its <c>\label</c> kept, so the researcher can match it with the references.
/// </summary>
/// <remarks>
/// Without any <c>\newtheorem</c> the standard names (theorem, lemma, proposition, corollary, claim, definition, remark,
/// assumption, conjecture) are taken as environments with a counter of their own. Limits: counters set by
/// <c>\setcounter</c>, theorem styles from packages (thmtools' <c>\declaretheorem</c>) and subsection-level numbering are
/// not followed; the skeleton is a draft for the researcher to check.
/// </remarks>
internal static partial class LatexCounterScanner
{
    private static readonly string[] DisplayEnvironments = ["equation", "multline", "align", "gather", "eqnarray", "flalign", "alignat"];

    /// <summary>Whether the text is LaTeX source with environments to number.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Whether to scan it.</returns>
    public static bool Applies(string text) => text.Contains("\\begin{", StringComparison.Ordinal);

    /// <summary>The items numbered by counters, with their positions.</summary>
    /// <param name="text">The LaTeX source (line ends normalized).</param>
    /// <param name="names">The theorem-like names the scanner knows, with their kinds.</param>
    /// <returns>Position, kind, part, number, label and body of each item, in order.</returns>
    public static IEnumerable<(int Position, ClaimKind Kind, string? Part, string Number, string Label, string Body)> Scan(
        string text, IReadOnlyDictionary<string, (ClaimKind Kind, string? Part)> names)
    {
        var environments = Declarations(text);
        bool equationsWithinSection = NumberWithin().IsMatch(text);
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        int section = 0;
        bool appendix = false;
        int equation = 0;
        foreach (Match m in Event().Matches(text))
        {
            if (m.Groups["appendix"].Success)
            {
                appendix = true;
                section = 0;
                continue;
            }

            if (m.Groups["section"].Success)
            {
                if (!m.Groups["star"].Success)
                {
                    section++;
                    equation = equationsWithinSection ? 0 : equation;
                    foreach (var env in environments.Values.Where(e => e.WithinSection))
                    {
                        counters[env.Counter] = 0;
                    }
                }

                continue;
            }

            string name = m.Groups["env"].Value;
            int end = text.IndexOf("\\end{" + name + "}", m.Index + m.Length, StringComparison.Ordinal);
            string body = end < 0 ? text[(m.Index + m.Length)..] : text[(m.Index + m.Length)..end];
            string sectionText = appendix ? ((char)('A' + Math.Max(0, section - 1))).ToString() : section.ToString(CultureInfo.InvariantCulture);
            if (environments.TryGetValue(name, out var declared))
            {
                if (!names.TryGetValue(declared.Name, out var kind))
                {
                    continue;
                }

                int value = counters[declared.Counter] = counters.GetValueOrDefault(declared.Counter) + 1;
                string number = declared.WithinSection ? sectionText + "." + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
                yield return (m.Index, kind.Kind, kind.Part, number, declared.Name + " " + number, body.Trim());
                continue;
            }

            if (!DisplayEnvironments.Contains(name))
            {
                continue;
            }

            string[] rows = name is "equation" or "multline" ? [body] : body.Split("\\\\");
            foreach (string row in rows)
            {
                if (row.Contains("\\nonumber", StringComparison.Ordinal) || row.Contains("\\notag", StringComparison.Ordinal)
                    || row.Contains("\\tag", StringComparison.Ordinal) || row.Trim().Length == 0)
                {
                    continue;
                }

                equation++;
                string number = equationsWithinSection ? sectionText + "." + equation.ToString(CultureInfo.InvariantCulture) : equation.ToString(CultureInfo.InvariantCulture);
                yield return (m.Index, ClaimKind.Eq, null, number, "Equation (" + number + ")", row.Trim());
            }
        }
    }

    private static Dictionary<string, (string Name, string Counter, bool WithinSection)> Declarations(string text)
    {
        var result = new Dictionary<string, (string Name, string Counter, bool WithinSection)>(StringComparer.Ordinal);
        foreach (Match m in NewTheorem().Matches(text))
        {
            if (m.Groups["star"].Success)
            {
                continue;
            }

            string env = m.Groups["env"].Value;
            string name = m.Groups["name"].Value.Trim();
            if (m.Groups["shared"].Success && result.TryGetValue(m.Groups["shared"].Value, out var other))
            {
                result[env] = (name, other.Counter, other.WithinSection);
            }
            else
            {
                result[env] = (name, env, m.Groups["parent"].Value == "section");
            }
        }

        if (!NewTheorem().IsMatch(text))
        {
            foreach (string name in new[] { "Theorem", "Lemma", "Proposition", "Corollary", "Claim", "Definition", "Remark", "Assumption", "Conjecture" })
            {
                result[name.ToLowerInvariant()] = (name, name.ToLowerInvariant(), false);
            }
        }

        return result;
    }

    [GeneratedRegex(@"\\newtheorem(?<star>\*)?\{(?<env>[A-Za-z]+)\}(?:\[(?<shared>[A-Za-z]+)\])?\{(?<name>[^}]*)\}(?:\[(?<parent>[A-Za-z]+)\])?", RegexOptions.CultureInvariant)]
    private static partial Regex NewTheorem();

    [GeneratedRegex(@"\\numberwithin\{equation\}\{section\}", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWithin();

    [GeneratedRegex(@"\\(?:(?<appendix>appendix)\b|(?<section>section)(?<star>\*)?\s*[\[{]|begin\{(?<env>[A-Za-z]+)\}(?:\[[^\]\n]*\])?)", RegexOptions.CultureInvariant)]
    private static partial Regex Event();
}
