using System.Globalization;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Numeric.Model;
using DeepLinear.Symbolic.DepthGeneric;
using FsCheck;
using FsCheck.Fluent;

namespace DeepLinear.Checks.Papers.Trbw;

/// <content>
/// Definition 2 (balanced tuples) as a predicate, the preservation of balancedness along the flow (5) — symbolically
/// for all depths and numerically along RK4 runs — and the null-set remark of Section 4.
/// </content>
public static partial class TrbwChecks
{
    private static void AddBalanceChecks(Dictionary<string, Func<CheckContext, CheckResult>> checks)
    {
        checks["trbw/def2"] = ctx => BalancedPredicate(ctx);
        checks["trbw/text4"] = _ => BalanceInvariantAllDepths();
        checks["trbw/text4#flow"] = ctx => BalancePreservedAlongFlow(ctx);
        checks["trbw/text8"] = _ => BalancedTuplesAreNull();
    }

    private sealed record TupleInstance(int Depth, int[] Widths, int Rank, double Scale, int Seed)
    {
        public DeepLinearNetwork Balanced()
        {
            var rng = Rng(Seed);
            return BalancedTuple(Widths, Spectrum(Math.Min(Rank, Widths.Min()), Scale, Seed % 3 == 0, rng), rng);
        }

        public DeepLinearNetwork Gaussian()
        {
            var rng = Rng(Seed);
            return new DeepLinearNetwork(Enumerable.Range(1, Depth).Select(j => GaussianMatrix(Widths[j], Widths[j - 1], Scale / Math.Sqrt(Widths[j - 1]), rng)).ToArray());
        }

        public override string ToString()
            => string.Create(CultureInfo.InvariantCulture, $"N = {Depth}, widths = ({string.Join(", ", Widths)}), rank {Rank}, scale {Scale}, seed {Seed}");
    }

    private static Gen<TupleInstance> TupleInstances(int maxDepth, int maxWidth) =>
        from depth in Gen.Choose(2, maxDepth)
        from w in Gen.ArrayOf(Gen.Choose(1, maxWidth), maxDepth + 1)
        from rank in Gen.Choose(1, maxWidth)
        from scaleExponent in Gen.Choose(-2, 2)
        from seed in Gen.Choose(0, int.MaxValue)
        select new TupleInstance(depth, w.Take(depth + 1).ToArray(), rank, Math.Pow(3, scaleExponent), seed);

    /// <summary>
    /// trbw/def2 as a predicate (<see cref="IsBalanced"/>): it accepts every balanced tuple Wⱼ = Oⱼdiag(σ^{1/N})Oⱼ₋₁ᵀ of any
    /// rank and scale (tiny singular values included) and rejects the same tuple with W₁ scaled by 1 + 10⁻⁴ (which breaks
    /// W₂ᵀW₂ = W₁W₁ᵀ). The count of misclassified tuples is the residual.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="relativeTolerance">The predicate's tolerance (10⁻¹⁰; a loose tolerance such as 1 accepts the
    /// perturbed tuples and must be refuted).</param>
    /// <returns>Verified, or refuted for the negative control.</returns>
    public static CheckResult BalancedPredicate(CheckContext context, double relativeTolerance = 1e-10)
        => new InequalityCheck<TupleInstance>
        {
            ClaimId = "trbw/def2",
            Family = "balanced tuples of depth 2–6, widths 1–5, random rank and scales 3^{−2…2}, and their perturbations W₁ ↦ (1 + 10⁻⁴)W₁",
            Generator = TupleInstances(6, 5),
            Evaluate = inst =>
            {
                var balanced = inst.Balanced();
                var perturbed = balanced.WithFactor(1, balanced.Factor(1) * (1 + 1e-4));
                int wrong = (IsBalanced(balanced, relativeTolerance) ? 0 : 1) + (IsBalanced(perturbed, relativeTolerance) ? 1 : 0);
                return InstanceOutcome.Identity(wrong, 0);
            },
            Describe = inst => inst.ToString(),
            Instances = 100,
        }.Run(context);

    private static CheckResult BalanceInvariantAllDepths()
    {
        var derivation = DepthGenericProofs.FlowInvariant();
        return derivation.Proved
            ? SymbolicProof.FromDerivation(
                derivation,
                " (d/dt(Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ) = 0 along (5); a C¹ function with zero derivative is constant, so a balanced start stays balanced for all t ≥ 0)")
            : CheckResult.Inconclusive("all depths", new Evidence.InconclusiveEvidence("the depth-generic invariant derivation did not close", derivation.ToText(), 0));
    }

