namespace DeepLinear.Symbolic.Free;

/// <summary>
/// A well-typed expression lies outside what the canonical form can decide (for example the inverse of a sum,
/// <c>inv(A + B)</c>): the prover reports "unknown" with this message rather than guessing.
/// </summary>
public sealed class FreeUnsupportedException : FreeLanguageException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subexpression">The printed sub-expression.</param>
    /// <param name="rule">Why it is outside the decided language.</param>
    public FreeUnsupportedException(string subexpression, string rule)
        : base($"'{subexpression}': {rule}")
    {
        Subexpression = subexpression;
    }

    /// <summary>The printed sub-expression.</summary>
    public string Subexpression { get; }
}
