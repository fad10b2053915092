using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Lemma 3.2 and its proof (Claims B.4, B.5, (18), (22), the chain of Appendix B.3) at stationary points of f, and
/// Claim B.3 / (15) with the steps of its proof. Stationary points are built from subsets S of the singular triplets of
/// M* = ΦΣΨᵀ: U = [Φ_SΣ_S^{1/2}·c, 0]Q, V = [Ψ_SΣ_S^{1/2}/c, 0]Q with Q orthogonal and c ≥ 1 spending part of the balance
/// budget ε (‖UᵀU − VᵀV‖_F = (c² − c⁻²)‖Σ_S‖_F).
/// </summary>
public static class FactorizationStationaryPoints
{
    /// <summary>Lemma 3.2: every stationary point that is not a global minimum has a negative Hessian eigenvalue.</summary>
    [ClaimCheck("non-optimal-stationary-points-are-strict-saddles")]
    internal static CheckResult NonOptimalStationaryPointsAreStrictSaddles(CheckContext context) => StrictSaddles(context);

    /// <summary>(18) / Claim B.4 at constructed stationary points (argument: which identities).</summary>
    [ClaimCheck("stationarity-identities", Parameters = ["identities", ClaimMutation.Key])]
    internal static CheckResult StationarityIdentities(CheckContext context)
        => StationarityIdentities(context, context.Argument("identities"), ClaimMutation.Read(context, "off-stationary") == "none" ? 0 : 0.1);

    /// <summary>Claim B.5, corrected.</summary>
    [ClaimCheck("stationary-residual-bounds-gram-difference")]
    internal static CheckResult StationaryResidualBoundsGramDifference(CheckContext context) => ClaimB5Fixed(context);

    /// <summary>Lemma 3.2, proof: the chain of bounds.</summary>
    [ClaimCheck("strict-saddle-proof-chain")]
    internal static CheckResult StrictSaddleProofChain(CheckContext context) => SaddleChain(context);

    /// <summary>Claim B.3 / (15) at bounded near-balanced points.</summary>
    [ClaimCheck("bounded-near-balanced-points-have-small-gradient-or-loss", Parameters = [ClaimMutation.Key])]
    internal static CheckResult BoundedNearBalancedPointsHaveSmallGradientOrLoss(CheckContext context)
        => ClaimB3(context, "bounded-near-balanced-points-have-small-gradient-or-loss", requireBalance: ClaimMutation.Read(context, "without-balance") == "none");

    /// <summary>Claim B.3, proof: the singular-value bound.</summary>
    [ClaimCheck("singular-value-bound-of-claim-b3-proof")]
    internal static CheckResult SingularValueBoundOfClaimB3Proof(CheckContext context) => ClaimB3Sigma(context);

    /// <summary>A stationary point of f with its construction and a balance budget ε ≥ ‖UᵀU − VᵀV‖_F.</summary>
    internal sealed record StationaryPoint(
        int Seed, int D1, int D2, int R, Matrix<double> M, Matrix<double> UStar, Matrix<double> VStar, Matrix<double> U, Matrix<double> V,
        int[] Subset, double C, double Epsilon)
    {
        public Matrix<double> W => U.Stack(V);

        public Matrix<double> WStar => UStar.Stack(VStar);

        public string Text => string.Create(CultureInfo.InvariantCulture, $"seed {Seed}: d₁ = {D1}, d₂ = {D2}, r = {R}, σ(M*) = [{string.Join(", ", M.Svd(false).S.Take(R).Select(x => x.ToString("G4", CultureInfo.InvariantCulture)))}], S = {{{string.Join(",", Subset.Select(i => i + 1))}}}, c = {C:G4}, ε = {Epsilon:G4}");
    }

    internal static Gen<StationaryPoint> StationaryPoints => from seed in Seeds select MakeStationaryPoint(seed);

