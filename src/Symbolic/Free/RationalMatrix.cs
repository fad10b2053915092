using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// An exact matrix of rationals, used for witnesses of false identities and their exact re-evaluation. Entries are
/// indexed from 0; equality is entrywise. Immutable.
/// </summary>
public sealed class RationalMatrix : IEquatable<RationalMatrix>
{
    private readonly Rational[,] _v;

    /// <summary>Creates the matrix (entries copied).</summary>
    /// <param name="values">The entries, rows × columns.</param>
    public RationalMatrix(Rational[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _v = (Rational[,])values.Clone();
    }

    /// <summary>The number of rows.</summary>
    public int Rows => _v.GetLength(0);

    /// <summary>The number of columns.</summary>
    public int Columns => _v.GetLength(1);

    /// <summary>Entry (i, j), 0-based.</summary>
    /// <param name="i">The row, in [0, <see cref="Rows"/>).</param>
    /// <param name="j">The column, in [0, <see cref="Columns"/>).</param>
    public Rational this[int i, int j] => _v[i, j];

    /// <summary>The rows × columns matrix with entries f(i, j).</summary>
    /// <param name="rows">The number of rows, ≥ 0.</param>
    /// <param name="columns">The number of columns, ≥ 0.</param>
    /// <param name="f">The entry function of the 0-based row and column.</param>
    public static RationalMatrix Build(int rows, int columns, Func<int, int, Rational> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        var v = new Rational[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                v[i, j] = f(i, j);
            }
        }

        return new RationalMatrix(v);
    }

    /// <summary>c·I of size n.</summary>
    /// <param name="n">The size, ≥ 0.</param>
    /// <param name="c">The diagonal value.</param>
    public static RationalMatrix Identity(int n, Rational c) => Build(n, n, (i, j) => i == j ? c : Rational.Zero);

    /// <summary>The matrix product.</summary>
    /// <exception cref="ArgumentException">If the inner dimensions differ.</exception>
    public static RationalMatrix operator *(RationalMatrix a, RationalMatrix b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Columns != b.Rows)
        {
            throw new ArgumentException($"RationalMatrix product: argument 'b' is {b.Rows}×{b.Columns} but 'a' is {a.Rows}×{a.Columns}; rule: the columns of a must equal the rows of b.", nameof(b));
        }

        return Build(a.Rows, b.Columns, (i, j) =>
        {
            var s = Rational.Zero;
            for (int k = 0; k < a.Columns; k++)
            {
                s += a[i, k] * b[k, j];
            }

            return s;
        });
    }

    /// <summary>The entrywise sum.</summary>
    /// <exception cref="ArgumentException">If the sizes differ.</exception>
    public static RationalMatrix operator +(RationalMatrix a, RationalMatrix b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Rows != b.Rows || a.Columns != b.Columns)
        {
            throw new ArgumentException($"RationalMatrix sum: argument 'b' is {b.Rows}×{b.Columns} but 'a' is {a.Rows}×{a.Columns}; rule: the sizes must agree.", nameof(b));
        }

        return Build(a.Rows, a.Columns, (i, j) => a[i, j] + b[i, j]);
    }

    /// <summary>The scalar multiple c·A.</summary>
    public static RationalMatrix operator *(Rational c, RationalMatrix a) => Build(a.Rows, a.Columns, (i, j) => c * a[i, j]);

    /// <summary>The transpose.</summary>
    public RationalMatrix Transpose() => Build(Columns, Rows, (i, j) => this[j, i]);

    /// <summary>The exact inverse by Gauss–Jordan elimination, or null when the matrix is singular or not square.</summary>
    public RationalMatrix? Inverse()
    {
        if (Rows != Columns)
        {
            return null;
        }

        int n = Rows;
        var a = new Rational[n, 2 * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[i, j] = this[i, j];
            }

            a[i, n + i] = Rational.One;
        }

        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            while (pivot < n && a[pivot, col].IsZero)
            {
                pivot++;
            }

            if (pivot == n)
            {
                return null;
            }

            for (int j = 0; j < 2 * n; j++)
            {
                (a[col, j], a[pivot, j]) = (a[pivot, j], a[col, j]);
            }

            var p = a[col, col];
            for (int j = 0; j < 2 * n; j++)
            {
                a[col, j] /= p;
            }

            for (int i = 0; i < n; i++)
            {
                if (i != col && !a[i, col].IsZero)
                {
                    var f = a[i, col];
                    for (int j = 0; j < 2 * n; j++)
                    {
                        a[i, j] -= f * a[col, j];
                    }
                }
            }
        }

        return Build(n, n, (i, j) => a[i, n + j]);
    }

    /// <summary>The trace (sum of the diagonal entries; for a non-square matrix, of the leading diagonal).</summary>
    public Rational Trace()
    {
        var s = Rational.Zero;
        for (int i = 0; i < Math.Min(Rows, Columns); i++)
        {
            s += this[i, i];
        }

        return s;
    }

    /// <inheritdoc />
    public bool Equals(RationalMatrix? other)
    {
        if (other is null || other.Rows != Rows || other.Columns != Columns)
        {
            return false;
        }

        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                if (this[i, j] != other[i, j])
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RationalMatrix);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rows, Columns, Rows > 0 && Columns > 0 ? this[0, 0] : Rational.Zero);

    /// <summary>Rows of entry texts (for JSON and reports).</summary>
    public string[][] ToTextRows() => Enumerable.Range(0, Rows).Select(i => Enumerable.Range(0, Columns).Select(j => this[i, j].ToString()).ToArray()).ToArray();

    /// <summary><c>[[a, b], [c, d]]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", ToTextRows().Select(r => "[" + string.Join(", ", r) + "]")) + "]";
}
