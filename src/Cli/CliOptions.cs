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

        return option;
    }

    /// <summary>The message of a broken rule, in the same words as <see cref="CliUsageException"/>.</summary>
    public static string Message(string name, string value, string rule) => $"argument '{name}' is '{value}': {rule}.";

    private static string Single(ArgumentResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);
}
