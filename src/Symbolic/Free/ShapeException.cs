namespace DeepLinear.Symbolic.Free;

/// <summary>An ill-typed product, sum, trace or power; the message names the offending sub-expression and the shapes.</summary>
public sealed class ShapeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ShapeException(string subexpression, string message)
        : base($"shape error in '{subexpression}': {message}")
    {
        Subexpression = subexpression;
    }

    /// <summary>The offending sub-expression, printed.</summary>
    public string Subexpression { get; }
}
