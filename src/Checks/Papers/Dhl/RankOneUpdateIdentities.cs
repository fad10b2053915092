using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// The exact identities of Appendix C: the updates (23) of α_t, β_t and of the complement components, the norm
/// decomposition, and the dynamics (24) of h_t and ξ_t. Identities that need ‖u*‖ = ‖v*‖ = 1 are proved by showing that
/// lhs − rhs is an explicit polynomial multiple of ‖u*‖² − 1 (resp. ‖v*‖² − 1).
/// </summary>
public static class RankOneUpdateIdentities
{
    /// <summary>Symbols of one rank-1 step: u, v, u*, v*, η, σ₁ and the updated u′, v′ of (9) with M* = σ₁u*v*ᵀ.</summary>
    internal sealed class RankOneSymbols
    {
        public RankOneSymbols(int d1, int d2)
        {
            Names = new VariableNames();
            U = SymbolicMatrix.Fresh(Names, "u", "u", d1, 1);
            V = SymbolicMatrix.Fresh(Names, "v", "v", d2, 1);
            UStar = SymbolicMatrix.Fresh(Names, "us", "u^*", d1, 1);
            VStar = SymbolicMatrix.Fresh(Names, "vs", "v^*", d2, 1);
            Eta = Polynomial.Variable(Names.Fresh("eta", @"\eta"));
            Sigma = Polynomial.Variable(Names.Fresh("sigma", @"\sigma_1"));
            var m = Sigma * (UStar * VStar.Transpose());
            var residual = (U * V.Transpose()) - m;
            UNext = U - (Eta * (residual * V));
            VNext = V - (Eta * (residual.Transpose() * U));
        }

        public VariableNames Names { get; }

        public SymbolicMatrix U { get; }

        public SymbolicMatrix V { get; }

        public SymbolicMatrix UStar { get; }

        public SymbolicMatrix VStar { get; }

        public Polynomial Eta { get; }

        public Polynomial Sigma { get; }

        public SymbolicMatrix UNext { get; }

        public SymbolicMatrix VNext { get; }

        public static Polynomial Dot(SymbolicMatrix a, SymbolicMatrix b) => SymbolicMatrix.FrobeniusInner(a, b);
    }

    /// <summary>(23): α and β updates, entry-wise modulo unit u*, v*.</summary>
    [ClaimCheck("signal-strength-updates", Parameters = [ClaimMutation.Key])]
    internal static CheckResult SignalStrengthUpdates(CheckContext context) => SignalUpdates(useHypothesis: ClaimMutation.Read(context, "without-unit-targets") == "none");

    /// <summary>(23) ⊥ as printed, in the regime η‖u_t‖², η‖v_t‖² ≤ 1.</summary>
    [ClaimCheck("complement-updates-in-small-step-regime")]
    internal static CheckResult ComplementUpdatesInSmallStepRegime(CheckContext context) => ComplementUpdatesInRegime(useHypothesis: true);

    /// <summary>(23) ⊥ with absolute values.</summary>
    [ClaimCheck("complement-updates-with-absolute-values")]
    internal static CheckResult ComplementUpdatesWithAbsoluteValues(CheckContext context) => ComplementUpdates(useHypothesis: true);

    /// <summary>Appendix C: ‖u‖² = α² + α²_⊥.</summary>
    [ClaimCheck("norm-splits-into-signal-and-complement")]
    internal static CheckResult NormSplitsIntoSignalAndComplement(CheckContext context) => NormDecomposition(useHypothesis: true);

