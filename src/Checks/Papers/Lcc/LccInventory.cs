using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// The complete inventory of Z. Liao, Y. Chitour, R. Couillet, <i>Almost global convergence to global minima for
/// gradient descent in deep linear networks</i> (paper key <c>lcc</c>): every numbered definition, lemma,
/// proposition, theorem, remark and numbered display, the supplementary material included, plus the checkable
/// sentences of the running text (<c>lcc/text1</c>, <c>lcc/text2</c>, … in reading order).
/// </summary>
/// <remarks>
/// <para>Setting of the whole paper: the loss is ℒ(W) = ½‖Y − W_{H+1}⋯W₁X‖²_F (factor ½, no 1/m, data not whitened,
/// Frobenius norm), with H hidden layers, Wᵢ ∈ ℝ^{dᵢ×dᵢ₋₁}, d₀ = dₓ, d_{H+1} = d_y, layers multiplied right to left.
/// The dynamics is the gradient <b>flow</b> dΞ/dt = −∇L(Ξ) (called "GDD"), not discrete gradient descent. After the
/// change of variables of (2) the reduced loss is L(Ξ) = ½‖Σ_Y − W̄_{H+1}⋯W̄₁‖²_F with Σ_Y = [S_Y | 0] ∈ ℝ^{d_y×dₓ}.
/// Section 3 and the supplement treat only H = 1, with C ≡ W̄₂ ∈ ℝ^{d_y×d₁} and W̄₁ = [A | B],
/// A ∈ ℝ^{d₁×d_y}, B ∈ ℝ^{d₁×(dₓ−d_y)}.</para>
/// <para>Ids whose part starts with <c>proof-</c> are displayed steps of a printed proof; they are checked as
/// sub-claims because several of them are false as printed while the statement they serve is true.</para>
/// </remarks>
public static partial class LccInventory
{
    /// <summary>The paper key used as the prefix of every id in this inventory.</summary>
    public const string PaperKey = "lcc";

    /// <summary>Every inventory entry of the paper, in reading order (main text, then supplementary material).</summary>
    public static IReadOnlyList<InventoryEntry> Entries { get; } = Build();

    private const string General =
        "Loss ℒ(W) = ½‖Y − W_{H+1}⋯W₁X‖²_F (factor ½, no 1/m, X not whitened); H hidden layers, Wᵢ ∈ ℝ^{dᵢ×dᵢ₋₁}, "
        + "d₀ = dₓ, d_{H+1} = d_y, product ordered W_{H+1}⋯W₁ (right to left); X ∈ ℝ^{dₓ×m}, Y ∈ ℝ^{d_y×m}. "
        + "Reduced loss (2): L(Ξ) = ½‖Σ_Y − W̄_{H+1}⋯W̄₁‖²_F, Σ_Y ∈ ℝ^{d_y×dₓ} the singular-value matrix of Ȳ = Y V_X¹.";

    private const string Flow =
        "Gradient flow (GDD, Definition 1) dΞ/dt = −∇_Ξ L(Ξ) on the reduced coordinates Ξ = (W̄_{H+1}, …, W̄₁); "
        + "continuous time, no step size. Reduced loss L(Ξ) = ½‖Σ_Y − W̄_{H+1}⋯W̄₁‖²_F (factor ½, Frobenius norm).";

    private const string OneHidden =
        "H = 1 only. Reduced loss (5): L = ½‖Σ_Y − W̄₂W̄₁‖²_F = ½‖S_Y − CA‖²_F + ½‖CB‖²_F with Σ_Y = [S_Y | 0], "
        + "S_Y ∈ ℝ^{d_y×d_y} diagonal with positive entries, C ≡ W̄₂ ∈ ℝ^{d_y×d₁}, W̄₁ = [A | B], A ∈ ℝ^{d₁×d_y}, "
        + "B ∈ ℝ^{d₁×(dₓ−d_y)}, M ≡ S_Y − CA. State space 𝒳 of dimension d₁(dₓ + d_y). Frobenius norms throughout.";

    private const string Critical =
        OneHidden + " Critical points are built explicitly: for a rank r (0 ≤ r ≤ d_y) and an index set I ⊆ {1, …, d_y} "
        + "with |I| = r, take a permutation U putting I first, D_Y = S_Y restricted to I, E_Y = S_Y restricted to the "
        + "complement, any full-rank Ā ∈ ℝ^{d₁×r}, C̄ = D_Y Ā⁺ on the row space (so C̄Ā = D_Y), B with columns in Ker C̄.";

    private static InventoryEntry E(
        string id, string label, ClaimKind kind, string statement, string setting, string[] hypotheses, string handling)
        => new(id, PaperKey, label, kind, statement, setting, hypotheses, handling);

    private static InventoryEntry[] Build()
        => [.. SectionTwo(), .. SectionThree(), .. Supplement()];
}
