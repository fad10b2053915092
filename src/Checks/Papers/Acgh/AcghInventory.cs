using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>
/// The complete inventory of S. Arora, N. Cohen, N. Golowich, W. Hu, <i>A convergence analysis of gradient descent
/// for deep linear neural networks</i> (ICLR 2019, paper key <c>acgh</c>): every numbered definition, lemma, theorem,
/// claim, procedure and numbered display (1)–(51), the appendices included, plus the checkable sentences of the
/// running text (<c>acgh/text1</c>, <c>acgh/text2</c>, … in reading order).
/// </summary>
/// <remarks>
/// <para>Setting of the whole paper: whitened data (Λ_xx = (1/m)XXᵀ = I), so the 1/(2m) loss reduces by (1) to
/// L¹(W) = ½‖W − Φ‖²_F with the target Φ = Λ_yx = (1/m)YXᵀ; L^N(W₁, …, W_N) = ½‖W_N⋯W₁ − Φ‖²_F;
/// Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}, d₀ = dₓ, d_N = d_y; the end-to-end matrix W_{1:N} = W_N⋯W₁ (right to left). The dynamics is
/// DISCRETE gradient descent (4) with learning rate η (the flow appears only in the idealised proof of Lemma 1).
/// δ-balancedness is measured in the Frobenius norm; deficiency margin uses the Frobenius distance and σ_min,
/// where σ_min(A) of A ∈ ℝ^{d×d'} is the min{d, d'}-th largest singular value (footnote 1). Appendix D writes
/// ‖·‖_σ for the spectral norm and F for the standard normal CDF.</para>
/// <para>Ids with a part starting with <c>proof-</c> are displayed steps of a printed proof, checked as sub-claims.</para>
/// </remarks>
public static partial class AcghInventory
{
    /// <summary>The paper key used as the prefix of every id in this inventory.</summary>
    public const string PaperKey = "acgh";

    /// <summary>Every inventory entry of the paper, in reading order (main text, then Appendices A–D).</summary>
    public static IReadOnlyList<InventoryEntry> Entries { get; } = Build();

    private const string Whitened =
        "Whitened ℓ₂ regression: L¹(W) = ½‖W − Φ‖²_F, L^N(W₁, …, W_N) = ½‖W_N⋯W₁ − Φ‖²_F (factor ½ after whitening; "
        + "the raw loss carries 1/(2m)); Φ = Λ_yx ∈ ℝ^{d_N×d₀}; Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}; W_{1:N} = W_N⋯W₁ (right to left); "
        + "σ_min(A) = min{d, d'}-th largest singular value; Frobenius norm unless ‖·‖_σ (spectral) or ‖·‖₂ is written.";

    private const string Descent =
        Whitened + " Discrete gradient descent (4): Wⱼ(t+1) = Wⱼ(t) − η ∂L^N/∂Wⱼ, ℓ(t) = L¹(W_{1:N}(t)).";

    private const string TheoremOne =
        Descent + " Theorem 1 regime: W_{1:N}(0) has deficiency margin c > 0 w.r.t. Φ; W₁(0), …, W_N(0) are δ-balanced with "
        + "δ = c²/(256N³‖Φ‖_F^{2(N−1)/N}); η ≤ c^{(4N−2)/N}/(6144N³‖Φ‖_F^{(6N−4)/N}) (7). Instance families: Procedure 1 "
        + "starts (exactly balanced) and small-variance Gaussian starts rejected unless δ-balanced, targets Φ with "
        + "prescribed singular values, N ∈ {2, 3, 4}, small widths.";

    private const string Scalar =
        Descent + " Scalar regression: d_N = 1, so W_{1:N} ∈ ℝ^{1×d₀} is a vector and ‖Φ‖₂ = ‖Φ‖_F = σ_min(Φ).";

    private const string Gaussian =
        Whitened + " Layer-wise independent Gaussian initialisation: all entries of all Wⱼ i.i.d. N(0, s²).";

    private const string AppendixD =
        Descent + " Appendix D notation: W = W_{1:N}; L = L¹; W_{j:j'} partial products (see acgh/text13 and acgh/text13~fixed); "
        + "M = (4‖Φ‖_F)^{1/N}, B = ‖Φ‖_F inside Lemma 7; ‖·‖_σ spectral norm.";

    private static InventoryEntry E(
        string id, string label, ClaimKind kind, string statement, string setting, string[] hypotheses, string handling)
        => new(id, PaperKey, label, kind, statement, setting, hypotheses, handling);

    private static InventoryEntry[] Build()
        => [.. MainText(), .. AppendicesAToC(), .. AppendixDOneTwo(), .. AppendixDThreeToSeven()];
}
