namespace DeepLinear.Checks.Support;

/// <summary>
/// How to search adversarially for the largest lhs/rhs of an inequality: instances are parameterized by a real vector
/// p ∈ ℝᵏ (for example log-scales of singular values, entries of factors), and the search maximises lhs/rhs over the
/// instances that meet the hypotheses with random restarts and a Nelder–Mead simplex (MathNet.Numerics).
/// </summary>
/// <typeparam name="T">The instance type.</typeparam>
public sealed class TightnessSpec<T>
{
    /// <summary>The dimension k of the parameter vector (≥ 1).</summary>
    public required int Dimension { get; init; }

    /// <summary>Builds the instance of a parameter vector (must accept any real vector).</summary>
    public required Func<double[], T> FromParameters { get; init; }

    /// <summary>Random restarts in the fast tier (default 3).</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>Random restarts in the thorough tier (default 12).</summary>
    public int ThoroughRestarts { get; init; } = 12;

    /// <summary>Objective evaluations per restart (default 150; thorough runs use 4×).</summary>
    public int MaxEvaluations { get; init; } = 150;

    /// <summary>Standard deviation of the random starting points (default 1).</summary>
    public double StartScale { get; init; } = 1;
}
