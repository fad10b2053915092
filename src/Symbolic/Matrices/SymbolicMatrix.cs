using System.Text;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Matrices;

/// <summary>
/// A matrix whose entries are polynomials over ℚ: fresh-variable matrices, rational constants, +, −, ×, transpose,
/// trace, the Frobenius inner product, entry-wise maps. Immutable; equality is entry-wise canonical equality.
/// </summary>
public sealed class SymbolicMatrix : IEquatable<SymbolicMatrix>
{
    private readonly Polynomial[,] _entries;

    /// <summary>Creates a matrix from its entries (copied).</summary>
    public SymbolicMatrix(Polynomial[,] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = (Polynomial[,])entries.Clone();
    }

    private SymbolicMatrix(Polynomial[,] entries, bool owned)
    {
        _ = owned;
        _entries = entries;
    }

    /// <summary>The row count.</summary>
    public int Rows => _entries.GetLength(0);

    /// <summary>The column count.</summary>
    public int Columns => _entries.GetLength(1);

    /// <summary>The entry (i, j), 0-based.</summary>
    public Polynomial this[int i, int j] => _entries[i, j];

    /// <summary>
    /// A matrix of fresh variables named <c>{name}[i,j]</c> (text) and <c>{latexName}_{i,j}</c> (LaTeX), 1-based in names.
    /// </summary>
    public static SymbolicMatrix Fresh(VariableNames names, string name, string latexName, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(names);
        RequireShape(rows, columns);
        var e = new Polynomial[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                e[i, j] = Polynomial.Variable(names.Fresh($"{name}[{i + 1},{j + 1}]", $"{latexName}_{{{i + 1},{j + 1}}}"));
            }
        }

