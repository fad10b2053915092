namespace DeepLinear.Numeric.Errors;

/// <summary>
/// An argument of a numeric routine broke a documented rule (non-finite entry, non-positive dimension, step size ≤ 0,
/// shapes that do not chain, a singular <c>XXᵀ</c> where a bound needs full rank, …).
/// </summary>
public sealed class NumericArgumentException : NumericException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="argument">The name of the offending argument.</param>
    /// <param name="value">A short rendering of its value.</param>
    /// <param name="rule">The rule that the value broke.</param>
    public NumericArgumentException(string argument, string value, string rule)
        : base($"Argument '{argument}' is {value}: {rule}.")
    {
        Argument = argument;
        Value = value;
        Rule = rule;
    }

    /// <summary>The name of the offending argument.</summary>
    public string Argument { get; }

    /// <summary>A short rendering of the offending value.</summary>
    public string Value { get; }

    /// <summary>The rule the value broke.</summary>
    public string Rule { get; }
}
