using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;
using static DeepLinear.Checks.Sampling.RandomMatrices;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Lemma 3.2 and its proof (Claims B.4, B.5, (18), the chain of Appendix B.3) at stationary points of f, built from
/// subsets S of the singular triplets of M* = ΦΣΨᵀ: U = [Φ_SΣ_S^{1/2}·c, 0]Q, V = [Ψ_SΣ_S^{1/2}/c, 0]Q with Q orthogonal and c ≥ 1 spending part of the balance
/// budget ε (‖UᵀU − VᵀV‖_F = (c² − c⁻²)‖Σ_S‖_F).
/// </summary>
public static class FactorizationStationaryPoints
{
    /// <summary>Lemma 3.2: every stationary point that is not a global minimum has a negative Hessian eigenvalue.</summary>
    [ClaimCheck("non-optimal-stationary-points-are-strict-saddles", Parameters = [ClaimMutation.Key])]
    internal static CheckResult NonOptimalStationaryPointsAreStrictSaddles(CheckContext context)
        => ClaimMutation.Read(context, "without-balance") == "none" ? StrictSaddles(context) : CurvatureAlongDeltaWithoutBalance(context);

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
        var rng = RandomSource.For(seed);
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
        var q = HaarOrthogonal(rng, r);
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
    /// The negative control of Lemma 3.2 promised by its handling: the balance hypothesis dropped. Each constructed
    /// stationary point is rescaled to (10U, V/10), still stationary but far outside the balance budget ε, and the
    /// curvature of the proof's direction Δ = W − W*R (R the Procrustes minimizer) is required to satisfy the lemma's
    /// bound [∇²f](Δ, Δ) ≤ −‖M − M*‖²_F + ε²/2 (engine Hessian-vector product); without balance it fails.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <returns>Refuted when the control works.</returns>
    internal static CheckResult CurvatureAlongDeltaWithoutBalance(CheckContext context)
        => new InequalityCheck<StationaryPoint>
        {
            ClaimId = "non-optimal-stationary-points-are-strict-saddles",
            Family = "constructed stationary points rescaled to (10U, V/10), ε kept: [∇²f](Δ, Δ) ≤ −‖M − M*‖²_F + ε²/2 along Δ = W − W*R",
            Generator = StationaryPoints,
            Instances = 80,
            Evaluate = p =>
            {
                var q = p with { U = p.U * 10, V = p.V / 10 };
                var (du, dv) = ProcrustesDirection(q);
                double e2 = Fro2((q.U * q.V.Transpose()) - q.M);
                return InstanceOutcome.Inequality(HessianForm(q.M, q.U, q.V, du, dv), -e2 + (q.Epsilon * q.Epsilon / 2));
            },
            Describe = p => p.Text + ", rescaled by 10",
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
                var u = perturbation > 0 ? p.U + Gaussian(RandomSource.For(p.Seed + 7), p.D1, p.R, perturbation * (1 + Fro(p.U))) : p.U;
                var v = p.V;
                var e = (u * v.Transpose()) - p.M;
                double scale = Fro(p.M) * (1 + Fro(u) + Fro(v)) * (1 + Fro(p.UStar) + Fro(p.VStar));
                if (label == "residual-times-factors-vanish")
                {
                    return InstanceOutcome.Identity(Fro(e * v) + Fro(e.TransposeThisAndMultiply(u)), scale);
                }

                double residual = 0;
                foreach (var rot in new[] { Procrustes(u.Stack(v), p.WStar), HaarOrthogonal(RandomSource.For(p.Seed + 11), p.R) })
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
}
