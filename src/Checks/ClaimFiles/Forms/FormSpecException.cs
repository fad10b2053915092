namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// An error in the <c>check:</c> mapping of a claim: the message names the file, line and column, the key, the value
/// and the rule broken (<c>tutorial.yaml:14:7: key 'instances' = 'many': must be an integer in 1..1000000</c>).
/// </summary>
public sealed class FormSpecException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The claim file.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">The offending value.</param>
    /// <param name="rule">The rule broken.</param>
    public FormSpecException(string fileName, long line, long column, string key, string value, string rule)
        : base(System.FormattableString.Invariant($"{fileName}:{line}:{column}: key '{key}' = '{value}': {rule}"))
    {
        FileName = fileName;
        Line = line;
        Column = column;
        Key = key;
        Value = value;
        Rule = rule;
    }

    /// <summary>Creates the exception from a message.</summary>
    public FormSpecException()
        : this(string.Empty, 0, 0, string.Empty, string.Empty, "invalid check form")
    {
    }

    /// <summary>Creates the exception from a message.</summary>
    /// <param name="message">The message.</param>
    public FormSpecException(string message)
        : base(message)
    {
        FileName = Key = Value = Rule = string.Empty;
    }

    /// <summary>Creates the exception from a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FormSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = Key = Value = Rule = string.Empty;
    }

    /// <summary>The claim file.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line.</summary>
    public long Line { get; }

    /// <summary>The 1-based column.</summary>
    public long Column { get; }

    /// <summary>The key.</summary>
    public string Key { get; }

    /// <summary>The offending value.</summary>
    public string Value { get; }

    /// <summary>The rule broken.</summary>
    public string Rule { get; }
}
