using System.Globalization;
using DeepLinear.Symbolic.Free;

namespace DeepLinear.Symbolic.Parsing;

/// <summary>A syntax error in the dimension-free language: the 0-based position in the input, what was expected there and what was found.</summary>
public sealed class ParseException : FreeLanguageException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="position">The 0-based position in the input (the input length for "end of input").</param>
    /// <param name="expected">What the grammar expects at <paramref name="position"/>.</param>
    /// <param name="found">What was found there, quoted, or "the end of the input".</param>
    public ParseException(int position, string expected, string found)
        : base(string.Create(CultureInfo.InvariantCulture, $"parse error at position {position}: expected {expected}, found {found}"))
    {
        Position = position;
        Expected = expected;
        Found = found;
    }

    /// <summary>The 0-based position.</summary>
    public int Position { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }

    /// <summary>What was found at <see cref="Position"/>.</summary>
    public string Found { get; }
}
