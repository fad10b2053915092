using System.Text.RegularExpressions;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Latex;
using DeepLinear.Symbolic.Parsing;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Skeleton;

/// <summary>
/// The claim-file skeleton of a paper (<c>dlv claims init</c>): one claim per numbered item found by
/// <see cref="NumberedItemScanner"/>, with its label, kind and the text printed there as the statement, and
/// <c>check: { pending: … }</c> for the researcher to replace by a check form.
/// </summary>
public static partial class ClaimFileSkeleton
{
    /// <summary>The pending reason written into every skeleton claim.</summary>
    public const string PendingReason =
        "to encode: replace by a check form (identity, inequality, trajectory, probability, not-checkable); statement, setting and hypotheses to confirm against the paper";

    /// <summary>The handling written into a claim whose <c>identity:</c> was drafted from its display.</summary>
    public const string DraftHandling =
        "identity drafted by 'dlv claims init' from the numbered display through the prover's LaTeX reader; confirm the reading, the shapes (default: every symbol square of one size n) and the hypotheses, then remove draft: true";

    /// <summary>
    /// Drafts the <c>identity:</c> encoding of a numbered display when it reads as a matrix identity: the relation is the
    /// first part of the display's mathematics (split at <c>\quad</c>, <c>\text{…}</c> and ", ", which set off
    /// qualifiers such as "for all j = 1, …, N" kept in the statement) holding one <c>=</c>; it is stripped of its number (<c>(3.2)</c>, <c>\tag{…}</c>), <c>\label</c>, <c>\nonumber</c>, alignment marks, math
    /// delimiters and closing punctuation, then read (juxtaposed letters spaced as the products LaTeX typesets) by the prover's LaTeX reader
    /// (<see cref="LatexIdentityReader.Translate"/>) and parsed as <c>lhs == rhs</c> of the identity language with at
    /// least one matrix (a symbol with a capital letter, as papers write matrices; <c>j = 1</c> is an index range, not a
    /// matrix identity). Anything the reader cannot read (two relations, running text, inequalities, sums over indices)
    /// gives no draft.
    /// </summary>
    /// <param name="display">The display as printed.</param>
    /// <returns>The identity in the plain language, or null.</returns>
    public static string? DraftIdentity(string display)
    {
        ArgumentNullException.ThrowIfNull(display);
        string relation = Qualifiers().Split(MathPart(display)).FirstOrDefault(p => p.Count(c => c == '=') == 1) ?? display;
        string math = DisplayNoise().Replace(relation, " ");
        math = TrailingNumber().Replace(math, string.Empty).Trim().TrimEnd(',', '.', ';').Trim();
        if (math.Count(c => c == '=') != 1 || InRelation().IsMatch(math) || Word().IsMatch(math))
        {
            return null;
        }

        try
        {
            string plain = LatexIdentityReader.Translate(SeparateLetters(math));
            var (left, right) = FreeParser.ParseIdentity(plain);
            var symbols = new HashSet<string>(StringComparer.Ordinal);
            FreeSymbolNames.Collect(left, symbols);
            FreeSymbolNames.Collect(right, symbols);
            return symbols.Any(name => char.IsAsciiLetterUpper(name[0])) ? plain : null;
        }
        catch (FreeLanguageException)
        {
            return null;
        }
    }

