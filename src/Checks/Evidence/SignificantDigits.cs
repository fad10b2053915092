namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Rounds numbers to a stated number of significant digits for the verdict table and its snapshot, in the invariant
/// culture, so that evidence that differs only below that precision renders identically.
/// </summary>
public static class SignificantDigits
{
    /// <summary>Formats <paramref name="value"/> with <paramref name="digits"/> significant digits
    /// (<c>0.000123456</c> → <c>0.000123</c>, <c>1234.5</c> → <c>1230</c>, <c>0.5</c> → <c>0.500</c>,
    /// <c>1.2e-7</c> → <c>1.20e-07</c>; magnitudes outside [10⁻⁴, 10⁶) in exponent form); NaN and infinities as
    /// <c>NaN</c>, <c>inf</c>, <c>-inf</c>; zero (of either sign) as <c>0</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="digits">The number of significant digits, 1 to 15.</param>
    /// <returns>The rounded text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is outside 1 to 15.</exception>
    public static string Format(double value, int digits = 3)
    {
        if (digits is < 1 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, $"Argument 'digits' = {digits} must lie in 1 to 15.");
        }

        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return "0";
        }

        double rounded = double.Parse(value.ToString("E" + (digits - 1), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        double magnitude = Math.Abs(rounded);
        if (magnitude is >= 1e-4 and < 1e6)
        {
            int exponent = (int)Math.Floor(Math.Log10(magnitude));
            int decimals = Math.Max(0, digits - 1 - exponent);
            return rounded.ToString("F" + decimals, CultureInfo.InvariantCulture);
        }

        return rounded.ToString("0." + new string('0', digits - 1) + "e+00", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats an integer count exactly.</summary>
    /// <param name="value">The count.</param>
    /// <returns>The digits.</returns>
    public static string Count(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