    /// <summary>dhl (23), α and β updates, modulo ‖u*‖ = ‖v*‖ = 1; without the hypothesis term (<paramref name="useHypothesis"/> false) the identity is refuted: the unit norms are needed (negative control).</summary>
    /// <param name="useHypothesis">Whether the multiple of ‖u*‖² − 1 is allowed.</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult SignalUpdates(bool useHypothesis)
    {
        int w = useHypothesis ? 1 : 0;
        var proof = new EntrywiseProof("signal-strength-updates", "Dynamics of the signal strengths (dhl (23), α and β updates)", @"\alpha_{t+1} = (1 - \eta\|v_t\|^2)\alpha_t + \eta\sigma_1\beta_t,\quad \beta_{t+1} = (1 - \eta\|u_t\|^2)\beta_t + \eta\sigma_1\alpha_t", "(23), η₁ read as η");
        foreach (var (d1, d2) in new[] { (2, 2), (2, 3), (3, 2) })
        {
            var s = new RankOneSymbols(d1, d2);
            var alpha = RankOneSymbols.Dot(s.U, s.UStar);
            var beta = RankOneSymbols.Dot(s.V, s.VStar);
            var one = Polynomial.One;
            var uHyp = RankOneSymbols.Dot(s.UStar, s.UStar) - one;
            var vHyp = RankOneSymbols.Dot(s.VStar, s.VStar) - one;
            proof.Note("hypothesis", "‖u*‖² = ‖v*‖² = 1: the right side is shifted by an explicit multiple of ‖u*‖² − 1 (resp. ‖v*‖² − 1), which vanishes under the hypothesis");
            proof.Compare(
                $"d₁ = {d1}, d₂ = {d2}: α′ = (1 − η‖v‖²)α + ησ₁β + ησ₁β(‖u*‖² − 1)",
                RankOneSymbols.Dot(s.UNext, s.UStar),
                ((one - (s.Eta * RankOneSymbols.Dot(s.V, s.V))) * alpha) + (s.Eta * s.Sigma * beta) + (s.Eta * s.Sigma * beta * uHyp).Scale(w),
                s.Names);
            proof.Compare(
                $"d₁ = {d1}, d₂ = {d2}: β′ = (1 − η‖u‖²)β + ησ₁α + ησ₁α(‖v*‖² − 1)",
                RankOneSymbols.Dot(s.VNext, s.VStar),
                ((one - (s.Eta * RankOneSymbols.Dot(s.U, s.U))) * beta) + (s.Eta * s.Sigma * alpha) + (s.Eta * s.Sigma * alpha * vHyp).Scale(w),
                s.Names);
        }

        return proof.Conclude(" (d₁, d₂ ≤ 3, modulo ‖u*‖ = ‖v*‖ = 1)");
    }

    /// <summary>dhl (23), ⊥-updates with absolute values, modulo unit u*, v*; <paramref name="useHypothesis"/> false drops the hypothesis term (negative control).</summary>
    /// <param name="useHypothesis">Whether the multiple of ‖u*‖² − 1 is allowed.</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult ComplementUpdates(bool useHypothesis)
    {
        int w = useHypothesis ? 1 : 0;
        var proof = new EntrywiseProof("complement-updates-with-absolute-values", "Complement updates with absolute values (dhl (23), corrected)", @"U^*_\perp u_{t+1} = (1 - \eta\|v_t\|^2)U^*_\perp u_t \Rightarrow \alpha_{t+1,\perp} = |1 - \eta\|v_t\|^2|\,\alpha_{t,\perp}", "(23) ⊥ with |·|");
        CompareComplementUpdates(proof, w);
        proof.Note("norm-homogeneity", "with ‖u*‖ = 1 the vectors satisfy U*_⊥u′ = (1 − η‖v‖²)U*_⊥u, and ‖c·w‖ = |c|·‖w‖ gives α′_⊥ = |1 − η‖v‖²|α_⊥ (likewise β′_⊥)");
        return proof.Conclude(" (d₁, d₂ ≤ 3, modulo ‖u*‖ = ‖v*‖ = 1)");
    }

    /// <summary>
    /// dhl (23), ⊥-updates as printed (without absolute values), in the regime of Theorem 3.2: η = c_step/σ₁ with a
    /// sufficiently small c_step and iterates kept bounded by the proof (‖u_t‖², ‖v_t‖² = O(σ₁)), so η‖v_t‖² ≤ 1 and
    /// η‖u_t‖² ≤ 1. The vector identity U*_⊥u_{t+1} = (1 − η‖v_t‖²)U*_⊥u_t is proved entry-wise modulo ‖u*‖ = ‖v*‖ = 1;
    /// with the non-negative factor 1 − η‖v_t‖² the norm gives the printed α_{t+1,⊥} = (1 − η‖v_t‖²)α_{t,⊥} exactly
    /// (likewise β). Outside the regime (η‖v_t‖² > 1) the printed form fails:
    /// the exact witness η = 1, u_t = (0, 1), v_t = (0, 2) in catalog/dhl.yaml is that negative control.
    /// </summary>
    /// <param name="useHypothesis">Whether the multiple of ‖u*‖² − 1 is allowed (false: negative control, refuted).</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult ComplementUpdatesInRegime(bool useHypothesis)
    {
        int w = useHypothesis ? 1 : 0;
        var proof = new EntrywiseProof(
            "complement-updates-in-small-step-regime",
            "Complement updates as printed, in the regime η‖u_t‖², η‖v_t‖² ≤ 1 of Theorem 3.2 (dhl (23))",
            @"U^*_\perp u_{t+1} = (1 - \eta\|v_t\|^2)U^*_\perp u_t,\ 1 - \eta\|v_t\|^2 \ge 0 \Rightarrow \alpha_{t+1,\perp} = (1 - \eta(\beta_t^2 + \beta_{t,\perp}^2))\,\alpha_{t,\perp}",
            "(23) ⊥ in the regime");
        CompareComplementUpdates(proof, w);
        proof.Note("regime", "Theorem 3.2 takes η = c_step/σ₁ with c_step sufficiently small and its proof keeps ‖u_t‖², ‖v_t‖² = O(σ₁), so η‖v_t‖² ≤ 1 and η‖u_t‖² ≤ 1 along the run");
        proof.Note("norm", "with ‖u*‖ = 1 and the factor c = 1 − η‖v_t‖² ≥ 0, ‖c·w‖ = c·‖w‖ gives α_{t+1,⊥} = (1 − η(β_t² + β²_{t,⊥}))α_{t,⊥} (‖v_t‖² = β_t² + β²_{t,⊥}); likewise β_{t+1,⊥}");
        return proof.Conclude(" (d₁, d₂ ≤ 3, modulo ‖u*‖ = ‖v*‖ = 1, in the regime η‖u_t‖², η‖v_t‖² ≤ 1)");
    }

