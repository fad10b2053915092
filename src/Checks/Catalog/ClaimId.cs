using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace DeepLinear.Checks.Catalog;

/// <summary>
/// A parsed claim id, <c>&lt;paper&gt;/&lt;kind&gt;&lt;number&gt;[#&lt;part&gt;][~fixed]</c>, all lower case:
/// <c>nrt/prop3.2</c>, <c>nrt/prop3.3#4</c>, <c>dhl/lemma3.1#i</c>, <c>dhl/claimb.1</c>, <c>dhl/eq19~fixed</c>.
/// </summary>
/// <remarks>
/// <para>Grammar (issue 4): <c>paper</c> is a lower-case key (<c>[a-z][a-z0-9]*</c>: a built-in paper of
/// <see cref="PaperKeys"/> or the key of a researcher's claim file); <c>kind</c> is one of
/// <c>def lemma prop thm cor claim remark proc eq text</c>; <c>number</c> is the number as printed, dot-separated
/// segments of lower-case letters and digits that start with a digit or a single appendix letter and contain at least
/// one digit (<c>3.2</c>, <c>b.1</c>, <c>2.14</c>); <c>part</c> is lower-case letters and digits separated by
/// <c>.</c> or <c>-</c> (<c>4</c>, <c>i</c>, <c>proof-k0</c>); <c>~fixed</c> marks the corrected variant of a printed
/// statement that was refuted.</para>
/// <para>Equality is ordinal on the canonical text; the default value is not a valid id.</para>
/// </remarks>
public sealed record ClaimId
{
    private static readonly Regex Grammar = new(
        @"^(?<paper>[a-z][a-z0-9]*)/(?<kind>def|lemma|prop|thm|cor|claim|remark|proc|eq|text)(?<number>(?:[0-9]+|[a-z])(?:\.[0-9a-z]+)*)(?:#(?<part>[0-9a-z]+(?:[.\-][0-9a-z]+)*))?(?<fixed>~fixed)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private ClaimId(string text, string paper, ClaimKind kind, string number, string? part, bool isFixed)
    {
        Text = text;
        Paper = paper;
        Kind = kind;
        Number = number;
        Part = part;
        IsFixed = isFixed;
    }

    /// <summary>The canonical text of the id (as parsed; ids are case-sensitive and must be lower case).</summary>
    public string Text { get; }

    /// <summary>The paper key (<c>nrt</c>, <c>dhl</c>, …).</summary>
    public string Paper { get; }

    /// <summary>The kind of the numbered item.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The number as printed (<c>3.2</c>, <c>b.1</c>, <c>7</c>).</summary>
    public string Number { get; }

    /// <summary>The part (<c>4</c> in <c>nrt/prop3.3#4</c>), or <see langword="null"/> for a whole item.</summary>
    public string? Part { get; }

    /// <summary>Whether this is the <c>~fixed</c> variant of a refuted printed statement.</summary>
    public bool IsFixed { get; }

    /// <summary>The id of the printed statement this <c>~fixed</c> variant corrects (the id itself when not fixed).</summary>
    public string PrintedText => IsFixed ? Text[..^"~fixed".Length] : Text;

    /// <summary>Parses an id, throwing <see cref="FormatException"/> with the offending text and the rule it broke.</summary>
    /// <param name="text">The id text, for example <c>nrt/prop3.3#4</c>.</param>
    /// <returns>The parsed id.</returns>
    /// <exception cref="FormatException">The text does not follow the id grammar.</exception>
    public static ClaimId Parse(string text)
    {
        if (TryParse(text, out var id, out var error))
        {
            return id;
        }

        throw new FormatException(error);
    }

    /// <summary>Tries to parse an id.</summary>
    /// <param name="text">The id text.</param>
    /// <param name="id">The parsed id, when successful.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ClaimId? id) => TryParse(text, out id, out _);

    /// <summary>Tries to parse an id and, on failure, explains which rule of the grammar the text broke.</summary>
    /// <param name="text">The id text.</param>
    /// <param name="id">The parsed id, when successful.</param>
    /// <param name="error">The explanation (argument, value, rule), when unsuccessful.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ClaimId? id, [NotNullWhen(false)] out string? error)
    {
        id = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "Claim id 'text' is empty; expected <paper>/<kind><number>[#<part>][~fixed], e.g. nrt/prop3.3#4.";
            return false;
        }

        var match = Grammar.Match(text);
        if (!match.Success)
        {
            error = $"Claim id 'text' = '{text}' is malformed: {Diagnose(text)} "
                + "(grammar <paper>/<kind><number>[#<part>][~fixed], all lower case, kind one of "
                + "def lemma prop thm cor claim remark proc eq text, e.g. nrt/prop3.3#4, dhl/claimb.1).";
            return false;
        }

        string paper = match.Groups["paper"].Value;
        string number = match.Groups["number"].Value;
        if (!number.Any(char.IsAsciiDigit))
        {
            error = $"Claim id 'text' = '{text}' is malformed: the number '{number}' contains no digit.";
            return false;
        }

        var kind = Enum.Parse<ClaimKind>(match.Groups["kind"].Value, ignoreCase: true);
        string? part = match.Groups["part"].Success ? match.Groups["part"].Value : null;
        id = new ClaimId(text, paper, kind, number, part, match.Groups["fixed"].Success);
        error = null;
        return true;
    }

    /// <summary>The paper keys of the five built-in papers (see <c>shared/papers/README.md</c>), in catalog order;
    /// claim files may use other keys.</summary>
    public static IReadOnlyList<string> PaperKeys { get; } = ["nrt", "lcc", "trbw", "acgh", "dhl"];

    /// <summary>The lower-case kind name used in ids and JSON (<c>lemma</c>, <c>prop</c>, …).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The kind name.</returns>
    public static string KindName(ClaimKind kind) => kind.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static string Diagnose(string text)
    {
        if (text.Any(char.IsUpper))
        {
            return "ids are all lower case";
        }

        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return "missing '<paper>/' prefix";
        }

        string rest = text[(slash + 1)..];
        string[] kinds = ["lemma", "claim", "remark", "proc", "prop", "text", "thm", "cor", "def", "eq"];
        string? kind = kinds.FirstOrDefault(k => rest.StartsWith(k, StringComparison.Ordinal));
        if (kind is null)
        {
            return "the kind must be one of def lemma prop thm cor claim remark proc eq text";
        }

        string afterKind = rest[kind.Length..];
        if (afterKind.Length == 0 || afterKind[0] == '#' || afterKind[0] == '~')
        {
            return "the number is missing after the kind";
        }

        if (afterKind.Contains('#', StringComparison.Ordinal))
        {
            return "the number or the part contains a character outside [0-9a-z.] / [0-9a-z.-]";
        }

        return "the number must be dot-separated segments of [0-9a-z] starting with digits or one appendix letter";
    }
}