    internal static StationaryPoint MakeStationaryPoint(int seed)
    {
        var rng = Rng(seed);
        int r = 1 + rng.Next(3);
        int d1 = r + rng.Next(3), d2 = r + rng.Next(3);
        double scale = Math.Pow(10, (2 * rng.NextDouble()) - 1);
        var sigma = Spectrum(rng, r, scale);
        var (m, phi, psi) = RankR(rng, d1, d2, sigma);
        var root = Matrix<double>.Build.DenseOfDiagonalArray(sigma.Select(Math.Sqrt).ToArray());
        var uStar = phi * root;
        var vStar = psi * root;
        var subset = Enumerable.Range(0, r).Where(_ => rng.Next(3) > 0).ToArray();
        double c = rng.Next(2) == 0 ? 1 : 1 + rng.NextDouble();
        var q = Orthogonal(rng, r);
        var mask = Matrix<double>.Build.DenseOfDiagonalArray(Enumerable.Range(0, r).Select(i => subset.Contains(i) ? 1.0 : 0.0).ToArray());
        var u = uStar * mask * q * c;
        var v = vStar * mask * q / c;
        double defect = Fro(u.TransposeThisAndMultiply(u) - v.TransposeThisAndMultiply(v));
        double epsilon = Math.Max(defect * (1 + (2 * rng.NextDouble())), scale * Math.Pow(10, -3 * rng.NextDouble()));
        if (rng.Next(4) == 0)
        {
            epsilon = defect; // the tightest budget
        }

        // Rounding makes the defect of an exactly balanced point ~10⁻¹⁷ rather than 0: budgets stay above 10⁻⁹‖M*‖_F.
        epsilon = Math.Max(epsilon, 1e-9 * Fro(m));

        return new StationaryPoint(seed, d1, d2, r, m, uStar, vStar, u, v, subset, c, epsilon);
    }

    /// <summary>
    /// dhl Lemma 3.2 at constructed stationary points with ‖UᵀU − VᵀV‖_F ≤ ε: either ‖UVᵀ − M*‖_F ≤ ε, or λ_min(∇²f) &lt; 0
    /// (engine Hessian, dense eigen-solve; negativity required beyond <paramref name="requiredNegativity"/>·‖M*‖_F, 10⁻¹⁰ for
    /// the claim; a large value is a false variant: the negative control).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="requiredNegativity">The margin of λ_min below 0, relative to ‖M*‖_F.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult StrictSaddles(CheckContext context, double requiredNegativity = 1e-10)
        => new InequalityCheck<StationaryPoint>
        {
            ClaimId = "non-optimal-stationary-points-are-strict-saddles",
            Family = "stationary points from subsets of the singular triplets of random rank-r M* (r ≤ 3, repeated and tiny singular values included), rotated by a random orthogonal Q, rescaled by c ∈ {1} ∪ [1, 2]; ε ≥ max(‖UᵀU − VᵀV‖_F, 10⁻⁹‖M*‖_F) (the defect itself in a quarter of the instances); lhs ≤ rhs encodes ‖UVᵀ − M*‖_F ≤ ε, else λ_min(∇²f) + 10⁻¹⁰‖M*‖_F ≤ 0",
            Generator = StationaryPoints,
            Instances = 80,
            Evaluate = p =>
            {
                double error = Fro((p.U * p.V.Transpose()) - p.M);
                if (error <= p.Epsilon)
                {
                    return InstanceOutcome.Inequality(error, p.Epsilon);
                }

                return InstanceOutcome.Inequality(HessianEigenvalues(p.M, p.U, p.V)[0] + (requiredNegativity * Fro(p.M)), 0);
            },
            Describe = p => p.Text,
        }.Run(context);

