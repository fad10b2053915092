using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;
using static DeepLinear.Checks.Sampling.RandomMatrices;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Asymmetric matrix factorization f(U, V) = ½‖UVᵀ − M*‖²_F of dhl (1), (8): the gradient (2) and the Hessian form
/// (12)/(17) entry-wise (symbolic), the smoothness bound of Lemma B.1 with its proof chain and the non-smoothness remark
/// of §1 (numeric, with the engine's Hessian).
/// </summary>
public static class FactorizationObjective
{
    internal static readonly Rational Half = new(1, 2);

    /// <summary>(2): ∂f/∂U = (UVᵀ − M*)V, ∂f/∂V = (UVᵀ − M*)ᵀU, entry-wise.</summary>
    [ClaimCheck("factorization-gradient-formula", Parameters = [ClaimMutation.Key])]
    internal static CheckResult FactorizationGradientFormula(CheckContext context) => GradientFormula(transposedU: ClaimMutation.Read(context, "transposed-residual") == "transposed-residual");

    /// <summary>(12)/(17): the Hessian quadratic form, entry-wise.</summary>
    [ClaimCheck("factorization-hessian-quadratic-form", Parameters = [ClaimMutation.Key])]
    internal static CheckResult FactorizationHessianQuadraticForm(CheckContext context)
        => HessianFormula("factorization-hessian-quadratic-form", factor: ClaimMutation.Read(context, "without-factor-two") == "none" ? 2 : 1);

    /// <summary>Lemma B.1: λ_max(∇²f) ≤ (6c + 2)‖M*‖_F on S.</summary>
    [ClaimCheck("factorization-smoothness-on-bounded-set", Parameters = [ClaimMutation.Key])]
    internal static CheckResult FactorizationSmoothnessOnBoundedSet(CheckContext context)
        => SmoothnessBound(context, ClaimMutation.Read(context, "two-c-plus-two") == "none" ? 6 : 2);

    /// <summary>Lemma B.1, proof: the chain of bounds.</summary>
    [ClaimCheck("factorization-smoothness-proof-chain")]
    internal static CheckResult FactorizationSmoothnessProofChain(CheckContext context) => SmoothnessChain(context);

    /// <summary>§1: λ_max(∇²f) at (εU*, V*/ε) grows like ε⁻².</summary>
    [ClaimCheck("hessian-unbounded-at-unbalanced-optima", Parameters = [ClaimMutation.Key])]
    internal static CheckResult HessianUnboundedAtUnbalancedOptima(CheckContext context)
        => NonSmoothness(context, exponent: 2, balanced: ClaimMutation.Read(context, "balanced-optima") == "balanced-optima");

    /// <summary>Symbols U (d₁×r), V (d₂×r), M (d₁×d₂) and f = ½‖UVᵀ − M‖²_F.</summary>
    internal static (VariableNames Names, SymbolicMatrix U, SymbolicMatrix V, SymbolicMatrix M, Polynomial F) FactorizationSymbols(int d1, int d2, int r)
    {
        var names = new VariableNames();
        var u = SymbolicMatrix.Fresh(names, "U", "U", d1, r);
        var v = SymbolicMatrix.Fresh(names, "V", "V", d2, r);
        var m = SymbolicMatrix.Fresh(names, "M", "M^*", d1, d2);
        var residual = (u * v.Transpose()) - m;
        return (names, u, v, m, SymbolicMatrix.FrobeniusInner(residual, residual).Scale(Half));
    }

    internal static readonly (int D1, int D2, int R)[] SymbolicSizes = [(2, 3, 1), (3, 2, 2), (2, 2, 2)];

