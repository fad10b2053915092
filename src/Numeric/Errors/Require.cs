using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Errors;

/// <summary>
/// The single precondition helper of the numeric layer: every public member validates its arguments through it, so
/// every message has the same wording (argument, value, rule).
/// </summary>
public static class Require
{
    /// <summary>Requires <paramref name="value"/> &gt; 0.</summary>
    public static int Positive(int value, string argument)
    {
        if (value <= 0)
        {
            throw new NumericArgumentException(argument, value.ToString(CultureInfo.InvariantCulture), "must be a positive integer");
        }

        return value;
    }

    /// <summary>Requires a finite <paramref name="value"/> &gt; 0.</summary>
    public static double Positive(double value, string argument)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new NumericArgumentException(argument, Format(value), "must be a finite number > 0");
        }

        return value;
    }

    /// <summary>Requires a finite <paramref name="value"/> ≥ 0.</summary>
    public static double NonNegative(double value, string argument)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new NumericArgumentException(argument, Format(value), "must be a finite number ≥ 0");
        }

        return value;
    }

    /// <summary>Requires a finite <paramref name="value"/>.</summary>
    public static double Finite(double value, string argument)
    {
        if (!double.IsFinite(value))
        {
            throw new NumericArgumentException(argument, Format(value), "must be finite (no NaN or ∞)");
        }

        return value;
    }

    /// <summary>Requires <paramref name="low"/> ≤ <paramref name="value"/> ≤ <paramref name="high"/>.</summary>
    public static int InRange(int value, int low, int high, string argument)
    {
        if (value < low || value > high)
        {
            throw new NumericArgumentException(argument, value.ToString(CultureInfo.InvariantCulture), $"must lie in [{low}, {high}]");
        }

        return value;
    }

    /// <summary>Requires a non-null matrix whose entries are all finite.</summary>
    public static Matrix<double> FiniteMatrix(Matrix<double>? matrix, string argument)
    {
        if (matrix is null)
        {
            throw new NumericArgumentException(argument, "null", "must be a matrix");
        }

        var values = matrix.AsColumnMajorArray() ?? matrix.ToColumnMajorArray();
        for (int k = 0; k < values.Length; k++)
        {
            if (!double.IsFinite(values[k]))
            {
                int row = k % matrix.RowCount;
                int column = k / matrix.RowCount;
                throw new NumericArgumentException(argument, $"a {Shape(matrix)} matrix with entry ({row}, {column}) = {Format(values[k])}", "every entry must be finite (no NaN or ∞)");
            }
        }

        return matrix;
    }

    /// <summary>Requires a matrix of the given shape.</summary>
    public static Matrix<double> Shape(Matrix<double> matrix, int rows, int columns, string argument)
    {
        if (matrix.RowCount != rows || matrix.ColumnCount != columns)
        {
            throw new NumericArgumentException(argument, $"a {Shape(matrix)} matrix", $"must be {rows}×{columns}");
        }

        return matrix;
    }

    /// <summary>Renders a shape as <c>r×c</c>.</summary>
    public static string Shape(Matrix<double> matrix) => $"{matrix.RowCount}×{matrix.ColumnCount}";

    /// <summary>Renders a double in the invariant culture, round-trip precision.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
