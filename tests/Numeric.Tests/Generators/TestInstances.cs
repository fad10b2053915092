using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepLinear.Numeric.Tests.Generators;

/// <summary>A seeded random problem: factors, data X, Y and the reduced data.</summary>
internal sealed record Problem(DeepLinearNetwork Network, Matrix<double> X, Matrix<double> Y, RegressionData Data);

/// <summary>
/// Seeded generators shared by the numeric tests: random depths 2–6, widths 1–5, and data with m ≥ d_x when a full-rank
/// XXᵀ is asked for. Same seed ⇒ same instance.
/// </summary>
internal static class TestInstances
{
    public static Matrix<double> Gaussian(int rows, int columns, System.Random rng, double std = 1) =>
        Matrix<double>.Build.Dense(rows, columns, (_, _) => std * Normal.Sample(rng, 0, 1));

    /// <summary>Depth 2–6, widths 1–5, m 1–8 (XXᵀ possibly singular), factor scale 0.3–1.5.</summary>
    public static Problem Random(int seed, bool fullRankData = false, int minDepth = 2, int maxDepth = 6, int maxWidth = 5)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int depth = minDepth + rng.Next(maxDepth - minDepth + 1);
        var widths = Enumerable.Range(0, depth + 1).Select(_ => 1 + rng.Next(maxWidth)).ToArray();
        int m = fullRankData ? widths[0] + 1 + rng.Next(6) : 1 + rng.Next(8);
        double scale = 0.3 + (1.2 * rng.NextDouble());
        var factors = Enumerable.Range(1, depth).Select(j => Gaussian(widths[j], widths[j - 1], rng, scale)).ToArray();
        var x = Gaussian(widths[0], m, rng);
        var y = Gaussian(widths[depth], m, rng);
        return new Problem(new DeepLinearNetwork(factors), x, y, new RegressionData(x, y));
    }

    /// <summary>A random direction Δ with the shapes of the factors.</summary>
    public static Matrix<double>[] Direction(LayerDimensions dims, int seed)
    {
        var rng = new MersenneTwister(seed + 17, threadSafe: false);
        return Enumerable.Range(1, dims.Depth).Select(j => Gaussian(dims.Width(j), dims.Width(j - 1), rng)).ToArray();
    }

    /// <summary>‖a − b‖ / max(‖a‖, ‖b‖, floor) for flat vectors.</summary>
    public static double RelativeError(IReadOnlyList<double> a, IReadOnlyList<double> b, double floor = 1e-12)
    {
        double diff = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Count; i++)
        {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return Math.Sqrt(diff) / Math.Max(floor, Math.Sqrt(Math.Max(na, nb)));
    }

    /// <summary>‖A − B‖_F / max(‖A‖_F, ‖B‖_F, floor).</summary>
    public static double RelativeError(Matrix<double> a, Matrix<double> b, double floor = 1e-12) =>
        (a - b).FrobeniusNorm() / Math.Max(floor, Math.Max(a.FrobeniusNorm(), b.FrobeniusNorm()));

    /// <summary>Central differences of f at p, step h·max(1, |p_i|).</summary>
    public static double[] CentralDifferences(double[] p, Func<double[], double> f, double h = 1e-6)
    {
        var result = new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            double step = h * Math.Max(1, Math.Abs(p[i]));
            var plus = (double[])p.Clone();
            var minus = (double[])p.Clone();
            plus[i] += step;
            minus[i] -= step;
            result[i] = (f(plus) - f(minus)) / (2 * step);
        }

        return result;
    }

    /// <summary>Raw bytes of matrices, for bit-identity checks.</summary>
    public static byte[] Bytes(params Matrix<double>[] matrices) =>
        matrices.SelectMany(m => m.ToColumnMajorArray()).SelectMany(BitConverter.GetBytes).ToArray();
}