    /// <summary>
    /// dhl (2) entry-wise: ∂f/∂U = (UVᵀ − M*)V and ∂f/∂V = (UVᵀ − M*)ᵀU. Negative control (<paramref name="transposedU"/>):
    /// (UVᵀ − M*)ᵀV for ∂f/∂U, a shape error unless d₁ = d₂ and wrong in value otherwise.
    /// </summary>
    /// <param name="transposedU">Use the wrong formula for ∂f/∂U.</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult GradientFormula(bool transposedU)
    {
        var proof = new EntrywiseProof("factorization-gradient-formula", "Gradient of the factorization objective (dhl (2))", @"\partial f/\partial U = (UV^\top - M^*)V,\ \partial f/\partial V = (UV^\top - M^*)^\top U", "(2)");
        foreach (var (d1, d2, r) in SymbolicSizes)
        {
            var (names, u, v, m, f) = FactorizationSymbols(d1, d2, r);
            var residual = (u * v.Transpose()) - m;
            if (transposedU && d1 != d2)
            {
                return ExactCheck.ShapeError("factorization-gradient-formula", $"d₁ = {d1}, d₂ = {d2}, r = {r}", $"(UVᵀ − M*)ᵀ ∈ ℝ^{{{d2}×{d1}}} times V ∈ ℝ^{{{d2}×{r}}}: inner dimensions {d1} ≠ {d2}");
            }

            var claimedU = transposedU ? residual.Transpose() * v : residual * v;

            proof.Compare($"d₁ = {d1}, d₂ = {d2}, r = {r}: ∂f/∂U", EntrywiseCalculus.Gradient(f, u), claimedU, names);
            proof.Compare($"d₁ = {d1}, d₂ = {d2}, r = {r}: ∂f/∂V", EntrywiseCalculus.Gradient(f, v), residual.Transpose() * u, names);
        }

        return proof.Conclude(" (d₁, d₂, r) ∈ {(2,3,1), (3,2,2), (2,2,2)}");
    }

    /// <summary>
    /// dhl (12)/(17) entry-wise: the second directional derivative of f along Δ = (Δ_U, Δ_V) equals
    /// <paramref name="factor"/>·⟨UVᵀ − M*, Δ_UΔ_Vᵀ⟩ + ‖UΔ_Vᵀ + Δ_UVᵀ‖²_F (the printed factor is 2; 1 is the negative control).
    /// </summary>
    /// <param name="label">The label of the result (the check name, or the invariant checked).</param>
    /// <param name="factor">The coefficient of the first term.</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult HessianFormula(string label, int factor)
    {
        var proof = new EntrywiseProof(label, "Hessian quadratic form of f (dhl (12), (17))", @"[\nabla^2 f(U,V)](\Delta,\Delta) = 2\langle UV^\top - M^*, \Delta_U\Delta_V^\top\rangle + \|U\Delta_V^\top + \Delta_U V^\top\|_F^2", "(12)");
        foreach (var (d1, d2, r) in SymbolicSizes)
        {
            var (names, u, v, m, f) = FactorizationSymbols(d1, d2, r);
            var du = SymbolicMatrix.Fresh(names, "DU", @"\Delta_U", d1, r);
            var dv = SymbolicMatrix.Fresh(names, "DV", @"\Delta_V", d2, r);
            var direction = new Dictionary<int, Polynomial>();
            for (int i = 0; i < d1; i++)
            {
                for (int k = 0; k < r; k++)
                {
                    direction[u.VariableAt(i, k)] = du[i, k];
                }
            }

            for (int j = 0; j < d2; j++)
            {
                for (int k = 0; k < r; k++)
                {
                    direction[v.VariableAt(j, k)] = dv[j, k];
                }
            }

            var form = EntrywiseCalculus.HessianBilinear(f, direction, direction);
            var cross = (u * dv.Transpose()) + (du * v.Transpose());
            var rhs = SymbolicMatrix.FrobeniusInner((u * v.Transpose()) - m, du * dv.Transpose()).Scale(factor) + SymbolicMatrix.FrobeniusInner(cross, cross);
            proof.Compare($"d₁ = {d1}, d₂ = {d2}, r = {r}", form, rhs, names);
        }

        return proof.Conclude(" (d₁, d₂, r) ∈ {(2,3,1), (3,2,2), (2,2,2)}");
    }

    /// <summary>A point of the set S of Lemma B.1 (‖U‖² ≤ c‖M*‖, ‖V‖² ≤ c‖M*‖) with a direction Δ.</summary>
    internal sealed record SmoothnessInstance(FactorizationInstance Base, double C, Matrix<double> U, Matrix<double> V, Matrix<double> DU, Matrix<double> DV)
    {
        public string Text => Base.Text + string.Create(CultureInfo.InvariantCulture, $", c = {C:G4}, ‖U‖² = {Fro2(U):G4}, ‖V‖² = {Fro2(V):G4}");
    }

