using DeepLinear.Symbolic.Free;

namespace DeepLinear.Checks.Support;

/// <summary>
/// Exact rational linear algebra over <see cref="RationalMatrix"/> (used by the lcc critical-point checks): ranks and null
/// spaces by Gaussian elimination over ℚ, matrices of linear maps given on a basis (rank–nullity counts),
/// and the inertia (n₋, n₀, n₊) of a symmetric rational matrix by congruence diagonalisation (Sylvester's law of
/// inertia: the signs of the pivots of a symmetric elimination are the signs of the eigenvalues, counted).
/// </summary>
internal static class ExactLinearAlgebra
{
    /// <summary>A rational matrix from integers.</summary>
    public static RationalMatrix Of(int[,] values)
        => RationalMatrix.Build(values.GetLength(0), values.GetLength(1), (i, j) => values[i, j]);

    /// <summary>The rows × columns zero matrix.</summary>
    public static RationalMatrix Zero(int rows, int columns) => RationalMatrix.Build(rows, columns, (_, _) => Rational.Zero);

    /// <summary>a − b.</summary>
    public static RationalMatrix Minus(RationalMatrix a, RationalMatrix b)
        => RationalMatrix.Build(a.Rows, a.Columns, (i, j) => a[i, j] - b[i, j]);

    /// <summary>The Frobenius inner product ⟨a, b⟩ = tr(aᵀb).</summary>
    public static Rational Inner(RationalMatrix a, RationalMatrix b)
    {
        var s = Rational.Zero;
        for (int i = 0; i < a.Rows; i++)
        {
            for (int j = 0; j < a.Columns; j++)
            {
                s += a[i, j] * b[i, j];
            }
        }

        return s;
    }

    /// <summary>‖a‖²_F.</summary>
    public static Rational FrobeniusSquared(RationalMatrix a) => Inner(a, a);

