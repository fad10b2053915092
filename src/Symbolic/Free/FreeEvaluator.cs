using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// Evaluates an expression tree exactly at rational matrices (independently of <see cref="CanonicalForm"/>, so a
/// witness found for a false identity is re-checked by a different computation). Values are matrices, scalars, or
/// multiples of an identity whose size the context decides.
/// </summary>
public static class FreeEvaluator
{
    /// <summary>The value of an expression: exactly one of the three forms is set.</summary>
    /// <param name="Matrix">A matrix value.</param>
    /// <param name="Scalar">A scalar value (traces, scalar symbols).</param>
    /// <param name="IdentityMultiple">c for the value c·I of unknown size.</param>
    public sealed record Value(RationalMatrix? Matrix, Rational? Scalar, Rational? IdentityMultiple)
    {
        /// <summary>Equality of values, resolving c·I against a matrix of matching square size.</summary>
        public bool SameAs(Value other)
        {
            ArgumentNullException.ThrowIfNull(other);
            if (Matrix is not null && other.Matrix is not null)
            {
                return Matrix.Equals(other.Matrix);
            }

            if (Matrix is not null && other.IdentityMultiple is { } c)
            {
                return Matrix.Equals(RationalMatrix.Identity(Matrix.Rows, c));
            }

            if (other.Matrix is not null)
            {
                return other.SameAs(this);
            }

            var a = Scalar ?? IdentityMultiple!.Value;
            var b = other.Scalar ?? other.IdentityMultiple!.Value;
            return a == b;
        }

        /// <inheritdoc />
        public override string ToString() => Matrix?.ToString() ?? (Scalar is { } s ? s.ToString() : IdentityMultiple + "·I");
    }

    /// <summary>Evaluates <paramref name="e"/> with matrices for matrix symbols and rationals for scalar symbols.</summary>
    public static Value Evaluate(FreeExpr e, IReadOnlyDictionary<string, RationalMatrix> matrices, IReadOnlyDictionary<string, Rational> scalars)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e)
        {
            case FreeSymbol s when scalars.TryGetValue(s.Name, out var x):
                return new Value(null, x, null);
            case FreeSymbol s:
                return new Value(matrices.TryGetValue(s.Name, out var m) ? m : throw new KeyNotFoundException($"no value for symbol '{s.Name}'"), null, null);
            case FreeIdentity:
                return new Value(null, null, Rational.One);
            case FreeTranspose t:
                {
                    var v = Evaluate(t.Operand, matrices, scalars);
                    return v.Matrix is not null ? new Value(v.Matrix.Transpose(), null, null) : v;
                }

            case FreeScale c:
                return Scale(c.Coefficient, Evaluate(c.Operand, matrices, scalars));
            case FreeTrace tr:
                {
                    var v = Evaluate(tr.Operand, matrices, scalars);
                    return v.Matrix is not null
                        ? new Value(null, v.Matrix.Trace(), null)
                        : v.Scalar is not null ? v : throw new InvalidOperationException("tr(c·I) needs the size of I");
                }

            case FreePower p:
                {
                    var v = Evaluate(p.Operand, matrices, scalars);
                    var result = new Value(null, null, Rational.One);
                    for (int k = 0; k < p.Exponent; k++)
                    {
                        result = Multiply(result, v);
                    }

                    return result;
                }

            case FreeProduct prod:
                return prod.Factors.Select(f => Evaluate(f, matrices, scalars)).Aggregate(new Value(null, null, Rational.One), Multiply);
            case FreeSum sum:
                return sum.Terms.Select(t => Evaluate(t, matrices, scalars)).Aggregate(Add);
            default:
                throw new InvalidOperationException("unknown expression node " + e);
        }
    }

    private static Value Scale(Rational c, Value v) =>
        v.Matrix is not null ? new Value(c * v.Matrix, null, null) : v.Scalar is { } s ? new Value(null, c * s, null) : new Value(null, null, c * v.IdentityMultiple!.Value);

    private static Value Multiply(Value a, Value b)
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

        return new Value(a.Matrix! * b.Matrix!, null, null);
    }

    private static Value Add(Value a, Value b)
    {
        if (a.Matrix is not null && b.Matrix is not null)
        {
            return new Value(a.Matrix + b.Matrix, null, null);
        }

        if (a.Matrix is not null)
        {
            var c = b.IdentityMultiple ?? b.Scalar!.Value;
            return new Value(a.Matrix + RationalMatrix.Identity(a.Matrix.Rows, c), null, null);
        }

        if (b.Matrix is not null)
        {
            return Add(b, a);
        }

        if (a.Scalar is not null || b.Scalar is not null)
        {
            return new Value(null, (a.Scalar ?? a.IdentityMultiple!.Value) + (b.Scalar ?? b.IdentityMultiple!.Value), null);
        }

        return new Value(null, null, a.IdentityMultiple!.Value + b.IdentityMultiple!.Value);
    }
}
