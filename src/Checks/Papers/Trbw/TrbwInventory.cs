using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Trbw;

/// <summary>
/// The complete inventory of U. Terstiege, H. Rauhut, B. Bah, M. Westdickenberg, <i>A Riemannian gradient flow
/// perspective on learning deep linear neural networks</i> (paper key <c>trbw</c>): every numbered definition, theorem
/// and numbered display, the experimental appendix included, plus the checkable sentences of the running text
/// (<c>trbw/text1</c>, <c>trbw/text2</c>, … in reading order).
/// </summary>
/// <remarks>
/// Setting of the whole paper: L^N(W₁, …, W_N) = ½‖Y − W_N⋯W₁X‖²_F (factor ½, no 1/m, data not whitened; only XXᵀ of
/// full rank is assumed), Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}, d₀ = dₓ, d_N = d_y, product W = W_N⋯W₁ (right to left), L¹(W) = ½‖Y − WX‖²_F.
/// Dynamics: the gradient FLOW (5) of L^N (continuous time); the experiments integrate it with RK4. Balancedness is the
/// exact identity Wⱼ₊₁ᵀWⱼ₊₁ = WⱼWⱼᵀ (no δ). Theorem numbering follows the paper (there is no Theorem 2 or Definition 1).
/// </remarks>
public static partial class TrbwInventory
{
    /// <summary>The paper key used as the prefix of every id in this inventory.</summary>
    public const string PaperKey = "trbw";

    /// <summary>Every inventory entry of the paper, in reading order (main text, then the appendix).</summary>
    public static IReadOnlyList<InventoryEntry> Entries { get; } = Build();

    private const string Loss =
        "L^N(W₁, …, W_N) = ½‖Y − W_N⋯W₁X‖²_F (factor ½, no 1/m, X ∈ ℝ^{dₓ×m} not whitened), Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}, "
        + "d₀ = dₓ, d_N = d_y, N ≥ 2, W = W_N⋯W₁ (right to left); L¹(W) = ½‖Y − WX‖²_F; ⟨A, B⟩_F = tr(ABᵀ).";

    private const string Flow =
        Loss + " Gradient flow (5): Ẇⱼ = −∇_{Wⱼ}L^N, j = 1, …, N, integrated by RK4 with step control; XXᵀ of full rank.";

    private const string Metric =
        Loss + " 𝓜_k = real d_y×dₓ matrices of rank k; T_W𝓜_k its tangent space at W; "
        + "𝒜_{W,N}(Z) = Σ_{j=1}^N (WWᵀ)^{(N−j)/N} Z (WᵀW)^{(j−1)/N} with PSD fractional powers and (·)⁰ = I.";

    private const string Appendix =
        Flow + " Experiments of the appendix (RK4, steps tₙ = t₀ + nh, h ∈ (0,1)); X has i.i.d. N(0, σ²I_{dₓ}) columns, "
        + "σ = 1/√dₓ, m = 3d.";

    private const string Autoencoder =
        Appendix + " Autoencoder: Y = X, dₓ = d_y = d, d₁ = r the bottleneck; U_r = top-r eigenvectors of XXᵀ; σᵢ = singular values of X.";

    private static InventoryEntry E(
        string id, string label, ClaimKind kind, string statement, string setting, string[] hypotheses, string handling)
        => new(id, PaperKey, label, kind, statement, setting, hypotheses, handling);

    private static InventoryEntry[] Build()
        => [.. Sections(), .. ExperimentalAppendix()];
}
