using System.Text.RegularExpressions;

namespace DeepLinear.Checks.Reports;

/// <summary>
/// The one exponent style of every number a reader sees (console output, Markdown pages): <c>1e-9</c>,
/// <c>3.84615e7</c>, never .NET's <c>1E-09</c>, <c>3.84615E+07</c> or <c>2.93E-012</c>. Numbers are formatted in many
/// places (the checks' evidence, the numeric engine's messages, the reproductions' progress lines); rather than trust
/// every one of them, the sinks of text output rewrite what they pass on with <see cref="Normalize"/>.
/// </summary>
/// <remarks>Machine-read files (plot data CSV, reproduction JSON) keep the round-trip form, which every parser reads.</remarks>
public static partial class ExponentText
{
    /// <summary>
    /// Rewrites every number in exponent form with a capital <c>E</c> (a whole word: digits, an optional fraction,
    /// <c>E</c>, an optional sign and digits) to the short form: lower-case <c>e</c>, no <c>+</c>, no leading zeros in
    /// the exponent. Everything else is left as it is (identifiers such as <c>N5E3</c> are not numbers and stay).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with short exponents.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains('E', StringComparison.Ordinal)
            ? CapitalExponent().Replace(text, m => m.Groups[1].Value + "e" + (m.Groups[2].Value == "-" ? "-" : string.Empty) + m.Groups[3].Value)
            : text;
    }

    [GeneratedRegex(@"\b(\d+(?:\.\d+)?)E([+-]?)0*(\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalExponent();
}
