using System.Globalization;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Geometry;
using DeepLinear.Numeric.Model;
using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Checks.Papers.Trbw;

/// <content>
/// Section 2 of trbw: the shape of the product (1), the column form of the loss (2), and the minimum of L^N against the
/// rank-r minimum of L¹. The rank constraint (text1), L^N = L¹(W_N⋯W₁) (text2#identity) and the gradients ∇L¹ (text3)
/// and ∇_{Wⱼ}L^N (eq5) are declarative, in catalog/trbw.yaml.
/// </content>
public static partial class TrbwChecks
{
    private static void AddLossChecks(Dictionary<string, Func<CheckContext, CheckResult>> checks)
    {
        checks["trbw/eq1"] = _ => ProductShape();
        checks["trbw/eq2"] = ctx => LossForms(ctx);
        checks["trbw/text2#minimum"] = ctx => MinimumThroughRankBound(ctx);
    }

    private static CheckResult ProductShape()
    {
        // Exact index arithmetic: W_j ⋯ W_1 ∈ ℝ^{d_j×d_0} by induction (base j = 1; step: W_{j+1} ∈ ℝ^{d_{j+1}×d_j} times
        // a d_j×d_0 matrix is defined and d_{j+1}×d_0).
        return ExactCheck.Proved(
            "all depths N ≥ 1 and all widths",
            [
                "base: W₁ ∈ ℝ^{d₁×d₀}",
                "step: if Wⱼ⋯W₁ ∈ ℝ^{dⱼ×d₀} then Wⱼ₊₁(Wⱼ⋯W₁) multiplies (dⱼ₊₁×dⱼ)·(dⱼ×d₀): inner dimensions agree, result dⱼ₊₁×d₀",
                "hence W = W_N⋯W₁ ∈ ℝ^{d_N×d₀} = ℝ^{d_y×dₓ} is defined for every N and every choice of widths",
            ],
            "induction on j", "shape rule of the matrix product");
    }

    private sealed record LossInstance(int Depth, int[] Widths, int Samples, int Seed)
    {
        public (DeepLinearNetwork Net, Matrix<double> X, Matrix<double> Y) Build()
        {
            var rng = Rng(Seed);
            var net = new DeepLinearNetwork(Enumerable.Range(1, Depth).Select(j => GaussianMatrix(Widths[j], Widths[j - 1], 1 / Math.Sqrt(Widths[j - 1]), rng)).ToArray());
            var x = GaussianMatrix(Widths[0], Samples, 1, rng);
            var y = GaussianMatrix(Widths[^1], Samples, 1, rng);
            return (net, x, y);
        }

        public override string ToString() => $"N = {Depth}, widths = ({string.Join(", ", Widths)}), m = {Samples}, seed {Seed}";
    }

    private static Gen<LossInstance> LossInstances(int minSamples) =>
        from depth in Gen.Choose(2, 5)
        from w in Gen.ArrayOf(Gen.Choose(1, 5), 6)
        from m in Gen.Choose(minSamples, 12)
        from seed in Gen.Choose(0, int.MaxValue)
        select new LossInstance(depth, w.Take(depth + 1).ToArray(), m, seed);

    /// <summary>
    /// trbw/eq2: ½Σⱼ‖yⱼ − W_N⋯W₁xⱼ‖²₂ (column by column) = ½‖Y − W_N⋯W₁X‖²_F (matrix form).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="columnFactor">The factor of the column sum (½ as printed; the negative control 1/(2m) must be refuted).</param>
    /// <param name="useSampleCount">When true the factor is divided by m (negative control).</param>
    /// <returns>Verified, or refuted for the negative control.</returns>
    public static CheckResult LossForms(CheckContext context, double columnFactor = 0.5, bool useSampleCount = false)
        => new InequalityCheck<LossInstance>
        {
            ClaimId = "trbw/eq2",
            Family = "Gaussian tuples of depth 2–5, widths 1–5, m = 1–12 samples",
            Generator = LossInstances(1),
            Evaluate = inst =>
            {
                var (net, x, y) = inst.Build();
                var w = net.Product();
                double sum = 0;
                for (int j = 0; j < x.ColumnCount; j++)
                {
                    var r = y.Column(j) - (w * x.Column(j));
                    sum += r.DotProduct(r);
                }

                double factor = useSampleCount ? columnFactor / x.ColumnCount : columnFactor;
                double columns = factor * sum;
                double frobenius = 0.5 * Math.Pow((y - (w * x)).FrobeniusNorm(), 2);
                return InstanceOutcome.Identity(columns - frobenius, frobenius);
            },
            Describe = inst => inst.ToString(),
            Instances = 100,
        }.Run(context);

    private sealed record MinimumInstance(int Depth, int[] Widths, int Seed, double[]? Entries)
    {
        public (DeepLinearNetwork Net, RegressionData Data) Build()
        {
            var rng = Rng(Seed);
            var data = RandomData(Widths[0], Widths[^1], rng);
            if (Entries is null)
            {
                return (new DeepLinearNetwork(Enumerable.Range(1, Depth).Select(j => GaussianMatrix(Widths[j], Widths[j - 1], 1 / Math.Sqrt(Widths[j - 1]), rng)).ToArray()), data);
            }

            int at = 0;
            var factors = new Matrix<double>[Depth];
            for (int j = 1; j <= Depth; j++)
            {
                factors[j - 1] = Matrix<double>.Build.Dense(Widths[j], Widths[j - 1], (_, _) => Entries[at++ % Entries.Length]);
            }

            return (new DeepLinearNetwork(factors), data);
        }

        public override string ToString() => $"N = {Depth}, widths = ({string.Join(", ", Widths)}), data seed {Seed}";
    }

    /// <summary>
    /// trbw/text2#minimum: for every tuple, L^N(W₁, …, W_N) ≥ min_{rank W ≤ r} L¹(W) = L¹(W*_r) (lhs L¹(W*_r), rhs L^N);
    /// the tightness search over the factor entries approaches ratio 1 (the minimum is attained by factorisations).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="minimumFactor">Negative control: claim L^N ≥ factor·L¹(W*_r) (1 as printed; 1.5 must be refuted).</param>
    /// <returns>Verified, or refuted for the negative control.</returns>
    public static CheckResult MinimumThroughRankBound(CheckContext context, double minimumFactor = 1)
    {
        var gen = from depth in Gen.Choose(2, 4)
                  from w in Gen.ArrayOf(Gen.Choose(1, 4), 5)
                  from seed in Gen.Choose(0, int.MaxValue)
                  select new MinimumInstance(depth, w.Take(depth + 1).ToArray(), seed, null);
        return new InequalityCheck<MinimumInstance>
        {
            ClaimId = "trbw/text2#minimum",
            Family = "Gaussian tuples of depth 2–4, widths 1–4, Gaussian data (m = 3dₓ) with noisy targets; W*_r by Eckart–Young",
            Generator = gen,
            Evaluate = inst =>
            {
                var (net, data) = inst.Build();
                int r = inst.Widths.Min();
                double best = minimumFactor * LowRankMinimizer.Compute(data, r).Loss;
                return InstanceOutcome.Inequality(best, DeepLinearGradient.Loss(net, data));
            },
            Describe = inst => inst.ToString(),
            Instances = 100,
            Tightness = new TightnessSpec<MinimumInstance>
            {
                // N = 2, widths (3, 1, 2): 3 + 2 = 5 entries; rank bound r = 1 is active.
                Dimension = 5,
                FromParameters = p => new MinimumInstance(2, [3, 1, 2], 11, p),
                Restarts = 3,
                MaxEvaluations = 400,
            },
        }.Run(context);
    }
}
