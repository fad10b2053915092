using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles;

/// <summary>
/// Writes a <see cref="ClaimFile"/> as YAML that <see cref="ClaimFileReader"/> reads back to equal claims (the round
/// trip is tested on the whole built-in catalog). Statements are block scalars so that the LaTeX reads as printed;
/// long texts are folded at spaces; shared settings are written once under <c>settings:</c> with an anchor and
/// referred to by alias.
/// </summary>
/// <remarks>
/// Implementation note: a folded block scalar (<c>&gt;-</c>) turns a single line break between two non-empty lines
/// that do not start with a space into one space, so a line may be broken only at a single space whose neighbours
/// are not spaces; texts that a block scalar cannot carry exactly (leading or trailing spaces, tabs, control
/// characters, carriage returns) are written double-quoted with escapes. Every plain scalar is confirmed by parsing
/// it back.
/// </remarks>
public static class ClaimFileWriter
{
    /// <summary>The column at which long texts are folded.</summary>
    public const int Width = 118;

    private static readonly Regex AnchorName = new("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant);

    private static readonly Regex LooksTyped = new(
        @"^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?(?:\.inf|\.nan|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+))$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Writes the claim file as YAML text (lines end with <c>\n</c>).</summary>
    /// <param name="file">The claim file.</param>
    /// <param name="header">Comment lines written at the top (without <c>#</c>), or none.</param>
    /// <returns>The YAML text.</returns>
    /// <exception cref="ArgumentException">A setting name is not a valid anchor name (<c>[a-z][a-z0-9-]*</c>).</exception>
    public static string Write(ClaimFile file, IReadOnlyList<string>? header = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sb = new StringBuilder();
        foreach (string line in header ?? [])
        {
            sb.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        }

        sb.Append("paper:\n");
        Key(sb, 2, "key", file.Paper.Key, block: false);
        Key(sb, 2, "title", file.Paper.Title, block: false);
        if (file.Paper.Source.Length > 0)
        {
            Key(sb, 2, "source", file.Paper.Source, block: false);
        }

        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        if (file.Settings.Count > 0)
        {
            sb.Append("settings:\n");
            foreach (var (name, text) in file.Settings)
            {
                if (!AnchorName.IsMatch(name))
                {
                    throw new ArgumentException(
                        $"Argument 'file.Settings' has the name '{name}'; a setting name must match [a-z][a-z0-9-]* (it is a YAML anchor).", nameof(file));
                }

                sb.Append("  ").Append(name).Append(": &").Append(name).Append(Value(text, 2 + name.Length + 2 + name.Length + 2, 4, block: true));
                aliases.TryAdd(text, name);
            }
        }

        sb.Append("claims:\n");
        foreach (var claim in file.Claims)
        {
            WriteClaim(sb, claim, aliases);
        }

        return sb.ToString();
    }

    /// <summary>Writes the claim file to <paramref name="path"/> (UTF-8 without byte-order mark).</summary>
    /// <param name="file">The claim file.</param>
    /// <param name="path">The path.</param>
    /// <param name="header">Comment lines written at the top, or none.</param>
    public static void WriteFile(ClaimFile file, string path, IReadOnlyList<string>? header = null)
        => File.WriteAllText(path, Write(file, header), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Writes the <c>check:</c> mapping of a claim as YAML starting at column 0 (<c>check: { code: nrt/prop3.2 }</c>),
    /// as it stands in a claim file.</summary>
    /// <param name="check">The check specification.</param>
    /// <returns>The YAML text, ending with a line break.</returns>
    public static string WriteCheck(CheckSpec check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var sb = new StringBuilder("check:");
        WriteNode(sb, check.Node, 2, flowAllowed: true);
        return sb.ToString();
    }

    private static void WriteClaim(StringBuilder sb, ClaimFileEntry claim, Dictionary<string, string> aliases)
    {
        var e = claim.Entry;
        sb.Append("  - id:").Append(Value(e.Id, 8, 6, block: false));
        Key(sb, 4, "label", e.Label, block: false);
        Key(sb, 4, "kind", ClaimId.KindName(e.Kind), block: false);
        Key(sb, 4, "statement", e.Statement, block: true, alwaysBlock: true);
        if (e.Setting.Length > 0)
        {
            if (aliases.TryGetValue(e.Setting, out string? alias))
            {
                sb.Append("    setting: *").Append(alias).Append('\n');
            }
            else
            {
                Key(sb, 4, "setting", e.Setting, block: true);
            }
        }

        if (e.Hypotheses.Count > 0)
        {
            sb.Append("    hypotheses:\n");
            foreach (string hypothesis in e.Hypotheses)
            {
                sb.Append("      -").Append(Value(hypothesis, 8, 8, block: true));
            }
        }

        if (e.Handling.Length > 0)
        {
            Key(sb, 4, "handling", e.Handling, block: true);
        }

        if (e.Reading is { } reading)
        {
            sb.Append("    reading:\n");
            Key(sb, 6, "kind", reading.KindName, block: false);
            Key(sb, 6, "why", reading.Why, block: true);
            sb.Append("      encodes:\n");
            foreach (string encoded in reading.Encodes)
            {
                sb.Append("        -").Append(Value(encoded, 10, 10, block: true));
            }
        }

        if (e.Erratum is not null)
        {
            Key(sb, 4, "erratum", e.Erratum, block: false);
        }

        if (claim.SameAs is not null)
        {
            Key(sb, 4, "same-as", claim.SameAs, block: false);
        }

        if (claim.Draft)
        {
            sb.Append("    draft: true\n");
        }

        sb.Append("    check:");
        WriteNode(sb, claim.Check.Node, 6, flowAllowed: true);
    }

    private static void Key(StringBuilder sb, int indent, string key, string value, bool block, bool alwaysBlock = false)
    {
        sb.Append(' ', indent).Append(key).Append(':');
        sb.Append(alwaysBlock ? BlockScalar(value, indent + 2) ?? " " + DoubleQuoted(value) + "\n" : Value(value, indent + key.Length + 2, indent + 2, block));
    }

    /// <summary>The text after <c>key:</c> (starting with a space or a block indicator line) through the final line
    /// break.</summary>
    private static string Value(string value, int column, int contentIndent, bool block)
    {
        if (IsPlainSafe(value) && column + value.Length <= Width)
        {
            return " " + value + "\n";
        }

        if (!value.Contains('\n', StringComparison.Ordinal) && IsPrintable(value) && (!block || column + value.Length + 2 <= Width))
        {
            return " '" + value.Replace("'", "''", StringComparison.Ordinal) + "'\n";
        }

        return (block ? BlockScalar(value, contentIndent) : null) ?? " " + DoubleQuoted(value) + "\n";
    }

    private static string? BlockScalar(string value, int indent)
    {
        if (value.Length == 0 || value[0] == ' ' || !IsPrintable(value) || value.Contains('\r', StringComparison.Ordinal))
        {
            return null;
        }

        string pad = new(' ', indent);
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            string body = value.EndsWith('\n') ? value[..^1] : value;
            string chomp = value.EndsWith('\n') ? "|" : "|-";
            var lines = body.Split('\n');
            if (body.EndsWith('\n') || lines.Any(l => l.EndsWith(' ')) || lines[0].Length == 0)
            {
                return null;
            }

            return " " + chomp + "\n" + string.Concat(lines.Select(l => l.Length == 0 ? "\n" : pad + l + "\n"));
        }

        if (value[^1] == ' ')
        {
            return null;
        }

        var sb = new StringBuilder(" >-\n");
        foreach (string line in Fold(value, Width - indent))
        {
            sb.Append(pad).Append(line).Append('\n');
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Fold(string text, int width)
    {
        int start = 0;
        while (text.Length - start > width)
        {
            int cut = -1;
            for (int i = start + 1; i < text.Length - 1; i++)
            {
                if (text[i] == ' ' && text[i - 1] != ' ' && text[i + 1] != ' ')
                {
                    if (i - start > width && cut >= 0)
                    {
                        break;
                    }

                    cut = i;
                }
            }

            if (cut < 0)
            {
                break;
            }

            yield return text[start..cut];
            start = cut + 1;
        }

        yield return text[start..];
    }

    private static void WriteNode(StringBuilder sb, YamlNode node, int indent, bool flowAllowed)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                string text = scalar.Value ?? string.Empty;
                sb.Append(scalar.Style == ScalarStyle.Plain && IsPlainSafe(text, allowTyped: true) ? " " + text + "\n" : Value(text, indent, indent, block: true));
                break;
            case YamlSequenceNode sequence:
                if (sequence.Children.Count == 0)
                {
                    sb.Append(" []\n");
                    break;
                }

                sb.Append('\n');
                foreach (var item in sequence.Children)
                {
                    sb.Append(' ', indent).Append('-');
                    WriteNode(sb, item, indent + 2, flowAllowed: false);
                }

                break;
            case YamlMappingNode mapping:
                string? flow = flowAllowed ? FlowMapping(mapping) : null;
                if (flow is not null && indent + flow.Length <= Width)
                {
                    sb.Append(' ').Append(flow).Append('\n');
                    break;
                }

                if (mapping.Children.Count == 0)
                {
                    sb.Append(" {}\n");
                    break;
                }

                sb.Append('\n');
                foreach (var (key, value) in mapping.Children)
                {
                    sb.Append(' ', indent).Append(((YamlScalarNode)key).Value).Append(':');
                    WriteNode(sb, value, indent + 2, flowAllowed: true);
                }

                break;
            default:
                throw new ArgumentException($"Argument 'node' is a {node.GetType().Name}; only scalars, lists and mappings are written.", nameof(node));
        }
    }

    private static string? FlowMapping(YamlMappingNode mapping)
    {
        var parts = new List<string>();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } k } || !IsPlainSafe(k) || value is not YamlScalarNode { Value: { } v }
                || !(IsPlainSafe(v, allowTyped: ((YamlScalarNode)value).Style == ScalarStyle.Plain) && !v.Contains(',', StringComparison.Ordinal)
                     && !v.Contains('{', StringComparison.Ordinal) && !v.Contains('}', StringComparison.Ordinal) && !v.Contains('[', StringComparison.Ordinal)
                     && !v.Contains(']', StringComparison.Ordinal)))
            {
                return null;
            }

            parts.Add(k + ": " + v);
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    private static bool IsPrintable(string value)
        => value.All(c => c == '\n' || !(char.IsControl(c) || c == '\uFEFF' || c is '\uFFFE' or '\uFFFF'));

    private static bool IsPlainSafe(string value, bool allowTyped = false)
    {
        if (value.Length == 0 || value.Trim() != value || !IsPrintable(value) || value.Contains('\n', StringComparison.Ordinal)
            || (!allowTyped && LooksTyped.IsMatch(value)) || value.Contains('\'', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader("k: " + value + "\n"));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            return root.Children.Count == 1
                && root.Children[new YamlScalarNode("k")] is YamlScalarNode { Style: ScalarStyle.Plain } parsed
                && string.Equals(parsed.Value, value, StringComparison.Ordinal);
        }
        catch (YamlException)
        {
            return false;
        }
    }

    private static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in value)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\uFEFF' or '\uFFFE' or '\uFFFF' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }
}
