using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// Evaluates an expression tree exactly at rational matrices (independently of <see cref="CanonicalForm"/>, so a
/// witness found for a false identity is re-checked by a different computation). Values are matrices, scalars, or
/// multiples of an identity whose size the context decides. Dimension names used as scalars are looked up among the
/// scalars; a 1×1 matrix acts as a scalar where sizes would otherwise not fit.
/// </summary>
public static class FreeEvaluator
{
    /// <summary>Evaluates <paramref name="e"/> with matrices for matrix symbols and rationals for scalar symbols.</summary>
    /// <param name="e">The expression (assumed well-typed for the given matrices).</param>
    /// <param name="matrices">The value of every matrix symbol.</param>
    /// <param name="scalars">The value of every scalar symbol.</param>
    /// <param name="identitySize">The size of an identity no context determines, as in <c>tr(I)</c> (null: such a trace is an error).</param>
    /// <exception cref="KeyNotFoundException">If a symbol has no value.</exception>
    /// <exception cref="InvalidOperationException">If <c>tr(c·I)</c> occurs and <paramref name="identitySize"/> is null.</exception>
    /// <exception cref="ArgumentException">If the matrices' sizes do not fit a product or sum.</exception>
    /// <exception cref="ArithmeticException">If an inverse is taken of a singular matrix or of 0.</exception>
    public static FreeValue Evaluate(FreeExpr e, IReadOnlyDictionary<string, RationalMatrix> matrices, IReadOnlyDictionary<string, Rational> scalars, int? identitySize = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(matrices);
        ArgumentNullException.ThrowIfNull(scalars);
        FreeValue Eval(FreeExpr x) => Evaluate(x, matrices, scalars, identitySize);
        switch (e)
        {
            case FreeSymbol s when scalars.TryGetValue(s.Name, out var x):
                return new FreeValue(null, x, null);
            case FreeSymbol s:
                return new FreeValue(matrices.TryGetValue(s.Name, out var m) ? m : throw new KeyNotFoundException($"no value for symbol '{s.Name}'"), null, null);
            case FreeIdentity:
                return new FreeValue(null, null, Rational.One);
            case FreeNumber n:
                return new FreeValue(null, n.Value, null);
            case FreeInverse inv:
                {
                    var v = Eval(inv.Operand);
                    if (v.Matrix is not null)
                    {
                        return new FreeValue(v.Matrix.Inverse() ?? throw new ArithmeticException($"'{inv.Operand}' is singular at these values"), null, null);
                    }

                    var c = v.Scalar ?? v.IdentityMultiple!.Value;
                    if (c.IsZero)
                    {
                        throw new ArithmeticException($"'{inv.Operand}' is 0 at these values");
                    }

                    return v.Scalar is not null ? new FreeValue(null, c.Reciprocal(), null) : new FreeValue(null, null, c.Reciprocal());
                }

            case FreeTranspose t:
                {
                    var v = Eval(t.Operand);
                    return v.Matrix is not null ? new FreeValue(v.Matrix.Transpose(), null, null) : v;
                }

            case FreeScale c:
                return Scale(c.Coefficient, Eval(c.Operand));
            case FreeTrace tr:
                {
                    var v = Eval(tr.Operand);
                    return v.Matrix is not null
                        ? new FreeValue(null, v.Matrix.Trace(), null)
                        : v.Scalar is not null ? v
                        : identitySize is { } n ? new FreeValue(null, v.IdentityMultiple!.Value * n, null)
                        : throw new InvalidOperationException($"FreeEvaluator.Evaluate: argument 'identitySize' is null but '{tr}' traces a multiple of I; rule: tr(I) needs the size of I");
                }

            case FreePower p:
                {
                    var v = Eval(p.Operand);
                    var result = v.Matrix is not null ? new FreeValue(RationalMatrix.Identity(v.Matrix.Rows, Rational.One), null, null) : v.Scalar is not null ? new FreeValue(null, Rational.One, null) : new FreeValue(null, null, Rational.One);
                    for (int k = 0; k < p.Exponent; k++)
                    {
                        result = Multiply(result, v);
                    }

                    return result;
                }

            case FreeProduct prod:
                return prod.Factors.Select(f => Eval(f)).Aggregate(new FreeValue(null, null, Rational.One), Multiply);
            case FreeSum sum:
                return sum.Terms.Select(t => Eval(t)).Aggregate(Add);
            default:
                throw new InvalidOperationException("unknown expression node " + e);
        }
    }

    private static FreeValue Scale(Rational c, FreeValue v) =>
        v.Matrix is not null ? new FreeValue(c * v.Matrix, null, null) : v.Scalar is { } s ? new FreeValue(null, c * s, null) : new FreeValue(null, null, c * v.IdentityMultiple!.Value);

    private static FreeValue Multiply(FreeValue a, FreeValue b)
    {
        if (a.Scalar is { } s)
        {
            return Scale(s, b);
        }

        if (b.Scalar is { } t)
        {
            return Scale(t, a);
        }

        if (a.IdentityMultiple is { } c)
        {
            return Scale(c, b);
        }

        if (b.IdentityMultiple is { } d)
        {
            return Scale(d, a);
        }

        if (a.Matrix!.Columns != b.Matrix!.Rows && a.Matrix.Rows == 1 && a.Matrix.Columns == 1)
        {
            return Scale(a.Matrix[0, 0], b);
        }

        if (a.Matrix.Columns != b.Matrix.Rows && b.Matrix.Rows == 1 && b.Matrix.Columns == 1)
        {
            return Scale(b.Matrix[0, 0], a);
        }

        return new FreeValue(a.Matrix * b.Matrix, null, null);
    }

    private static FreeValue Add(FreeValue a, FreeValue b)
    {
        if (a.Matrix is not null && b.Matrix is not null)
        {
            return new FreeValue(a.Matrix + b.Matrix, null, null);
        }

        if (a.Matrix is not null)
        {
            var c = b.IdentityMultiple ?? b.Scalar!.Value;
            if (b.Scalar is not null && a.Matrix.Rows == 1 && a.Matrix.Columns == 1)
            {
                return new FreeValue(null, a.Matrix[0, 0] + c, null); // a 1×1 matrix plus a scalar is a scalar
            }

            return c.IsZero ? a : new FreeValue(a.Matrix + RationalMatrix.Identity(a.Matrix.Rows, c), null, null);
        }

        if (b.Matrix is not null)
        {
            return Add(b, a);
        }

        if (a.Scalar is not null || b.Scalar is not null)
        {
            return new FreeValue(null, (a.Scalar ?? a.IdentityMultiple!.Value) + (b.Scalar ?? b.IdentityMultiple!.Value), null);
        }

        return new FreeValue(null, null, a.IdentityMultiple!.Value + b.IdentityMultiple!.Value);
    }
}
