using System.Globalization;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Entrywise;

/// <summary>
/// Decides an identity <c>lhs = rhs</c> of polynomial matrices: proved when every entry of <c>lhs − rhs</c> is the zero
/// polynomial in canonical form; otherwise refuted with a witness found by evaluating the nonzero difference at seeded
/// small-integer points (a nonzero polynomial of degree d vanishes on at most a d/|S| fraction of Sⁿ, Schwartz–Zippel)
/// and confirmed by evaluating both sides separately, exactly. Never "proved" without canonical equality, never
/// "refuted" without a checked witness.
/// </summary>
public static class EntrywiseIdentity
{
    /// <summary>Compares <paramref name="lhs"/> and <paramref name="rhs"/> entry by entry.</summary>
    public static EntrywiseOutcome Check(SymbolicMatrix lhs, SymbolicMatrix rhs, VariableNames? names = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(lhs);
        ArgumentNullException.ThrowIfNull(rhs);
        if (lhs.Rows != rhs.Rows || lhs.Columns != rhs.Columns)
        {
            return new EntrywiseOutcome(false, $"shape error: left is {lhs.Rows}×{lhs.Columns}, right is {rhs.Rows}×{rhs.Columns}", null, -1, -1, Rational.Zero, Rational.Zero);
        }

        for (int i = 0; i < lhs.Rows; i++)
        {
            for (int j = 0; j < lhs.Columns; j++)
            {
                var difference = lhs[i, j] - rhs[i, j];
                if (difference.IsZero)
                {
                    continue;
                }

                var variables = difference.Variables();
                int range = Math.Max(3, difference.Degree + 1);
                var random = new Random(seed);
                for (int attempt = 0; attempt < 200; attempt++)
                {
                    var point = variables.ToDictionary(v => v, _ => (Rational)random.Next(-range, range + 1));
                    Rational Value(int v) => point.TryGetValue(v, out var x) ? x : Rational.Zero;
                    var left = lhs[i, j].Evaluate(Value);
                    var right = rhs[i, j].Evaluate(Value);
                    if (left != right)
                    {
                        var witness = point.ToDictionary(kv => names?.Text(kv.Key) ?? "x" + kv.Key.ToString(CultureInfo.InvariantCulture), kv => kv.Value);
                        return new EntrywiseOutcome(false, $"refuted at entry ({i + 1}, {j + 1}): left = {left}, right = {right} at the witness", witness, i, j, left, right);
                    }
                }

                return new EntrywiseOutcome(false, $"entry ({i + 1}, {j + 1}) differs symbolically but no witness was found in 200 attempts (unknown)", null, i, j, Rational.Zero, Rational.Zero);
            }
        }

        return new EntrywiseOutcome(true, $"all {lhs.Rows * lhs.Columns} entries agree in canonical form", null, -1, -1, Rational.Zero, Rational.Zero);
    }
}
