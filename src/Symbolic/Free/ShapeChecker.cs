namespace DeepLinear.Symbolic.Free;

/// <summary>
/// Infers the shape of an expression and rejects ill-typed products (inner dimensions differ), sums (shapes differ),
/// traces and powers of non-square expressions, naming the offending sub-expression. This is the one place where
/// shapes are checked.
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
                return env.ShapeOf(s.Name);
            case FreeIdentity:
                return FreeShape.Flexible;
            case FreeTranspose t:
                return Infer(t.Operand, env).Transpose();
            case FreeScale c:
                return Infer(c.Operand, env);
            case FreeTrace tr:
                {
                    var shape = Infer(tr.Operand, env);
                    if (!shape.IsScalar && !shape.IsFlexible && shape.Rows != shape.Columns)
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
                        throw new ShapeException(e.ToString(), "powers must be non-negative integers");
                    }

                    var shape = Infer(p.Operand, env);
                    if (!shape.IsScalar && !shape.IsFlexible && shape.Rows != shape.Columns)
                    {
                        throw new ShapeException(e.ToString(), $"a power needs a square matrix, but '{p.Operand}' is {shape}");
                    }

                    return p.Exponent == 0 && !shape.IsScalar ? (shape.IsFlexible ? shape : FreeShape.Matrix(shape.Rows!, shape.Rows!)) : shape;
                }

            case FreeProduct prod:
                {
                    FreeShape? current = null;
                    int done = 0; // factors [0, done) form the left part; printed only for an error message
                    foreach (var f in prod.Factors)
                    {
                        var next = Infer(f, env);
                        if (current is null || current.IsScalar)
                        {
                            current = current is null || !next.IsScalar ? next : current;
                        }
                        else if (next.IsScalar)
                        {
                            // scalar factors commute
                        }
                        else if (current.IsFlexible)
                        {
                            current = next;
                        }
                        else if (!next.IsFlexible)
                        {
                            if (current.Columns != next.Rows)
                            {
                                throw new ShapeException(e.ToString(), $"'{string.Join("*", prod.Factors.Take(done))}' is {current} but '{f}' is {next}; the inner dimensions {current.Columns} and {next.Rows} differ");
                            }

                            current = FreeShape.Matrix(current.Rows!, next.Columns!);
                        }

                        done++;
                    }

                    return current ?? FreeShape.Flexible;
                }

            case FreeSum sum:
                {
                    FreeShape? shape = null;
                    FreeExpr? first = null; // printed only for an error message
                    foreach (var t in sum.Terms)
                    {
                        var next = Infer(t, env);
                        if (shape is null)
                        {
                            shape = next;
                            first = t;
                            continue;
                        }

                        if (shape.IsScalar != next.IsScalar)
                        {
                            throw new ShapeException(e.ToString(), $"cannot add the scalar and the matrix: '{first}' is {shape}, '{t}' is {next}");
                        }

                        if (shape.IsFlexible)
                        {
                            shape = RequireSquare(next, e, t);
                        }
                        else if (next.IsFlexible)
                        {
                            RequireSquare(shape, e, first!);
                        }
                        else if (shape.Rows != next.Rows || shape.Columns != next.Columns)
                        {
                            throw new ShapeException(e.ToString(), $"cannot add '{first}' ({shape}) and '{t}' ({next})");
                        }
                    }

                    return shape ?? FreeShape.Flexible;
                }

            default:
                throw new ShapeException(e.ToString(), "unknown expression node");
        }
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
