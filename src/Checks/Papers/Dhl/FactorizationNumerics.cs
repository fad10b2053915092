using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Sampling.RandomMatrices;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// The random factorization instances (drawn through the shared <see cref="RandomMatrices"/> and
/// <see cref="RandomSource"/>), the Hessian of the factorization objective (numeric engine) and small helpers.
/// </summary>
internal static class FactorizationNumerics
{
    /// <summary>A random factorization instance: sizes, rank, target M* (exact rank r) and a point (U, V).</summary>
    internal sealed record FactorizationInstance(int Seed, int D1, int D2, int R, Matrix<double> M, Matrix<double> U, Matrix<double> V, string Kind)
    {
        public string Text => string.Create(CultureInfo.InvariantCulture, $"seed {Seed}: d₁ = {D1}, d₂ = {D2}, r = {R}, ‖M*‖_F = {Fro(M):G4}, ‖U‖_F = {Fro(U):G4}, ‖V‖_F = {Fro(V):G4} ({Kind})");
    }

    /// <summary>Instances with d₁, d₂ ≤ 6, r ≤ min(d₁, d₂, 3), ‖M*‖ over four decades, points at random scales (tiny,
    /// balanced, unbalanced by 10², near the optimum).</summary>
    internal static Gen<FactorizationInstance> FactorizationInstances =>
        from seed in Seeds
        select MakeFactorizationInstance(seed);

    internal static FactorizationInstance MakeFactorizationInstance(int seed)
    {
        var rng = RandomSource.For(seed);
        int d1 = 1 + rng.Next(6), d2 = 1 + rng.Next(6);
        int r = 1 + rng.Next(Math.Min(3, Math.Min(d1, d2)));
        double scale = Math.Pow(10, (4 * rng.NextDouble()) - 2);
        var (m, phi, psi) = RankR(rng, d1, d2, Spectrum(rng, r, scale));
        int kind = rng.Next(4);
        double s = Math.Sqrt(scale);
        var (u, v, text) = kind switch
        {
            0 => (Gaussian(rng, d1, r, 1e-3 * s), Gaussian(rng, d2, r, 1e-3 * s), "small"),
            1 => (Gaussian(rng, d1, r, s), Gaussian(rng, d2, r, s), "balanced scale"),
            2 => (Gaussian(rng, d1, r, 10 * s), Gaussian(rng, d2, r, 0.1 * s), "unbalanced by 10²"),
            _ => (phi * 1.1 * s + Gaussian(rng, d1, r, 0.01 * s), psi * 0.9 * s + Gaussian(rng, d2, r, 0.01 * s), "near an optimum"),
        };
        return new FactorizationInstance(seed, d1, d2, r, m, u, v, text);
    }

    /// <summary>An FsCheck generator of 31-bit seeds; each instance builds its matrices from its own seed.</summary>
    internal static Gen<int> Seeds => Gen.Choose(0, int.MaxValue);

    /// <summary>
    /// Singular values for an instance: log-uniform in [10^{−spread}, 1] times a scale, with a chance of repeated values
    /// and of one tiny value (near-degenerate spectra), sorted decreasingly.
    /// </summary>
    internal static double[] Spectrum(System.Random rng, int r, double scale)
    {
        var s = new double[r];
        int kind = rng.Next(4);
        for (int i = 0; i < r; i++)
        {
            s[i] = scale * Math.Pow(10, -2 * rng.NextDouble());
        }

        if (kind == 1 && r > 1)
        {
            s[1] = s[0]; // repeated top value
        }
        else if (kind == 2)
        {
            s[r - 1] = scale * 1e-4; // tiny value
        }

        return [.. s.OrderByDescending(x => x)];
    }

    /// <summary>M* = ΦΣΨᵀ of exact rank r (up to rounding) with the given spectrum; also returns Φ, Ψ.</summary>
    internal static (Matrix<double> M, Matrix<double> Phi, Matrix<double> Psi) RankR(System.Random rng, int d1, int d2, double[] sigma)
    {
        int r = sigma.Length;
        var phi = Orthonormal(rng, d1, r);
        var psi = Orthonormal(rng, d2, r);
        var m = phi * Matrix<double>.Build.DenseOfDiagonalArray(sigma) * psi.Transpose();
        return (m, phi, psi);
    }

    /// <summary>The factorization as a two-layer linear network: W₁ = Vᵀ, W₂ = U, X = I_{d₂}, Y = M*, so L = f.</summary>
    internal static (DeepLinearNetwork Network, RegressionData Data) AsNetwork(Matrix<double> m, Matrix<double> u, Matrix<double> v)
        => (new DeepLinearNetwork(v.Transpose(), u), new RegressionData(Matrix<double>.Build.DenseIdentity(m.ColumnCount), m));

    /// <summary>The eigenvalues of ∇²f(U, V) in increasing order (numeric engine's full Hessian).</summary>
    internal static double[] HessianEigenvalues(Matrix<double> m, Matrix<double> u, Matrix<double> v)
    {
        var (network, data) = AsNetwork(m, u, v);
        return DeepLinearHessian.Eigenvalues(network, data);
    }

    /// <summary>[∇²f(U, V)](Δ, Δ) from the numeric engine's Hessian-vector product (Δ_U, Δ_V).</summary>
    internal static double HessianForm(Matrix<double> m, Matrix<double> u, Matrix<double> v, Matrix<double> du, Matrix<double> dv)
    {
        var (network, data) = AsNetwork(m, u, v);
        return DeepLinearHessian.QuadraticForm(network, data, [dv.Transpose(), du]);
    }

    /// <summary>The orthogonal R minimizing ‖W − W*R‖_F (Procrustes): R = AB ᵀ from the SVD W*ᵀW = AΣBᵀ.</summary>
    internal static Matrix<double> Procrustes(Matrix<double> w, Matrix<double> wStar)
    {
        var svd = (wStar.TransposeThisAndMultiply(w)).Svd(computeVectors: true);
        return svd.U * svd.VT;
    }

    internal static Matrix<double> Stack(Matrix<double> top, Matrix<double> bottom) => top.Stack(bottom);

    internal static double Fro(Matrix<double> a) => a.FrobeniusNorm();

    internal static double Fro2(Matrix<double> a)
    {
        double f = a.FrobeniusNorm();
        return f * f;
    }

    internal static double Inner(Matrix<double> a, Matrix<double> b) => a.PointwiseMultiply(b).Enumerate().Sum();

    internal static string G(double x) => x.ToString("G6", CultureInfo.InvariantCulture);

    internal static bool AddLink(DeepLinear.Checks.Support.SlackAccumulator acc, (double Lhs, double Rhs) link, ulong key, Func<string> where)
        => acc.Add(link.Lhs, link.Rhs, key, where);

    /// <summary>The link of a chain of inequalities with the largest relative excess (lhs − rhs)/(|rhs| + tiny): the chain holds iff it holds.</summary>
    internal static (double Lhs, double Rhs) WorstLink(params (double Lhs, double Rhs)[] links)
    {
        var worst = links[0];
        double worstScore = double.NegativeInfinity;
        foreach (var link in links)
        {
            double score = (link.Lhs - link.Rhs) / (Math.Max(Math.Abs(link.Lhs), Math.Abs(link.Rhs)) + 1e-300);
            if (score > worstScore)
            {
                worstScore = score;
                worst = link;
            }
        }

        return worst;
    }
}