    /// <summary>
    /// Spaces the letters LaTeX typesets as a product: in math mode <c>AB</c> is A·B and <c>A(B + C)</c> is A·(B + C), so
    /// a space goes between two juxtaposed letters and between a letter and an opening parenthesis. Command names
    /// (<c>\operatorname</c>, <c>\eta</c>), the arguments of <c>\operatorname{…}</c>, <c>\mathrm{…}</c>, <c>\text{…}</c>
    /// and friends, and sub- and superscripts are copied unchanged.
    /// </summary>
    private static string SeparateLetters(string latex)
    {
        var sb = new System.Text.StringBuilder();
        int i = 0;
        while (i < latex.Length)
        {
            char c = latex[i];
            if (c == '\\')
            {
                int start = i++;
                while (i < latex.Length && char.IsAsciiLetter(latex[i]))
                {
                    i++;
                }

                string command = latex[(start + 1)..i];
                sb.Append(latex, start, i - start);
                if (command is "operatorname" or "mathrm" or "mathbf" or "mathit" or "boldsymbol" or "text" or "mathsf" && i < latex.Length && latex[i] == '{')
                {
                    i = CopyGroup(latex, i, sb);
                }

                continue;
            }

            if ((c is '_' or '^') && i + 1 < latex.Length)
            {
                sb.Append(c);
                i = latex[i + 1] == '{' ? CopyGroup(latex, i + 1, sb) : CopyOne(latex, i + 1, sb);
                continue;
            }

            if ((char.IsAsciiLetter(c) || c == '(') && sb.Length > 0 && char.IsAsciiLetter(sb[^1]) && !InCommandName(sb))
            {
                sb.Append(' ');
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    private static int CopyGroup(string text, int open, System.Text.StringBuilder sb)
    {
        int depth = 0, i = open;
        do
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            sb.Append(text[i++]);
        }
        while (i < text.Length && depth > 0);
        return i;
    }

    private static int CopyOne(string text, int at, System.Text.StringBuilder sb)
    {
        sb.Append(text[at]);
        return at + 1;
    }

    /// <summary>Whether the output ends inside a command name (<c>\eta</c>): letters back to a backslash.</summary>
    private static bool InCommandName(System.Text.StringBuilder sb)
    {
        int j = sb.Length - 1;
        while (j >= 0 && char.IsAsciiLetter(sb[j]))
        {
            j--;
        }

        return j >= 0 && sb[j] == '\\';
    }

    /// <summary>The mathematics of a display: between the first pair of <c>$$</c>, or <c>\[ … \]</c>, or the whole text
    /// when it has neither (a display line of extracted text, an environment body).</summary>
    private static string MathPart(string display)
    {
        int open = display.IndexOf("$$", StringComparison.Ordinal);
        int close = open < 0 ? -1 : display.IndexOf("$$", open + 2, StringComparison.Ordinal);
        if (close > open)
        {
            return display[(open + 2)..close];
        }

        open = display.IndexOf("\\[", StringComparison.Ordinal);
        close = open < 0 ? -1 : display.IndexOf("\\]", open + 2, StringComparison.Ordinal);
        return close > open ? display[(open + 2)..close] : display;
    }

    /// <summary>Builds the skeleton.</summary>
    /// <param name="paperText">The paper (plain text or LaTeX source).</param>
    /// <param name="paperKey">The paper key (lower-case letters and digits, starting with a letter).</param>
    /// <param name="source">Where the paper comes from (its file name), for <c>paper.source</c>.</param>
    /// <returns>The skeleton and the items found.</returns>
    /// <exception cref="ArgumentException">The key is not a valid paper key, or no numbered item was found.</exception>
    public static (ClaimFile File, IReadOnlyList<NumberedItem> Items) Build(string paperText, string paperKey, string source)
    {
        ArgumentNullException.ThrowIfNull(paperText);
        ArgumentNullException.ThrowIfNull(paperKey);
        ArgumentNullException.ThrowIfNull(source);
        if (!ClaimId.TryParse(paperKey + "/lemma1", out _))
        {
            throw new ArgumentException(
                $"Argument 'paperKey' = '{paperKey}' must be lower-case letters and digits starting with a letter (e.g. demo, smith2024).", nameof(paperKey));
        }

        var items = NumberedItemScanner.Scan(paperText);
        if (items.Count == 0)
        {
            throw new ArgumentException(
                "Argument 'paperText' holds no numbered item (no 'Theorem 1', 'Lemma 2.3', '\\tag{…}' or display ending in '(3.2)').", nameof(paperText));
        }

        var claims = items.Select(item =>
        {
            string? identity = item.Kind == ClaimKind.Eq ? DraftIdentity(item.Statement) : null;
            if (identity is not null)
            {
                var drafted = new YamlMappingNode(new YamlScalarNode("identity"), new YamlScalarNode(identity));
                var draftEntry = new InventoryEntry(item.IdIn(paperKey), paperKey, item.Label, item.Kind, item.Statement, string.Empty, [], DraftHandling);
                return new ClaimFileEntry(draftEntry, new CheckSpec("identity", drafted, 0), source, item.Line) { Draft = true };
            }

            var check = new YamlMappingNode(new YamlScalarNode("pending"), new YamlScalarNode(PendingReason));
            var entry = new InventoryEntry(item.IdIn(paperKey), paperKey, item.Label, item.Kind, item.Statement, string.Empty, [], string.Empty);
            return new ClaimFileEntry(entry, new CheckSpec("pending", check, 0), source, item.Line);
        }).ToList();
        return (new ClaimFile(new PaperInfo(paperKey, Title(paperText, paperKey), source), claims, source), items);
    }

    private static string Title(string text, string paperKey)
    {
        // LaTeX source: the \title{…} if there is one, else the key (the first line of text would be a statement).
        var title = LatexTitle().Match(text);
        if (title.Success)
        {
            string t = TitleBreaks().Replace(title.Groups[1].Value, " ").Trim();
            return t.Length == 0 ? paperKey : t;
        }

        if (text.Contains("\\documentclass", StringComparison.Ordinal) || text.Contains("\\begin{document}", StringComparison.Ordinal))
        {
            return paperKey;
        }

        string? first = text.ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.Trim().Trim('#', '*', ' '))
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith('\\') && !l.StartsWith('%'));
        return first is null ? paperKey : first.Length <= 200 ? first : first[..200];
    }

