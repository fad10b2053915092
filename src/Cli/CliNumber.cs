using System.Globalization;

namespace DeepLinear.Cli;

/// <summary>Numbers in command output: invariant culture, a short exponent form (<c>4.07e9</c>, <c>1.5e-9</c>) instead
/// of .NET's <c>E+009</c> / <c>E-09</c>.</summary>
internal static class CliNumber
{
    /// <summary>Formats <paramref name="value"/> with <paramref name="digits"/> significant digits.</summary>
    public static string Format(double value, int digits = 6)
    {
        string text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        int exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return text[..e] + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
