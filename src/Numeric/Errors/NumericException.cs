namespace DeepLinear.Numeric.Errors;

/// <summary>
/// Root of every exception thrown by <c>DeepLinear.Numeric</c>. Messages name the offending argument, its value
/// and the rule it broke.
/// </summary>
public class NumericException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public NumericException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public NumericException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
