using System.Text.RegularExpressions;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The templates of an identity stated over a depth range (<c>depths: { N: 1..8 }</c> on the <c>identity:</c> form):
/// indexed symbols <c>W_{j}</c> whose index is an integer expression in the depth name (and, in a <c>shapes:</c> key,
/// the layer index <c>j</c>), and the chain <c>W_{N} * ... * W_{1}</c>, written out factor by factor for each depth.
/// </summary>
/// <remarks>
/// Rules, at a depth N = n: <c>{e}</c> is replaced by the value of <c>e</c>, a sum and difference of integers and the
/// names <c>N</c> (the depth name) and <c>j</c> (shape keys only), which must be ≥ 0 (<c>d_{j-1}</c> → <c>d_0</c> at
/// j = 1). <c>X_{a} * ... * X_{b}</c> (also <c>…</c> or <c>⋯</c> for the dots) becomes X_a·X_{a∓1}⋯X_b, stepping by one
/// from a to b. A <c>shapes:</c> key that uses <c>j</c> declares one symbol for each j = 1…n
/// (<c>"W_{j}": "d_{j} x d_{j-1}"</c>).
/// </remarks>
internal static class DepthTemplate
{
    /// <summary>The name of the layer index in a <c>shapes:</c> key.</summary>
    public const string LayerIndex = "j";

    private static readonly Regex Chain = new(
        @"(?<x>[A-Za-z][A-Za-z0-9]*)_\{(?<a>[^{}]*)\}\s*\*\s*(?:\.\.\.|…|⋯)\s*\*\s*\k<x>_\{(?<b>[^{}]*)\}",
        RegexOptions.CultureInvariant);

    private static readonly Regex Brace = new(@"\{(?<e>[^{}]*)\}", RegexOptions.CultureInvariant);

    private static readonly Regex Term = new(@"\G\s*(?<sign>[+-])?\s*(?<t>[0-9]+|[A-Za-z_][A-Za-z0-9_]*)\s*", RegexOptions.CultureInvariant);

    /// <summary>Whether the text uses the layer index <c>j</c> in a brace.</summary>
    /// <param name="text">A shapes key.</param>
    /// <returns>True when some <c>{…}</c> names j.</returns>
    public static bool UsesLayerIndex(string text)
        => Brace.Matches(text).Any(m => Regex.IsMatch(m.Groups["e"].Value, @"(?<![A-Za-z0-9_])j(?![A-Za-z0-9_])", RegexOptions.CultureInvariant));

    /// <summary>Expands chains and braces at the given values.</summary>
    /// <param name="text">The template.</param>
    /// <param name="values">The integer names (the depth name; <c>j</c> in a shapes key).</param>
    /// <returns>The text with every template written out.</returns>
    /// <exception cref="FormatException">A brace is not an integer expression in the given names, or its value is
    /// negative.</exception>
    public static string Expand(string text, IReadOnlyDictionary<string, int> values)
    {
        string chains = Chain.Replace(text, m =>
        {
            int a = Evaluate(m.Groups["a"].Value, values), b = Evaluate(m.Groups["b"].Value, values);
            int step = a >= b ? -1 : 1;
            var factors = new List<string>();
            for (int i = a; i != b + step; i += step)
            {
                factors.Add(m.Groups["x"].Value + "_" + i.ToString(CultureInfo.InvariantCulture));
            }

            return string.Join(" * ", factors);
        });
        return Brace.Replace(chains, m => Evaluate(m.Groups["e"].Value, values).ToString(CultureInfo.InvariantCulture));
    }

    private static int Evaluate(string expression, IReadOnlyDictionary<string, int> values)
    {
        int position = 0, value = 0;
        bool first = true;
        while (position < expression.Length)
        {
            var m = Term.Match(expression, position);
            if (!m.Success || m.Length == 0 || (!first && !m.Groups["sign"].Success))
            {
                throw new FormatException($"'{{{expression}}}' must be a sum or difference of integers and the names {string.Join(", ", values.Keys)}");
            }

            string t = m.Groups["t"].Value;
            int term = int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out int literal) ? literal
                : values.TryGetValue(t, out int named) ? named
                : throw new FormatException($"'{{{expression}}}' names '{t}'; only integers and {string.Join(", ", values.Keys)} may appear");
            value += m.Groups["sign"].Value == "-" ? -term : term;
            position += m.Length;
            first = false;
        }

        return first
            ? throw new FormatException("'{}' is empty; write an index such as {N} or {j-1}")
            : value < 0 ? throw new FormatException($"'{{{expression}}}' is {value} < 0; an index must be ≥ 0") : value;
    }
}
