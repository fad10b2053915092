using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// The complete inventory of S. S. Du, W. Hu, J. D. Lee, <i>Algorithmic regularization in learning deep homogeneous
/// models: layers are automatically balanced</i> (NeurIPS 2018; paper key <c>dhl</c>): every numbered theorem,
/// corollary, lemma, claim and display (1)–(25), appendices A–C included, plus the checkable sentences of the text
/// (<c>dhl/text1</c>, <c>dhl/text2</c>, … in reading order).
/// </summary>
/// <remarks>
/// <para>Main results: Theorems 2.1–2.3 and Corollary 2.1 (invariants of the gradient flow for homogeneous
/// activations), Lemma 3.1 (balancedness, monotone objective and boundedness along gradient descent for asymmetric
/// matrix factorization with the step sizes of Theorem 3.1), Lemma 3.2 (strict saddles), Theorems 3.1–3.2, Claims
/// B.1–B.5, Lemmas B.1–B.2 and C.1–C.2.</para>
/// <para>Two settings. Section 2: a feed-forward network f_w(x) = W^{(N)}φ_{N−1}(⋯φ₁(W^{(1)}x)) with homogeneous
/// activations φ(x) = φ′(x)x (ReLU, Leaky ReLU, linear), any differentiable loss ℓ, training loss
/// L(w) = (1/m)Σᵢ ℓ(f_w(xᵢ), yᵢ), under the gradient-flow differential inclusion (5) (Clarke sub-differential).
/// Sections 3 and B–C: asymmetric matrix factorization f(U, V) = ½‖UVᵀ − M*‖²_F (factor ½, Frobenius),
/// U ∈ ℝ^{d₁×r}, V ∈ ℝ^{d₂×r}, gradient descent (9) with step sizes η_t.</para>
/// <para>Ids whose part starts with <c>proof-</c> are displayed steps of a printed proof, checked as sub-claims.
/// Statements are copied as extracted; where a long printed chain is shortened, the elided middle lines are shown
/// as <c>\dots</c> (or <c>[...]</c> for prose) and are checked as part of the same entry.</para>
/// </remarks>
public static partial class DhlInventory
{
    /// <summary>The paper key used as the prefix of every id in this inventory.</summary>
    public const string PaperKey = "dhl";

    /// <summary>Every inventory entry of the paper, in reading order (main text, then appendices A, B, C).</summary>
    public static IReadOnlyList<InventoryEntry> Entries { get; } = Build();

    private const string Network =
        "Feed-forward network with N ≥ 2 layers, W^{(h)} ∈ ℝ^{n_h×n_{h−1}}, f^{(1)}(x) = W^{(1)}x, "
        + "f^{(h)}(x) = W^{(h)}φ_{h−1}(f^{(h−1)}(x)), no biases; φ_h homogeneous: φ_h(x) = φ′_h(x)·x for every element "
        + "of the sub-differential (ReLU, Leaky ReLU max{x, αx} with 0 < α < 1, identity). Training loss "
        + "L(w) = (1/m)Σᵢ ℓ(f_w(xᵢ), yᵢ) with a differentiable ℓ ≥ 0 (4).";

    private const string NetworkFlow =
        Network + " Gradient flow as the differential inclusion dW^{(h)}/dt ∈ −∂L(w)/∂W^{(h)} (5) (Clarke "
        + "sub-differential); in the checks, a differentiable loss (square loss, logistic) and flows integrated by RK4 "
        + "with step control, away from activation kinks (a kink crossing is counted and reported).";

    private const string Factorization =
        "Asymmetric matrix factorization f(U, V) = ½‖UVᵀ − M*‖²_F (factor ½, Frobenius), U ∈ ℝ^{d₁×r}, V ∈ ℝ^{d₂×r}, "
        + "M* ∈ ℝ^{d₁×d₂} of rank r; gradient ∂f/∂U = (UVᵀ − M*)V, ∂f/∂V = (UVᵀ − M*)ᵀU (2); R_t = U_tV_tᵀ − M*.";

    private const string FactorizationDescent =
        Factorization + " Gradient descent (9): U_{t+1} = U_t − η_t(U_tV_tᵀ − M*)V_t, V_{t+1} = V_t − η_t(U_tV_tᵀ − M*)ᵀU_t.";

    private const string TheoremThreeOneRun =
        FactorizationDescent + " Theorem 3.1 schedule η_t = √(ε/r) / (100(t+1)‖M*‖_F^{3/2}), 0 < ε < ‖M*‖_F; the "
        + "initialization conditions of Appendix B.1: ‖U₀‖²_F ≤ ε, ‖V₀‖²_F ≤ ε, ‖U₀ᵀU₀ − V₀ᵀV₀‖_F ≤ ε/2.";

    private const string RankOne =
        "Rank-1 factorization: M* = σ₁u*v*ᵀ with unit u*, v* and σ₁ > 0; GD with constant step η = c_step/σ₁: "
        + "u_{t+1} = u_t − η(u_tv_tᵀ − M*)v_t, v_{t+1} = v_t − η(v_tu_tᵀ − M*ᵀ)u_t; u₀, v₀ ~ N(0, δI), "
        + "δ = c_init√(σ₁/d), d = max{d₁, d₂}. α_t = u_tᵀu*, α_{t,⊥} = ‖U*_⊥u_t‖, β_t = v_tᵀv*, β_{t,⊥} = ‖V*_⊥v_t‖, "
        + "h_t = α_tβ_t − σ₁, ξ_t = α²_{t,⊥} + β²_{t,⊥}. c_init, c_step are 'sufficiently small' and c₀, C₀, c₁ "
        + "'universal' constants that the paper does not specify.";

    private const string Experiment =
        "Section 4 experiment: 3-layer ReLU network f(x) = W₃φ(W₂φ(W₁x)), x ∈ ℝ^{1000}, W₁ ∈ ℝ^{100×1000}, "
        + "W₂ ∈ ℝ^{100×100}, W₃ ∈ ℝ^{10×100}, 1000 data points, quadratic loss, GD with a small (unstated) step; "
        + "data, targets and step size are not published.";

    private static InventoryEntry E(
        string id, string label, ClaimKind kind, string statement, string setting, string[] hypotheses, string handling)
        => new(id, PaperKey, label, kind, statement, setting, hypotheses, handling);

    private static InventoryEntry[] Build()
        => [.. SectionsOneToFour(), .. AppendicesAB(), .. AppendixC()];
}
