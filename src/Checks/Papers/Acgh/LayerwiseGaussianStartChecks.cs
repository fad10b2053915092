using System.Numerics;
using static DeepLinear.Checks.Papers.Acgh.AcghCheckSupport;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>Appendix B and D.4–D.5 of acgh: Claim 2 and Lemma 10 by Monte Carlo and exact moments; Claim 3 and Lemmas 11–12
/// (not checkable: the constants C₀, C₁ are never given) with their computable parts; Lemma 13 by a two-sample test.</summary>
public static class LayerwiseGaussianStartChecks
{
    /// <summary>
    /// The proof of Lemma 10 as printed: E[X_{ij}²] = (a + b)s⁴ for i ≠ j (correct) and E[X_{ii}²] = s⁴(3(a+b) + a(a−1) + b(b−1) − ab).
    /// Exact Gaussian moment algebra (E[x⁴] = 3s⁴, independence): E[X_{ii}²] = Σ_{ℓ,ℓ'}E[A²A²] + Σ_{r,r'}E[B²B²] − 2Σ_{ℓ,r}E[A²]E[B²]
    /// = s⁴(3a + a(a−1) + 3b + b(b−1) − 2ab) = s⁴((a−b)² + 2(a+b)). Refuted with the exact witness a = b = 1.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("gaussian-imbalance-diagonal-moment")]
    internal static CheckResult DiagonalMomentCheck(CheckContext context)
    {
        for (int a = 1; a <= 12; a++)
        {
            for (int b = 1; b <= 12; b++)
            {
                BigInteger exact = (3 * a) + (a * (a - 1)) + (3 * b) + (b * (b - 1)) - (2 * a * b);
                BigInteger closed = ((a - b) * (a - b)) + (2 * (a + b));
                if (exact != closed)
                {
                    throw new InvalidOperationException("acgh text21: moment algebra inconsistent.");
                }
            }
        }

        return ExactCheck.Counterexample(
            context.ClaimId,
            "a = b = 1, s = 1 (A ∈ ℝ^{1×d}, B ∈ ℝ^{d×1}), i = j",
            @"a = b = 1,\ s = 1,\ i = j",
            "E[X_{ii}²] = E[(A_{1i}² − B_{i1}²)²] = 3 + 3 − 2·1·1 = 4 (exact Gaussian moments), but the printed value is "
            + "3(a+b) + a(a−1) + b(b−1) − ab = 6 + 0 + 0 − 1 = 5; in general the cross term is −2ab (E = s⁴((a−b)² + 2(a+b))), e.g. "
            + "a = b = 10 gives 40s⁴ vs the printed 140s⁴. The printed upper bound s⁴((a+b)² + 2(a+b)) still holds, so (43) is unaffected; "
            + "the off-diagonal value (a+b)s⁴ is correct");
    }

    /// <summary>The union bound giving Claim 2 from (43), by exact reduction.</summary>
    /// <param name="context">The context (unused: an exact reduction).</param>
    /// <returns>The result.</returns>
    [ClaimCheck("union-bound-gives-claim-two")]
    internal static CheckResult UnionBound(CheckContext context) => ExactScoped(
        "all a, b, d ≤ d_max, N ≥ 2, k ≥ 1 (exact reduction)",
        [
            "with a, b, d ≤ d_max: 2d(a+b)² + d²(a+b) ≤ 2d_max(2d_max)² + d_max²(2d_max) = 8d_max³ + 2d_max³ = 10d_max³",
            "so P[‖W_{j+1}ᵀW_{j+1} − WⱼWⱼᵀ‖_F ≥ ks²√(10d_max³)] ≤ P[… ≥ ks²√(2d(a+b)² + d²(a+b))] ≤ 1/k² by (43)",
            "union bound over the N − 1 pairs: P[all ≤ ks²√(10d_max³)] ≥ 1 − (N − 1)/k² ≥ 1 − N/k²",
            "with δ = ks²√(10d_max³): N/k² = 10δ^{−2}Ns⁴d_max³, giving Claim 2's bound max{0, 1 − 10δ^{−2}Ns⁴d_max³}",
        ],
        "monotonicity", "union bound");

