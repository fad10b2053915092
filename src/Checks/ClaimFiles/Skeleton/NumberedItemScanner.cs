using System.Text.RegularExpressions;

namespace DeepLinear.Checks.ClaimFiles.Skeleton;

/// <summary>
/// Finds every numbered item of a paper given as plain text or LaTeX source: theorem-like statements (Theorem,
/// Lemma, Proposition, Corollary, Claim, Definition, Remark, Procedure, Assumption, Conjecture with a number such as
/// <c>3.2</c> or <c>B.1</c>) and numbered displays (<c>\tag{…}</c>, <c>\quad (3.2)</c>, or a line ending in
/// <c>(3.2)</c>).
/// </summary>
/// <remarks>
/// <para>A statement is told from a reference to it by where the name stands: at the start of a line (after
/// Markdown or LaTeX emphasis), or after the end of a sentence, and followed by a period, a parenthesised title,
/// emphasis or the end of the line ("Lemma 3.1. Let …", "**Theorem 1** (Title)"). "by Lemma 3.1 we have" is a
/// reference. When an item is only ever found in a weaker position (at a line start but followed by running text), that
/// occurrence is taken.</para>
/// <para>In LaTeX source, environments numbered by counters (<c>\begin{theorem}</c> without a printed number, with the
/// counters of <c>\newtheorem</c>, shared counters and numbering within sections) and automatically numbered displays
/// (<c>\begin{equation}</c>, rows of <c>align</c>) are numbered as LaTeX numbers them (<see cref="LatexCounterScanner"/>).
/// A number at the end of a line can also be a reference that happens to end a line: the skeleton is a draft for the
/// researcher to prune.</para>
/// </remarks>
public static partial class NumberedItemScanner
{
    private const int MaxStatementLength = 3000;

    private static readonly Dictionary<string, (ClaimKind Kind, string? Part)> Kinds = new(StringComparer.Ordinal)
    {
        ["Theorem"] = (ClaimKind.Thm, null),
        ["Lemma"] = (ClaimKind.Lemma, null),
        ["Proposition"] = (ClaimKind.Prop, null),
        ["Corollary"] = (ClaimKind.Cor, null),
        ["Claim"] = (ClaimKind.Claim, null),
        ["Definition"] = (ClaimKind.Def, null),
        ["Remark"] = (ClaimKind.Remark, null),
        ["Procedure"] = (ClaimKind.Proc, null),
        ["Assumption"] = (ClaimKind.Def, "assumption"),
        ["Conjecture"] = (ClaimKind.Claim, "conjecture"),
    };

    /// <summary>Scans a paper's text.</summary>
    /// <param name="text">The text (plain-text extraction or LaTeX source).</param>
    /// <returns>The items in order of first appearance, one per id.</returns>
    public static IReadOnlyList<NumberedItem> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string normalized = text.ReplaceLineEndings("\n");
        var lineStarts = LineStarts(normalized);
        var strong = new Dictionary<string, (int Position, NumberedItem Item)>(StringComparer.Ordinal);
        var weak = new Dictionary<string, (int Position, NumberedItem Item)>(StringComparer.Ordinal);
        foreach (Match m in StatementName().Matches(normalized))
        {
            string number = m.Groups["number"].Value.TrimEnd('.');
            if (!IsNumber(number))
            {
                continue;
            }

            bool atLineStart = IsLineStart(normalized, m.Groups["name"].Index);
            bool afterSentence = m.Groups["lead"].Success && SentenceEnd().IsMatch(m.Groups["lead"].Value);
            string after = m.Groups["after"].Value;
            bool declarationFollows = after.Length == 0 || after[0] is '.' or '*' or '(' or ':' or '}' or '\n' || after.StartsWith(" (", StringComparison.Ordinal)
                || after.StartsWith(" *", StringComparison.Ordinal);
            if (!(atLineStart || afterSentence) || after.StartsWith(']'))
            {
                continue;
            }

            var (kind, part) = Kinds[m.Groups["name"].Value];
            int start = m.Groups["name"].Index;
            var item = new NumberedItem(
                kind, number.ToLowerInvariant(), part, $"{m.Groups["name"].Value} {number}", Paragraph(normalized, start), LineOf(lineStarts, start));
            string id = item.IdIn("x");
            var target = declarationFollows ? strong : weak;
            target.TryAdd(id, (start, item));
        }

