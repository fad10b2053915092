namespace DeepLinear.Symbolic.Free;

/// <summary>
/// An ill-typed product (inner dimensions differ), sum (shapes differ), trace or power (not square); the message names
/// the offending sub-expression and the shapes involved.
/// </summary>
public sealed class ShapeException : FreeLanguageException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subexpression">The printed offending sub-expression.</param>
    /// <param name="message">What is wrong with its shapes.</param>
    public ShapeException(string subexpression, string message)
        : base($"shape error in '{subexpression}': {message}")
    {
        Subexpression = subexpression;
    }

    /// <summary>The offending sub-expression, printed.</summary>
    public string Subexpression { get; }
}
