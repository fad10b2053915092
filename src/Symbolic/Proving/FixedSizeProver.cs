using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// Entry-wise proofs for fixed sizes: when every symbol has integer dimensions, each matrix symbol becomes a matrix of
/// independent variables (a symmetric one has <c>s_ij = s_ji</c>, a skew one <c>k_ij = −k_ji</c> and a zero diagonal),
/// each scalar symbol a variable, and both sides are evaluated to matrices of polynomials over ℚ with the exact
/// polynomial engine. Equal entries prove the identity for those sizes and all real values (2×2 Cayley–Hamilton,
/// Amitsur–Levitzki for 2×2, the Hall identity); the scope is then <see cref="Derivations.ProofScope.EntrywiseGivenDimensions"/>.
/// Inverses and other hypotheses are outside this engine (null is returned).
/// </summary>
internal static class FixedSizeProver
{
    /// <summary>The most variables (matrix entries) the entry-wise engine accepts.</summary>
    public const int MaxVariables = 96;

    /// <summary>The most terms any intermediate entry may reach before the attempt is abandoned.</summary>
    public const int MaxTermsPerEntry = 20_000;

    /// <summary>True when both sides have equal entries, false when they differ, null when the engine does not apply.</summary>
    public static bool? EntrywiseEqual(FreeExpr left, FreeExpr right, ShapeEnvironment env, IReadOnlyCollection<string> symbols)
    {
        if (env.DefaultIdentitySize is not null && symbols.Any(s => !env.IsScalar(s) && !env.IsDimension(s) && !env.Declared.Contains(s)))
        {
            return null; // an undeclared symbol has the symbolic size n
        }

        var names = new VariableNames();
        var matrices = new Dictionary<string, SymbolicMatrix>(StringComparer.Ordinal);
        var scalars = new Dictionary<string, Polynomial>(StringComparer.Ordinal);
        int count = 0;
        foreach (var s in symbols)
        {
            if (env.IsDimension(s))
            {
                return null;
            }

            if (env.IsScalar(s))
            {
                scalars[s] = Polynomial.Variable(names.Fresh(s, s));
                count++;
                continue;
            }

            var shape = env.ShapeOf(s);
            if (!int.TryParse(shape.Rows, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int r)
                || !int.TryParse(shape.Columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int c))
            {
                return null;
            }

            count += r * c;
            if (count > MaxVariables)
            {
                return null;
            }

            var fresh = SymbolicMatrix.Fresh(names, s, s, r, c);
            int sign = env.TransposeSign(s);
            matrices[s] = sign == 0 ? fresh : SymbolicMatrix.Build(r, c, (i, j) => i < j ? fresh[i, j] : i == j ? (sign > 0 ? fresh[i, i] : Polynomial.Zero) : (sign > 0 ? fresh[j, i] : -fresh[j, i]));
        }

        try
        {
            var a = Evaluate(left, matrices, scalars);
            var b = Evaluate(right, matrices, scalars);
            return Same(a, b);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // A value: a matrix, a scalar polynomial, or c·I of undetermined size (Identity set, Scalar = c).
    private sealed record Value(SymbolicMatrix? Matrix, Polynomial? Scalar, bool Identity);

    private static bool Same(Value a, Value b)
    {
        if (a.Matrix is not null && b.Matrix is not null)
        {
            return a.Matrix.Equals(b.Matrix);
        }

        if (a.Matrix is null && b.Matrix is null)
        {
            return a.Scalar!.Equals(b.Scalar);
        }

        var m = a.Matrix ?? b.Matrix!;
        var s = a.Matrix is null ? a : b;
        if (m.Rows == 1 && m.Columns == 1 && !s.Identity)
        {
            return m[0, 0].Equals(s.Scalar);
        }

        return s.Scalar!.IsZero ? m.IsZero : m.Rows == m.Columns && m.Equals(SymbolicMatrix.Build(m.Rows, m.Rows, (i, j) => i == j ? s.Scalar : Polynomial.Zero));
    }

    private static Value Evaluate(FreeExpr e, Dictionary<string, SymbolicMatrix> matrices, Dictionary<string, Polynomial> scalars)
    {
        Value Eval(FreeExpr x) => Evaluate(x, matrices, scalars);
        switch (e)
        {
            case FreeSymbol s when scalars.TryGetValue(s.Name, out var p):
                return new Value(null, p, false);
            case FreeSymbol s:
                return new Value(matrices[s.Name], null, false);
            case FreeIdentity:
                return new Value(null, Polynomial.One, true);
            case FreeNumber n:
                return new Value(null, Polynomial.Constant(n.Value), false);
            case FreeTranspose t:
                {
                    var v = Eval(t.Operand);
                    return v.Matrix is not null ? new Value(v.Matrix.Transpose(), null, false) : v;
                }

            case FreeScale c:
                return Scale(Polynomial.Constant(c.Coefficient), Eval(c.Operand));
            case FreeTrace tr:
                {
                    var v = Eval(tr.Operand);
                    return v.Matrix is not null ? new Value(null, v.Matrix.Trace(), false) : v.Identity ? throw new NotSupportedException() : v;
                }

            case FreePower pw:
                {
                    var v = Eval(pw.Operand);
                    var result = v.Matrix is not null ? new Value(SymbolicMatrix.Identity(v.Matrix.Rows), null, false) : new Value(null, Polynomial.One, v.Identity);
                    for (int k = 0; k < pw.Exponent; k++)
                    {
                        result = Multiply(result, v);
                    }

                    return result;
                }

            case FreeProduct prod:
                return prod.Factors.Select(Eval).Aggregate(new Value(null, Polynomial.One, true), Multiply);
            case FreeSum sum:
                return sum.Terms.Select(Eval).Aggregate(Add);
            default:
                throw new NotSupportedException(); // inverses: not polynomial
        }
    }

    private static Value Scale(Polynomial c, Value v) =>
        v.Matrix is not null ? new Value(Guard(c * v.Matrix), null, false) : new Value(null, c * v.Scalar!, v.Identity);

    private static Value Multiply(Value a, Value b)
    {
        if (a.Matrix is null)
        {
            return b.Matrix is null ? new Value(null, a.Scalar! * b.Scalar!, a.Identity && b.Identity) : Scale(a.Scalar!, b);
        }

        if (b.Matrix is null)
        {
            return Scale(b.Scalar!, a);
        }

        if (a.Matrix.Columns != b.Matrix.Rows)
        {
            return a.Matrix.Rows == 1 && a.Matrix.Columns == 1 ? Scale(a.Matrix[0, 0], b) : Scale(b.Matrix[0, 0], a);
        }

        return new Value(Guard(a.Matrix * b.Matrix), null, false);
    }

    private static Value Add(Value a, Value b)
    {
        if (a.Matrix is not null && b.Matrix is not null)
        {
            return new Value(a.Matrix + b.Matrix, null, false);
        }

        if (a.Matrix is null && b.Matrix is null)
        {
            return new Value(null, a.Scalar! + b.Scalar!, a.Identity && b.Identity);
        }

        var m = a.Matrix ?? b.Matrix!;
        var s = a.Matrix is null ? a : b;
        if (m.Rows == 1 && m.Columns == 1 && !s.Identity)
        {
            return new Value(null, m[0, 0] + s.Scalar!, false);
        }

        return s.Scalar!.IsZero ? new Value(m, null, false) : new Value(m + SymbolicMatrix.Build(m.Rows, m.Rows, (i, j) => i == j ? s.Scalar : Polynomial.Zero), null, false);
    }

    private static SymbolicMatrix Guard(SymbolicMatrix m)
    {
        for (int i = 0; i < m.Rows; i++)
        {
            for (int j = 0; j < m.Columns; j++)
            {
                if (m[i, j].TermCount > MaxTermsPerEntry)
                {
                    throw new NotSupportedException();
                }
            }
        }

        return m;
    }
}