    /// <summary>The variance of the path polynomial of Lemma 12, exactly.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("path-polynomial-variance")]
    internal static CheckResult PathVarianceCheck(CheckContext context)
    {
        var steps = new List<string>();
        foreach (var widths in new[] { new[] { 2, 2, 1 }, new[] { 3, 2, 3, 1 }, new[] { 2, 2, 2, 2, 1 } })
        {
            int n = widths.Length - 1;
            var paths = new List<int[]>();
            void Enumerate(int[] prefix, int layer)
            {
                if (layer == n)
                {
                    paths.Add(prefix);
                    return;
                }

                for (int i = 0; i < widths[layer]; i++)
                {
                    Enumerate([.. prefix, i], layer + 1);
                }
            }

            Enumerate([0], 1);

            // A path for fixed i₀ = 0 uses entries (layer j: (i_j, i_{j−1})); E[∏ over p and q] ≠ 0 iff every entry occurs an even number of times.
            int nonZero = 0;
            foreach (var p in paths)
            {
                foreach (var q in paths)
                {
                    var counts = new Dictionary<(int, int, int), int>();
                    foreach (var path in new[] { p, q })
                    {
                        for (int j = 1; j <= n; j++)
                        {
                            int row = j == n ? 0 : path[j];
                            var key = (j, row, path[j - 1]);
                            counts[key] = counts.GetValueOrDefault(key) + 1;
                        }
                    }

                    if (counts.Values.All(c => c % 2 == 0))
                    {
                        nonZero++;
                        if (!p.SequenceEqual(q))
                        {
                            return ExactCheck.Counterexample(context.ClaimId, string.Join(",", widths), "widths", "a cross term of distinct paths has non-zero mean");
                        }
                    }
                }
            }

            int expected = widths.Skip(1).Take(n - 1).Aggregate(1, (x, y) => x * y);
            if (nonZero != expected)
            {
                return ExactCheck.Counterexample(context.ClaimId, string.Join(",", widths), "widths", $"{nonZero} surviving terms ≠ d₁⋯d_(N−1) = {expected}");
            }

            steps.Add($"d = ({string.Join(",", widths)}): of {paths.Count}² products of paths exactly the {expected} diagonal ones (p = q) have non-zero mean s^(2N): E[g²] = {expected}·s^(2N) = d₁⋯d_(N−1)s^(2N)");
        }

        steps.Add("in general two distinct paths differ in some index i_k, so the entry (W_{k+1})_{i_{k+1}, i_k} of one path occurs exactly once in the product and its zero mean kills the term; E[g] = 0 likewise (every entry occurs once); f = Σ g² has degree 2N");
        return ExactScoped("all widths (combinatorial argument) with exhaustive enumeration for three width profiles", steps, "independence", "zero odd moments", "E[x²] = s²");
    }

    /// <summary>Lemma 13: rotation invariance of the Gaussian start, by a two-sample test.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("gaussian-start-product-rotation-invariant", Parameters = ["anisotropic-first-layer"])]
    internal static CheckResult RotationInvarianceCheck(CheckContext context) => RotationInvariance(context, Variant(context, "anisotropic-first-layer", 0) != 0);

    /// <summary>
    /// Lemma 13 by a two-sample Kolmogorov–Smirnov comparison of ⟨W_{1:N}, u⟩ and ⟨W_{1:N}O, u⟩ (O Haar-orthogonal, u a unit
    /// vector) at level 10⁻³ (critical value 1.95·√(2/n)), for several N and widths. Public for the negative control
    /// <paramref name="anisotropicFirstLayer"/>: column variances of W₁ that differ (10 : 1) break invariance and must be detected.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="anisotropicFirstLayer">Negative control switch.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult RotationInvariance(CheckContext context, bool anisotropicFirstLayer)
    {
        ArgumentNullException.ThrowIfNull(context);
        int trials = context.Thorough ? 20_000 : 3_000;
        var acc = new SlackAccumulator(0);
        int setting = 0;
        foreach (var widths in new[] { new[] { 3, 2, 1 }, new[] { 4, 3, 2, 1 }, new[] { 5, 1, 1 } })
        {
            var rng = RandomSource.For(unchecked((int)context.DeriveSeed((ulong)(8000 + setting))));
            int d0 = widths[0], n = widths.Length - 1;
            var o = RandomMatrices.HaarOrthogonal(rng, d0);
            var u = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.Dense(d0, i => i == 0 ? 1 : 0);
            var x = new double[trials];
            var y = new double[trials];
            for (int t = 0; t < 2 * trials; t++)
            {
                var w1 = RandomMatrices.Gaussian(rng, widths[1], d0);
                if (anisotropicFirstLayer)
                {
                    w1.SetColumn(0, w1.Column(0) * 10);
                }

                var w = w1;
                for (int j = 2; j <= n; j++)
                {
                    w = RandomMatrices.Gaussian(rng, widths[j], widths[j - 1]) * w;
                }

                if (t < trials)
                {
                    x[t] = w.Row(0) * u;
                }
                else
                {
                    y[t - trials] = (w * o).Row(0) * u;
                }
            }

            double ks = KolmogorovSmirnov(x, y);
            double critical = 1.95 * Math.Sqrt(2.0 / trials);
            int captured = setting;
            acc.Add(ks, critical, (ulong)setting, () => $"d = ({string.Join(",", widths)}), KS statistic {ks:G4} > critical {critical:G4} (setting {captured})");
            setting++;
        }

        return acc.ToResult(
            context.ClaimId,
            string.Create(CultureInfo.InvariantCulture, $"3 width profiles, {trials} + {trials} draws each, two-sample KS at level 10⁻³"),
            "⟨W_{1:N}, e₁⟩ vs ⟨W_{1:N}O, e₁⟩ for Haar O" + (anisotropicFirstLayer ? " with an anisotropic first layer (negative control)" : string.Empty)
            + "; print note: the proof's 'for any matrix O ∈ ℝ^{d₀×d₀}' must read 'for any orthogonal O'");
    }

    private static double KolmogorovSmirnov(double[] x, double[] y)
    {
        var a = x.OrderBy(v => v).ToArray();
        var b = y.OrderBy(v => v).ToArray();
        int i = 0, j = 0;
        double d = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] <= b[j])
            {
                i++;
            }
            else
            {
                j++;
            }

            d = Math.Max(d, Math.Abs(((double)i / a.Length) - ((double)j / b.Length)));
        }

        return d;
    }
}
