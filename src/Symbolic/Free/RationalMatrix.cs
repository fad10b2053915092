using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>An exact matrix of rationals (for witnesses). Immutable.</summary>
public sealed class RationalMatrix : IEquatable<RationalMatrix>
{
    private readonly Rational[,] _v;

    /// <summary>Creates the matrix (entries copied).</summary>
    public RationalMatrix(Rational[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _v = (Rational[,])values.Clone();
    }

    /// <summary>Rows.</summary>
    public int Rows => _v.GetLength(0);

    /// <summary>Columns.</summary>
    public int Columns => _v.GetLength(1);

    /// <summary>Entry (i, j), 0-based.</summary>
    public Rational this[int i, int j] => _v[i, j];

    /// <summary>A matrix from an entry function.</summary>
    public static RationalMatrix Build(int rows, int columns, Func<int, int, Rational> f)
    {
        ArgumentNullException.ThrowIfNull(f);
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
    public static RationalMatrix Identity(int n, Rational c) => Build(n, n, (i, j) => i == j ? c : Rational.Zero);

    /// <summary>Product.</summary>
    public static RationalMatrix operator *(RationalMatrix a, RationalMatrix b)
    {
        if (a.Columns != b.Rows)
        {
            throw new ArgumentException($"RationalMatrix product: {a.Rows}×{a.Columns} times {b.Rows}×{b.Columns}.");
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

    /// <summary>Sum.</summary>
    public static RationalMatrix operator +(RationalMatrix a, RationalMatrix b)
    {
        if (a.Rows != b.Rows || a.Columns != b.Columns)
        {
            throw new ArgumentException($"RationalMatrix sum: {a.Rows}×{a.Columns} plus {b.Rows}×{b.Columns}.");
        }

        return Build(a.Rows, a.Columns, (i, j) => a[i, j] + b[i, j]);
    }

    /// <summary>Scalar multiple.</summary>
    public static RationalMatrix operator *(Rational c, RationalMatrix a) => Build(a.Rows, a.Columns, (i, j) => c * a[i, j]);

    /// <summary>Transpose.</summary>
    public RationalMatrix Transpose() => Build(Columns, Rows, (i, j) => this[j, i]);

    /// <summary>Trace.</summary>
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
