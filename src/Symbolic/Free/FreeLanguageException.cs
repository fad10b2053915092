namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The root of the exceptions of the dimension-free layer (<see cref="ShapeException"/>,
/// <see cref="Parsing.ParseException"/>, <see cref="ExpansionLimitException"/>): input that is ill-typed, unreadable or too
/// large to expand. Callers that accept user text catch this one type; every message names the offending input, what it
/// is, and the rule it broke.
/// </summary>
public abstract class FreeLanguageException : Exception
{
    /// <summary>Creates the exception with its full message.</summary>
    /// <param name="message">The message, naming the offending input and the rule broken.</param>
    protected FreeLanguageException(string message)
        : base(message)
    {
    }
}