        return new SymbolicMatrix(e, owned: true);
    }

    /// <summary>A constant matrix of rationals.</summary>
    public static SymbolicMatrix Constant(Rational[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int r = values.GetLength(0);
        int c = values.GetLength(1);
        var e = new Polynomial[r, c];
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j < c; j++)
            {
                e[i, j] = Polynomial.Constant(values[i, j]);
            }
        }

        return new SymbolicMatrix(e, owned: true);
    }

    /// <summary>The n×n identity.</summary>
    public static SymbolicMatrix Identity(int n) => Build(n, n, (i, j) => i == j ? Polynomial.One : Polynomial.Zero);

    /// <summary>The zero matrix.</summary>
    public static SymbolicMatrix Zero(int rows, int columns) => Build(rows, columns, (_, _) => Polynomial.Zero);

    /// <summary>A matrix from an entry function.</summary>
    public static SymbolicMatrix Build(int rows, int columns, Func<int, int, Polynomial> entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        RequireShape(rows, columns);
        var e = new Polynomial[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                e[i, j] = entry(i, j);
            }
        }

        return new SymbolicMatrix(e, owned: true);
    }

    /// <summary>The variable id of entry (i, j), which must be a single variable (as in a fresh matrix).</summary>
    public int VariableAt(int i, int j)
    {
        var p = _entries[i, j];
        if (p.TermCount != 1 || !p.CoefficientAt(0).IsOne || p.MonomialAt(0).Degree != 1)
        {
            throw new InvalidOperationException($"SymbolicMatrix.VariableAt: entry ({i}, {j}) is '{p}', not a single variable.");
        }

        return p.MonomialAt(0).Variable(0);
    }

    /// <summary>Sum.</summary>
    public static SymbolicMatrix operator +(SymbolicMatrix a, SymbolicMatrix b)
    {
        SameShape(a, b, "+");
        return Build(a.Rows, a.Columns, (i, j) => a[i, j] + b[i, j]);
    }

    /// <summary>Difference.</summary>
    public static SymbolicMatrix operator -(SymbolicMatrix a, SymbolicMatrix b)
    {
        SameShape(a, b, "−");
        return Build(a.Rows, a.Columns, (i, j) => a[i, j] - b[i, j]);
    }

    /// <summary>Negation.</summary>
    public static SymbolicMatrix operator -(SymbolicMatrix a) => a.Map(p => -p);

    /// <summary>Product.</summary>
    public static SymbolicMatrix operator *(SymbolicMatrix a, SymbolicMatrix b)
    {
        if (a.Columns != b.Rows)
        {
            throw new ArgumentException($"SymbolicMatrix product: left is {a.Rows}×{a.Columns}, right is {b.Rows}×{b.Columns}; the inner dimensions must agree.");
        }

        var e = new Polynomial[a.Rows, b.Columns];
        Parallel.For(0, a.Rows, i =>
        {
            for (int j = 0; j < b.Columns; j++)
            {
                var builder = new PolynomialBuilder();
                for (int k = 0; k < a.Columns; k++)
                {
                    builder.AddProduct(a[i, k], b[k, j], Rational.One);
                }

                e[i, j] = builder.Build();
            }
        });
        return new SymbolicMatrix(e, owned: true);
    }

    /// <summary>Scalar multiple by a polynomial.</summary>
    public static SymbolicMatrix operator *(Polynomial s, SymbolicMatrix a) => a.Map(p => s * p);

    /// <summary>Scalar multiple by a rational.</summary>
    public static SymbolicMatrix operator *(Rational s, SymbolicMatrix a) => a.Map(p => p.Scale(s));

    /// <summary>The transpose.</summary>
    public SymbolicMatrix Transpose() => Build(Columns, Rows, (i, j) => this[j, i]);

    /// <summary>The trace (square matrices).</summary>
    public Polynomial Trace()
    {
        if (Rows != Columns)
        {
            throw new ArgumentException($"SymbolicMatrix.Trace: the matrix is {Rows}×{Columns}; the trace needs a square matrix.");
        }

        var builder = new PolynomialBuilder();
        for (int i = 0; i < Rows; i++)
        {
            builder.Add(this[i, i], Rational.One);
        }

        return builder.Build();
    }

    /// <summary>The Frobenius inner product <c>⟨A, B⟩ = tr(AᵀB) = Σ A_{ij}B_{ij}</c>.</summary>
    public static Polynomial FrobeniusInner(SymbolicMatrix a, SymbolicMatrix b)
    {
        SameShape(a, b, "⟨·,·⟩");
        var builder = new PolynomialBuilder();
        for (int i = 0; i < a.Rows; i++)
        {
            for (int j = 0; j < a.Columns; j++)
            {
                builder.AddProduct(a[i, j], b[i, j], Rational.One);
            }
        }

        return builder.Build();
    }

    /// <summary>Applies <paramref name="f"/> to every entry (in parallel over rows).</summary>
    public SymbolicMatrix Map(Func<Polynomial, Polynomial> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var e = new Polynomial[Rows, Columns];
        Parallel.For(0, Rows, i =>
        {
            for (int j = 0; j < Columns; j++)
            {
                e[i, j] = f(this[i, j]);
            }
        });
        return new SymbolicMatrix(e, owned: true);
    }

    /// <summary>True when every entry is the zero polynomial.</summary>
    public bool IsZero
    {
        get
        {
            foreach (var p in _entries)
            {
                if (!p.IsZero)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The total number of terms over all entries.</summary>
    public int TermCount
    {
        get
        {
            int n = 0;
            foreach (var p in _entries)
            {
                n += p.TermCount;
            }

            return n;
        }
    }

    /// <inheritdoc />
    public bool Equals(SymbolicMatrix? other)
    {
        if (other is null || other.Rows != Rows || other.Columns != Columns)
        {
            return false;
        }

        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                if (!this[i, j].Equals(other[i, j]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SymbolicMatrix);

    /// <summary>Value equality of canonical forms.</summary>
    public static bool operator ==(SymbolicMatrix? a, SymbolicMatrix? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Value inequality of canonical forms.</summary>
    public static bool operator !=(SymbolicMatrix? a, SymbolicMatrix? b) => !(a == b);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var p in _entries)
        {
            h.Add(p);
        }

        return h.ToHashCode();
    }

    /// <summary>LaTeX <c>\begin{pmatrix}…\end{pmatrix}</c>.</summary>
    public string ToLatex(VariableNames? names = null)
    {
        var sb = new StringBuilder(@"\begin{pmatrix}");
        for (int i = 0; i < Rows; i++)
        {
            for (int j = 0; j < Columns; j++)
            {
                sb.Append(this[i, j].ToLatex(names));
                if (j < Columns - 1)
                {
                    sb.Append(" & ");
                }
            }

            if (i < Rows - 1)
            {
                sb.Append(@" \\ ");
            }
        }

        return sb.Append(@"\end{pmatrix}").ToString();
    }

    /// <summary>Plain text, rows in brackets.</summary>
    public string ToText(VariableNames? names = null)
    {
        var rows = new List<string>();
        for (int i = 0; i < Rows; i++)
        {
            rows.Add("[" + string.Join(", ", Enumerable.Range(0, Columns).Select(j => this[i, j].ToText(names))) + "]");
        }

        return "[" + string.Join(", ", rows) + "]";
    }

    private static void RequireShape(int rows, int columns)
    {
        if (rows < 1 || columns < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"SymbolicMatrix: shape {rows}×{columns} is invalid; both dimensions must be ≥ 1.");
        }
    }

    private static void SameShape(SymbolicMatrix a, SymbolicMatrix b, string operation)
    {
        if (a.Rows != b.Rows || a.Columns != b.Columns)
        {
            throw new ArgumentException($"SymbolicMatrix {operation}: shapes {a.Rows}×{a.Columns} and {b.Rows}×{b.Columns} differ.");
        }
    }
}
