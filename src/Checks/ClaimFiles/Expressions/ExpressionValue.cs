namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// The value of an expression: a scalar, a matrix, a multiple of the identity of unknown size, a tuple of matrices
/// (W₁, …, W_N) or a truth value. Matrices are never mutated after construction (every operation allocates).
/// </summary>
public sealed class ExpressionValue
{
    private readonly double scalar;
    private readonly Matrix<double>? matrix;
    private readonly IReadOnlyList<Matrix<double>>? tuple;

    private ExpressionValue(ValueKind kind, double scalar, Matrix<double>? matrix, IReadOnlyList<Matrix<double>>? tuple)
    {
        Kind = kind;
        this.scalar = scalar;
        this.matrix = matrix;
        this.tuple = tuple;
    }

    /// <summary>The kind.</summary>
    public ValueKind Kind { get; }

    /// <summary>The number (scalars), the coefficient c (c·I), or 1/0 (booleans).</summary>
    public double Scalar => Kind is ValueKind.Scalar or ValueKind.Identity or ValueKind.Boolean
        ? scalar
        : throw new InvalidOperationException("not a scalar");

    /// <summary>The matrix.</summary>
    public Matrix<double> Matrix => matrix ?? throw new InvalidOperationException("not a matrix");

    /// <summary>The factors W₁, …, W_N (index 0 holds W₁).</summary>
    public IReadOnlyList<Matrix<double>> Tuple => tuple ?? throw new InvalidOperationException("not a tuple");

    /// <summary>The truth value.</summary>
    public bool Boolean => Kind == ValueKind.Boolean ? scalar != 0 : throw new InvalidOperationException("not a truth value");

    /// <summary>A scalar.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static ExpressionValue OfScalar(double value) => new(ValueKind.Scalar, value, null, null);

    /// <summary>A matrix (not copied: the caller hands it over).</summary>
    /// <param name="value">The matrix.</param>
    /// <returns>The value.</returns>
    public static ExpressionValue OfMatrix(Matrix<double> value) => new(ValueKind.Matrix, 0, value ?? throw new ArgumentNullException(nameof(value)), null);

    /// <summary>c·I of unknown size.</summary>
    /// <param name="coefficient">c.</param>
    /// <returns>The value.</returns>
    public static ExpressionValue OfIdentity(double coefficient) => new(ValueKind.Identity, coefficient, null, null);

    /// <summary>A tuple (W₁, …, W_N) (not copied).</summary>
    /// <param name="factors">The factors, W₁ first.</param>
    /// <returns>The value.</returns>
    public static ExpressionValue OfTuple(IReadOnlyList<Matrix<double>> factors) => new(ValueKind.Tuple, 0, null, factors ?? throw new ArgumentNullException(nameof(factors)));

    /// <summary>A truth value.</summary>
    /// <param name="value">The truth value.</param>
    /// <returns>The value.</returns>
    public static ExpressionValue OfBoolean(bool value) => new(ValueKind.Boolean, value ? 1 : 0, null, null);

    /// <summary>The shape in words, for error messages: <c>scalar</c>, <c>3×2 matrix</c>, <c>tuple of 4 matrices</c>.</summary>
    /// <returns>The description.</returns>
    public string DescribeShape() => Kind switch
    {
        ValueKind.Scalar => "scalar",
        ValueKind.Matrix => string.Create(CultureInfo.InvariantCulture, $"{Matrix.RowCount}×{Matrix.ColumnCount} matrix"),
        ValueKind.Identity => "identity I",
        ValueKind.Tuple => string.Create(CultureInfo.InvariantCulture, $"tuple of {Tuple.Count} matrices ({string.Join(", ", Tuple.Select(m => $"{m.RowCount}×{m.ColumnCount}"))})"),
        _ => "truth value",
    };

    /// <summary>The value in plain text with <c>R</c> round-trip numbers (a witness that can be re-entered).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        switch (Kind)
        {
            case ValueKind.Scalar:
                return Format(scalar);
            case ValueKind.Identity:
                return Format(scalar) + "·I";
            case ValueKind.Boolean:
                return Boolean ? "true" : "false";
            case ValueKind.Matrix:
                return FormatMatrix(Matrix);
            default:
                var sb = new StringBuilder("(");
                for (int j = 0; j < Tuple.Count; j++)
                {
                    sb.Append(j == 0 ? string.Empty : ", ").Append(FormatMatrix(Tuple[j]));
                }

                return sb.Append(')').ToString();
        }
    }

    /// <summary>A number in the invariant culture, round-trip precision, exponent in the short form (<c>1e-6</c>, not
    /// <c>1E-06</c>; the expression language reads both).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Format(double value) => ExponentText.Normalize(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A matrix as <c>[[a, b], [c, d]]</c>, round-trip precision.</summary>
    /// <param name="m">The matrix.</param>
    /// <returns>The text.</returns>
    public static string FormatMatrix(Matrix<double> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        var rows = Enumerable.Range(0, m.RowCount).Select(i => "[" + string.Join(", ", Enumerable.Range(0, m.ColumnCount).Select(j => Format(m[i, j]))) + "]");
        return "[" + string.Join(", ", rows) + "]";
    }
}
