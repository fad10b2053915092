namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// An error in an expression of a claim file: a parse error (with the 0-based character <see cref="Position"/> and what
/// was expected) or an evaluation error (an ill-typed product, sum or function argument, an unknown name), with the
/// offending sub-expression in the message. Evaluation errors are reported by the check forms as shape errors, never
/// as crashes.
/// </summary>
public sealed class ExpressionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and which rule it breaks.</param>
    /// <param name="position">The 0-based character position in the expression text, or −1 when not known.</param>
    public ExpressionException(string message, int position = -1)
        : base(message)
    {
        Position = position;
    }

    /// <summary>Creates the exception (no position).</summary>
    public ExpressionException()
        : this("invalid expression")
    {
    }

    /// <summary>Creates the exception wrapping another.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Position = -1;
    }

    /// <summary>The 0-based character position in the expression text, or −1 when not known.</summary>
    public int Position { get; }
}