    /// <summary>
    /// trbw/text4#flow: along the factor flow (5) (Dormand–Prince, relative tolerance 10⁻¹¹) from balanced starts (random
    /// rank, depth 2–4, widths 1–4, scales 1/3…3), maxⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖_F stays at integrator-error level
    /// (≤ 10⁻⁷·(1 + maxⱼ‖Wⱼ‖²_F)) at every recorded time.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="unbalancedStarts">Negative control: Gaussian (unbalanced) starts, which must give hypotheses-not-met.</param>
    /// <param name="step">0 for the adaptive integrator; a positive value integrates by fixed-step RK4 with that step (a
    /// coarse step such as 0.5 is a negative control of the checker that must be refuted).</param>
    /// <returns>Verified; hypotheses-not-met for unbalanced starts; refuted when the integrator is too coarse.</returns>
    public static CheckResult BalancePreservedAlongFlow(CheckContext context, bool unbalancedStarts = false, double step = 0)
    {
        ArgumentNullException.ThrowIfNull(context);
        int runs = context.Thorough ? 30 : 6;
        const double endTime = 2;
        var times = Grid(0.25, 8);
        var acc = new SlackAccumulator();
        var series = new List<PlotSeries>();
        for (int i = 0; i < runs; i++)
        {
            ulong seed = context.DeriveSeed((ulong)i);
            var rng = Rng(seed);
            int depth = 2 + (i % 3);
            int[] widths = [.. Enumerable.Range(0, depth + 1).Select(_ => rng.Next(1, 5))];
            var inst = new TupleInstance(depth, widths, rng.Next(1, 5), Math.Pow(3, rng.Next(-1, 2)), rng.Next());
            var start = unbalancedStarts ? inst.Gaussian() : inst.Balanced();
            if (!IsBalanced(start))
            {
                acc.Reject(string.Create(CultureInfo.InvariantCulture, $"start not balanced: maxⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖_F = {F(Imbalance(start))} ({inst})"));
                continue;
            }

            var data = RandomData(widths[0], widths[^1], rng);
            DeepLinearNetwork[] path;
            try
            {
                path = step > 0 ? FactorFlowAt(start, data, times, step, context.CancellationToken) : FactorFlowAdaptiveAt(start, data, times, context.CancellationToken, 1e-11);
            }
            catch (ArithmeticException e)
            {
                acc.Add(1, 0, seed, () => inst + ": " + e.Message);
                continue;
            }

            var y = new List<double> { Imbalance(start) };
            for (int p = 0; p < path.Length; p++)
            {
                double imbalance = Imbalance(path[p]);
                y.Add(imbalance);
                int at = p;
                acc.Add(imbalance, 1e-7 * (1 + FactorScale(path[p])), seed, () => string.Create(CultureInfo.InvariantCulture, $"{inst}, t = {times[at]}, {(step > 0 ? "RK4 step " + F(step) : "Dormand–Prince")}"));
            }

            if (series.Count < 6)
            {
                series.Add(new PlotSeries(string.Create(CultureInfo.InvariantCulture, $"N = {depth}, widths ({string.Join(",", widths)})"), [0, .. times], Floor(y)));
            }
        }

        var result = acc.ToResult(
            "trbw/text4#flow",
            string.Create(CultureInfo.InvariantCulture, $"{runs} {(step > 0 ? "RK4 (step " + F(step) + ")" : "Dormand–Prince")} runs of (5) to t = {endTime}, 8 recorded times each"),
            "balanced starts of random rank (depth 2–4, widths 1–4, scales 1/3…3), Gaussian data m = 3dₓ; bound 10⁻⁷(1 + maxⱼ‖Wⱼ‖²_F) (the integrators do not conserve quadratic invariants exactly)");
        return series.Count == 0 ? result : result.WithPlots(Plot("imbalance", "Imbalance along the factor flow (5) from balanced starts", "maxⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖_F", true, [.. series]));
    }

    private static CheckResult BalancedTuplesAreNull()
    {
        // p(W₁, …, W_N) = Σⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖²_F is a polynomial in the entries; witness W₁ = E₁₁, Wⱼ = 0 (j ≥ 2): the
        // defect of the first pair is −E₁₁E₁₁ᵀ = −E₁₁, so p = 1 exactly.
        var w1 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(1, 1, 1.0);
        var w2 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(1, 1, 0.0);
        double p = Math.Pow(((w2.Transpose() * w2) - (w1 * w1.Transpose())).FrobeniusNorm(), 2);
        return p == 1
            ? ExactCheck.Proved(
                "all depths N ≥ 2 and all widths",
                [
                    "balanced ⇔ p(W₁, …, W_N) = Σⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖²_F = 0, a polynomial in the entries",
                    "witness W₁ = E₁₁ (the matrix unit), Wⱼ = 0 for j ≥ 2: the first defect is −E₁₁, p = 1 ≠ 0 (exact)",
                    "the zero set of a polynomial that is not identically zero has Lebesgue measure zero",
                    "hence the balanced tuples form a null set (the printed 'a set of zero' read as 'a set of measure zero')",
                ],
                "zero sets of nonzero polynomials are null", "exact witness")
            : ExactCheck.Counterexample("trbw/text8", "W₁ = E₁₁", "W_1 = E_{11}", "p(witness) ≠ 1");
    }
}
