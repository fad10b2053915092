using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace DeepLinear.Cli;

/// <summary>
/// The one validation layer of <c>dlv</c>'s option values. Every numeric, seed, choice and output-folder option is built
/// here with a parser that checks the value's rule while the command line is parsed — before any work starts — and
/// reports a broken rule as <c>argument '--option' is 'value': rule.</c> (no .NET type names, no internal names).
/// </summary>
/// <remarks>
/// Implementation note: System.CommandLine calls a <see cref="Option{T}.CustomParser"/> only for values given on the
/// command line; defaults come from <see cref="Option{T}.DefaultValueFactory"/> and are valid by construction (output
/// folders that are defaults are checked by the command with <see cref="OutputFolder.Require"/>).
/// </remarks>
internal static class CliOptions
{
    /// <summary>The largest seed: 2⁵³ − 1, so that every seed is an exact JSON number (IEEE double).</summary>
    public const ulong MaxSeed = (1UL << 53) - 1;

    /// <summary>An integer option whose value must lie in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static Option<int> Integer(string name, string description, int defaultValue, int min, int max, string? rule = null)
    {
        string text = rule ?? $"must be an integer in [{Format(min)}, {Format(max)}]";
        return new Option<int>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string value = Single(result);
                if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v) && v >= min && v <= max)
                {
                    return (int)v;
                }

                result.AddError(Message(name, value, text));
                return defaultValue;
            },
        };
    }

    /// <summary>A seed option: a whole number in [0, 2⁵³ − 1] (<see cref="MaxSeed"/>), or in [0, <paramref name="max"/>] when smaller.</summary>
    public static Option<ulong> Seed(string name, string description, ulong defaultValue, ulong max = MaxSeed)
    {
        string rule = $"must be a whole number in [0, {max.ToString(CultureInfo.InvariantCulture)}]";
        return new Option<ulong>(name)
        {
            Description = description,
            HelpName = "S",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string value = Single(result);
                if (ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v) && v <= max)
                {
                    return v;
                }

                result.AddError(Message(name, value, rule));
                return defaultValue;
            },
        };
    }

    /// <summary>A 32-bit seed option (commands whose generators take an <see cref="int"/> seed): a whole number in [0, 2³¹ − 1].</summary>
    public static Option<int> SmallSeed(string name, string description, int defaultValue)
        => Integer(name, description, defaultValue, 0, int.MaxValue, $"must be a whole number in [0, {Format(int.MaxValue)}]");

    /// <summary>A finite number option whose value must lie in [<paramref name="min"/>, <paramref name="max"/>] (or
    /// (<paramref name="min"/>, <paramref name="max"/>] when <paramref name="minExclusive"/>).</summary>
    public static Option<double> Number(string name, string description, double defaultValue, double min, double max, bool minExclusive = false)
    {
        string rule = $"must be a number in {(minExclusive ? "(" : "[")}{Format(min)}, {Format(max)}]";
        return new Option<double>(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string value = Single(result);
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
                    && double.IsFinite(v) && (minExclusive ? v > min : v >= min) && v <= max)
                {
                    return v;
                }

                result.AddError(Message(name, value, rule));
                return defaultValue;
            },
        };
    }

    /// <summary>An option whose value must be one of <paramref name="values"/>.</summary>
    public static Option<string> OneOf(string name, string description, string? defaultValue, IReadOnlyList<string> values, bool required = false)
    {
        string rule = "must be one of " + string.Join(", ", values);
        var option = new Option<string>(name)
        {
            Description = description,
            HelpName = string.Join("|", values),
            Required = required,
            CustomParser = result =>
            {
                string value = Single(result);
                if (values.Contains(value, StringComparer.Ordinal))
                {
                    return value;
                }

                result.AddError(Message(name, value, rule));
                return defaultValue;
            },
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return option;
    }

    /// <summary>An output-folder option: the value must name a folder that is, or can be created as, a writable folder
    /// (see <see cref="OutputFolder.Check"/>).</summary>
    public static Option<string?> OutputFolderOption(string name, string description, string? defaultValue, bool required = false)
    {
        var option = new Option<string?>(name)
        {
            Description = description,
            HelpName = "DIR",
            Required = required,
            CustomParser = result =>
            {
                string value = Single(result);
                if (OutputFolder.Check(value) is { } rule)
                {
                    result.AddError(Message(name, value, rule));
                }

                return value;
            },
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        return OutputFolder.MarkOutput(option);
    }

    /// <summary>A nullable seed option (null when not given): a whole number in [0, 2⁵³ − 1].</summary>
    public static Option<ulong?> OptionalSeed(string name, string description)
    {
        string rule = $"must be a whole number in [0, {MaxSeed.ToString(CultureInfo.InvariantCulture)}]";
        return new Option<ulong?>(name)
        {
            Description = description,
            HelpName = "S",
            CustomParser = result =>
            {
                string value = Single(result);
                if (ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong v) && v <= MaxSeed)
                {
                    return v;
                }

                result.AddError(Message(name, value, rule));
                return null;
            },
        };
    }

    /// <summary>An option naming one or more input files: each value must be an existing, readable file.</summary>
    public static Option<string[]> InputFiles(string name, string description)
        => new(name)
        {
            Description = description,
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = result =>
            {
                var values = result.Tokens.Select(t => t.Value).ToArray();
                foreach (string value in values)
                {
                    if (InputFileRule(value) is { } rule)
                    {
                        result.AddError(Message(name, value, rule));
                    }
                }

                return values;
            },
        };

    /// <summary>An option naming one input file: the value must be an existing, readable file.</summary>
    public static Option<string?> InputFile(string name, string description)
        => new(name)
        {
            Description = description,
            HelpName = "FILE",
            CustomParser = result =>
            {
                string value = Single(result);
                if (InputFileRule(value) is { } rule)
                {
                    result.AddError(Message(name, value, rule));
                }

                return value;
            },
        };

    /// <summary>An option naming an existing file or folder to read from.</summary>
    public static Option<string?> InputFileOrFolder(string name, string description)
        => new(name)
        {
            Description = description,
            HelpName = "DIR|FILE",
            CustomParser = result =>
            {
                string value = Single(result);
                if (!Directory.Exists(value) && InputFileRule(value) is { } rule)
                {
                    result.AddError(Message(name, value, "must be an existing folder or " + rule.Replace("must be ", string.Empty, StringComparison.Ordinal)));
                }

                return value;
            },
        };

    /// <summary>An option naming a file to write: not empty, not an existing folder or device, in a folder that is, or
    /// can be created as, a writable folder (<see cref="OutputFolder.Check"/>).</summary>
    public static Option<string?> OutputFile(string name, string description)
        => OutputFolder.MarkOutput(new Option<string?>(name)
        {
            Description = description,
            HelpName = "FILE",
            CustomParser = result =>
            {
                string value = Single(result);
                if (OutputFileRule(value) is { } rule)
                {
                    result.AddError(Message(name, value, rule));
                }

                return value;
            },
        });

    /// <summary>The rule an input file path breaks, or null.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The rule in words, or null.</returns>
    public static string? InputFileRule(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "must name a file (it is empty)";
        }

        if (Directory.Exists(path))
        {
            return "must be a file, but it is a folder";
        }

        if (!File.Exists(path))
        {
            return "must be an existing file (there is none at that path)";
        }

        try
        {
            using var stream = File.OpenRead(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "must be a file this user can read (opening it was refused)";
        }
    }

    /// <summary>The rule an output file path breaks, or null.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The rule in words, or null.</returns>
    public static string? OutputFileRule(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "must name a file (it is empty)";
        }

        if (Directory.Exists(path))
        {
            return "must be a file, but it is a folder";
        }

        if (File.Exists(path) && (File.GetAttributes(path) & FileAttributes.Device) != 0 || path.StartsWith("/dev/", StringComparison.Ordinal))
        {
            return "must be a regular file, not a device";
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "must be a valid path";
        }

        string folder = Path.GetDirectoryName(full) ?? full;
        return OutputFolder.Check(folder) is { } rule ? "must lie in a usable folder: the folder " + rule : null;
    }

    /// <summary>The message of a broken rule, in the same words as <see cref="CliUsageException"/>.</summary>
    public static string Message(string name, string value, string rule) => $"argument '{name}' is '{value}': {rule}.";

    private static string Single(ArgumentResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
