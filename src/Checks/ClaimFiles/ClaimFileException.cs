namespace DeepLinear.Checks.ClaimFiles;

/// <summary>
/// A claim file broke a rule of the format: the message names the file, the line and column (1-based), the key
/// (a path such as <c>claims[3].kind</c>), the offending value and the rule it broke, in the form
/// <c>file:line:column: key 'claims[3].kind' = 'theorem': the kind must be one of def lemma … text.</c>
/// </summary>
public sealed class ClaimFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file name as given by the caller (never a resolved machine path).</param>
    /// <param name="line">The 1-based line of the offending node (0 when the whole file is concerned).</param>
    /// <param name="column">The 1-based column of the offending node (0 when unknown).</param>
    /// <param name="key">The key path, for example <c>claims[3].check</c>.</param>
    /// <param name="value">The offending value, or <see langword="null"/> when the key is missing.</param>
    /// <param name="rule">The rule broken, as a sentence without the final period.</param>
    public ClaimFileException(string fileName, int line, int column, string key, string? value, string rule)
        : base(Format(fileName, line, column, key, value, rule))
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Key = key;
        Value = value;
        Rule = rule;
    }

    /// <summary>The file name as given.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line (0 when the whole file is concerned).</summary>
    public int Line { get; }

    /// <summary>The 1-based column (0 when unknown).</summary>
    public int Column { get; }

    /// <summary>The key path (<c>paper.key</c>, <c>claims[3].check.code</c>).</summary>
    public string Key { get; }

    /// <summary>The offending value, or <see langword="null"/> when the key is missing.</summary>
    public string? Value { get; }

    /// <summary>The rule broken.</summary>
    public string Rule { get; }

    private static string Format(string fileName, int line, int column, string key, string? value, string rule)
    {
        string where = line > 0 ? $"{fileName}:{line}:{column}" : fileName;
        string what = value is null ? $"key '{key}' is missing" : $"key '{key}' = '{Shorten(value)}'";
        return $"{where}: {what}: {rule}.";
    }

    private static string Shorten(string value)
    {
        string oneLine = value.ReplaceLineEndings(" ");
        return oneLine.Length <= 80 ? oneLine : string.Concat(oneLine.AsSpan(0, 77), "…");
    }
}