    /// <summary>
    /// (18) and Claim B.4 at the constructed stationary points: (M − M*)V = 0, (M − M*)ᵀU = 0, the three orthogonality
    /// consequences and ⟨M − M*, Δ_UΔ_Vᵀ⟩ = −‖M − M*‖²_F for the Procrustes R and for a random orthogonal R.
    /// <paramref name="perturbation"/> &gt; 0 moves U off the stationary point (negative control: must be refuted).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="label">residual-times-factors-vanish ((18)) or residual-orthogonal-to-directions (Claim B.4).</param>
    /// <param name="perturbation">Relative size of a perturbation of U (0 for the claim).</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult StationarityIdentities(CheckContext context, string label, double perturbation)
        => new InequalityCheck<StationaryPoint>
        {
            ClaimId = label,
            Family = label == "residual-times-factors-vanish"
                ? "constructed stationary points: ‖(M − M*)V‖_F + ‖(M − M*)ᵀU‖_F = 0 (relative to ‖M*‖_F‖W‖_F)"
                : "constructed stationary points, R the Procrustes minimizer and a random orthogonal R: ⟨M − M*, Δ_UΔ_Vᵀ⟩ + ‖M − M*‖²_F = 0 and ⟨M − M*, M⟩ = ⟨M − M*, U*RVᵀ⟩ = ⟨M − M*, URᵀV*ᵀ⟩ = 0",
            Generator = StationaryPoints,
            Instances = 80,
            Evaluate = p =>
            {
                var u = perturbation > 0 ? p.U + Gaussian(Rng(p.Seed + 7), p.D1, p.R, perturbation * (1 + Fro(p.U))) : p.U;
                var v = p.V;
                var e = (u * v.Transpose()) - p.M;
                double scale = Fro(p.M) * (1 + Fro(u) + Fro(v)) * (1 + Fro(p.UStar) + Fro(p.VStar));
                if (label == "residual-times-factors-vanish")
                {
                    return InstanceOutcome.Identity(Fro(e * v) + Fro(e.TransposeThisAndMultiply(u)), scale);
                }

                double residual = 0;
                foreach (var rot in new[] { Procrustes(u.Stack(v), p.WStar), Orthogonal(Rng(p.Seed + 11), p.R) })
                {
                    var du = u - (p.UStar * rot);
                    var dv = v - (p.VStar * rot);
                    residual += Math.Abs(Inner(e, du * dv.Transpose()) + Fro2(e));
                    residual += Math.Abs(Inner(e, u * v.Transpose())) + Math.Abs(Inner(e, p.UStar * rot * v.Transpose())) + Math.Abs(Inner(e, u * rot.Transpose() * p.VStar.Transpose()));
                }

                return InstanceOutcome.Identity(residual, scale * scale);
            },
            Describe = p => p.Text,
        }.Run(context);

    internal static (Matrix<double> DU, Matrix<double> DV) ProcrustesDirection(StationaryPoint p)
    {
        var rot = Procrustes(p.W, p.WStar);
        return (p.U - (p.UStar * rot), p.V - (p.VStar * rot));
    }

    /// <summary>Claim B.5 (corrected) at constructed stationary points; <paramref name="rhsFactor"/> scales the right side (1 for the claim, smaller is a negative control).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="rhsFactor">The factor on the right side.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult ClaimB5Fixed(CheckContext context, double rhsFactor = 1)
        => new InequalityCheck<StationaryPoint>
        {
            ClaimId = "stationary-residual-bounds-gram-difference",
            Family = "constructed stationary points with ε ≥ ‖UᵀU − VᵀV‖_F (the defect itself in a quarter of them), R the Procrustes minimizer: ‖UΔ_Vᵀ + Δ_UVᵀ‖²_F ≤ ‖M − M*‖²_F + ε²/2",
            Generator = StationaryPoints,
            Instances = 80,
            Evaluate = p =>
            {
                var (du, dv) = ProcrustesDirection(p);
                double e2 = Fro2((p.U * p.V.Transpose()) - p.M);
                return InstanceOutcome.Inequality(Fro2((p.U * dv.Transpose()) + (du * p.V.Transpose())), rhsFactor * (e2 + (p.Epsilon * p.Epsilon / 2)));
            },
            Describe = p => p.Text,
            Tightness = StationaryTightness,
        }.Run(context);

