namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The shape of a dimension-free expression: rows × columns with dimensions given as names (<c>d1</c>) or integers
/// (<c>3</c>), a scalar, "any square" for the identity whose size the context decides, or "any shape" for the number
/// <c>0</c>, which is the zero of whatever shape its context needs.
/// </summary>
/// <param name="Rows">The row dimension (null for a flexible identity, a scalar or the zero).</param>
/// <param name="Columns">The column dimension (null for a flexible identity, a scalar or the zero).</param>
/// <param name="IsScalar">True for scalars (numbers, traces, scalar symbols, dimension names).</param>
/// <param name="IsZero">True for the zero of any shape (the number 0).</param>
public sealed record FreeShape(string? Rows, string? Columns, bool IsScalar, bool IsZero = false)
{
    /// <summary>The scalar shape.</summary>
    public static FreeShape Scalar { get; } = new(null, null, true);

    /// <summary>The flexible square shape of an identity.</summary>
    public static FreeShape Flexible { get; } = new(null, null, false);

    /// <summary>The shape of <c>0</c>: it adopts whatever shape the context needs.</summary>
    public static FreeShape AnyZero { get; } = new(null, null, false, true);

    /// <summary>True for the flexible identity shape.</summary>
    public bool IsFlexible => !IsScalar && !IsZero && Rows is null;

    /// <summary>True for a matrix with both dimensions the literal <c>1</c>: a 1×1 matrix, which is also a scalar.</summary>
    public bool IsOneByOne => Rows == "1" && Columns == "1";

    /// <summary>True for a scalar, the zero, or a 1×1 matrix: a value that may stand where a scalar is expected.</summary>
    public bool IsScalarLike => IsScalar || IsZero || IsOneByOne;

    /// <summary>A matrix shape.</summary>
    public static FreeShape Matrix(string rows, string columns) => new(rows, columns, false);

    /// <summary>The transposed shape.</summary>
    public FreeShape Transpose() => IsScalar || IsFlexible || IsZero ? this : Matrix(Columns!, Rows!);

    /// <summary><c>r×c</c>, <c>scalar</c>, <c>square (identity)</c> or <c>zero (any shape)</c>.</summary>
    public override string ToString() => IsScalar ? "scalar" : IsZero ? "zero (any shape)" : IsFlexible ? "square (identity)" : Rows + "×" + Columns;
}
