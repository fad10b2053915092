namespace DeepLinear.Symbolic.Free;

/// <summary>
/// Infers the shape of an expression and rejects ill-typed products (inner dimensions differ), sums (shapes differ),
/// traces, powers and inverses of non-square expressions, naming the offending sub-expression. This is the one place
/// where shapes are checked. The rules, one consistent set:
/// <list type="bullet">
/// <item>numbers, traces, scalar symbols and dimension names are scalars; a scalar times a matrix is a matrix;</item>
/// <item>a scalar and a matrix are never added or equated, except a 1×1 matrix, which is a scalar;</item>
/// <item><c>0</c> is the zero of whatever shape its context needs; <c>I</c> is square of the size its context needs;</item>
/// <item>a 1×1 factor of a product may stand as a scalar where the inner dimensions would otherwise differ (<c>(aᵀb)c</c>).</item>
/// </list>
/// </summary>
public static class ShapeChecker
{
    /// <summary>The shape of <paramref name="e"/>.</summary>
    /// <exception cref="ShapeException">If the expression is ill-typed.</exception>
    public static FreeShape Infer(FreeExpr e, ShapeEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(env);
        switch (e)
        {
            case FreeSymbol s:
                return env.IsDimension(s.Name) ? FreeShape.Scalar : env.ShapeOf(s.Name);
            case FreeIdentity:
                return FreeShape.Flexible;
            case FreeNumber n:
                return n.Value.IsZero ? FreeShape.AnyZero : FreeShape.Scalar;
            case FreeTranspose t:
                return Infer(t.Operand, env).Transpose();
            case FreeScale c:
                return Infer(c.Operand, env);
            case FreeTrace tr:
                {
                    var shape = Infer(tr.Operand, env);
                    if (!shape.IsScalar && !shape.IsFlexible && !shape.IsZero && shape.Rows != shape.Columns)
                    {
                        throw new ShapeException(e.ToString(), $"the trace needs a square matrix, but '{tr.Operand}' is {shape}");
                    }

                    if (shape.IsFlexible && env.DefaultIdentitySize is null)
                    {
                        throw new ShapeException(e.ToString(), $"the size of the identity in '{tr.Operand}' cannot be inferred: with declared shapes, write the identity next to a symbol (tr(W1'*W1) rather than tr(I))");
                    }

                    return FreeShape.Scalar;
                }

            case FreePower p:
                {
                    if (p.Exponent < 0)
                    {
                        throw new ShapeException(e.ToString(), "powers must be non-negative integers (write inv(A)^k or A^-k for a negative power)");
                    }

                    var shape = Infer(p.Operand, env);
                    RequireSquareOperand(shape, e, p.Operand, "a power");
                    if (p.Exponent == 0 && p.Operand is FreeNumber)
                    {
                        return FreeShape.Scalar; // a number to the power 0 is the number 1, as 2^0 is (0^0 = 1 too)
                    }

                    return p.Exponent == 0 && !shape.IsScalar ? (shape.IsFlexible || shape.IsZero ? FreeShape.Flexible : FreeShape.Matrix(shape.Rows!, shape.Rows!)) : shape;
                }

            case FreeInverse inv:
                {
                    var shape = Infer(inv.Operand, env);
                    if (shape.IsZero)
                    {
                        throw new ShapeException(e.ToString(), "0 has no inverse");
                    }

                    RequireSquareOperand(shape, e, inv.Operand, "an inverse");
                    return shape;
                }

            case FreeProduct prod:
                return Product(prod, env);
            case FreeSum sum:
                return Sum(sum, env);
            default:
                throw new ShapeException(e.ToString(), "unknown expression node");
        }
    }

    /// <summary>
    /// True when an expression of shape <paramref name="a"/> may be equated with one of shape <paramref name="b"/>: the
    /// same matrix shape; two scalars; a scalar and a 1×1 matrix; the identity and a square matrix; 0 and anything.
    /// </summary>
    public static bool Comparable(FreeShape a, FreeShape b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.IsZero || b.IsZero)
        {
            return true;
        }