    /// <summary>Tightness parameterization: M* = diag(1, σ₂) (2 × 2), S = {1} or {1, 2}, c = e^{|p₁|}, Q a rotation by p₂, ε the defect.</summary>
    internal static TightnessSpec<StationaryPoint> StationaryTightness => new()
    {
        Dimension = 4,
        FromParameters = p =>
        {
            double s2 = 1 / (1 + Math.Exp(-p[3]));
            var m = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0 }, { 0, s2 } });
            var us = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0 }, { 0, Math.Sqrt(s2) } });
            int[] subset = p[0] > 0 ? [0, 1] : [0];
            var mask = Matrix<double>.Build.DenseOfDiagonalArray([1.0, subset.Length == 2 ? 1 : 0]);
            double c = Math.Exp(Math.Min(Math.Abs(p[1]), 3));
            var q = Matrix<double>.Build.DenseOfArray(new[,] { { Math.Cos(p[2]), -Math.Sin(p[2]) }, { Math.Sin(p[2]), Math.Cos(p[2]) } });
            var u = us * mask * q * c;
            var v = us * mask * q / c;
            double defect = Fro(u.TransposeThisAndMultiply(u) - v.TransposeThisAndMultiply(v));
            return new StationaryPoint(0, 2, 2, 2, m, us, us, u, v, subset, c, Math.Max(defect, 1e-12));
        },
    };

    /// <summary>The chain of Appendix B.3; <paramref name="rhsFactor"/> scales the final bound's budget ε²/2 (1 for the claim; 0 is a negative control).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="rhsFactor">The factor on ε²/2 in the last two links.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult SaddleChain(CheckContext context, double rhsFactor = 1)
        => new InequalityCheck<StationaryPoint>
        {
            ClaimId = "strict-saddle-proof-chain",
            Family = "constructed stationary points, R the Procrustes minimizer: every link of the chain (19) = (Claim B.4) ≤ (20) ≤ (22) ≤ (21) with U*ᵀU* = V*ᵀV*, and [∇²f](Δ, Δ) ≤ −‖M − M*‖²_F + ε²/2 (engine Hessian-vector product); worst link reported",
            Generator = StationaryPoints,
            Instances = 80,
            Evaluate = p =>
            {
                var (du, dv) = ProcrustesDirection(p);
                var e = (p.U * p.V.Transpose()) - p.M;
                double e2 = Fro2(e);
                var delta = du.Stack(dv);
                double a = Fro2((p.U * dv.Transpose()) + (du * p.V.Transpose()));
                double b = Fro2((du * dv.Transpose()) + e);
                double c = Fro2(du * dv.Transpose()) - e2;
                double d = (0.25 * Fro2(delta * delta.Transpose())) - e2;
                double g = (0.5 * Fro2((p.W * p.W.Transpose()) - (p.WStar * p.WStar.Transpose()))) - e2;
                double h = e2 + (rhsFactor * p.Epsilon * p.Epsilon / 2);
                double form = HessianForm(p.M, p.U, p.V, du, dv);
                double tol = 1e-12 * (1 + Fro2(p.W) + Fro2(p.WStar)) * (1 + Fro2(p.W) + Fro2(p.WStar));
                var (l, r) = WorstLink((a, b + tol), (b, a + tol), (b, c + tol), (c, b + tol), (c, d + tol), (d, g + tol), (g, h), (form, -e2 + (rhsFactor * p.Epsilon * p.Epsilon / 2) + tol));
                return InstanceOutcome.Inequality(l, r);
            },
            Describe = p => p.Text,
            Tightness = StationaryTightness,
        }.Run(context);

    /// <summary>A point (U, V) with ‖UVᵀ‖_F ≤ 3‖M*‖_F and a balance budget ε &lt; ‖M*‖_F (premises of (15)).</summary>
    internal sealed record BoundedPoint(int Seed, int R, double NormM, double Epsilon, Matrix<double> U, Matrix<double> V, string Kind)
    {
        public string Text => string.Create(CultureInfo.InvariantCulture, $"seed {Seed}: r = {R}, ‖M*‖_F = {NormM:G4}, ε = {Epsilon:G4}, ‖UVᵀ‖_F = {Fro(U * V.Transpose()):G4}, ‖UᵀU − VᵀV‖_F = {Fro(U.TransposeThisAndMultiply(U) - V.TransposeThisAndMultiply(V)):G4} ({Kind})");
    }

    internal static BoundedPoint MakeBoundedPoint(int seed, bool requireBalance)
    {
        var rng = Rng(seed);
        int r = 1 + rng.Next(6);
        int d1 = r + rng.Next(3), d2 = r + rng.Next(3);
        double normM = Math.Pow(10, (4 * rng.NextDouble()) - 2);
        double epsilon = normM * (rng.Next(3) == 0 ? 0.999 : rng.NextDouble());
        var sigma = Spectrum(rng, r, 1);
        var (_, phi, psi) = RankR(rng, d1, d2, sigma);
        var q = Orthogonal(rng, r);
        var root = Matrix<double>.Build.DenseOfDiagonalArray(sigma.Select(Math.Sqrt).ToArray());
        var u = phi * root * q;
        var v = psi * root * q;
        double s = rng.Next(3) == 0 ? 1 : rng.NextDouble();
        double k = Math.Sqrt(s * 3 * normM / Fro(u * v.Transpose()));
        u *= k;
        v *= k;
        int kind = rng.Next(3);
        string text = "balanced";
        if (kind == 1)
        {
            // Spend the balance budget by rescaling: (a² − a⁻²)‖ΣᵤᵀΣᵤ‖ = fraction·ε.
            double g = Fro(u.TransposeThisAndMultiply(u));
            double target = (requireBalance ? rng.NextDouble() : 1e4) * epsilon / Math.Max(g, 1e-300);
            double a2 = (target + Math.Sqrt((target * target) + 4)) / 2;
            u *= Math.Sqrt(Math.Sqrt(a2));
            v /= Math.Sqrt(Math.Sqrt(a2));
            text = "rescaled to the balance budget";
        }
        else if (kind == 2)
        {
            u += Gaussian(rng, d1, r, 0.3 * Math.Sqrt(epsilon / (d1 * r)));
            text = "perturbed";
        }

        return new BoundedPoint(seed, r, normM, epsilon, u, v, text);
    }

    /// <summary>
    /// dhl Claim B.3 / (15): ‖UVᵀ‖_F ≤ 3‖M*‖_F and ‖UᵀU − VᵀV‖_F ≤ ε &lt; ‖M*‖_F imply ‖U‖²_F, ‖V‖²_F ≤ 5√r‖M*‖_F.
    /// With <paramref name="requireBalance"/> false the balance premise is dropped (rescalings far beyond ε are generated
    /// and not rejected): the negative control, which must be refuted.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="label">The label of the result.</param>
    /// <param name="requireBalance">Whether the balance premise is a hypothesis.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult ClaimB3(CheckContext context, string label, bool requireBalance)
        => new InequalityCheck<BoundedPoint>
        {
            ClaimId = label,
            Family = "r ≤ 6, d₁, d₂ ≤ r + 2, ‖M*‖_F over four decades, ε ∈ (0, ‖M*‖_F) (0.999‖M*‖_F in a third); balanced U = ΦΣ^{1/2}Q, V = ΨΣ^{1/2}Q scaled to ‖UVᵀ‖_F ≤ 3‖M*‖_F (the boundary in a third), rescaled to spend the balance budget, or perturbed; instances violating a premise are rejected",
            Generator = from seed in Seeds select MakeBoundedPoint(seed, requireBalance),
            Instances = 100,
            Evaluate = p =>
            {
                double product = Fro(p.U * p.V.Transpose());
                double defect = Fro(p.U.TransposeThisAndMultiply(p.U) - p.V.TransposeThisAndMultiply(p.V));
                if (product > 3 * p.NormM * (1 + 1e-12))
                {
                    return InstanceOutcome.Rejected($"‖UVᵀ‖_F = {G(product)} > 3‖M*‖_F");
                }

                if (requireBalance && defect > p.Epsilon)
                {
                    return InstanceOutcome.Rejected($"‖UᵀU − VᵀV‖_F = {G(defect)} > ε = {G(p.Epsilon)}");
                }

                return InstanceOutcome.Inequality(Math.Max(Fro2(p.U), Fro2(p.V)), 5 * Math.Sqrt(p.R) * p.NormM);
            },
            Describe = p => p.Text,
            Tightness = BoundedTightness,
        }.Run(context);

    /// <summary>Tightness parameterization of (15): r = 2, ‖M*‖_F = 1, ε = 0.999, U = diag(√σ)·a, V = diag(√σ)/a on ‖UVᵀ‖_F = 3.</summary>
    internal static TightnessSpec<BoundedPoint> BoundedTightness => new()
    {
        Dimension = 4,
        FromParameters = q =>
        {
            var sigma = new[] { Math.Exp(q[0]), Math.Exp(q[1]) };
            double scale = 3 / Math.Sqrt((sigma[0] * sigma[0]) + (sigma[1] * sigma[1]));
            double a = Math.Exp(Math.Clamp(q[2], -5, 5));
            var u = Matrix<double>.Build.DenseOfDiagonalArray(sigma.Select(x => Math.Sqrt(x * scale) * a).ToArray());
            var v = Matrix<double>.Build.DenseOfDiagonalArray(sigma.Select(x => Math.Sqrt(x * scale) / a).ToArray());
            return new BoundedPoint(0, 2, 1, 0.999, u, v, "tightness search");
        },
    };

    /// <summary>The chain of the proof of Claim B.3; <paramref name="constant"/> replaces the final 19 (19 for the claim; 18 is a negative control).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="constant">The constant of the last link.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult ClaimB3Sigma(CheckContext context, double constant = 19)
        => new InequalityCheck<BoundedPoint>
        {
            ClaimId = "singular-value-bound-of-claim-b3-proof",
            Family = "the instances of dhl/claimb.3 meeting the premises; SVD U = ΦΣΨᵀ, Ṽ = VΨ: 3‖M*‖ ≥ ‖ΣṼᵀ‖ = (Σσᵢ²‖Ṽᵢ‖²)^{1/2}, ε ≥ ‖ΣᵀΣ − ṼᵀṼ‖ ≥ (Σ(σᵢ² − ‖Ṽᵢ‖²)²)^{1/2}, and Σσᵢ⁴ ≤ Σ(σᵢ⁴ + ‖Ṽᵢ‖⁴) = Σ(σᵢ² − ‖Ṽᵢ‖²)² + 2Σσᵢ²‖Ṽᵢ‖² ≤ ε² + 2(3‖M*‖)² ≤ 19‖M*‖²; worst link",
            Generator = from seed in Seeds select MakeBoundedPoint(seed, requireBalance: true),
            Instances = 100,
            Tightness = BoundedTightness,
            Evaluate = p =>
            {
                double product = Fro(p.U * p.V.Transpose());
                double defect = Fro(p.U.TransposeThisAndMultiply(p.U) - p.V.TransposeThisAndMultiply(p.V));
                if (product > 3 * p.NormM * (1 + 1e-12) || defect > p.Epsilon)
                {
                    return InstanceOutcome.Rejected("a premise of (15) fails");
                }

                var svd = p.U.Svd(computeVectors: true);
                var sigma = svd.S.Take(p.R).ToArray();
                var vt = p.V * svd.VT.Transpose();
                var col = Enumerable.Range(0, p.R).Select(i => vt.Column(i).DotProduct(vt.Column(i))).ToArray();
                double s4 = sigma.Sum(x => Math.Pow(x, 4));
                double both = Enumerable.Range(0, p.R).Sum(i => Math.Pow(sigma[i], 4) + (col[i] * col[i]));
                double squares = Enumerable.Range(0, p.R).Sum(i => Math.Pow((sigma[i] * sigma[i]) - col[i], 2));
                double cross = Enumerable.Range(0, p.R).Sum(i => sigma[i] * sigma[i] * col[i]);
                double m2 = p.NormM * p.NormM;
                double tol = 1e-12 * (both + 1e-300);
                var (l, r) = WorstLink(
                    (Math.Sqrt(cross), 3 * p.NormM * (1 + 1e-12)),
                    (Math.Sqrt(squares), p.Epsilon * (1 + 1e-12)),
                    (s4, both),
                    (both, squares + (2 * cross) + tol),
                    (squares + (2 * cross), both + tol),
                    (squares + (2 * cross), (p.Epsilon * p.Epsilon) + (18 * m2) + tol),
                    ((p.Epsilon * p.Epsilon) + (18 * m2), constant * m2));
                return InstanceOutcome.Inequality(l, r);
            },
            Describe = p => p.Text,
        }.Run(context);
}