    internal static SmoothnessInstance ProjectToS(FactorizationInstance inst, double c, Matrix<double> u, Matrix<double> v, Matrix<double> du, Matrix<double> dv, bool boundary)
    {
        double radius = Math.Sqrt(c * Fro(inst.M));
        double nu = Fro(u), nv = Fro(v);
        var pu = boundary || nu > radius ? u * (radius / Math.Max(nu, 1e-300)) : u;
        var pv = boundary || nv > radius ? v * (radius / Math.Max(nv, 1e-300)) : v;
        return new SmoothnessInstance(inst, c, pu, pv, du, dv);
    }

    internal static Gen<SmoothnessInstance> SmoothnessInstances =>
        from inst in FactorizationInstances
        from k in Gen.Choose(0, 6000)
        from mode in Gen.Choose(0, 2)
        select MakeSmoothness(inst, Math.Pow(10, (k / 1000.0) - 3), mode);

    internal static SmoothnessInstance MakeSmoothness(FactorizationInstance inst, double c, int mode)
    {
        var rng = RandomSource.For(inst.Seed ^ 0x5bd1e995);
        var du = Gaussian(rng, inst.D1, inst.R);
        var dv = Gaussian(rng, inst.D2, inst.R);
        if (mode == 2)
        {
            // Rank-one, aligned with the top singular pair of M*, on the boundary of S (and the opposite sign).
            var svd = inst.M.Svd(computeVectors: true);
            var a = svd.U.SubMatrix(0, inst.D1, 0, 1) * Matrix<double>.Build.Dense(1, inst.R, (_, k) => k == 0 ? 1 : 0);
            var b = svd.VT.Transpose().SubMatrix(0, inst.D2, 0, 1) * Matrix<double>.Build.Dense(1, inst.R, (_, k) => k == 0 ? (rng.Next(2) == 0 ? 1 : -1) : 0);
            return ProjectToS(inst, c, a, b, du, dv, boundary: true);
        }

        return ProjectToS(inst, c, inst.U, inst.V, du, dv, boundary: mode == 1);
    }

    /// <summary>
    /// dhl Lemma B.1: λ_max(∇²f(U, V)) ≤ (k·c + 2)‖M*‖_F on S (printed k = 6; k = 1 is a negative control that must fail
    /// for some instance), with the engine's full Hessian and a dense eigen-solve; tightness search over (U, V) in S.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="k">The coefficient of c.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult SmoothnessBound(CheckContext context, double k)
        => new InequalityCheck<SmoothnessInstance>
        {
            ClaimId = "factorization-smoothness-on-bounded-set",
            Family = "points of S (interior, boundary, rank-one aligned with the top singular pair of M*), c log-uniform in [10⁻³, 10³], d₁, d₂ ≤ 6, r ≤ 3; λ_max of the engine's full Hessian",
            Generator = SmoothnessInstances,
            Instances = 80,
            Evaluate = s => InstanceOutcome.Inequality(HessianEigenvalues(s.Base.M, s.U, s.V)[^1], ((k * s.C) + 2) * Fro(s.Base.M)),
            Describe = s => s.Text,
            Tightness = SmoothnessTightness,
        }.Run(context);

