using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// Re-evaluates the recorded witness of a refuted <c>identity:</c> claim exactly, for <c>dlv show CLAIM --replay</c>:
/// the witness text of the record (<c>n = 2</c>, <c>A = [[1, 0], [0, 1]]</c>, <c>c = 3/2</c>, one per line, as the
/// prover prints it) is read back into rational matrices and scalars, both sides and every assumption are evaluated by
/// the exact evaluator of the prover (<see cref="FreeEvaluator"/>), and the record stands when the witness meets every
/// assumption and the two sides differ there.
/// </summary>
public static class IdentityWitnessReplay
{
    /// <summary>Re-evaluates the identity at the recorded witness.</summary>
    /// <param name="identity">The identity <c>lhs == rhs</c> as written in the claim file.</param>
    /// <param name="assumptions">The <c>assume:</c> relations.</param>
    /// <param name="witnessText">The recorded witness.</param>
    /// <returns>The replay: <see cref="InstanceReplay.Violation"/> is "left ≠ right" with both exact values when the
    /// witness refutes the identity, null when it does not (or cannot be read; the lines say why).</returns>
    public static InstanceReplay Replay(string identity, IReadOnlyList<string> assumptions, string witnessText)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(assumptions);
        ArgumentNullException.ThrowIfNull(witnessText);
        var lines = new List<string>();
        var (left, right) = FreeParser.ParseIdentity(identity);
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        FreeSymbolNames.Collect(left, symbols);
        FreeSymbolNames.Collect(right, symbols);
        var matrices = new Dictionary<string, RationalMatrix>(StringComparer.Ordinal);
        var scalars = new Dictionary<string, Rational>(StringComparer.Ordinal);
        int? identitySize = null;
        foreach (string raw in witnessText.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = raw.IndexOf(" = ", StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            string name = raw[..eq].Trim().TrimEnd(':'), value = raw[(eq + 3)..].Trim();
            name = name[(name.LastIndexOf(' ') + 1)..];
            if (value.StartsWith("[[", StringComparison.Ordinal) && ParseMatrix(value) is { } m)
            {
                matrices[name] = m;
            }
            else if (Rational.TryParse(value, out var r))
            {
                scalars[name] = r;
                if (!symbols.Contains(name) && name == "n" && r.Denominator.IsOne)
                {
                    identitySize = (int)r.Numerator;
                }
            }
        }

        try
        {
            var l = FreeEvaluator.Evaluate(left, matrices, scalars, identitySize);
            var r = FreeEvaluator.Evaluate(right, matrices, scalars, identitySize);
            foreach (string assumption in assumptions)
            {
                var (al, ar) = FreeParser.ParseIdentity(assumption);
                if (!FreeEvaluator.Evaluate(al, matrices, scalars, identitySize).SameAs(FreeEvaluator.Evaluate(ar, matrices, scalars, identitySize)))
                {
                    lines.Add($"the recorded witness does not meet the assumption {assumption}");
                    return new InstanceReplay(0, true, lines, double.NaN, double.NaN, null);
                }
            }

            lines.Add($"left side at the recorded witness: {Show(l)}");
            lines.Add($"right side at the recorded witness: {Show(r)}");
            return new InstanceReplay(0, true, lines, double.NaN, double.NaN, l.SameAs(r) ? null : $"{Show(l)} ≠ {Show(r)}");
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            lines.Add($"the recorded witness cannot be evaluated: {e.Message}");
            return new InstanceReplay(0, true, lines, double.NaN, double.NaN, null);
        }
    }

    private static string Show(FreeValue v) => v.Matrix?.ToString() ?? v.Scalar?.ToString() ?? v.IdentityMultiple + "·I";

    private static RationalMatrix? ParseMatrix(string text)
    {
        string inner = text.Trim()[1..^1];
        var rows = new List<Rational[]>();
        foreach (string row in inner.Split(']', StringSplitOptions.RemoveEmptyEntries))
        {
            string cells = row.Trim().TrimStart(',').Trim().TrimStart('[');
            if (cells.Length == 0)
            {
                continue;
            }

            var values = new List<Rational>();
            foreach (string cell in cells.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!Rational.TryParse(cell, out var r))
                {
                    return null;
                }

                values.Add(r);
            }

            rows.Add([.. values]);
        }

        if (rows.Count == 0 || rows.Any(r => r.Length != rows[0].Length))
        {
            return null;
        }

        var a = new Rational[rows.Count, rows[0].Length];
        for (int i = 0; i < rows.Count; i++)
        {
            for (int j = 0; j < rows[0].Length; j++)
            {
                a[i, j] = rows[i][j];
            }
        }

        return new RationalMatrix(a);
    }
}
