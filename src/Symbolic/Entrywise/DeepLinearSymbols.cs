using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Entrywise;

/// <summary>
/// The symbols of a deep linear network of given widths <c>d₀,…,d_N</c>: factors <c>W_j</c> (fresh variables), data
/// <c>X ∈ ℝ^{d₀×m}</c>, <c>Y ∈ ℝ^{d_N×m}</c> (fresh variables, or fixed small rationals), and the derived objects
/// <c>W = W_N⋯W₁</c>, the residual <c>R = WX − Y</c>, <c>L^N = ½‖R‖_F²</c> and <c>∇L¹(W) = RXᵀ</c>.
/// </summary>
public sealed class DeepLinearSymbols
{
    /// <summary>Creates the symbols.</summary>
    /// <param name="dims">Widths d₀,…,d_N (N ≥ 1, all ≥ 1).</param>
    /// <param name="samples">m ≥ 1.</param>
    /// <param name="symbolicData">Fresh variables for X and Y when true; fixed rationals <c>(i + 2j) mod 5 − 2</c> and
    /// <c>(3i + j) mod 7 − 3</c> when false.</param>
    public DeepLinearSymbols(int[] dims, int samples, bool symbolicData)
    {
        ArgumentNullException.ThrowIfNull(dims);
        if (dims.Length < 2 || dims.Any(d => d < 1))
        {
            throw new ArgumentException($"DeepLinearSymbols: argument 'dims' is [{string.Join(",", dims)}]; it needs at least two widths, all ≥ 1.", nameof(dims));
        }

        if (samples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples, "DeepLinearSymbols: argument 'samples' (m) must be ≥ 1.");
        }

        Dims = (int[])dims.Clone();
        Samples = samples;
        Names = new VariableNames();
        Depth = dims.Length - 1;
        Factors = Enumerable.Range(1, Depth).Select(j => SymbolicMatrix.Fresh(Names, $"W{j}", $"W^{{({j})}}", dims[j], dims[j - 1])).ToArray();
        X = symbolicData
            ? SymbolicMatrix.Fresh(Names, "X", "X", dims[0], samples)
            : SymbolicMatrix.Constant(Table(dims[0], samples, (i, j) => ((i + (2 * j)) % 5) - 2));
        Y = symbolicData
            ? SymbolicMatrix.Fresh(Names, "Y", "Y", dims[^1], samples)
            : SymbolicMatrix.Constant(Table(dims[^1], samples, (i, j) => (((3 * i) + j) % 7) - 3));
        Product = Partial(Depth, 1);
        Residual = (Product * X) - Y;
        Loss = SymbolicMatrix.FrobeniusInner(Residual, Residual).Scale(new Rational(1, 2));
        OuterGradient = Residual * X.Transpose();
    }

    /// <summary>The widths.</summary>
    public IReadOnlyList<int> Dims { get; }

    /// <summary>m.</summary>
    public int Samples { get; }

    /// <summary>N.</summary>
    public int Depth { get; }

    /// <summary>The variable names.</summary>
    public VariableNames Names { get; }

    /// <summary>W₁,…,W_N (index j−1).</summary>
    public IReadOnlyList<SymbolicMatrix> Factors { get; }

    /// <summary>X.</summary>
    public SymbolicMatrix X { get; }

    /// <summary>Y.</summary>
    public SymbolicMatrix Y { get; }

    /// <summary>W = W_N⋯W₁.</summary>
    public SymbolicMatrix Product { get; }

    /// <summary>R = WX − Y.</summary>
    public SymbolicMatrix Residual { get; }

    /// <summary>L^N = ½‖Y − W_N⋯W₁X‖_F², expanded.</summary>
    public Polynomial Loss { get; }

    /// <summary>∇L¹(W) = (WX − Y)Xᵀ.</summary>
    public SymbolicMatrix OuterGradient { get; }

    /// <summary>W_j⋯W_i (1 ≤ i ≤ j ≤ N); the identity of size d_{i−1} when j = i − 1.</summary>
    public SymbolicMatrix Partial(int j, int i)
    {
        if (j == i - 1)
        {
            return SymbolicMatrix.Identity(Dims[i - 1]);
        }

        var p = Factors[i - 1];
        for (int k = i + 1; k <= j; k++)
        {
            p = Factors[k - 1] * p;
        }

        return p;
    }

    /// <summary>The closed form of nrt (3.2): <c>W_{j+1}ᵀ⋯W_Nᵀ ∇L¹(W) W₁ᵀ⋯W_{j−1}ᵀ</c>.</summary>
    public SymbolicMatrix ClosedFormGradient(int j) => Partial(Depth, j + 1).Transpose() * OuterGradient * Partial(j - 1, 1).Transpose();

    private static Rational[,] Table(int rows, int columns, Func<int, int, int> f)
    {
        var t = new Rational[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                t[i, j] = f(i, j);
            }
        }

        return t;
    }
}
