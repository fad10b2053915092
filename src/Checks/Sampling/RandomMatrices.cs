using MathNet.Numerics.Distributions;

namespace DeepLinear.Checks.Sampling;

/// <summary>
/// The random matrices every check draws from (one implementation each, shared by the five papers and by the
/// generators of claim files). Every method draws only from the <see cref="System.Random"/> it is given
/// (<see cref="RandomSource"/>), entries in column-major order, so a draw is reproducible from its seed.
/// </summary>
public static class RandomMatrices
{
    /// <summary>One standard normal sample (MathNet's <see cref="Normal.Sample(System.Random, double, double)"/>).</summary>
    /// <param name="random">The random source.</param>
    /// <returns>A sample of N(0, 1).</returns>
    public static double Normal(System.Random random) => MathNet.Numerics.Distributions.Normal.Sample(random, 0, 1);

    /// <summary>A rows×columns matrix with i.i.d. N(0, std²) entries.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="rows">Rows.</param>
    /// <param name="columns">Columns.</param>
    /// <param name="std">The standard deviation (default 1).</param>
    /// <returns>The matrix.</returns>
    public static Matrix<double> Gaussian(System.Random random, int rows, int columns, double std = 1)
        => Matrix<double>.Build.Dense(rows, columns, (_, _) => std * Normal(random));

    /// <summary>A Haar-distributed n×n orthogonal matrix: the Q of a QR factorization of a Gaussian matrix with the
    /// signs of R's diagonal moved into Q (Mezzadri 2007), so the distribution is exactly Haar.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="n">The size.</param>
    /// <returns>Q with QᵀQ = I.</returns>
    public static Matrix<double> HaarOrthogonal(System.Random random, int n)
        => Numeric.Initialization.NrtExperimentSetup.HaarOrthogonal(n, random);

    /// <summary>An n×k matrix with orthonormal columns (k ≤ n): the first k columns of a Haar-orthogonal matrix, so
    /// its column space is uniform on the Grassmannian.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="n">Rows.</param>
    /// <param name="k">Columns, at most n.</param>
    /// <returns>U with UᵀU = I_k.</returns>
    public static Matrix<double> Orthonormal(System.Random random, int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        return HaarOrthogonal(random, n).SubMatrix(0, n, 0, k);
    }

    /// <summary>A rows×columns matrix U diag(s) Vᵀ with the given singular values (s.Count ≤ min(rows, columns)) and
    /// Haar frames U, V.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="rows">Rows.</param>
    /// <param name="columns">Columns.</param>
    /// <param name="singularValues">The singular values (any order, non-negative).</param>
    /// <returns>The matrix.</returns>
    public static Matrix<double> WithSingularValues(System.Random random, int rows, int columns, IReadOnlyList<double> singularValues)
    {
        ArgumentNullException.ThrowIfNull(singularValues);
        var u = Orthonormal(random, rows, singularValues.Count);
        var v = Orthonormal(random, columns, singularValues.Count);
        return u * Matrix<double>.Build.DenseOfDiagonalArray([.. singularValues]) * v.Transpose();
    }

    /// <summary>An n×n symmetric matrix (G + Gᵀ)/2 with G Gaussian.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="n">The size.</param>
    /// <returns>The matrix.</returns>
    public static Matrix<double> Symmetric(System.Random random, int n)
    {
        var g = Gaussian(random, n, n);
        return (g + g.Transpose()) * 0.5;
    }

    /// <summary>An n×n positive semidefinite matrix GGᵀ with G Gaussian n×n.</summary>
    /// <param name="random">The random source.</param>
    /// <param name="n">The size.</param>
    /// <returns>The matrix.</returns>
    public static Matrix<double> Psd(System.Random random, int n)
    {
        var g = Gaussian(random, n, n);
        return g.TransposeAndMultiply(g);
    }

    /// <summary>A rows×columns matrix of rank min(k, rows, columns): the product of Gaussian rows×k and k×columns
    /// factors (the zero matrix for k = 0).</summary>
    /// <param name="random">The random source.</param>
    /// <param name="rows">Rows.</param>
    /// <param name="columns">Columns.</param>
    /// <param name="k">The rank asked for.</param>
    /// <returns>The matrix.</returns>
    public static Matrix<double> OfRank(System.Random random, int rows, int columns, int k)
    {
        k = Math.Min(k, Math.Min(rows, columns));
        return k <= 0 ? Matrix<double>.Build.Dense(rows, columns) : Gaussian(random, rows, k) * Gaussian(random, k, columns);
    }

    /// <summary>A number whose logarithm is uniform in [log lo, log hi] (0 &lt; lo ≤ hi).</summary>
    /// <param name="random">The random source.</param>
    /// <param name="lo">The lower end.</param>
    /// <param name="hi">The upper end.</param>
    /// <returns>The number.</returns>
    public static double LogUniform(System.Random random, double lo, double hi)
    {
        ArgumentNullException.ThrowIfNull(random);
        return Math.Exp(Math.Log(lo) + ((Math.Log(hi) - Math.Log(lo)) * random.NextDouble()));
    }
}
