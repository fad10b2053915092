namespace DeepLinear.Symbolic.Parsing;

/// <summary>A syntax error: the 0-based position in the input and what was expected there.</summary>
public sealed class ParseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ParseException(int position, string expected, string found)
        : base($"parse error at position {position}: expected {expected}, found {found}")
    {
        Position = position;
        Expected = expected;
    }

    /// <summary>The 0-based position.</summary>
    public int Position { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }
}
