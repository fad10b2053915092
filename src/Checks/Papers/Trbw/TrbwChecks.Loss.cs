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
/// Section 2 of trbw: the product (1), the rank constraint, the loss (2) and (4), L^N = L¹(W_N⋯W₁), the minimum of L^N
/// against the rank-r minimum of L¹, and the gradients ∇L¹ (text) and ∇_{Wⱼ}L^N (the flow (5)).
/// </content>
public static partial class TrbwChecks
{
    private static void AddLossChecks(Dictionary<string, Func<CheckContext, CheckResult>> checks)
    {
        checks["trbw/eq1"] = _ => ProductShape();
        checks["trbw/text1"] = ctx => ProductRankBound(ctx);
        checks["trbw/eq2"] = ctx => LossForms(ctx);
        checks["trbw/eq3"] = _ => CheckResult.NotCheckable(
            "the definition of the optimisation problem (3); it states nothing that could be true or false (Theorem 5 refers to its minimisers)");
        checks["trbw/eq4"] = _ => CheckResult.NotCheckable(
            "the definition of L¹; its relation to L^N is checked as trbw/text2#identity", "trbw/text2#identity");
        checks["trbw/text2"] = _ => CheckResult.NotCheckable(
            "'closely related' is informal; its two computable contents are checked separately",
            "trbw/text2#identity", "trbw/text2#minimum");
        checks["trbw/text2#identity"] = ctx => LossThroughProduct(ctx);
        checks["trbw/text2#minimum"] = ctx => MinimumThroughRankBound(ctx);
        checks["trbw/text3"] = _ => ProveGradientOfL1("W*X*X' - Y*X'");
        checks["trbw/eq5"] = _ => LayerGradientAllDepths();
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

    /// <summary>
    /// trbw/text1: rank(W_N⋯W₁) ≤ r = min{d₀, …, d_N} on seeded Gaussian, rank-deficient and balanced tuples.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="outerWidthsOnly">Negative control: the false claim that the outer widths alone decide the rank,
    /// min{d₀, d_N} ≤ rank(W) (ignores a narrow hidden layer; must be refuted).</param>
    /// <returns>Verified, or refuted for the negative control.</returns>
    public static CheckResult ProductRankBound(CheckContext context, bool outerWidthsOnly = false)
    {
        var gen = from depth in Gen.Choose(2, 5)
                  from w in Gen.ArrayOf(Gen.Choose(1, 5), 6)
                  from kind in Gen.Choose(0, 2)
                  from seed in Gen.Choose(0, int.MaxValue)
                  select new RankInstance(depth, w.Take(depth + 1).ToArray(), kind, seed);
        return new InequalityCheck<RankInstance>
        {
            ClaimId = "trbw/text1",
            Family = "tuples of depth 2–5, widths 1–5, Gaussian / one zero-padded rank-1 layer / balanced of random rank",
            Generator = gen,
            Evaluate = inst =>
            {
                var net = inst.Build();
                int rank = MatrixDiagnostics.NumericalRank(net.Product(), 1e-9);
                return outerWidthsOnly
                    ? InstanceOutcome.Inequality(Math.Min(inst.Widths[0], inst.Widths[inst.Depth]), rank)
                    : InstanceOutcome.Inequality(rank, inst.Widths.Min());
            },
            Describe = inst => inst.ToString(),
            Shrink = inst => inst.Shrink(),
            Instances = 100,
            ThoroughInstances = 1000,
            Tightness = new TightnessSpec<RankInstance>
            {
                Dimension = 4,
                FromParameters = p => new RankInstance(2 + (int)(Math.Abs(p[0]) * 3 % 4), [.. p.Select(x => 1 + (int)(Math.Abs(x) * 4 % 5)), 3, 2], 0, 7),
                Restarts = 2,
                MaxEvaluations = 40,
            },
        }.Run(context);
    }

    private sealed record RankInstance(int Depth, int[] Widths, int Kind, int Seed)
    {
        public DeepLinearNetwork Build()
        {
            var rng = Rng(Seed);
            if (Kind == 2)
            {
                int k = Widths.Min();
                return BalancedTuple(Widths, Spectrum(k, 1, false, rng), rng);
            }

            var factors = Enumerable.Range(1, Depth).Select(j => GaussianMatrix(Widths[j], Widths[j - 1], 1, rng)).ToArray();
            if (Kind == 1)
            {
                var f = factors[Depth / 2];
                factors[Depth / 2] = f.Column(0).ToColumnMatrix() * f.Row(0).ToRowMatrix();
            }

            return new DeepLinearNetwork(factors);
        }

        public IEnumerable<RankInstance> Shrink()
        {
            for (int i = 0; i < Widths.Length; i++)
            {
                if (Widths[i] > 1)
                {
                    var w = (int[])Widths.Clone();
                    w[i]--;
                    yield return this with { Widths = w };
                }
            }

            if (Depth > 2)
            {
                yield return this with { Depth = Depth - 1, Widths = Widths.Take(Depth).ToArray() };
            }
        }

        public override string ToString()
            => $"N = {Depth}, widths = ({string.Join(", ", Widths)}), {(Kind == 0 ? "Gaussian" : Kind == 1 ? "one rank-1 layer" : "balanced")} factors, seed {Seed}";
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

    /// <summary>trbw/text2#identity: L^N(W₁, …, W_N) (the engine's factor loss) = L¹(W_N⋯W₁) = ½‖Y − WX‖²_F.</summary>
    /// <param name="context">The check context.</param>
    /// <param name="perSample">Negative control: compare with ½‖Y − WX‖²_F/m (the 1/(2m) convention of other papers; must
    /// be refuted).</param>
    /// <returns>Verified, or refuted for the negative control.</returns>
    public static CheckResult LossThroughProduct(CheckContext context, bool perSample = false)
        => new InequalityCheck<LossInstance>
        {
            ClaimId = "trbw/text2#identity",
            Family = "Gaussian tuples of depth 2–5, widths 1–5, m = widths[0]…12 samples (XXᵀ of full rank a.s.)",
            Generator = LossInstances(5),
            Evaluate = inst =>
            {
                var (net, x, y) = inst.Build();
                var data = new RegressionData(x, y);
                double factorLoss = DeepLinearGradient.Loss(net, data);
                double direct = 0.5 * Math.Pow((y - (net.Product() * x)).FrobeniusNorm(), 2) / (perSample ? x.ColumnCount : 1);
                return InstanceOutcome.Identity(factorLoss - direct, direct);
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

    /// <summary>
    /// trbw/text3: the gradient of L¹(W) = ½tr((WX − Y)ᵀ(WX − Y)), obtained by trace cyclicity in the free (all-dimension)
    /// layer, against a claimed closed form (printed: <c>W*X*X' - Y*X'</c>).
    /// </summary>
    /// <param name="claimed">The claimed gradient in the identity language (W ∈ ℝ^{d1×d0}, X ∈ ℝ^{d0×m}, Y ∈ ℝ^{d1×m}: d1 = d_y, d0 = dₓ).</param>
    /// <returns>Proved for all dimensions, or inconclusive with the nonzero canonical difference (negative controls).</returns>
    public static CheckResult ProveGradientOfL1(string claimed)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var env = ShapeEnvironment.Parse(["W=d1xd0", "X=d0xm", "Y=d1xm"]);
        var loss = CanonicalForm.Of(FreeParser.ParseExpression("1/2*tr((W*X - Y)'*(W*X - Y))"), env);
        var gradient = loss.Gradient("W");
        var closed = CanonicalForm.Of(FreeParser.ParseExpression(claimed), env);
        var difference = gradient - closed;
        var steps = new List<DerivationStep>
        {
            new("canonical-form", "expand L¹(W) = ½tr((WX − Y)ᵀ(WX − Y))", loss.ToLatex(), loss.ToString()),
            new("trace-cyclicity", "differentiate in a direction E and rotate E to the end of each trace: tr(ME) ↦ Mᵀ", gradient.ToLatex(), gradient.ToString()),
            new("canonical-form", "compare with the claimed gradient " + claimed + ": difference " + difference, closed.ToLatex(), closed.ToString()),
        };
        var derivation = new Derivation(
            "Gradient of L¹ (trbw Section 2)",
            @"\nabla_W L^1(W) = WXX^T - YX^T",
            "grad_W L^1 = " + claimed,
            ProofScope.AllDimensions,
            difference.IsZero,
            steps);
        return derivation.Proved
            ? SymbolicProof.FromDerivation(derivation)
            : CheckResult.Inconclusive(
                "free-layer canonical forms",
                new InconclusiveEvidence("the derived gradient differs from the claimed form by " + difference, derivation.ToText(), 0));
    }

    private static CheckResult LayerGradientAllDepths()
    {
        var derivation = DepthGenericProofs.Gradient();
        return derivation.Proved
            ? SymbolicProof.FromDerivation(derivation, " (the velocity field of (5) is −∇_{Wⱼ}L^N = −S_{j+1}ᵀ(WXXᵀ − YXᵀ)P_{j−1}ᵀ)")
            : CheckResult.Inconclusive("all depths", new InconclusiveEvidence("the depth-generic gradient derivation did not close", derivation.ToText(), 0));
    }
}