    /// <summary>Whether every entry is zero.</summary>
    public static bool IsZero(RationalMatrix a)
    {
        for (int i = 0; i < a.Rows; i++)
        {
            for (int j = 0; j < a.Columns; j++)
            {
                if (!a[i, j].IsZero)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>[a | b] (same number of rows).</summary>
    public static RationalMatrix HorizontalConcat(RationalMatrix a, RationalMatrix b)
        => RationalMatrix.Build(a.Rows, a.Columns + b.Columns, (i, j) => j < a.Columns ? a[i, j] : b[i, j - a.Columns]);

    /// <summary>Columns [from, from + count) of a.</summary>
    public static RationalMatrix Columns(RationalMatrix a, int from, int count)
        => RationalMatrix.Build(a.Rows, count, (i, j) => a[i, from + j]);

    /// <summary>The rank of a rational matrix: its columns minus the dimension of its null space (exact elimination).</summary>
    public static int Rank(RationalMatrix m) => m.Columns - NullSpace(m).Count;

    /// <summary>A basis of the null space {x : m x = 0} (vectors of length m.Columns), from the reduced row echelon form.</summary>
    public static List<Rational[]> NullSpace(RationalMatrix m)
    {
        var a = Entries(m);
        int rows = a.GetLength(0), cols = a.GetLength(1), rank = 0;
        var pivotColumns = new List<int>();
        for (int col = 0; col < cols && rank < rows; col++)
        {
            int pivot = -1;
            for (int i = rank; i < rows; i++)
            {
                if (!a[i, col].IsZero)
                {
                    pivot = i;
                    break;
                }
            }

            if (pivot < 0)
            {
                continue;
            }

            SwapRows(a, pivot, rank);
            var p = a[rank, col];
            for (int j = 0; j < cols; j++)
            {
                a[rank, j] /= p;
            }

            for (int i = 0; i < rows; i++)
            {
                if (i == rank || a[i, col].IsZero)
                {
                    continue;
                }

                var f = a[i, col];
                for (int j = 0; j < cols; j++)
                {
                    a[i, j] -= f * a[rank, j];
                }
            }

            pivotColumns.Add(col);
            rank++;
        }

        var basis = new List<Rational[]>();
        for (int free = 0; free < cols; free++)
        {
            if (pivotColumns.Contains(free))
            {
                continue;
            }

            var x = new Rational[cols];
            x[free] = Rational.One;
            for (int k = 0; k < pivotColumns.Count; k++)
            {
                x[pivotColumns[k]] = -a[k, free];
            }

            basis.Add(x);
        }

        return basis;
    }

    /// <summary>The inverse of a square invertible matrix (Gauss–Jordan over ℚ, <see cref="RationalMatrix.Inverse"/>).</summary>
    /// <exception cref="ArgumentException">The matrix is singular.</exception>
    public static RationalMatrix Inverse(RationalMatrix m)
        => m.Inverse() ?? throw new ArgumentException("The matrix is singular or not square.", nameof(m));

    /// <summary>
    /// The inertia (negative, zero, positive eigenvalue counts) of a symmetric rational matrix, exactly: symmetric
    /// Gaussian elimination by congruences (a zero diagonal with a nonzero off-diagonal entry aᵢⱼ is first replaced by
    /// the congruence row/column i += row/column j, which makes the diagonal 2aᵢⱼ ≠ 0); by Sylvester's law of inertia the
    /// pivot signs count the eigenvalue signs.
    /// </summary>
    /// <exception cref="ArgumentException">The matrix is not square and symmetric.</exception>
    public static (int Negative, int Zero, int Positive) Inertia(Rational[,] symmetric)
    {
        var a = (Rational[,])symmetric.Clone();
        int n = a.GetLength(0);
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (a[i, j] != a[j, i])
                {
                    throw new ArgumentException($"Argument 'symmetric' is not symmetric at ({i}, {j}).", nameof(symmetric));
                }
            }
        }

        int negative = 0, positive = 0;
        for (int k = 0; k < n; k++)
        {
            int p = -1;
            for (int i = k; i < n && p < 0; i++)
            {
                if (!a[i, i].IsZero)
                {
                    p = i;
                }
            }

            if (p < 0)
            {
                (int i, int j) = (-1, -1);
                for (int r = k; r < n && i < 0; r++)
                {
                    for (int c = r + 1; c < n; c++)
                    {
                        if (!a[r, c].IsZero)
                        {
                            (i, j) = (r, c);
                            break;
                        }
                    }
                }

                if (i < 0)
                {
                    break;
                }

                for (int c = 0; c < n; c++)
                {
                    a[i, c] += a[j, c];
                }

                for (int r = 0; r < n; r++)
                {
                    a[r, i] += a[r, j];
                }

                p = i;
            }

            SwapRows(a, p, k);
            SwapColumns(a, p, k);
            var pivot = a[k, k];
            if (pivot.Sign > 0)
            {
                positive++;
            }
            else
            {
                negative++;
            }

            for (int i = k + 1; i < n; i++)
            {
                if (a[i, k].IsZero)
                {
                    continue;
                }

                var f = a[i, k] / pivot;
                for (int j = k + 1; j < n; j++)
                {
                    a[i, j] -= f * a[k, j];
                }

                a[i, k] = Rational.Zero;
            }

            for (int j = k + 1; j < n; j++)
            {
                a[k, j] = Rational.Zero;
            }
        }

        return (negative, n - negative - positive, positive);
    }

    /// <summary>The entries of a rational matrix as an array.</summary>
    public static Rational[,] Entries(RationalMatrix m)
    {
        var a = new Rational[m.Rows, m.Columns];
        for (int i = 0; i < m.Rows; i++)
        {
            for (int j = 0; j < m.Columns; j++)
            {
                a[i, j] = m[i, j];
            }
        }

        return a;
    }

    /// <summary>The rows of several matrices with the same column count stacked.</summary>
    public static RationalMatrix Stack(params RationalMatrix[] blocks)
    {
        int rows = blocks.Sum(b => b.Rows), cols = blocks[0].Columns;
        var a = new Rational[rows, cols];
        int offset = 0;
        foreach (var b in blocks)
        {
            for (int i = 0; i < b.Rows; i++)
            {
                for (int j = 0; j < cols; j++)
                {
                    a[offset + i, j] = b[i, j];
                }
            }

            offset += b.Rows;
        }

        return new RationalMatrix(a);
    }

    /// <summary>
    /// The matrix of a linear map given on the standard basis of its domain: column k is the flattening (row-major,
    /// blocks in order) of the image of the k-th unit vector.
    /// </summary>
    public static RationalMatrix MatrixOfMap(int domainDimension, Func<Rational[], Rational[]> map)
    {
        var columns = new Rational[domainDimension][];
        for (int k = 0; k < domainDimension; k++)
        {
            var e = new Rational[domainDimension];
            for (int i = 0; i < domainDimension; i++)
            {
                e[i] = i == k ? Rational.One : Rational.Zero;
            }

            columns[k] = map(e);
        }

        int rows = columns.Length == 0 ? 0 : columns[0].Length;
        return RationalMatrix.Build(rows, domainDimension, (i, j) => columns[j][i]);
    }

    /// <summary>Flattens matrices row-major, in order.</summary>
    public static Rational[] Flatten(params RationalMatrix[] blocks)
    {
        var list = new List<Rational>();
        foreach (var b in blocks)
        {
            for (int i = 0; i < b.Rows; i++)
            {
                for (int j = 0; j < b.Columns; j++)
                {
                    list.Add(b[i, j]);
                }
            }
        }

        return [.. list];
    }

    /// <summary>Reads matrices of the given shapes row-major from a vector starting at an offset.</summary>
    public static RationalMatrix Read(Rational[] v, ref int offset, int rows, int columns)
    {
        int start = offset;
        offset += rows * columns;
        return RationalMatrix.Build(rows, columns, (i, j) => v[start + (i * columns) + j]);
    }

    /// <summary>Converts to a MathNet-free double array (row-major).</summary>
    public static double[,] ToDouble(RationalMatrix m)
    {
        var a = new double[m.Rows, m.Columns];
        for (int i = 0; i < m.Rows; i++)
        {
            for (int j = 0; j < m.Columns; j++)
            {
                a[i, j] = m[i, j].ToDouble();
            }
        }

        return a;
    }

    private static void SwapRows(Rational[,] a, int p, int q)
    {
        if (p == q)
        {
            return;
        }

        for (int j = 0; j < a.GetLength(1); j++)
        {
            (a[p, j], a[q, j]) = (a[q, j], a[p, j]);
        }
    }

    private static void SwapColumns(Rational[,] a, int p, int q)
    {
        if (p == q)
        {
            return;
        }

        for (int i = 0; i < a.GetLength(0); i++)
        {
            (a[i, p], a[i, q]) = (a[i, q], a[i, p]);
        }
    }
}