        if (a.IsScalar || b.IsScalar)
        {
            return (a.IsScalar || a.IsOneByOne) && (b.IsScalar || b.IsOneByOne);
        }

        if (a.IsFlexible || b.IsFlexible)
        {
            var other = a.IsFlexible ? b : a;
            return other.IsFlexible || other.Rows == other.Columns;
        }

        return a.Rows == b.Rows && a.Columns == b.Columns;
    }

    private static void RequireSquareOperand(FreeShape shape, FreeExpr e, FreeExpr operand, string what)
    {
        if (!shape.IsScalar && !shape.IsFlexible && !shape.IsZero && shape.Rows != shape.Columns)
        {
            throw new ShapeException(e.ToString(), $"{what} needs a square matrix, but '{operand}' is {shape}");
        }
    }

    private static FreeShape Product(FreeProduct prod, ShapeEnvironment env)
    {
        FreeShape? current = null; // the matrix part so far; null while only scalars were seen
        bool zero = false;
        int done = 0; // factors [0, done) form the left part; printed only for an error message
        foreach (var f in prod.Factors)
        {
            var next = Infer(f, env);
            if (next.IsScalar || next.IsZero)
            {
                zero |= next.IsZero;
            }
            else if (current is null || current.IsFlexible)
            {
                current = next.IsFlexible && current is not null ? current : next;
            }
            else if (!next.IsFlexible)
            {
                if (current.Columns != next.Rows)
                {
                    if (current.IsOneByOne)
                    {
                        current = next; // a 1×1 left part is a scalar: (aᵀb)·c
                    }
                    else if (!next.IsOneByOne)
                    {
                        throw new ShapeException(prod.ToString(), $"'{string.Join("*", prod.Factors.Take(done))}' is {current} but '{f}' is {next}; the inner dimensions {current.Columns} and {next.Rows} differ");
                    }
                }
                else
                {
                    current = FreeShape.Matrix(current.Rows!, next.Columns!);
                }
            }

            done++;
        }

        return current ?? (zero ? FreeShape.AnyZero : FreeShape.Scalar);
    }

    private static FreeShape Sum(FreeSum sum, ShapeEnvironment env)
    {
        FreeShape? shape = null;
        FreeExpr? first = null; // printed only for an error message
        foreach (var t in sum.Terms)
        {
            var next = Infer(t, env);
            if (next.IsZero)
            {
                continue;
            }

            if (shape is null)
            {
                shape = next;
                first = t;
                continue;
            }

            if (shape.IsScalar || next.IsScalar)
            {
                if (!(shape.IsScalar || shape.IsOneByOne) || !(next.IsScalar || next.IsOneByOne))
                {
                    var (scalar, matrix) = shape.IsScalar ? (first!, t) : (t, first!);
                    throw new ShapeException(sum.ToString(), $"cannot add the scalar '{scalar}' and the matrix '{matrix}' ({(shape.IsScalar ? next : shape)}); write '({scalar})*I' for a multiple of the identity");
                }

                shape = FreeShape.Scalar;
            }
            else if (shape.IsFlexible)
            {
                shape = RequireSquare(next, sum, t);
            }
            else if (next.IsFlexible)
            {
                RequireSquare(shape, sum, first!);
            }
            else if (shape.Rows != next.Rows || shape.Columns != next.Columns)
            {
                throw new ShapeException(sum.ToString(), $"cannot add '{first}' ({shape}) and '{t}' ({next})");
            }
        }

        return shape ?? FreeShape.AnyZero;
    }

    private static FreeShape RequireSquare(FreeShape shape, FreeExpr e, object term)
    {
        if (!shape.IsFlexible && shape.Rows != shape.Columns)
        {
            throw new ShapeException(e.ToString(), $"cannot add the identity to '{term}', which is {shape} (not square)");
        }

        return shape;
    }
}
