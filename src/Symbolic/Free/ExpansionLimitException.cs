using System.Globalization;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The expansion of an expression into its canonical sum of words would exceed <see cref="CanonicalForm.MaxTerms"/>
/// terms (for example <c>(A + B)^64</c>, which has 2⁶⁴ words): the expression is rejected instead of exhausting memory.
/// </summary>
public sealed class ExpansionLimitException : FreeLanguageException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subexpression">The printed sub-expression whose expansion is too large.</param>
    /// <param name="terms">The number of terms the expansion would have (a lower bound).</param>
    public ExpansionLimitException(string subexpression, long terms)
        : base(string.Create(CultureInfo.InvariantCulture, $"expansion of '{subexpression}' has at least {terms} terms; the limit is {CanonicalForm.MaxTerms} (rule: canonical forms are expanded sums of words)"))
    {
        Subexpression = subexpression;
    }

    /// <summary>The printed sub-expression whose expansion is too large.</summary>
    public string Subexpression { get; }
}
