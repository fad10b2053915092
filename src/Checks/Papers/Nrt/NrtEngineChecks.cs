using DeepLinear.Numeric.Bounds;
using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Nrt.NrtSampling;

namespace DeepLinear.Checks.Papers.Nrt;

/// <summary>
/// The engine-backed (numeric and symbolic) checks of nrt written in C#, by claim id; wired into
/// <see cref="Catalog.ClaimCatalog.Default"/>. The claims that fit a declarative form are data in <c>catalog/nrt.yaml</c>.
/// </summary>
/// <remarks>
/// Grouped by the structure the checks share: this class holds the checks on single tuples, scalars, data and sampled
/// sets (the paragraphs below); <see cref="NrtDescentRunChecks"/> the checks along gradient-descent runs (Proposition
/// 3.3, Theorem 2.4, (3.13)–(3.23), the Hessian bound); <see cref="NrtGradientFlowChecks"/> the gradient flow
/// (2.2)–(2.5) and Theorems 2.1–2.2; <see cref="NrtExperimentChecks"/> Section 5 and Theorem 2.6(b). Random matrices,
/// tuples and seeds come from <see cref="NrtSampling"/>; every check derives its randomness from
/// <see cref="CheckContext.Seed"/>.
/// <para>
/// Definitions as predicates: the balancedness constant (Definition 2.3, (2.7)) on tuples with a known constant. The
/// matrix Q of (2.6), the balanced predicate (2.4), equal Frobenius norms, Frobenius δ-balancedness of [2] and the
/// rank of the product are inequality claims in <c>catalog/nrt.yaml</c>.
/// </para>
/// <para>
/// The scalar steps of the proof of Proposition 3.2 — the pairing bound (3.9), the mean-value step and the claim
/// z ≤ 1 + 2Nc — over scalar families. The exact witness against the printed recursion step, Proposition 3.2 and
/// the displays (3.5)–(3.8), (3.10)–(3.12) over tuples of many balancedness scales are inequality claims in
/// <c>catalog/nrt.yaml</c>.
/// </para>
/// <para>
/// The step-size constants: (2.8)–(2.10) against an independent evaluation, Remark 2.5(b)'s simplified bound against
/// (2.8) (as printed for every N ≥ 1, and for N ≥ 2), the set constants (2.12)–(2.14) on a
/// sampled set ℬ of initializations (the schedule (5.2) is a `trajectory:` claim).
/// </para>
/// <para>
/// Exact proofs: the gradients (3.1) (depth 1, all dimensions) and (3.2) (all depths), the flow invariant (2.3) with
/// the range j = 1, …, N−1 (all depths), the one-step change of the invariant in Step 2 of Proposition 3.3 (all
/// depths), the Hessian blocks and quadratic form of §3.2 (all depths, <see cref="DepthGenericHessian"/>; the per-depth
/// <see cref="HessianBlocks"/> at N ≤ 4 keeps its negative control without Xᵀ), the loss display of §2
/// (entry-wise), and the rational
/// identities behind (2.8), (5.1) and (5.3).
/// </para>
/// </remarks>
public static class NrtEngineChecks
{
    private const string DiagFamily = "square diagonal tuples Wⱼ = diag(aⱼ), N = 1…6, d = 1…4, entries uniform in scale·[−½, ½], scale 10^{−4…4}: the computed constant (engine Balancedness.SpectralConstant and the scale-safe norm) equals max_{j,i}|a_{j+1,i}² − a_{j,i}²| (1e-12 relative); the predicate accepts δ = constant and rejects δ = constant·(1 − 1e-6)";

    private const string ConstFamily = "random data X, Y (scales 10^{−1…1}), balanced starts scaled by 10^{−½…½}, N = 1…5, widths 1…4, α ∈ {0} ∪ [0, 0.9), δ = M^{2/N}/N³ or given; independent evaluation from (2.9)–(2.11) against the engine (NrtStepSizeBound.ForData), 1e-10 relative";

    /// <summary>
    /// The predicate of Definition 2.3 on a square diagonal tuple Wⱼ = diag(aⱼ) whose constant is known in closed form,
    /// max_{j,i}|a_{j+1,i}² − a_{j,i}²|: the computed constant (engine and scale-safe) must equal it, the predicate must
    /// accept δ = constant and reject δ = constant·(1 − 10⁻⁶). Public for tests (a wrong <paramref name="known"/> must fail).
    /// </summary>
    /// <param name="diagonals">aⱼ for j = 1…N (equal lengths).</param>
    /// <param name="known">The claimed constant (null: the closed form).</param>
    /// <param name="claimedFactor">Multiplies the claimed constant: 1 for the claim; 1 − 10⁻³ (a δ slightly below the
    /// constant) is the catalog's negative control.</param>
    /// <returns>The outcome.</returns>
    public static InstanceOutcome DiagonalConstant(double[][] diagonals, double? known = null, double claimedFactor = 1)
    {
        ArgumentNullException.ThrowIfNull(diagonals);
        var w = new DeepLinearNetwork(diagonals.Select(a => Matrix<double>.Build.DenseOfDiagonalArray(a)).ToArray());
        double closed = 0;
        for (int j = 0; j + 1 < diagonals.Length; j++)
        {
            for (int i = 0; i < diagonals[j].Length; i++)
            {
                closed = Math.Max(closed, Math.Abs((diagonals[j + 1][i] * diagonals[j + 1][i]) - (diagonals[j][i] * diagonals[j][i])));
            }
        }

        double k = (known ?? closed) * claimedFactor;
        double engine = Balancedness.SpectralConstant(w);
        bool accepts = Balancedness.HasBalancednessConstant(w, k * (1 + 1e-12));
        bool rejectsBelow = k == 0 || !Balancedness.HasBalancednessConstant(w, k * (1 - 1e-6));
        // The predicate's answers are pass/fail (a failure is the violation 1 ≤ 0); the constant itself is an equality,
        // reported by its relative error.
        return accepts && rejectsBelow ? Same(engine, k, 1e-12) : InstanceOutcome.Inequality(1, 0);
    }

