using DeepLinear.Checks.ClaimFiles.Expressions;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// Typed, position-aware access to a <c>check:</c> mapping of a claim file: every getter validates its value and throws
/// <see cref="ClaimFileException"/> naming the file, line, key path (<c>claims[ID].check.KEY</c>), value and rule. Keys not read by the form are rejected
/// by <see cref="RejectUnknownKeys"/>, so a misspelt key never passes silently.
/// </summary>
public sealed class FormNode
{
    private readonly HashSet<string> read = new(StringComparer.Ordinal);
    private readonly YamlNode position;

    /// <summary>Wraps a mapping.</summary>
    /// <param name="mapping">The <c>check:</c> mapping.</param>
    /// <param name="claimId">The claim id.</param>
    /// <param name="fileName">The claim file name (for messages).</param>
    /// <param name="position">The node whose position errors about the whole mapping report (default: the mapping;
    /// a negative control's merged mapping reports the control's own position).</param>
    public FormNode(YamlMappingNode mapping, string claimId, string fileName, YamlNode? position = null)
    {
        this.position = position ?? mapping;
        Mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));
        ClaimId = claimId ?? throw new ArgumentNullException(nameof(claimId));
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
    }

    /// <summary>The mapping.</summary>
    public YamlMappingNode Mapping { get; }

    /// <summary>The claim id.</summary>
    public string ClaimId { get; }

    /// <summary>The file name.</summary>
    public string FileName { get; }

    /// <summary>An error at a node.</summary>
    /// <param name="at">The node.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <param name="rule">The rule broken.</param>
    /// <returns>The exception.</returns>
    public ClaimFileException Error(YamlNode? at, string key, string? value, string rule)
    {
        var where = at is null || ReferenceEquals(at, Mapping) ? position : at;
        return new(FileName, (int)where.Start.Line, (int)where.Start.Column, $"claims[{ClaimId}].check.{key}", value, rule);
    }

    /// <summary>Whether the key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether it is present.</returns>
    public bool Has(string key) => Mapping.Children.ContainsKey(new YamlScalarNode(key));

    /// <summary>The raw node of a key, or null.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The node.</returns>
    public YamlNode? Node(string key)
    {
        read.Add(key);
        return Mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }

    /// <summary>A scalar string, or null when absent.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The text.</returns>
    public string? String(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => null,
            YamlScalarNode s => s.Value ?? string.Empty,
            _ => throw Error(node, key, Show(node), "must be a single value (text), not a list or mapping"),
        };
    }

    /// <summary>A required scalar string.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The text.</returns>
    public string RequiredString(string key)
        => String(key) ?? throw Error(Mapping, key, null, "this check form requires it");

    /// <summary>An expression parsed from the value of <paramref name="key"/> (a scalar), with parse errors mapped to the key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="text">The expression text.</param>
    /// <param name="at">The node it sits on.</param>
    /// <returns>The tree.</returns>
    public Expr Expression(string key, string text, YamlNode at)
    {
        try
        {
            return ExpressionParser.Parse(text);
        }
        catch (ExpressionException e)
        {
            throw Error(at, key, text, "is not a valid expression: " + e.Message);
        }
    }

    /// <summary>A number in [min, max], or the default when absent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fallback">The default.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The number.</returns>
    public double Number(string key, double fallback, double min, double max)
    {
        string? text = String(key);
        if (text is null)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) && x >= min && x <= max
            ? x
            : throw Error(Node(key)!, key, text, string.Create(CultureInfo.InvariantCulture, $"must be a number in [{min}, {max}]"));
    }

    /// <summary>An integer in [min, max], or the default when absent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="fallback">The default.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The integer.</returns>
    public int Integer(string key, int fallback, int min, int max)
    {
        string? text = String(key);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int x) && x >= min && x <= max
            ? x
            : throw Error(Node(key)!, key, text, string.Create(CultureInfo.InvariantCulture, $"must be an integer in {min}..{max}"));
    }

    /// <summary>A list of strings (a sequence of scalars, or one scalar), empty when absent.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The strings with their nodes.</returns>
    public IReadOnlyList<(string Text, YamlNode Node)> Strings(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode s:
                return [(s.Value ?? string.Empty, s)];
            case YamlSequenceNode seq:
                return seq.Children.Select(c => c is YamlScalarNode sc
                    ? (sc.Value ?? string.Empty, (YamlNode)sc)
                    : throw Error(c, key, Show(c), "each item must be a single value (text)")).ToList();
            default:
                throw Error(node, key, Show(node), "must be a list of values");
        }
    }

    /// <summary>A mapping of names to scalar strings, in the order written; empty when absent.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<(string Name, string Text, YamlNode Node)> Map(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlMappingNode m:
                return m.Children.Select(p =>
                {
                    string name = p.Key is YamlScalarNode k ? k.Value ?? string.Empty : throw Error(p.Key, key, Show(p.Key), "names must be plain text");
                    return p.Value is YamlScalarNode v
                        ? (name, v.Value ?? string.Empty, (YamlNode)v)
                        : throw Error(p.Value, key + "." + name, Show(p.Value), "must be a single value (an expression)");
                }).ToList();
            default:
                throw Error(node, key, Show(node), "must be a mapping NAME: value");
        }
    }

    /// <summary>Rejects keys this form did not read (other than <paramref name="alsoAllowed"/>).</summary>
    /// <param name="form">The form name (for the message).</param>
    /// <param name="alsoAllowed">Keys handled elsewhere (<c>negative-controls</c>).</param>
    public void RejectUnknownKeys(string form, params string[] alsoAllowed)
    {
        foreach (var (keyNode, value) in Mapping.Children)
        {
            string key = keyNode is YamlScalarNode s ? s.Value ?? string.Empty : Show(keyNode);
            if (!read.Contains(key) && !alsoAllowed.Contains(key))
            {
                throw Error(keyNode, key, Show(value), $"is not a key of the '{form}' form; its keys are: {string.Join(", ", read.Concat(alsoAllowed).Order(StringComparer.Ordinal))}");
            }
        }
    }

    /// <summary>A node in one line for messages.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The text.</returns>
    public static string Show(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? string.Empty,
        YamlSequenceNode q => "[" + string.Join(", ", q.Children.Select(Show)) + "]",
        YamlMappingNode m => "{" + string.Join(", ", m.Children.Select(p => Show(p.Key) + ": " + Show(p.Value))) + "}",
        _ => node?.ToString() ?? string.Empty,
    };
}
