namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// One line of a batch file for <c>dlv prove --file</c>: the identity with its own <c>--assume</c> and <c>--shape</c>
/// options, or a header line (options only) whose options apply to every later line. Immutable.
/// </summary>
/// <param name="LineNumber">The 1-based line number.</param>
/// <param name="Identity">The identity, or null for a header line.</param>
/// <param name="Assumptions">The <c>--assume</c> values on the line.</param>
/// <param name="Shapes">The <c>--shape</c> values on the line.</param>
/// <param name="Latex">True when the line carries <c>--latex</c>: its identity and assumptions are LaTeX (on a header line: every later line's are).</param>
public sealed record ProveBatchLine(int LineNumber, string? Identity, IReadOnlyList<string> Assumptions, IReadOnlyList<string> Shapes, bool Latex = false)
{
    /// <summary>
    /// Reads a line: <c>identity [--latex] [--assume "lhs == rhs"]… [--shape NAME=RxC]…</c>; values may be wrapped in double quotes;
    /// a line that starts with an option is a header; blank lines and lines starting with <c>#</c> give null.
    /// </summary>
    /// <param name="lineNumber">The 1-based line number.</param>
    /// <param name="text">The line.</param>
    /// <exception cref="FormatException">If an option has no value or an unknown option appears (naming the line, the option and the rule).</exception>
    public static ProveBatchLine? Parse(int lineNumber, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string line = text.Trim();
        if (line.Length == 0 || line[0] == '#')
        {
            return null;
        }

        var pieces = Split(line);
        string? identity = Unquote(pieces[0]).Trim();
        var assumptions = new List<string>();
        var shapes = new List<string>();
        bool latex = false;
        for (int i = 1; i < pieces.Count; i++)
        {
            string piece = pieces[i];
            int space = piece.IndexOf(' ', StringComparison.Ordinal);
            string option = space < 0 ? piece : piece[..space];
            string value = space < 0 ? string.Empty : Unquote(piece[(space + 1)..].Trim());
            if (option == "--latex")
            {
                latex = value.Length == 0 ? true : throw new FormatException($"line {lineNumber}: option '--latex' takes no value, but '{value}' follows it (write the identity first, then --latex)");
                continue;
            }

            if (value.Length == 0)
            {
                throw new FormatException($"line {lineNumber}: option '{option}' has no value (write {option} VALUE)");
            }

            (option == "--assume" ? assumptions : option == "--shape" ? shapes : throw new FormatException($"line {lineNumber}: unknown option '{option}' (a line holds an identity, --latex, --assume \"lhs == rhs\" and --shape NAME=RxC)")).Add(value);
        }

        return new ProveBatchLine(lineNumber, identity.Length == 0 ? null : identity, assumptions, shapes, latex);
    }

    // The identity, then one piece per option ("--assume value"); "--" inside double quotes does not split.
    private static List<string> Split(string line)
    {
        var pieces = new List<string>();
        bool quoted = false;
        int start = 0;
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && string.CompareOrdinal(line, i, "--", 0, 2) == 0 && (i == 0 || line[i - 1] == ' ') && i + 2 < line.Length && char.IsAsciiLetter(line[i + 2]))
            {
                pieces.Add(line[start..i].Trim());
                start = i;
            }
        }

        pieces.Add(line[start..].Trim());
        return pieces;
    }

    private static string Unquote(string s) => s.Length >= 2 && s[0] == '"' && s[^1] == '"' ? s[1..^1] : s;
}