    private static (InstanceOutcome, string) DiagonalInstance(System.Random r, double claimedFactor)
    {
        int n = 1 + r.Next(6), d = 1 + r.Next(4);
        double scale = Math.Pow(10, -4 + (8 * r.NextDouble()));
        var diags = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => scale * (r.NextDouble() - 0.5)).ToArray()).ToArray();
        return (DiagonalConstant(diags, claimedFactor: claimedFactor), $"N = {n}, d = {d}, scale {F(scale)}");
    }

    /// <summary>A scalar instance (x or c, δ or b or u, N).</summary>
    internal sealed record ScalarCase(double X, double Y, int N)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"x = {X:R}, second = {Y:R}, N = {N}");
    }

    private static readonly Gen<ScalarCase> ScalarGen =
        from x in LogUniform(-8, 8, 0.05)
        from y in LogUniform(-8, 8, 0.05)
        from n in Gen.Choose(1, 60)
        select new ScalarCase(x, y, n);

    private static IEnumerable<ScalarCase> ShrinkScalar(ScalarCase c) => ShrinkDepth(c.N, 1).Select(n => c with { N = n });

    /// <summary>
    /// Smaller depths to try for a counterexample at depth <paramref name="n"/>, smallest first: the floor
    /// <paramref name="minDepth"/>, then n minus halving gaps (n − ⌈(n − min)/2⌉, …, n − 1).
    /// </summary>
    // Implementation note: explicit, not FsCheck's ArbMap.Default shrinker, which is found by reflection and fails in
    // the Native AOT build of dlv.
    internal static IEnumerable<int> ShrinkDepth(int n, int minDepth)
    {
        var candidates = new List<int>();
        for (int gap = n - minDepth; gap > 0; gap /= 2)
        {
            candidates.Add(n - gap);
        }

        return candidates.Distinct();
    }

    private static CheckResult ScalarCheck(CheckContext context, string id, string claim, Func<ScalarCase, InstanceOutcome> evaluate) =>
        new InequalityCheck<ScalarCase>
        {
            ClaimId = id,
            Family = "scalars: first and second argument log-uniform in [1e-8, 1e8] (5% zeros), N = 1…60; claim " + claim,
            Generator = ScalarGen,
            Evaluate = evaluate,
            Describe = c => c.ToString(),
            Shrink = ShrinkScalar,
            Instances = 300,
            ThoroughInstances = 4000,
            RelativeTolerance = 1e-9,
            Tightness = new TightnessSpec<ScalarCase>
            {
                Dimension = 3,
                FromParameters = p => new ScalarCase(Math.Exp(p[0]), Math.Exp(p[1]), 1 + (int)Math.Min(59, Math.Abs(Math.Round(p[2] * 10)))),
                Restarts = 3,
                MaxEvaluations = 150,
            },
        }.Run(context);

    /// <summary>
    /// The claim z ≤ 1 + 2Nc of the proof of Proposition 3.2 for one (c, u, N): the unique positive root z* of
    /// g(z) = z − z^{1−N} − Nc(1 + c/z)^{N−1} (g increases on z &gt; 0, so z^N ≤ 1 + Nc(z+c)^{N−1} ⟺ z ≤ z*) by bisection,
    /// against 1 + 2Nc, and the printed chain at z = (1 + 2Nc)(1 + u).
    /// </summary>
    private static InstanceOutcome ProofClaim(ScalarCase p)
    {
        double c = p.X, u = Math.Min(p.Y, 1e6);
        int n = p.N;
        double G(double z) => z - Math.Pow(z, 1 - n) - (n * c * Math.Pow(1 + (c / z), n - 1));
        double lo = 1e-300, hi = 1;
        while (G(hi) < 0)
        {
            hi *= 2;
        }

        for (int i = 0; i < 200; i++)
        {
            double mid = lo + ((hi - lo) / 2);
            if (G(mid) < 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        double bound = 1 + (2 * n * c);
        double z = bound * (1 + u);
        double s1 = Math.Pow(z, 1 - n) + (n * c * Math.Pow(1 + (c / z), n - 1));
        double s2 = 1 + (n * c * Math.Pow(1 + (c / bound), n - 1));
        double s3 = 1 + (n * c * Math.Pow(1 + (0.5 / n), n));
        double s4 = 1 + (n * c * Math.Sqrt(Math.E));
        return Worst(InstanceOutcome.Inequality(hi, bound), InstanceOutcome.Inequality(s1, s2), InstanceOutcome.Inequality(s2, s3), InstanceOutcome.Inequality(s3, s4), InstanceOutcome.Inequality(s4, bound));
    }

    /// <summary>
    /// (x + (N−1)δ/2)^N − x(x+δ)⋯(x+(N−1)δ) as a polynomial over ℚ in (x, δ): whether every coefficient is non-negative
    /// (then (3.9) holds exactly for all x, δ ≥ 0 at that N).
    /// </summary>
    internal static bool PairingDifferenceHasNonNegativeCoefficients(int n)
    {
        var x = DeepLinear.Symbolic.Polynomials.Polynomial.Variable(0);
        var d = DeepLinear.Symbolic.Polynomials.Polynomial.Variable(1);
        var product = DeepLinear.Symbolic.Polynomials.Polynomial.One;
        for (int i = 0; i < n; i++)
        {
            product *= x + (DeepLinear.Symbolic.Polynomials.Polynomial.Constant(i) * d);
        }

        var centre = x + (DeepLinear.Symbolic.Polynomials.Polynomial.Constant(new DeepLinear.Symbolic.Scalars.Rational(n - 1, 2)) * d);
        var difference = centre.Pow(n) - product;
        return Enumerable.Range(0, difference.TermCount).All(k => difference.CoefficientAt(k).Sign >= 0);
    }

    private static string PairingCoefficientsNote()
    {
        var failing = Enumerable.Range(1, 12).Where(n => !PairingDifferenceHasNonNegativeCoefficients(n)).ToList();
        return failing.Count == 0
            ? "; exactly for N = 1…12: (x + (N−1)δ/2)^N − x(x+δ)⋯(x+(N−1)δ) has only non-negative coefficients over ℚ[x, δ], so (3.9) holds for all x, δ ≥ 0 there"
            : "; the exact coefficient test (N = 1…12) has negative coefficients at N = " + string.Join(", ", failing) + " (no exact proof there; the numeric check stands)";
    }

    /// <summary>Scalar data of Remark 2.5(b): N, α, σ_min(X) ≤ ‖X‖, ‖Y‖, ‖XYᵀ‖ ≤ ‖X‖‖Y‖, √(2L) ≥ 0.</summary>
    internal sealed record RemarkCase(int N, double Alpha, double SigmaMin, double XNorm, double YNorm, double XyT, double RootTwoL)
    {
        public double M => (RootTwoL + YNorm) / SigmaMin;

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"N = {N}, α = {Alpha:R}, σ_min(X) = {SigmaMin:R}, ‖X‖ = {XNorm:R}, ‖Y‖ = {YNorm:R}, ‖XYᵀ‖ = {XyT:R}, √(2L) = {RootTwoL:R} (M = {M:R})");
    }

    private static Gen<RemarkCase> RemarkGen(int minDepth) =>
        from n in Gen.Choose(minDepth, 50)
        from a in Gen.Choose(0, 999)
        from s in LogUniform(-2, 2, 0)
        from cond in LogUniform(0, 2.5, 0)
        from y in LogUniform(-2, 2, 0)
        from align in Gen.Choose(0, 1000)
        from l in LogUniform(-3, 2, 0.2)
        select new RemarkCase(n, a / 1000.0, s, s * cond, y, s * cond * y * align / 1000.0, l);

    /// <summary>Remark 2.5(b) on one instance: the simplified bound against the right-hand side of (2.8) with δ = M^{2/N}/N³.</summary>
    internal static InstanceOutcome RemarkStep(RemarkCase c)
    {
        double m = c.M;
        if (!double.IsFinite(m) || !(m > 0) || !double.IsFinite(c.XNorm) || !double.IsFinite(c.XyT) || !(c.SigmaMin > 0))
        {
            return InstanceOutcome.Rejected("M or the norms overflow double precision (scalars far outside the sampled ranges)");
        }

        double delta = NrtStepSizeBound.RemarkDelta(m, c.N);
        double b = NrtStepSizeBound.B(NrtStepSizeBound.K(m, c.N, delta), c.N, c.XNorm, c.XyT);
        if (!double.IsFinite(b) || !double.IsFinite(m) || !(b > 0))
        {
            return InstanceOutcome.Rejected("B_δ overflows double precision (scalars far outside the sampled ranges)");
        }

        double loss = c.RootTwoL * c.RootTwoL / 2;
        return InstanceOutcome.Inequality(NrtStepSizeBound.RemarkSimplifiedEta(c.Alpha, c.N, m, c.SigmaMin, c.XNorm, c.XyT), NrtStepSizeBound.Eta(delta, c.Alpha, loss, b));
    }

    private static CheckResult RemarkStepCheck(CheckContext context, string id, int minDepth) =>
        new InequalityCheck<RemarkCase>
        {
            ClaimId = id,
            Family = string.Create(CultureInfo.InvariantCulture, $"scalars N = {minDepth}…50, α ∈ [0, 1), σ_min(X) ∈ [1e-2, 1e2], ‖X‖/σ_min(X) ∈ [1, 10^2.5], ‖Y‖ ∈ [1e-2, 1e2], ‖XYᵀ‖ ∈ [0, ‖X‖‖Y‖], √(2L^N(W⃗(0))) ∈ {{0}} ∪ [1e-3, 1e2] (consistent data: 2L ≤ σ²_min M²); claim: Remark 2.5(b)'s bound ≤ the right-hand side of (2.8) with δ = M^{{2/N}}/N³ (so it implies (2.8))"),
            Generator = RemarkGen(minDepth),
            Evaluate = RemarkStep,
            Describe = c => c.ToString(),
            Shrink = c => ShrinkDepth(c.N, minDepth).Select(n => c with { N = n }),
            Instances = 300,
            ThoroughInstances = 4000,
            RelativeTolerance = 1e-12,
            Tightness = new TightnessSpec<RemarkCase>
            {
                Dimension = 6,
                FromParameters = p => new RemarkCase(minDepth + (int)Math.Min(48, Math.Abs(Math.Round(p[0] * 5))), Math.Min(0.999, 1 / (1 + Math.Exp(-p[1]))), Math.Exp(p[2]), Math.Exp(p[2]) * (1 + Math.Exp(p[3])), Math.Exp(p[4]), Math.Exp(p[2]) * (1 + Math.Exp(p[3])) * Math.Exp(p[4]) / (1 + Math.Exp(-p[5])), 0),
                Restarts = 3,
                MaxEvaluations = 200,
            },
        }.Run(context);

    /// <summary>An independent evaluation of L, M, K_δ, B_δ and (2.8) from the data, against NrtStepSizeBound.ForData.</summary>
    private static (InstanceOutcome Outcome, string Description) StepConstantsInstance(System.Random r, string which)
    {
        int n = 1 + r.Next(5);
        var widths = Enumerable.Range(0, n + 1).Select(_ => 1 + r.Next(4)).ToArray();
        int m = widths[0] + r.Next(4);
        var x = RandomMatrices.Gaussian(r, widths[0], m, Math.Pow(10, -1 + (2 * r.NextDouble())));
        var y = RandomMatrices.Gaussian(r, widths[^1], m, Math.Pow(10, -1 + (2 * r.NextDouble())));
        double startScale = Math.Pow(10, -0.5 + r.NextDouble());
        var start = Scaled(BalancedTuple(r, widths, [.. Enumerable.Range(0, widths.Min()).Select(_ => 0.2 + r.NextDouble())]), _ => startScale);
        double alpha = r.Next(3) == 0 ? 0 : 0.9 * r.NextDouble();
        double? deltaGiven = r.Next(2) == 0 ? null : Math.Pow(10, -2 + (3 * r.NextDouble()));
        var q = NrtStepSizeBound.ForData(x, y, start, alpha, deltaGiven);
        double loss = 0.5 * Math.Pow((y - (start.Product() * x)).FrobeniusNorm(), 2);
        var sv = x.Svd(computeVectors: false).S;
        double mm = (Math.Sqrt(2 * loss) + Norm(y)) / sv[widths[0] - 1];
        double delta = deltaGiven ?? (Math.Pow(mm, 2.0 / n) / (n * n * n));
        double k = Math.Pow(mm, 2.0 / n) + (n * n * delta);
        double b = (2 * Math.E * n * Math.Pow(k, n - 1) * sv[0] * sv[0]) + (Math.Sqrt(Math.E) * n * Math.Pow(k, (n / 2.0) - 1) * Norm(x * y.Transpose()));
        double eta = 2 * (1 - alpha) * delta / ((4 * loss) + ((1 - alpha) * delta * b));
        var outcome = which switch
        {
            "K" => Worst(Same(q.M, mm, 1e-10), Same(q.K, k, 1e-10)),
            "B" => Worst(Same(q.M, mm, 1e-10), Same(q.B, b, 1e-10)),
            _ => Worst(Same(q.InitialLoss, loss, 1e-10), Same(q.Delta, delta, 1e-10), Same(q.Eta, eta, 1e-10)),
        };
        return (outcome, string.Create(CultureInfo.InvariantCulture, $"N = {n}, widths {W(widths)}, m = {m}, α = {alpha:G4}, δ = {(deltaGiven is null ? "M^{2/N}/N³" : F(delta))}"));
    }

    /// <summary>
    /// A sampled bounded set ℬ of initializations for one data set: αδ-balanced perturbations of a balanced tuple; the
    /// suprema (2.12)–(2.13) are estimated by the sample maxima times a safety factor 1.1 (a sample can only estimate a
    /// supremum from below).
    /// </summary>
    internal sealed record SampledSet(Matrix<double> X, Matrix<double> Y, RegressionData Data, IReadOnlyList<DeepLinearNetwork> Members, double DeltaB, double LB, double MB, double SigmaMin, double XNorm, double YNorm, double XyT)
    {
        public int Depth => Members[0].Depth;
    }

    internal static SampledSet SampleSet(System.Random r, int depth, int members, int[]? widths = null)
    {
        widths ??= [.. Enumerable.Range(0, depth + 1).Select(_ => 2 + r.Next(2))];
        int m = widths[0] + 3;
        var x = RandomMatrices.Gaussian(r, widths[0], m, 1 / Math.Sqrt(widths[0]));
        var target = BalancedTuple(r, widths, [.. Enumerable.Range(0, widths.Min()).Select(_ => 0.7 + (0.5 * r.NextDouble()))]).Product();
        var y = target * x;
        var data = new RegressionData(x, y);
        var list = new List<DeepLinearNetwork>();
        for (int i = 0; i < members; i++)
        {
            var b = BalancedTuple(r, widths, [.. Enumerable.Range(0, widths.Min()).Select(_ => 0.5 + (0.6 * r.NextDouble()))]);
            list.Add(new DeepLinearNetwork([.. Enumerable.Range(1, depth).Select(j => b.Factor(j) + RandomMatrices.Gaussian(r, widths[j], widths[j - 1], 0.01))]));
        }

        var sv = x.Svd(computeVectors: false).S;
        double deltaB = 1.1 * list.Max(Balancedness.SpectralConstant);
        double lb = 1.1 * list.Max(w => DeepLinearGradient.Loss(w, data));
        double yNorm = Norm(y);
        return new SampledSet(x, y, data, list, deltaB, lb, (Math.Sqrt(2 * lb) + yNorm) / sv[widths[0] - 1], sv[widths[0] - 1], sv[0], yNorm, Norm(x * y.Transpose()));
    }

    /// <summary>The uniform bound (2.14) for ℬ with δ = δ_ℬ/α.</summary>
    internal static double UniformStep(SampledSet set, double alpha, out double delta)
    {
        delta = Math.Max(set.DeltaB / alpha, NrtStepSizeBound.RemarkDelta(set.MB, set.Depth));
        double k = NrtStepSizeBound.K(set.MB, set.Depth, delta);
        return NrtStepSizeBound.Eta(delta, alpha, set.LB, NrtStepSizeBound.B(k, set.Depth, set.XNorm, set.XyT));
    }

    private static CheckResult SetCheck(CheckContext context, string id, string family, Func<SampledSet, DeepLinearNetwork, InstanceOutcome> evaluate)
    {
        var acc = new SlackAccumulator();
        int sets = context.Thorough ? 40 : 8;
        for (int i = 0; i < sets; i++)
        {
            var set = SampleSet(RandomSource.For(context.DeriveSeed((ulong)i)), 2 + (i % 3), 10);
            foreach (var w in set.Members)
            {
                acc.Add(evaluate(set, w), (ulong)i, () => $"set {i} (N = {set.Depth})");
            }
        }

        return acc.ToResult(id, string.Create(CultureInfo.InvariantCulture, $"{sets} sampled sets ℬ of 10 initializations, N = 2…4"), family);
    }

    /// <summary>
    /// nrt Section 2.2, "δ_ℬ and M_ℬ are finite (assuming XXᵀ has full rank) since L^N is continuous", checked through
    /// explicit finite bounds for ℬ inside the spectral ball ‖Wⱼ‖ ≤ R (every bounded set lies in one): for positive
    /// semidefinite A, B, ‖A − B‖ ≤ max(‖A‖, ‖B‖), so ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖ ≤ R² and δ_ℬ ≤ R²; ‖W_N⋯W₁X‖_F ≤
    /// R^N‖X‖_F, so L_ℬ ≤ ½(‖Y‖_F + R^N‖X‖_F)² and M_ℬ ≤ (√(2L_ℬ) + ‖Y‖)/σ_min(X), finite because XXᵀ of full rank
    /// gives σ_min(X) &gt; 0. Every sampled member (random directions, norms in [0, R] including R, and the extreme
    /// tuples with one factor 0 and the next of norm R) must meet both bounds. <paramref name="deltaFactor"/> scales
    /// the bound on δ_ℬ (negative control: ½R² is exceeded by the extreme tuples).
    /// </summary>
    /// <param name="context">The run context.</param>
    /// <param name="deltaFactor">The factor c in δ_ℬ ≤ cR² (1 for the claim).</param>
    /// <returns>The result.</returns>
    internal static CheckResult SetConstantsFinite(CheckContext context, double deltaFactor = 1)
    {
        var acc = new SlackAccumulator();
        int sets = context.Thorough ? 60 : 12;
        for (int i = 0; i < sets; i++)
        {
            var r = RandomSource.For(SeedOf(context.Seed, 2100 + i));
            int depth = 1 + (i % 4);
            int[] widths = [.. Enumerable.Range(0, depth + 1).Select(_ => 1 + r.Next(4))];
            double radius = Math.Pow(10, -1 + (2 * r.NextDouble()));
            var x = RandomMatrices.Gaussian(r, widths[0], widths[0] + 3, 1);
            var y = RandomMatrices.Gaussian(r, widths[^1], widths[0] + 3, 1);
            double sigmaMin = x.Svd(computeVectors: false).S[widths[0] - 1];
            double lossBound = 0.5 * Math.Pow(y.FrobeniusNorm() + (Math.Pow(radius, depth) * x.FrobeniusNorm()), 2);
            double mBound = (Math.Sqrt(2 * lossBound) + Norm(y)) / sigmaMin;
            var data = new RegressionData(x, y);
            for (int k = 0; k < 20; k++)
            {
                var factors = Enumerable.Range(1, depth).Select(j =>
                {
                    var g = RandomMatrices.Gaussian(r, widths[j], widths[j - 1], 1);
                    double target = k < 4 ? radius : radius * r.NextDouble();
                    if (k == 0 && depth > 1)
                    {
                        target = j == 1 ? 0 : radius;
                    }

                    return g * (target / Math.Max(Norm(g), 1e-300));
                }).ToArray();
                var w = new DeepLinearNetwork(factors);
                double loss = DeepLinearGradient.Loss(w, data);
                double m = (Math.Sqrt(2 * loss) + Norm(y)) / sigmaMin;
                int set = i, member = k;
                acc.Add(Worst(InstanceOutcome.Inequality(Balancedness.SpectralConstant(w), deltaFactor * radius * radius), InstanceOutcome.Inequality(loss, lossBound), InstanceOutcome.Inequality(m, mBound)), (ulong)(i * 100 + k), () => string.Create(CultureInfo.InvariantCulture, $"set {set} (N = {depth}, R = {radius:G4}), member {member}"));
            }
        }

        return acc.ToResult(
            "nrt/text10",
            string.Create(CultureInfo.InvariantCulture, $"{sets} spectral balls ‖Wⱼ‖ ≤ R (N = 1…4, widths 1…4, R ∈ [0.1, 10], XXᵀ full rank), 20 members each"),
            "every member meets the explicit finite bounds δ(W⃗) ≤ R², L^N(W⃗) ≤ ½(‖Y‖_F + R^N‖X‖_F)², M(W⃗) ≤ (√(2·that) + ‖Y‖)/σ_min(X) (σ_min(X) > 0 by full rank), so δ_ℬ, L_ℬ and M_ℬ are finite for every bounded ℬ");
    }

    private const int HessianProofDepth = 4;

    private static string Wn(int j) => "W" + j.ToString(CultureInfo.InvariantCulture);

    /// <summary>Free symbols W₁…W_N (dⱼ×dⱼ₋₁), X (d₀×m), Y (d_N×m) and the canonical L^N = ½tr(RᵀR).</summary>
    private static (ShapeEnvironment Env, FreeExpr[] W, CanonicalForm Loss) FreeNetwork(int depth)
    {
        var env = new ShapeEnvironment();
        var w = new FreeExpr[depth];
        for (int j = 1; j <= depth; j++)
        {
            env = env.Declare(Wn(j), "d" + j, "d" + (j - 1)).Declare("E" + j, "d" + j, "d" + (j - 1));
            w[j - 1] = FreeExpr.Sym(Wn(j));
        }

        env = env.Declare("X", "d0", "m").Declare("Y", "d" + depth, "m");
        var r = (Chain(w, []) * FreeExpr.Sym("X")) - FreeExpr.Sym("Y");
        return (env, w, CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r.T * r)), env));
    }

    /// <summary>W_N⋯W₁ with Eⱼ in place of Wⱼ for the listed layers.</summary>
    private static FreeExpr Chain(FreeExpr[] w, int[] replaced)
    {
        FreeExpr p = replaced.Contains(1) ? FreeExpr.Sym("E1") : w[0];
        for (int k = 2; k <= w.Length; k++)
        {
            p = (replaced.Contains(k) ? FreeExpr.Sym("E" + k.ToString(CultureInfo.InvariantCulture)) : w[k - 1]) * p;
        }

        return p;
    }

    /// <summary>
    /// The diagonal (<paramref name="mixed"/> false) or mixed Hessian blocks of §3.2 at depths 1…<paramref name="maxDepth"/>:
    /// the second derivative of L^N in the directions Eᵢ (and Eⱼ) equals ‖Qᵢ‖²_F, resp. ⟨Qᵢ, Qⱼ⟩ + ⟨G, P_{i,j}⟩ with
    /// G = <paramref name="residualTimesXt"/> (true: (WX − Y)Xᵀ = ∇L¹(W); false: WX − Y without Xᵀ, the negative control
    /// whose shapes only fit when m = d₀ and which must fail).
    /// </summary>
    /// <param name="mixed">Mixed blocks (text15~fixed) or diagonal blocks (text14).</param>
    /// <param name="maxDepth">Largest depth.</param>
    /// <param name="residualTimesXt">Whether the residual carries the factor Xᵀ (the corrected formula).</param>
    /// <returns>The derivation.</returns>
    public static Derivation HessianBlocks(bool mixed, int maxDepth = HessianProofDepth, bool residualTimesXt = true)
    {
        var steps = new List<DerivationStep>();
        bool proved = true;
        for (int n = mixed ? 2 : 1; n <= maxDepth; n++)
        {
            var (env, w, loss) = FreeNetwork(n);
            if (!residualTimesXt)
            {
                env = env.Declare("X", "d0", "d0").Declare("Y", "d" + n, "d0");
                var r0 = (Chain(w, []) * FreeExpr.Sym("X")) - FreeExpr.Sym("Y");
                loss = CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r0.T * r0)), env);
            }

            var x = FreeExpr.Sym("X");
            var g = residualTimesXt ? ((Chain(w, []) * x) - FreeExpr.Sym("Y")) * x.T : (Chain(w, []) * x) - FreeExpr.Sym("Y");
            for (int i = 1; i <= n; i++)
            {
                for (int j = mixed ? 1 : i; j <= (mixed ? n : i); j++)
                {
                    if (mixed && i == j)
                    {
                        continue;
                    }

                    var second = loss.Derivative(new Dictionary<string, string> { [Wn(i)] = "E" + i }).Derivative(new Dictionary<string, string> { [Wn(j)] = "E" + j });
                    var qi = Chain(w, [i]) * x;
                    var qj = Chain(w, [j]) * x;
                    FreeExpr formula = new FreeTrace(qi.T * qj);
                    if (mixed)
                    {
                        formula += new FreeTrace(g.T * Chain(w, [i, j]));
                    }

                    var difference = second - CanonicalForm.Of(formula, env);
                    proved &= difference.IsZero;
                    steps.Add(new DerivationStep(
                        difference.IsZero ? "canonical-form" : "refutation",
                        string.Create(CultureInfo.InvariantCulture, $"N = {n}, i = {i}{(mixed ? ", j = " + j.ToString(CultureInfo.InvariantCulture) : string.Empty)}: ∂²L^N in the directions E_{i}{(mixed ? ", E_" + j.ToString(CultureInfo.InvariantCulture) : string.Empty)} minus the formula = {difference}"),
                        difference.ToLatex(),
                        difference.ToString()));
                }
            }
        }

        return new Derivation(
            mixed ? "Mixed Hessian blocks of L^N (nrt §3.2, corrected)" : "Diagonal Hessian blocks of L^N (nrt §3.2)",
            mixed ? @"\langle \Delta_i, \partial^2_{W_iW_j} L^N \Delta_j\rangle = \langle Q_i, Q_j\rangle + \langle WXX^T - YX^T, P_{i,j}\rangle" : @"\langle \Delta_i, \partial^2_{W_i} L^N \Delta_i\rangle = \|Q_i\|_F^2",
            mixed ? "<D_i, d2L/dWi dWj D_j> = <Q_i,Q_j> + <W X X^T - Y X^T, P_ij>" : "<D_i, d2L/dWi^2 D_i> = ||Q_i||_F^2",
            ProofScope.AllDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// The rational identity behind the step-size constants: with D = 4L + (1−α)δB and σ = 4L/D (σ = <paramref name="sigmaNumeratorFactor"/>·L/(…)
    /// for the negative control), 2(1−σ)/B = 2(1−α)δ/D and σ(1−α)δ/(2L) = 2(1−α)δ/D, by cross-multiplication
    /// (denominators B·D and 2L·D are positive) and canonical polynomial forms over ℚ[L, α, δ, B].
    /// </summary>
    /// <param name="sigmaNumeratorFactor">4 for Theorem 2.4 (the printed σ); anything else is a negative control.</param>
    /// <param name="alphaZero">Substitute α = 0 ((5.3)).</param>
    /// <param name="firstTermSigma">Negative control of (5.3): the first term read as 2σ/B instead of 2(1−σ)/B.</param>
    /// <returns>Whether both identities hold, and the proof steps.</returns>
    public static (bool Proved, IReadOnlyList<string> Steps) StepSizeSigmaIdentity(int sigmaNumeratorFactor = 4, bool alphaZero = false, bool firstTermSigma = false)
    {
        var l = Polynomial.Variable(0);
        var a = alphaZero ? Polynomial.Zero : Polynomial.Variable(1);
        var d = Polynomial.Variable(2);
        var b = Polynomial.Variable(3);
        var one = Polynomial.One;
        var k = Polynomial.Constant(sigmaNumeratorFactor);
        var denominator = (k * l) + ((one - a) * d * b);
        // σ = kL/D. (i) 2(1−σ)/B = 2(1−α)δ/D  ⟺ 2(D − kL)·D = 2(1−α)δ·B·D  ⟺ 2(D − kL) − 2(1−α)δB = 0.
        // Negative control: 2σ/B = 2(1−α)δ/D ⟺ 2kL − 2(1−α)δB = 0.
        var first = (Polynomial.Constant(2) * (firstTermSigma ? k * l : denominator - (k * l))) - (Polynomial.Constant(2) * (one - a) * d * b);
        // (ii) σ(1−α)δ/(2L) = 2(1−α)δ/D  ⟺ kL(1−α)δ·D = 2(1−α)δ·2L·D  ⟺ kL(1−α)δ − 4L(1−α)δ = 0.
        var second = (k * l * (one - a) * d) - (Polynomial.Constant(4) * l * (one - a) * d);
        var steps = new List<string>
        {
            "σ = " + sigmaNumeratorFactor.ToString(CultureInfo.InvariantCulture) + "L/D with D = 4L + (1−α)δB" + (alphaZero ? " at α = 0" : string.Empty) + " (L, δ, B > 0, α ∈ [0, 1), so D > 0)",
            (firstTermSigma ? "first term (negative control): 2σ/B = 2(1−α)δ/D ⟺ 2σD − 2(1−α)δB = 0" : "first term: 2(1−σ)/B = 2(1−α)δ/D ⟺ 2(D − σD) − 2(1−α)δB = 0") + " after multiplying by B·D > 0; canonical form: " + (first.IsZero ? "0" : first.ToText()),
            "second term: σ(1−α)δ/(2L) = 2(1−α)δ/D ⟺ σD(1−α)δ − 4L(1−α)δ = 0 after multiplying by 2L·D > 0; canonical form: " + (second.IsZero ? "0" : second.ToText()),
            "hence min{2(1−σ)/B_δ, σ(1−α)δ/(2L^N(W⃗(0)))} = 2(1−α)δ/(4L^N(W⃗(0)) + (1−α)δB_δ)",
        };
        return (first.IsZero && second.IsZero, steps);
    }

    private static CheckResult ExactOrRefuted(string id, bool proved, IReadOnlyList<string> steps, string scope, params string[] rules) =>
        proved
            ? ExactCheck.Proved(scope, steps, rules)
            : ExactCheck.Counterexample(id, "symbolic parameters", "symbolic parameters", string.Join("; ", steps));

    private static CheckResult LossDisplay(bool perSampleNormalisation = false)
    {
        var steps = new List<string>();
        bool proved = true;
        foreach (var dims in new[] { new[] { 2, 2 }, [2, 1, 2], [1, 2, 2, 1] })
        {
            var s = new DeepLinearSymbols(dims, 2, symbolicData: true);
            var residual = s.Y - (s.Product * s.X);
            var columnSum = Polynomial.Zero;
            for (int i = 0; i < s.Samples; i++)
            {
                for (int r = 0; r < residual.Rows; r++)
                {
                    columnSum += residual[r, i] * residual[r, i];
                }
            }

            // The negative control is acgh's normalisation 1/(2m) (m = 2 here) in place of ½: a different polynomial.
            var half = new Rational(1, perSampleNormalisation ? 2 * s.Samples : 2);
            var outcome = EntrywiseIdentity.Check(SymbolicMatrix.Build(1, 1, (_, _) => columnSum.Scale(half)), SymbolicMatrix.Build(1, 1, (_, _) => s.Loss), s.Names);
            proved &= outcome.Proved;
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"widths {W(dims)}, m = 2: {(perSampleNormalisation ? "(1/(2m))" : "½")}Σᵢ‖yᵢ − W_N⋯W₁xᵢ‖² − ½‖Y − W_N⋯W₁X‖²_F = {(outcome.Proved ? "0 (canonical polynomial form)" : outcome.Message)}"));
        }

        steps.Add("the last equality is the definition L¹(W) = ½‖Y − WX‖²_F at W = W_N⋯W₁");
        return ExactOrRefuted("nrt/text1", proved, steps, "entry-wise, widths (2,2), (2,1,2), (1,2,2,1), m = 2, symbolic data", "canonical-form", "definition");
    }

    private static CheckResult StepChangeWithTriangle()
    {
        var d = DepthGenericProofs.GradientStepChange();
        var steps = d.Steps.Append(new DerivationStep(
            "triangle-inequality",
            "‖A + η²(Gⱼ₊₁ᵀGⱼ₊₁ − GⱼGⱼᵀ)‖ ≤ ‖A‖ + η²(‖Gⱼ₊₁ᵀGⱼ₊₁‖ + ‖GⱼGⱼᵀ‖) and ‖GᵀG‖ = ‖GGᵀ‖ = ‖G‖² for the spectral norm (norm axioms), giving the printed inequality",
            @"\|A + \eta^2(G_{j+1}^TG_{j+1} - G_jG_j^T)\| \le \|A\| + \eta^2(\|G_{j+1}\|^2 + \|G_j\|^2)",
            "||A + eta^2 (G'G - GG')|| <= ||A|| + eta^2 (||G_{j+1}||^2 + ||G_j||^2)")).ToList();
        return SymbolicProof.FromDerivation(d with { Steps = steps });
    }

    [ClaimCheck("balancedness-constant-of-diagonal-tuples", Parameters = [ClaimMutation.Key])]
    private static CheckResult BalancednessConstantOfDiagonalTuples(CheckContext context)
    {
        // The negative control claims δ = constant·(1 − 10⁻³), slightly below the tuple's constant: it must be rejected.
        double factor = ClaimMutation.Read(context, "delta-below-the-constant") == "none" ? 1 : 1 - 1e-3;
        return SeededCheck(context, context.ClaimId, DiagFamily, 200, r => DiagonalInstance(r, factor));
    }

    [ClaimCheck("arithmetic-progression-product-below-middle-power")]
    private static CheckResult ArithmeticProgressionProductBelowMiddlePower(CheckContext context) =>
        ScalarCheck(context, context.ClaimId, "x(x+δ)⋯(x+(N−1)δ) ≤ (x + (N−1)δ/2)^N (pairing factors; the regrouping is an identity of the same product)" + PairingCoefficientsNote(), p =>
        {
            if (p.X == 0)
            {
                return InstanceOutcome.Inequality(0, 1); // the product contains the factor x = 0: lhs/rhs = 0
            }

            double logL = 0;
            for (int i = 0; i < p.N; i++)
            {
                logL += Math.Log(p.X + (i * p.Y));
            }

            double logR = p.N * Math.Log(p.X + ((p.N - 1) * p.Y / 2));
            return InstanceOutcome.Inequality(Math.Exp(logL - logR), 1);
        });

    [ClaimCheck("power-difference-mean-value-bound")]
    private static CheckResult PowerDifferenceMeanValueBound(CheckContext context) =>
        ScalarCheck(context, context.ClaimId, "(x+b)^N − x^N ≤ N(x+b)^{N−1}b with the mean-value point ξ = ((x+b)^N − x^N)/(Nb))^{1/(N−1)} ∈ [x, x+b] (N ≥ 2)", p =>
        {
            double x = p.X, b = p.Y;
            int n = p.N;
            if (x + b == 0)
            {
                return InstanceOutcome.Inequality(0, 0);
            }

            // Both sides divided by (x+b)^{N−1} (no overflow): (x+b)^N − x^N = bΣ_{i<N}(x+b)^{N−1−i}x^i, so the left side
            // is bΣ_{i<N}tⁱ with t = x/(x+b) ∈ [0, 1], the right side Nb; the mean-value point is
            // ξ = (x+b)(Σ_{i<N}tⁱ/N)^{1/(N−1)}.
            double t = x / (x + b);
            double mean = Enumerable.Range(0, n).Sum(i => Math.Pow(t, i)) / n;
            var main = InstanceOutcome.Inequality(b * mean * n, n * b);
            if (n < 2 || b <= 0)
            {
                return main;
            }

            double xi = (x + b) * Math.Pow(mean, 1.0 / (n - 1));
            return Worst(main, InstanceOutcome.Inequality(x, xi * (1 + 1e-9)), InstanceOutcome.Inequality(xi, (x + b) * (1 + 1e-9)));
        });

    [ClaimCheck("positive-root-of-the-factor-norm-equation-bound")]
    private static CheckResult PositiveRootOfTheFactorNormEquationBound(CheckContext context) =>
        ScalarCheck(context, context.ClaimId, "the unique positive root z* of z^N = 1 + Nc(z+c)^{N−1} satisfies z* ≤ 1 + 2Nc; and at z = (1 + 2Nc)(1 + u): 1/z^{N−1} + Nc(1+c/z)^{N−1} < 1 + Nc(1 + c/(1+2Nc))^{N−1} ≤ 1 + Nc(1 + 1/(2N))^N ≤ 1 + Nce^{1/2}", ProofClaim);

    [ClaimCheck("step-bound-from-loss-and-balancedness-constant")]
    private static CheckResult StepBoundFromLossAndBalancednessConstant(CheckContext context) =>
        SeededCheck(context, context.ClaimId, ConstFamily + ": L^N(W⃗(0)), δ and the bound (2.8)", 100, r => StepConstantsInstance(r, "eta"));

    [ClaimCheck("constants-m-and-b-delta-from-data")]
    private static CheckResult ConstantsMAndBDeltaFromData(CheckContext context) =>
        SeededCheck(context, context.ClaimId, ConstFamily + ": M and B_δ", 100, r => StepConstantsInstance(r, "B"));

    [ClaimCheck("constants-m-and-k-delta-from-data")]
    private static CheckResult ConstantsMAndKDeltaFromData(CheckContext context) =>
        SeededCheck(context, context.ClaimId, ConstFamily + ": M and K_δ", 100, r => StepConstantsInstance(r, "K"));

    [ClaimCheck("simplified-step-below-the-step-bound", Parameters = ["min-depth"])]
    private static CheckResult SimplifiedStepBelowTheStepBound(CheckContext context) =>
        RemarkStepCheck(context, context.ClaimId, context.IntegerArgument("min-depth"));

    [ClaimCheck("bounded-set-constants-are-finite", Parameters = [ClaimMutation.Key])]
    private static CheckResult BoundedSetConstantsAreFinite(CheckContext context) =>
        SetConstantsFinite(context, deltaFactor: ClaimMutation.Read(context, "delta-bound-half-r-squared") == "none" ? 1 : 0.5);

    [ClaimCheck("bounded-set-balancedness-constant-bounds-members")]
    private static CheckResult BoundedSetBalancednessConstantBoundsMembers(CheckContext context) =>
        SetCheck(context, context.ClaimId, "sampled ℬ (balanced tuples + 0.01 Gaussian perturbations); δ_ℬ = 1.1 × the sample maximum of max_j‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖; every member's constant ≤ δ_ℬ", (s, w) => InstanceOutcome.Inequality(Balancedness.SpectralConstant(w), s.DeltaB));

    [ClaimCheck("bounded-set-loss-and-m-bound-members")]
    private static CheckResult BoundedSetLossAndMBoundMembers(CheckContext context) =>
        SetCheck(context, context.ClaimId, "sampled ℬ; L_ℬ = 1.1 × the sample maximum loss, M_ℬ = (√(2L_ℬ) + ‖Y‖)σ_min⁻¹(X); every member has L^N(W⃗) ≤ L_ℬ and M(W⃗) ≤ M_ℬ", (s, w) =>
        {
            double l = DeepLinearGradient.Loss(w, s.Data);
            return Worst(InstanceOutcome.Inequality(l, s.LB), InstanceOutcome.Inequality(NrtStepSizeBound.M(l, s.YNorm, s.SigmaMin), s.MB));
        });

    [ClaimCheck("uniform-step-below-each-members-step-bound")]
    private static CheckResult UniformStepBelowEachMembersStepBound(CheckContext context) =>
        SetCheck(context, context.ClaimId, "sampled ℬ, α = 0.5, δ = max(δ_ℬ/α, M_ℬ^{2/N}/N³): the uniform bound (2.14) (with M_ℬ, L_ℬ) is ≤ the bound (2.8) of each member with the same δ and α, so the hypotheses of Theorem 2.4 hold for every member", (s, w) =>
        {
            double uniform = UniformStep(s, 0.5, out double delta);
            double l = DeepLinearGradient.Loss(w, s.Data);
            double mw = NrtStepSizeBound.M(l, s.YNorm, s.SigmaMin);
            double own = NrtStepSizeBound.Eta(delta, 0.5, l, NrtStepSizeBound.B(NrtStepSizeBound.K(mw, s.Depth, delta), s.Depth, s.XNorm, s.XyT));
            return Worst(InstanceOutcome.Inequality(Balancedness.SpectralConstant(w), 0.5 * delta), InstanceOutcome.Inequality(uniform, own));
        });

    [ClaimCheck("gradient-of-the-one-layer-loss")]
    private static CheckResult GradientOfTheOneLayerLoss(CheckContext context) =>
        SymbolicProof.FromDerivation(FreeProofs.Gradient(1), " (L¹ is L^N at N = 1)");

    [ClaimCheck("gradient-of-the-depth-n-loss")]
    private static CheckResult GradientOfTheDepthNLoss(CheckContext context) =>
        SymbolicProof.FromDerivation(DepthGenericProofs.Gradient());

    [ClaimCheck("flow-conserves-adjacent-layer-balancedness")]
    private static CheckResult FlowConservesAdjacentLayerBalancedness(CheckContext context) =>
        SymbolicProof.FromDerivation(DepthGenericProofs.FlowInvariant());

    [ClaimCheck("balancedness-change-per-step-with-triangle-inequality")]
    private static CheckResult BalancednessChangePerStepWithTriangleInequality(CheckContext context) =>
        StepChangeWithTriangle();

    [ClaimCheck("hessian-diagonal-blocks")]
    private static CheckResult HessianDiagonalBlocks(CheckContext context) =>
        SymbolicProof.FromDerivation(DepthGenericHessian.DiagonalBlocks());

    /// <summary>
    /// The mixed Hessian blocks of §3.2 for all depths (<see cref="DepthGenericHessian.MixedBlocks"/>). With
    /// <c>with: { mutation: residual-without-xt }</c>, the negative control: the per-depth blocks (N = 2…4,
    /// <see cref="HessianBlocks"/>) with the residual WX − Y in place of (WX − Y)Xᵀ, which must be refuted.
    /// </summary>
    [ClaimCheck("hessian-mixed-blocks", Parameters = [ClaimMutation.Key])]
    private static CheckResult HessianMixedBlocks(CheckContext context)
    {
        if (ClaimMutation.Read(context, "residual-without-xt") == "none")
        {
            return SymbolicProof.FromDerivation(DepthGenericHessian.MixedBlocks());
        }

        var d = HessianBlocks(mixed: true, residualTimesXt: false);
        return ExactOrRefuted(context.ClaimId, d.Proved, [.. d.Steps.Select(step => step.Description)], "canonical forms, all dimensions, N = 2…4", "canonical-form");
    }

    [ClaimCheck("hessian-as-second-derivative")]
    private static CheckResult HessianAsSecondDerivative(CheckContext context) =>
        SymbolicProof.FromDerivation(DepthGenericHessian.Hessian());

    [ClaimCheck("loss-display-matches-the-definition", Parameters = [ClaimMutation.Key])]
    private static CheckResult LossDisplayMatchesTheDefinition(CheckContext context) =>
        LossDisplay(perSampleNormalisation: ClaimMutation.Read(context, "one-over-two-m") != "none");

    [ClaimCheck("step-size-sigma-identity", Parameters = [ClaimMutation.Key])]
    private static CheckResult StepSizeSigmaIdentity(CheckContext context)
    {
        // The negative control is σ = 2L/(2L + (1−α)δB_δ) (numerator factor 2), which must be rejected.
        int factor = ClaimMutation.Read(context, "sigma-2l") == "none" ? 4 : 2;
        var (proved, steps) = StepSizeSigmaIdentity(sigmaNumeratorFactor: factor);
        return ExactOrRefuted(context.ClaimId, proved, steps, "exact rational-function identity over ℚ(L, α, δ, B)", "cross-multiplication", "canonical-form");
    }

    [ClaimCheck("step-size-sigma-identity-at-alpha-zero", Parameters = [ClaimMutation.Key])]
    private static CheckResult StepSizeSigmaIdentityAtAlphaZero(CheckContext context)
    {
        // The negative control is a₁ = 2σ/B_δ in place of 2(1−σ)/B_δ, which must be rejected.
        bool a1Sigma = ClaimMutation.Read(context, "a1-two-sigma-over-b") != "none";
        var (proved, steps) = StepSizeSigmaIdentity(alphaZero: true, firstTermSigma: a1Sigma);
        var all = steps.Append("at α = 0 the common value 2δ/(4L + δB_δ) is the right-hand side of (5.1), so a₁ = a₂ = 2(1−σ)/B_δ meets (5.1) and (5.2) with (5.3) has η_k ≤ a₁ for every γ ≥ 0").ToList();
        return ExactOrRefuted(context.ClaimId, proved, all, "exact rational-function identity over ℚ(L, δ, B)", "cross-multiplication", "canonical-form");
    }

    [ClaimCheck("step-bound-at-alpha-zero-is-the-balanced-bound")]
    private static CheckResult StepBoundAtAlphaZeroIsTheBalancedBound(CheckContext context)
    {
        var l = Polynomial.Variable(0);
        var a = Polynomial.Variable(1);
        var d = Polynomial.Variable(2);
        var b = Polynomial.Variable(3);
        var zero = new Dictionary<int, Polynomial> { [1] = Polynomial.Zero };
        var num = (Polynomial.Constant(2) * (Polynomial.One - a) * d).Substitute(zero) - (Polynomial.Constant(2) * d);
        var den = ((Polynomial.Constant(4) * l) + ((Polynomial.One - a) * d * b)).Substitute(zero) - ((Polynomial.Constant(4) * l) + (d * b));
        return ExactOrRefuted(
            context.ClaimId,
            num.IsZero && den.IsZero,
            ["substitute α = 0 in (2.8): numerator 2(1−α)δ − 2δ = " + (num.IsZero ? "0" : num.ToText()), "denominator 4L + (1−α)δB_δ − (4L + δB_δ) = " + (den.IsZero ? "0" : den.ToText()), "so (5.1) is (2.8) for a balanced start (α = 0)"],
            "exact polynomial substitution over ℚ[L, α, δ, B]",
            "substitution",
            "canonical-form");
    }
}
