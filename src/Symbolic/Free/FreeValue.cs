using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The exact value of a dimension-free expression under <see cref="FreeEvaluator"/>: a rational matrix, a rational
/// scalar (traces, scalar symbols), or a multiple <c>c·I</c> of an identity whose size the context decides. Exactly one
/// of the three is set. Immutable.
/// </summary>
/// <param name="Matrix">A matrix value, or null.</param>
/// <param name="Scalar">A scalar value, or null.</param>
/// <param name="IdentityMultiple">c for the value c·I of undetermined size, or null.</param>
public sealed record FreeValue(RationalMatrix? Matrix, Rational? Scalar, Rational? IdentityMultiple)
{
    /// <summary>
    /// Equality of values: matrices entrywise; <c>c·I</c> against a square matrix of the matrix's size; a scalar against
    /// a 1×1 matrix by its entry, and the scalar 0 against a zero matrix of any shape; scalars and identity multiples by
    /// their number (the shape checker has already ruled out comparing a scalar with a larger matrix).
    /// </summary>
    /// <param name="other">The other value.</param>
    public bool SameAs(FreeValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Matrix is not null && other.Matrix is not null)
        {
            return Matrix.Equals(other.Matrix);
        }

        if (Matrix is not null)
        {
            var c = other.IdentityMultiple ?? other.Scalar!.Value;
            if (other.Scalar is not null && Matrix.Rows == 1 && Matrix.Columns == 1)
            {
                return Matrix[0, 0] == c;
            }

            if (c.IsZero)
            {
                return Matrix.Equals(RationalMatrix.Build(Matrix.Rows, Matrix.Columns, (_, _) => Rational.Zero));
            }

            return Matrix.Rows == Matrix.Columns && Matrix.Equals(RationalMatrix.Identity(Matrix.Rows, c));
        }

        if (other.Matrix is not null)
        {
            return other.SameAs(this);
        }

        var a = Scalar ?? IdentityMultiple!.Value;
        var b = other.Scalar ?? other.IdentityMultiple!.Value;
        return a == b;
    }

    /// <summary>The matrix <c>[[…], …]</c>, the scalar, or <c>c·I</c>.</summary>
    public override string ToString() => Matrix?.ToString() ?? (Scalar is { } s ? s.ToString() : IdentityMultiple + "·I");
}