    /// <summary>Tightness parameterization of Lemma B.1: d₁ = d₂ = 2, r = 1, M* = diag(1, 0), U, V, Δ free, c = 10^{p₈}, projected onto S.</summary>
    internal static TightnessSpec<SmoothnessInstance> SmoothnessTightness => new()
    {
        Dimension = 9,
        FromParameters = p =>
        {
            // d₁ = d₂ = 2, r = 1: M* = diag(1, σ₂) with σ₂ = 0, U, V free, c = 10^{p₈}, projected onto S.
            var m = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0 }, { 0, 0 } });
            var u = Matrix<double>.Build.Dense(2, 1, (i, _) => p[i]);
            var v = Matrix<double>.Build.Dense(2, 1, (i, _) => p[2 + i]);
            var du = Matrix<double>.Build.Dense(2, 1, (i, _) => p[4 + i]);
            var dv = Matrix<double>.Build.Dense(2, 1, (i, _) => p[6 + i]);
            double c = Math.Pow(10, Math.Clamp(p[8], -3, 3));
            var inst = new FactorizationInstance(0, 2, 2, 1, m, u, v, "tightness search");
            return ProjectToS(inst, c, u, v, du, dv, boundary: false);
        },
    };

    /// <summary>The chain of the proof of Lemma B.1 (each right side multiplied by <paramref name="rhsFactor"/>; 1 for the claim, a smaller factor is a negative control).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="rhsFactor">The factor on every right side.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult SmoothnessChain(CheckContext context, double rhsFactor = 1)
        => new InequalityCheck<SmoothnessInstance>
        {
            ClaimId = "factorization-smoothness-proof-chain",
            Family = "the chain of the proof of Lemma B.1 at points of S with random directions Δ (worst link reported); [∇²f](Δ, Δ) from the engine's Hessian-vector product; the final equality 2(c+1) + 4c = 6c + 2 is exact",
            Generator = SmoothnessInstances,
            Instances = 80,
            Evaluate = s =>
            {
                var (m, u, v, du, dv) = (s.Base.M, s.U, s.V, s.DU, s.DV);
                double nm = Fro(m), delta2 = Fro2(du) + Fro2(dv);
                double form = HessianForm(m, u, v, du, dv);
                double l1 = (2 * Fro((u * v.Transpose()) - m) * Fro(du * dv.Transpose())) + Fro2((u * dv.Transpose()) + (du * v.Transpose()));
                double l2 = (2 * ((Fro(u) * Fro(v)) + nm) * Fro(du) * Fro(dv)) + Math.Pow((Fro(u) * Fro(dv)) + (Fro(du) * Fro(v)), 2);
                double l3 = (2 * ((s.C * nm) + nm) * delta2) + Math.Pow(2 * Math.Sqrt(s.C * nm) * Math.Sqrt(delta2), 2);
                // The last step l3 = (6c + 2)‖M*‖_F‖Δ‖²_F is the exact identity 2(c + 1) + 4c = 6c + 2.
                var (lhs, rhs) = WorstLink((form, l1 * rhsFactor), (l1, l2 * rhsFactor), (l2, l3 * rhsFactor));
                return InstanceOutcome.Inequality(lhs, rhs);
            },
            Describe = s => s.Text,
            Tightness = SmoothnessTightness,
        }.Run(context);

    /// <summary>
    /// dhl §1 (f is not smooth near the optimal set): at (εU*, V*/ε), λ_max(∇²f) ≥ ‖V*‖²₂/ε^{exponent} (the U-block of the
    /// Hessian is I ⊗ VᵀV). The printed claim needs exponent 2; a larger exponent is a negative control that must fail.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="exponent">The power of 1/ε claimed.</param>
    /// <param name="balanced">The negative control of the handling: the Hessian taken at the balanced optimum (U*, V*)
    /// instead of (εU*, V*/ε), where λ_max stays bounded (≈ 2σ₁ for rank 1), so the bound must fail for small ε.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult NonSmoothness(CheckContext context, double exponent, bool balanced = false)
        => new InequalityCheck<(FactorizationInstance Inst, double Epsilon)>
        {
            ClaimId = "hessian-unbounded-at-unbalanced-optima",
            Family = "global optima (εU*, V*/ε) of random rank-r M*, ε log-uniform in [10⁻⁴, 1]: ‖V*‖²₂/ε² ≤ λ_max(∇²f) (engine Hessian), so no single β bounds the Hessian in any neighbourhood of the optimal set",
            Generator = from inst in FactorizationInstances from k in Gen.Choose(0, 4000) select (inst, Math.Pow(10, -k / 1000.0)),
            Instances = 40,
            Evaluate = p =>
            {
                var svd = p.Inst.M.Svd(computeVectors: true);
                var root = Matrix<double>.Build.DenseOfDiagonalArray(svd.S.Take(p.Inst.R).Select(Math.Sqrt).ToArray());
                var us = svd.U.SubMatrix(0, p.Inst.D1, 0, p.Inst.R) * root;
                var vs = svd.VT.Transpose().SubMatrix(0, p.Inst.D2, 0, p.Inst.R) * root;
                double scale = balanced ? 1 : p.Epsilon;
                double top = HessianEigenvalues(p.Inst.M, us * scale, vs / scale)[^1];
                double vNorm = vs.L2Norm();
                return InstanceOutcome.Inequality(vNorm * vNorm / Math.Pow(p.Epsilon, exponent), top);
            },
            Describe = p => p.Inst.Text + ", ε = " + G(p.Epsilon),
        }.Run(context);
}