    /// <summary>The argument of <c>\title{…}</c> (one level of nested braces).</summary>
    [GeneratedRegex(@"\\title\s*(?:\[[^\]]*\])?\s*\{((?:[^{}]|\{[^{}]*\})*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex LatexTitle();

    /// <summary>Line breaks <c>\\</c> and runs of white space inside a title.</summary>
    [GeneratedRegex(@"\s*\\\\\s*|\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleBreaks();

    /// <summary>Number tags, labels, alignment marks, environment delimiters and math delimiters around a display.</summary>
    [GeneratedRegex(@"\\(?:tag\*?|label)\{[^}]*\}|\\(?:nonumber|notag|qquad|quad)\b|\\(?:begin|end)\{[A-Za-z*]+\}|\\\[|\\\]|\$+|&", RegexOptions.CultureInvariant)]
    private static partial Regex DisplayNoise();

    /// <summary>What separates the relation of a display from its qualifiers and number: <c>\quad</c>, <c>\text{…}</c>
    /// ("for all j"), a comma followed by a space.</summary>
    [GeneratedRegex(@"\\q?quad\b|\\text\{[^}]*\}|,\s", RegexOptions.CultureInvariant)]
    private static partial Regex Qualifiers();

    /// <summary>A printed equation number at the end: <c>(3.2)</c>, <c>(B.1)</c>.</summary>
    [GeneratedRegex(@"\(\s*(?:[0-9]+(?:\.[0-9]+)*|[A-Z]\.[0-9]+)\s*\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingNumber();

    /// <summary>A lower-case word of three or more letters outside a command: running text ("with", "for"), not mathematics.</summary>
    [GeneratedRegex(@"(?<![\\A-Za-z])[a-z]{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>A set membership <c>\in</c> (not <c>\inf</c>, <c>\int</c>): a condition, not an identity.</summary>
    [GeneratedRegex(@"\\in\b", RegexOptions.CultureInvariant)]
    private static partial Regex InRelation();
}
