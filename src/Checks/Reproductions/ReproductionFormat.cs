using System.Text.RegularExpressions;

namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// Number and text formatting of the reproductions: invariant culture, LaTeX math for Markdown, and a plain-text
/// rendering of that math for terminals.
/// </summary>
public static partial class ReproductionFormat
{
    private static readonly (string Macro, string Plain)[] Macros =
    [
        ("\\cdots", "⋯"), ("\\cdot", "·"), ("\\mathbb{R}", "ℝ"), ("\\frac{1}{2}", "½"), ("\\times", "×"), ("\\eta", "η"), ("\\gamma", "γ"), ("\\delta", "δ"), ("\\sigma", "σ"),
        ("\\Sigma", "Σ"), ("\\lambda", "λ"), ("\\alpha", "α"), ("\\Phi", "Φ"), ("\\Xi", "Ξ"), ("\\xi", "ξ"),
        ("\\le", "≤"), ("\\ge", "≥"), ("\\approx", "≈"), ("\\to", "→"), ("\\infty", "∞"), ("\\Vert", "‖"),
        ("\\lVert", "‖"), ("\\rVert", "‖"), ("\\min", "min"), ("\\max", "max"), ("\\in", "∈"), ("\\pm", "±"),
        ("\\tilde", "~"), ("\\widetilde", "~"), ("\\log", "log"), ("\\ne", "≠"),
        ("\\top", "ᵀ"), ("\\ldots", "…"), ("\\;", " "), ("\\,", " "), ("\\quad", "  "), ("\\sum", "Σ"), ("\\sqrt", "√"),
    ];

    /// <summary>
    /// A number in LaTeX (no <c>$</c>): <c>7.73 \cdot 10^{-4}</c> for magnitudes below 10⁻² or from 10⁴ on, otherwise
    /// <paramref name="digits"/> significant digits; non-finite values as <c>\infty</c> / <c>\text{NaN}</c>.
    /// </summary>
    public static string Sci(double value, int digits = 3)
    {
        if (double.IsNaN(value))
        {
            return "\\text{NaN}";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "\\infty" : "-\\infty";
        }

        if (value == 0)
        {
            return "0";
        }

        double magnitude = Math.Abs(value);
        if (magnitude >= 1e-2 && magnitude < 1e4)
        {
            return value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        int exponent = (int)Math.Floor(Math.Log10(magnitude));
        double mantissa = value / Math.Pow(10, exponent);
        if (Math.Abs(Math.Round(mantissa, digits - 1)) >= 10)
        {
            exponent++;
            mantissa /= 10;
        }

        string m = mantissa.ToString("F" + (digits - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return m + " \\cdot 10^{" + exponent.ToString(CultureInfo.InvariantCulture) + "}";
    }

    /// <summary><see cref="Sci"/> wrapped in <c>$…$</c>.</summary>
    public static string M(double value, int digits = 3) => "$" + Sci(value, digits) + "$";

    /// <summary>A number in the invariant culture with <paramref name="digits"/> significant digits (plain text; ±∞ as ∞).</summary>
    public static string G(double value, int digits = 4) => double.IsInfinity(value)
        ? (value > 0 ? "∞" : "−∞")
        : value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An integer in the invariant culture.</summary>
    public static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A plain-text rendering of Markdown with <c>$…$</c> math for terminals: the dollar signs go, common macros become
    /// Unicode, <c>^{…}</c> and <c>_{…}</c> lose their braces.
    /// </summary>
    public static string ToPlain(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = new StringBuilder(markdown.Replace("$", string.Empty, StringComparison.Ordinal));
        foreach (var (macro, plain) in Macros.OrderByDescending(m => m.Macro.Length))
        {
            text.Replace(macro, plain);
        }

        string result = TextMacro().Replace(text.ToString(), m => m.Groups[1].Value);
        result = BraceGroup().Replace(result, m => m.Groups[1].Value + m.Groups[2].Value);
        return result.Replace("\\{", "{", StringComparison.Ordinal).Replace("\\}", "}", StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"([\^_])\{([^{}]*)\}")]
    private static partial Regex BraceGroup();

    [GeneratedRegex(@"\\(?:text|mathrm|operatorname)\{([^{}]*)\}")]
    private static partial Regex TextMacro();
}
