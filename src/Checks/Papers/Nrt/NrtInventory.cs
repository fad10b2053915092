using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Nrt;

/// <summary>
/// The complete inventory of G. M. Nguegnang, H. Rauhut, U. Terstiege, <i>Convergence of gradient descent for
/// learning linear neural networks</i> (2021; paper key <c>nrt</c>): every numbered definition, theorem, proposition,
/// lemma, remark and numbered display (2.1)–(2.14), (3.1)–(3.23), (5.1)–(5.3), plus the checkable sentences and
/// unnumbered displays of the running text (<c>nrt/text1</c>, <c>nrt/text2</c>, … in reading order).
/// </summary>
/// <remarks>
/// <para>Main results: Lemma 3.1 (bound on the product norm), Proposition 3.2 (factor norm bound
/// ‖Wⱼ‖² ≤ ‖W‖^{2/N} + N²δ), Proposition 3.3 (approximate balancedness, monotone loss, bounded factors and
/// sufficient decrease along gradient descent with step sizes (3.14)), Theorem 2.4 (convergence to a critical point),
/// Theorem 2.6 (global minimum for almost all initializations; N = 2), the balanced construction of Section 5.</para>
/// <para>Setting of the whole paper: L^N(W₁, …, W_N) = ½‖Y − W_N⋯W₁X‖²_F (factor ½, no 1/m, data not whitened),
/// Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}, d₀ = dₓ, d_N = d_y, product W = W_N⋯W₁ (right to left), X ∈ ℝ^{dₓ×m}, Y ∈ ℝ^{d_y×m},
/// XXᵀ of full rank where stated. ‖·‖ is the <b>spectral</b> norm (balancedness constant (2.7) is spectral, unlike
/// acgh's Frobenius δ-balancedness). ‖·‖_{F→F} is the operator norm on tuples with the Frobenius norm.</para>
/// <para>Ids whose part starts with <c>proof-</c> are displayed steps of a printed proof, checked as sub-claims.
/// Statements are copied as extracted; where a long printed chain is shortened, the elided middle lines are shown
/// as <c>\dots</c> (or <c>[...]</c> for prose) and are checked as part of the same entry.</para>
/// </remarks>
public static partial class NrtInventory
{
    /// <summary>The paper key used as the prefix of every id in this inventory.</summary>
    public const string PaperKey = "nrt";

    /// <summary>Every inventory entry of the paper, in reading order.</summary>
    public static IReadOnlyList<InventoryEntry> Entries { get; } = Build();

    private const string Loss =
        "Loss L^N(W₁, …, W_N) = ½‖Y − W_N⋯W₁X‖²_F = L¹(W_N⋯W₁), L¹(W) = ½‖Y − WX‖²_F (factor ½, no 1/m, X not "
        + "whitened); Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}, d₀ = dₓ, d_N = d_y, W = W_N⋯W₁ (right to left); X ∈ ℝ^{dₓ×m}, Y ∈ ℝ^{d_y×m}. "
        + "‖·‖ is the spectral norm, ‖·‖_F the Frobenius norm.";

    private const string Descent =
        Loss + " Gradient descent (2.1): Wⱼ(k+1) = Wⱼ(k) − η_k ∇_{Wⱼ}L^N(W⃗(k)), k ∈ ℕ₀, with positive step sizes η_k.";

    private const string Flow =
        Loss + " Gradient flow (2.2): dWⱼ/dt = −∇_{Wⱼ}L^N(W⃗(t)), Wⱼ(0) = W_{j,0}, continuous time, no step size.";

    private const string StepConstants =
        " Constants: M = (√(2L^N(W⃗(0))) + ‖Y‖)/σ_min(X) (2.11), K_δ = M^{2/N} + N²δ (2.10), "
        + "B_δ = 2eNK_δ^{N−1}‖X‖² + √e N K_δ^{N/2−1}‖XYᵀ‖ (2.9).";

    private const string Experiment =
        "Section 5 experiments: d = 70, m = 3d = 210, X ∈ ℝ^{d×m} with i.i.d. N(0, 1/d) entries, Y = W̃_N⋯W̃₁X of rank 2, "
        + "balanced initialization of Section 5 (α = 0), δ = M^{2/N}/N³ (Remark 2.5(b)), depths N ∈ {2, 3, 5}; "
        + "numbers depend on the authors' unpublished random draws.";

    private static InventoryEntry E(
        string id, string label, ClaimKind kind, string statement, string setting, string[] hypotheses, string handling)
        => new(id, PaperKey, label, kind, statement, setting, hypotheses, handling);

    private static InventoryEntry[] Build()
        => [.. SectionTwo(), .. SectionThreeOne(), .. SectionThreeTwo(), .. SectionsThreeThreeToFive()];
}
