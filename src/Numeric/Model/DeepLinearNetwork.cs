using System.Globalization;
using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Model;

/// <summary>
/// An immutable deep linear network: the tuple of factors <c>(W₁, …, W_N)</c> with <c>W_j ∈ ℝ^{d_j × d_{j−1}}</c>
/// and end-to-end matrix <c>W = W_N ⋯ W₁</c> (nrt §1, acgh §2, trbw §1).
/// </summary>
/// <remarks>
/// Layers are numbered from 1 as in the papers. The factors are copied in and every accessor that returns a matrix
/// returns a fresh copy, so a value never changes. Construction rejects shapes that do not chain and non-finite
/// entries, naming the layer and both shapes.
/// </remarks>
public sealed class DeepLinearNetwork
{
    private readonly Matrix<double>[] _factors;

    /// <summary>Creates the network from <c>W₁, …, W_N</c> (copied).</summary>
    /// <exception cref="NumericArgumentException">No factors, a non-finite entry, or <c>W_{j+1}</c> whose column count
    /// differs from the row count of <c>W_j</c>.</exception>
    public DeepLinearNetwork(IReadOnlyList<Matrix<double>> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (factors.Count == 0)
        {
            throw new NumericArgumentException("factors", "an empty list", "a deep linear network needs at least one factor W₁");
        }

        _factors = new Matrix<double>[factors.Count];
        var widths = new int[factors.Count + 1];
        for (int j = 1; j <= factors.Count; j++)
        {
            var w = Require.FiniteMatrix(factors[j - 1], $"factors[{j - 1}] (W_{j})");
            if (j > 1 && w.ColumnCount != factors[j - 2].RowCount)
            {
                throw new NumericArgumentException(
                    $"factors[{j - 1}] (W_{j})",
                    $"a {Require.Shape(w)} matrix while W_{j - 1} is {Require.Shape(factors[j - 2])}",
                    $"W_{j} must have as many columns as W_{j - 1} has rows (d_{j - 1} = {factors[j - 2].RowCount.ToString(CultureInfo.InvariantCulture)})");
            }

            _factors[j - 1] = w.Clone();
            widths[j - 1] = w.ColumnCount;
            widths[j] = w.RowCount;
        }

        Dimensions = new LayerDimensions(widths);
    }

    /// <summary>Creates the network from <c>W₁, …, W_N</c> (copied).</summary>
    public DeepLinearNetwork(params Matrix<double>[] factors)
        : this((IReadOnlyList<Matrix<double>>)factors)
    {
    }

    /// <summary>The layer widths <c>d₀, …, d_N</c>.</summary>
    public LayerDimensions Dimensions { get; }

    /// <summary>The depth <c>N</c>.</summary>
    public int Depth => _factors.Length;

    /// <summary>A copy of the factor <c>W_j</c>, <c>1 ≤ j ≤ N</c>.</summary>
    public Matrix<double> Factor(int j) => _factors[Require.InRange(j, 1, Depth, nameof(j)) - 1].Clone();

    /// <summary>Copies of all factors <c>W₁, …, W_N</c> in order.</summary>
    public Matrix<double>[] Factors() => _factors.Select(f => f.Clone()).ToArray();

    /// <summary>
    /// The factors without copying, for code inside this assembly that promises not to mutate them.
    /// </summary>
    internal IReadOnlyList<Matrix<double>> FactorsView => _factors;

    /// <summary>The end-to-end matrix <c>W = W_N ⋯ W₁ ∈ ℝ^{d_N × d₀}</c>.</summary>
    public Matrix<double> Product() => Partial(Depth, 1);

    /// <summary>
    /// The partial product <c>W_{j:i} = W_j W_{j−1} ⋯ W_i</c> for <c>1 ≤ i ≤ j ≤ N</c>; for <c>j = i − 1</c> the
    /// empty product, the identity of size <c>d_{i−1}</c> (acgh §2 notation <c>W_{j:j'}</c>).
    /// </summary>
    public Matrix<double> Partial(int j, int i)
    {
        Require.InRange(i, 1, Depth + 1, nameof(i));
        Require.InRange(j, i - 1, Depth, nameof(j));
        if (j == i - 1)
        {
            return Matrix<double>.Build.DenseIdentity(Dimensions.Width(i - 1));
        }

        // Multiply from the narrow end: cost is dominated by the cheapest association for a chain product.
        var result = _factors[i - 1].Clone();
        for (int k = i + 1; k <= j; k++)
        {
            result = _factors[k - 1] * result;
        }

        return result;
    }

    /// <summary>The prefix product <c>P_j = W_j ⋯ W₁</c> (<c>P₀ = I_{d₀}</c>).</summary>
    public Matrix<double> Prefix(int j) => Partial(Require.InRange(j, 0, Depth, nameof(j)), 1);

    /// <summary>The suffix product <c>S_j = W_N ⋯ W_j</c> (<c>S_{N+1} = I_{d_N}</c>).</summary>
    public Matrix<double> Suffix(int j) => Partial(Depth, Require.InRange(j, 1, Depth + 1, nameof(j)));

    /// <summary>The spectral norm <c>‖W_j‖₂</c> (largest singular value).</summary>
    public double SpectralNorm(int j) => Diagnostics.MatrixDiagnostics.SpectralNorm(_factors[Require.InRange(j, 1, Depth, nameof(j)) - 1]);

    /// <summary>The Frobenius norm <c>‖W_j‖_F</c>.</summary>
    public double FrobeniusNorm(int j) => _factors[Require.InRange(j, 1, Depth, nameof(j)) - 1].FrobeniusNorm();

    /// <summary>A new network with factor <c>W_j</c> replaced (copied).</summary>
    public DeepLinearNetwork WithFactor(int j, Matrix<double> factor)
    {
        Require.InRange(j, 1, Depth, nameof(j));
        var copy = (Matrix<double>[])_factors.Clone();
        copy[j - 1] = factor;
        return new DeepLinearNetwork(copy);
    }

    /// <summary><c>DeepLinearNetwork(N=…, widths=d0,…,dN)</c>.</summary>
    public override string ToString() => $"DeepLinearNetwork(N={Depth.ToString(CultureInfo.InvariantCulture)}, widths={Dimensions})";
}