        foreach (var (id, found) in weak)
        {
            strong.TryAdd(id, found);
        }

        foreach (var (position, number) in EquationNumbers(normalized))
        {
            var item = new NumberedItem(ClaimKind.Eq, number.ToLowerInvariant(), null, $"Equation ({number})", Display(normalized, position, number), LineOf(lineStarts, position));
            strong.TryAdd(item.IdIn("x"), (position, item));
        }

        if (LatexCounterScanner.Applies(normalized))
        {
            foreach (var (position, kind, part, number, label, body) in LatexCounterScanner.Scan(normalized, Kinds))
            {
                var item = new NumberedItem(kind, number.ToLowerInvariant(), part, label, Cap(body), LineOf(lineStarts, position));
                strong.TryAdd(item.IdIn("x"), (position, item));
            }
        }

        return [.. strong.Values.OrderBy(v => v.Position).Select(v => v.Item)];
    }

    private static IEnumerable<(int Position, string Number)> EquationNumbers(string text)
    {
        foreach (Match m in Tag().Matches(text))
        {
            string number = m.Groups["number"].Value.Trim();
            if (IsNumber(number))
            {
                yield return (m.Index, number);
            }
        }

        foreach (Match m in TrailingNumber().Matches(text))
        {
            yield return (m.Index, m.Groups["number"].Value);
        }
    }

    private static bool IsNumber(string number)
        => number.Length > 0 && number.Any(char.IsAsciiDigit) && EquationNumberGrammar().IsMatch(number);

    private static bool IsLineStart(string text, int index)
    {
        int i = index - 1;
        while (true)
        {
            while (i >= 0 && text[i] is ' ' or '\t' or '*' or '#' or '_' or '>' or '{')
            {
                i--;
            }

            int word = i;
            while (word >= 0 && char.IsAsciiLetter(text[word]))
            {
                word--;
            }

            if (word < i && word >= 0 && text[word] == '\\')
            {
                i = word - 1;
                continue;
            }

            return i < 0 || text[i] == '\n';
        }
    }

    private static string Paragraph(string text, int start)
    {
        int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        end = end < 0 ? text.Length : end;
        string paragraph = text[start..end].Trim();
        return Cap(paragraph);
    }

    private static string Display(string text, int position, string number)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        int lineEnd = text.IndexOf('\n', position);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        string line = text[lineStart..lineEnd].Trim();
        if (line.Replace("(" + number + ")", string.Empty, StringComparison.Ordinal).Trim(' ', '$', '\\').Length < 8 && lineStart > 1)
        {
            int paragraph = text.LastIndexOf("\n\n", lineStart - 2, StringComparison.Ordinal);
            line = text[(paragraph < 0 ? 0 : paragraph + 2)..lineEnd].Trim();
        }

        if (line.Length > MaxStatementLength)
        {
            int from = Math.Max(lineStart, position - (MaxStatementLength - 200));
            line = "[…] " + text[from..Math.Min(text.Length, position + 200)].Trim();
        }

        return Cap(line);
    }

    private static string Cap(string text) => text.Length <= MaxStatementLength ? text : text[..MaxStatementLength] + " […]";

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> lineStarts, int position)
    {
        int index = lineStarts.BinarySearch(position);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    [GeneratedRegex(@"(?<lead>(?:^|[.;:!?]\s+|\n)[\s*#_>]*(?:\\textbf\{|\\emph\{|\\textit\{)?)?(?<name>Theorem|Lemma|Proposition|Corollary|Claim|Definition|Remark|Procedure|Assumption|Conjecture)[ ~]+(?<number>[A-Z]?[0-9]*(?:\.[0-9]+)*\.?)(?<after>[^\n]{0,2})", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex StatementName();

    [GeneratedRegex(@"[.;:!?]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\\tag\*?\{(?<number>[^}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?:\\quad\s*|\\qquad\s*)\((?<number>[0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+)\)|\((?<number>[0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+)\)[ \t]*\$*[ \t]*$", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"^(?:[0-9]+|[A-Za-z])(?:\.[0-9A-Za-z]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex EquationNumberGrammar();
}
