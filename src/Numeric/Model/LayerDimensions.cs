using System.Globalization;
using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Model;

/// <summary>
/// The widths <c>d₀, d₁, …, d_N</c> of a deep linear network of depth <c>N</c>: layer <c>j</c> (1-based, as in the
/// papers) is a matrix <c>W_j ∈ ℝ^{d_j × d_{j−1}}</c>, so <c>d₀ = d_x</c> is the input and <c>d_N = d_y</c> the output width.
/// </summary>
/// <remarks>Immutable; value equality on the width sequence. Every width is ≥ 1 and the depth is ≥ 1.</remarks>
public sealed class LayerDimensions : IEquatable<LayerDimensions>
{
    private readonly int[] _widths;

    /// <summary>Creates the dimensions from <c>d₀, …, d_N</c>.</summary>
    /// <exception cref="NumericArgumentException">Fewer than two widths, or a width ≤ 0.</exception>
    public LayerDimensions(params int[] widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        if (widths.Length < 2)
        {
            throw new NumericArgumentException("widths", $"[{string.Join(", ", widths)}]", "needs at least two widths d₀, d₁ (depth N ≥ 1)");
        }

        for (int i = 0; i < widths.Length; i++)
        {
            if (widths[i] <= 0)
            {
                throw new NumericArgumentException($"widths[{i}] (d_{i})", widths[i].ToString(CultureInfo.InvariantCulture), "every layer width must be a positive integer");
            }
        }

        _widths = (int[])widths.Clone();
    }

    /// <summary>The depth <c>N</c> (number of factor matrices).</summary>
    public int Depth => _widths.Length - 1;

    /// <summary>The input width <c>d₀ = d_x</c>.</summary>
    public int InputWidth => _widths[0];

    /// <summary>The output width <c>d_N = d_y</c>.</summary>
    public int OutputWidth => _widths[^1];

    /// <summary>The narrowest width <c>min_j d_j</c> (the largest possible rank of the product).</summary>
    public int MinWidth => _widths.Min();

    /// <summary>The width <c>d_j</c>, <c>0 ≤ j ≤ N</c>.</summary>
    public int Width(int j) => _widths[Require.InRange(j, 0, Depth, nameof(j))];

    /// <summary>All widths <c>d₀, …, d_N</c> (a copy).</summary>
    public IReadOnlyList<int> Widths => Array.AsReadOnly(_widths);

    /// <summary>The number of trainable parameters <c>Σ_j d_j d_{j−1}</c>.</summary>
    public int ParameterCount
    {
        get
        {
            int count = 0;
            for (int j = 1; j <= Depth; j++)
            {
                count += _widths[j] * _widths[j - 1];
            }

            return count;
        }
    }

    /// <summary>All widths equal: <c>N</c> layers of width <c>d</c>.</summary>
    public static LayerDimensions Uniform(int depth, int width)
    {
        Require.Positive(depth, nameof(depth));
        Require.Positive(width, nameof(width));
        return new LayerDimensions(Enumerable.Repeat(width, depth + 1).ToArray());
    }

    /// <summary>Parses <c>"d0,d1,...,dN"</c>.</summary>
    public static LayerDimensions Parse(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var widths = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out widths[i]))
            {
                throw new NumericArgumentException("widths", $"\"{text}\"", "must be a comma-separated list of positive integers d0,d1,...,dN");
            }
        }

        return new LayerDimensions(widths);
    }

    /// <inheritdoc />
    public bool Equals(LayerDimensions? other) => other is not null && _widths.AsSpan().SequenceEqual(other._widths);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LayerDimensions);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int w in _widths)
        {
            hash.Add(w);
        }

        return hash.ToHashCode();
    }

    /// <summary><c>d0,d1,…,dN</c>.</summary>
    public override string ToString() => string.Join(",", _widths.Select(w => w.ToString(CultureInfo.InvariantCulture)));
}
