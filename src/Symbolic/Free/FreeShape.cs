namespace DeepLinear.Symbolic.Free;

/// <summary>
/// The shape of a dimension-free expression: rows × columns with dimensions given as names (<c>d1</c>) or integers
/// (<c>3</c>), a scalar, or "any square" for the identity whose size the context decides.
/// </summary>
/// <param name="Rows">The row dimension (null for a flexible identity).</param>
/// <param name="Columns">The column dimension (null for a flexible identity).</param>
/// <param name="IsScalar">True for scalars (traces, scalar symbols).</param>
public sealed record FreeShape(string? Rows, string? Columns, bool IsScalar)
{
    /// <summary>The scalar shape.</summary>
    public static FreeShape Scalar { get; } = new(null, null, true);

    /// <summary>The flexible square shape of an identity.</summary>
    public static FreeShape Flexible { get; } = new(null, null, false);

    /// <summary>True for the flexible identity shape.</summary>
    public bool IsFlexible => !IsScalar && Rows is null;

    /// <summary>A matrix shape.</summary>
    public static FreeShape Matrix(string rows, string columns) => new(rows, columns, false);

    /// <summary>The transposed shape.</summary>
    public FreeShape Transpose() => IsScalar || IsFlexible ? this : Matrix(Columns!, Rows!);

    /// <summary><c>r×c</c>, <c>scalar</c> or <c>square (identity)</c>.</summary>
    public override string ToString() => IsScalar ? "scalar" : IsFlexible ? "square (identity)" : Rows + "×" + Columns;
}
