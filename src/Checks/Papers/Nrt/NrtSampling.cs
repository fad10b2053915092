using FsCheck;
using FsCheck.Fluent;

namespace DeepLinear.Checks.Papers.Nrt;

/// <summary>
/// Helpers shared by the nrt checks: balanced tuples as networks (drawn by the shared <see cref="NetworkFamilies"/>),
/// the seeded-instance check (each instance from <see cref="RandomSource"/>), sub-seeds of a run seed, balanced
/// factorizations of a given matrix, and a helper combining several sub-outcomes of one instance into the worst one.
/// </summary>
internal static class NrtSampling
{
    /// <summary>
    /// A balanced tuple of the given widths, <c>Wⱼ = Oⱼ diag(s) Oⱼ₋₁ᵀ</c> with Haar frames <c>Oⱼ ∈ ℝ^{dⱼ×r}</c>, r = s.Length ≤
    /// min widths (<see cref="NetworkFamilies.BalancedWithFactorSpectrum"/>), so <c>Wⱼ₊₁ᵀWⱼ₊₁ = WⱼWⱼᵀ</c>.
    /// </summary>
    internal static DeepLinearNetwork BalancedTuple(System.Random random, IReadOnlyList<int> widths, IReadOnlyList<double> s) =>
        new(NetworkFamilies.BalancedWithFactorSpectrum(random, widths, s));

    /// <summary>The factors scaled: Wⱼ ↦ cⱼWⱼ.</summary>
    internal static DeepLinearNetwork Scaled(DeepLinearNetwork network, Func<int, double> factor) =>
        new(Enumerable.Range(1, network.Depth).Select(j => network.Factor(j) * factor(j)).ToArray());

    /// <summary>Spectral norm, accurate at every scale (<see cref="MatrixDiagnostics.SpectralNorm"/>).</summary>
    internal static double Norm(Matrix<double> m) => MatrixDiagnostics.SpectralNorm(m);

    /// <summary>Smallest singular value of a matrix with at least as many columns as rows.</summary>
    internal static double SigmaMin(Matrix<double> x) => x.Svd(computeVectors: false).S[Math.Min(x.RowCount, x.ColumnCount) - 1];

    /// <summary>The worst of several sub-outcomes of one instance: the first rejection if any, else the largest lhs/rhs.</summary>
    internal static InstanceOutcome Worst(params InstanceOutcome[] outcomes)
    {
        foreach (var o in outcomes)
        {
            if (!o.HypothesesMet)
            {
                return o;
            }
        }

        var worst = outcomes[0];
        foreach (var o in outcomes)
        {
            if (!o.IsFinite)
            {
                return o;
            }

            if (o.Ratio > worst.Ratio)
            {
                worst = o;
            }
        }

        return worst;
    }

    /// <summary>An identity a = b of two non-negative magnitudes, tested relative to their size.</summary>
    internal static InstanceOutcome Same(double a, double b, double tolerance = 1e-9) =>
        InstanceOutcome.Identity(a - b, Math.Max(Math.Abs(a), Math.Abs(b)), tolerance);

    /// <summary>Invariant formatting of a double (G6).</summary>
    internal static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Invariant formatting of widths.</summary>
    internal static string W(IEnumerable<int> widths) => "(" + string.Join(", ", widths.Select(w => w.ToString(CultureInfo.InvariantCulture))) + ")";

    /// <summary>
    /// A balanced factorization of a matrix A of rank k ≤ min widths through the given widths (narrow hidden layers
    /// allowed): with A = UΣVᵀ (top k), W₁ = I_{d₁,k}Σ^{1/N}V_kᵀ, Wⱼ = I_{dⱼ,k}Σ^{1/N}I_{k,dⱼ₋₁} and W_N = U_kΣ^{1/N}I_{k,d_{N−1}},
    /// so Wⱼ₊₁ᵀWⱼ₊₁ = WⱼWⱼᵀ and W_N⋯W₁ = A.
    /// </summary>
    internal static DeepLinearNetwork BalancedFactorization(Matrix<double> a, IReadOnlyList<int> widths)
    {
        int n = widths.Count - 1;
        var svd = a.Svd(computeVectors: true);
        int k = Math.Min(widths.Min(), svd.S.Count(v => v > 1e-14 * Math.Max(1e-300, svd.S[0])));
        var root = Matrix<double>.Build.DenseOfDiagonalArray([.. svd.S.Take(k).Select(v => Math.Pow(v, 1.0 / n))]);
        Matrix<double> Embed(int d) => Matrix<double>.Build.Dense(d, k, (i, j) => i == j ? 1 : 0);
        var u = Enumerable.Range(0, n + 1).Select(j => j == 0 ? svd.VT.Transpose().SubMatrix(0, widths[0], 0, k) : j == n ? svd.U.SubMatrix(0, widths[n], 0, k) : Embed(widths[j])).ToArray();
        return new DeepLinearNetwork([.. Enumerable.Range(1, n).Select(j => u[j] * root * u[j - 1].Transpose())]);
    }

    /// <summary>Attaches one plot (series capped at 400 points) to a verified or refuted trajectory result.</summary>
    internal static Running.CheckResult WithPlot(Running.CheckResult result, string title, string xLabel, string yLabel, bool logY, params Reports.PlotSeries[] series)
    {
        if (result.Verdict is not (Evidence.Verdict.Verified or Evidence.Verdict.Refuted) || series.All(x => x.X.Count == 0))
        {
            return result;
        }

        var capped = series.Select(x => x.X.Count <= 400 ? x : new Reports.PlotSeries(x.Label, [.. x.X.Take(400)], [.. x.Y.Take(400)], x.Dashed)).ToArray();
        return result.WithPlots(new Reports.ClaimPlot("trajectory", title, xLabel, yLabel, capped, logY));
    }

    /// <summary>
    /// A check over <paramref name="count"/> seeded instances (10× when thorough), instance i drawn from
    /// <c>RandomSource.For(context.DeriveSeed(i))</c>; every outcome goes into one <see cref="SlackAccumulator"/>.
    /// </summary>
    internal static CheckResult SeededCheck(CheckContext context, string id, string family, int count, Func<System.Random, (InstanceOutcome Outcome, string Description)> instance)
    {
        var acc = new SlackAccumulator(1e-9);
        int n = context.Thorough ? 10 * count : count;
        for (int i = 0; i < n; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ulong seed = context.DeriveSeed((ulong)i);
            var (o, d) = instance(RandomSource.For(seed));
            acc.Add(o, seed, () => d);
        }

        return acc.ToResult(id, string.Create(CultureInfo.InvariantCulture, $"{n} seeded instances"), family, runSeed: context.Seed);
    }

    /// <summary>The i-th sub-seed of a run seed (a SplitMix64 step, folded to 31 bits).</summary>
    internal static int SeedOf(ulong seed, int i)
    {
        ulong z = seed + ((ulong)(i + 1) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        return (int)((z ^ (z >> 27)) & 0x7FFFFFFF);
    }

    /// <summary>10^u with u uniform in [lowExp, highExp] (a grid of 10⁶ steps), 0 with the given probability.</summary>
    internal static Gen<double> LogUniform(double lowExp, double highExp, double zeroProbability) =>
        from z in Gen.Choose(0, 999)
        from e in Gen.Choose(0, 1_000_000)
        select z < zeroProbability * 1000 ? 0.0 : Math.Pow(10, lowExp + ((highExp - lowExp) * e / 1e6));
}