    /// <summary>
    /// The vector identities behind dhl (23) ⊥, entry-wise for (d₁, d₂) ∈ {(2, 2), (3, 2)}: U*_⊥u′ = (1 − η‖v‖²)U*_⊥u −
    /// ησ₁β(‖u*‖² − 1)u* and V*_⊥v′ = (1 − η‖u‖²)V*_⊥v − ησ₁α(‖v*‖² − 1)v* (with weight 0 on the hypothesis term: the
    /// negative control).
    /// </summary>
    /// <param name="proof">The proof to add the comparisons to.</param>
    /// <param name="w">1 to allow the multiple of ‖u*‖² − 1 (‖v*‖² − 1), 0 to drop it.</param>
    internal static void CompareComplementUpdates(EntrywiseProof proof, int w)
    {
        foreach (var (d1, d2) in new[] { (2, 2), (3, 2) })
        {
            var s = new RankOneSymbols(d1, d2);
            var one = Polynomial.One;
            var pu = SymbolicMatrix.Identity(d1) - (s.UStar * s.UStar.Transpose());
            var pv = SymbolicMatrix.Identity(d2) - (s.VStar * s.VStar.Transpose());
            var alpha = RankOneSymbols.Dot(s.U, s.UStar);
            var beta = RankOneSymbols.Dot(s.V, s.VStar);
            var uHyp = RankOneSymbols.Dot(s.UStar, s.UStar) - one;
            var vHyp = RankOneSymbols.Dot(s.VStar, s.VStar) - one;
            proof.Compare(
                $"d₁ = {d1}, d₂ = {d2}: U*_⊥u′ = (1 − η‖v‖²)U*_⊥u − ησ₁β(‖u*‖² − 1)u*",
                pu * s.UNext,
                ((one - (s.Eta * RankOneSymbols.Dot(s.V, s.V))) * (pu * s.U)) - ((s.Eta * s.Sigma * beta * uHyp).Scale(w) * s.UStar),
                s.Names);
            proof.Compare(
                $"d₁ = {d1}, d₂ = {d2}: V*_⊥v′ = (1 − η‖u‖²)V*_⊥v − ησ₁α(‖v*‖² − 1)v*",
                pv * s.VNext,
                ((one - (s.Eta * RankOneSymbols.Dot(s.U, s.U))) * (pv * s.V)) - ((s.Eta * s.Sigma * alpha * vHyp).Scale(w) * s.VStar),
                s.Names);
        }
    }

    /// <summary>‖u‖² = α² + α⊥² modulo ‖u*‖ = 1; <paramref name="useHypothesis"/> false drops the hypothesis term (negative control).</summary>
    /// <param name="useHypothesis">Whether the multiple of ‖u*‖² − 1 is allowed.</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult NormDecomposition(bool useHypothesis)
    {
        int w = useHypothesis ? 1 : 0;
        var proof = new EntrywiseProof("norm-splits-into-signal-and-complement", "Norm decomposition along u* (dhl Appendix C)", @"\|u_t\|^2 = \alpha_t^2 + \alpha_{t,\perp}^2", "‖u‖² = α² + α⊥²");
        foreach (int d in new[] { 2, 3, 4 })
        {
            var s = new RankOneSymbols(d, d);
            var pu = SymbolicMatrix.Identity(d) - (s.UStar * s.UStar.Transpose());
            var perp = pu * s.U;
            var alpha = RankOneSymbols.Dot(s.U, s.UStar);
            var hyp = RankOneSymbols.Dot(s.UStar, s.UStar) - Polynomial.One;
            proof.Compare($"d = {d}: ‖u‖² = α² + ‖U*_⊥u‖² − α²(‖u*‖² − 1)", RankOneSymbols.Dot(s.U, s.U), (alpha * alpha) + RankOneSymbols.Dot(perp, perp) - (alpha * alpha * hyp).Scale(w), s.Names);
        }

        proof.Note("hypothesis", "‖u*‖ = 1 removes the last term; the same computation with v, v* gives ‖v‖² = β² + β⊥²");
        return proof.Conclude(" (d ≤ 4, modulo ‖u*‖ = 1)");
    }
}
