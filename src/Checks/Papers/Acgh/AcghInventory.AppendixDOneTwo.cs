using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Acgh;

/// <content>Appendix D preamble, D.1 and D.2 of acgh: (14), Lemmas 2–7 with (15)–(37).</content>
public static partial class AcghInventory
{
    private static InventoryEntry[] AppendixDOneTwo() =>
    [
        E("acgh/text12", "Appendix D (loss notations)", ClaimKind.Text,
            @"\ell(t) = L^N(W_1(t), \dots, W_N(t)) = L^1(W_{1:N}(t)) = L^1(W(t)) = L(W(t)) = \frac{1}{2} \|W(t) - \Phi\|_F^2.",
            AppendixD,
            [],
            "Definition unfolding; numeric equality on random networks (same check as acgh/eq5)."),

        E("acgh/text13", "Appendix D (partial products W_{j:j'} as printed)", ClaimKind.Text,
            @"for weights $W_j \in \mathbb{R}^{d_j \times d_{j-1}}$, $j = 1, \dots, N$ of a linear neural network, we generalize the notation $W_{1:N}$, and define $W_{j:j'} := W_j W_{j-1} \cdots W_{j'}$ for every $1 \leq j \leq j' \leq N$. Note that $W_{j:j'}^\top = W_j^\top W_{j+1}^\top \cdots W_{j'}^\top$. [...] where we define $W_{1:0}(t) := I_{d_0}$ and $W_{N+1:N}(t) := I_{d_N}$ for completeness.",
            AppendixD,
            ["1 ≤ j ≤ j' ≤ N."],
            "Shape/consistency check. MIS-PRINT (refutation candidate as printed): for j < j' the product "
            + "W_jW_{j−1}⋯W_{j'} runs downward from j to j' ≥ j and is not defined (and for j' > j + 1 not even a "
            + "contiguous product); it contradicts W_{1:N} = W_N⋯W₁ and the transpose identity printed next. The reading "
            + "consistent with (14), the transpose identity and W_{1:N} is W_{j:j'} := W_{j'}W_{j'−1}⋯W_j (acgh/text13~fixed)."),

        E("acgh/text13~fixed", "Appendix D (partial products, consistent reading)", ClaimKind.Text,
            @"W_{j:j'} := W_{j'} W_{j'-1} \cdots W_{j}, \quad W_{j:j'}^\top = W_j^\top W_{j+1}^\top \cdots W_{j'}^\top, \quad W_{1:0} := I_{d_0}, \; W_{N+1:N} := I_{d_N}",
            AppendixD,
            ["1 ≤ j ≤ j' ≤ N."],
            "Symbolic: the transpose identity and W_{1:N} = W_N⋯W₁ hold; shapes W_{j:j'} ∈ ℝ^{d_{j'}×d_{j−1}}; matches "
            + "DeepLinearNetwork.Partial(j', j) (W_{j'}⋯W_j in the shared type's 1-based convention)."),

        E("acgh/eq14", "Equation (14)", ClaimKind.Eq,
            @"W_j(t+1) = W_j(t) - \eta W_{j+1:N}^\top(t) \cdot \frac{dL}{dW}(W(t)) \cdot W_{1:j-1}^\top(t) \quad , 1 \leq j \leq N,",
            AppendixD + " Partial products in the consistent reading acgh/text13~fixed.",
            ["W_{1:0} = I, W_{N+1:N} = I."],
            "Symbolic (depth-generic and entry-wise at N ∈ {2, 3, 4}): ∂L^N/∂Wⱼ = W_{j+1:N}ᵀ (W − Φ) W_{1:j−1}ᵀ; numeric "
            + "finite differences. Negative control: the factors swapped (W_{1:j−1}ᵀ on the left) must fail for rectangular widths."),

        E("acgh/lemma2", "Lemma 2", ClaimKind.Lemma,
            @"Suppose the conditions of Theorem 1 are satisfied. Then for all $t \in \mathbb{N} \cup \{0\}$, $(\mathcal{A}(t))$, $(\mathcal{A}'(t))$, $(\mathcal{B}(t))$, $(\mathcal{C}(t))$ [hold].",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Split into acgh/lemma2#a, acgh/lemma2#a-prime, acgh/lemma2#b, acgh/lemma2#c, all checked at every step of every "
            + "Theorem-1 run; the induction's displays are acgh/eq33–acgh/eq37 and acgh/lemma2#proof-c."),

        E("acgh/lemma2#a", "Lemma 2 (𝒜(t))", ClaimKind.Lemma,
            @"Suppose the conditions of Theorem 1 are satisfied. Then for all $t \in \mathbb{N} \cup \{0\}$, $(\mathcal{A}(t))$ For $1 \leq j \leq N-1, \|W_{j+1}^\top(t)W_{j+1}(t) - W_j(t)W_j^\top(t)\|_F \leq 2\delta.$",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Checked at every step of every Theorem-1 run (imbalance ≤ 2δ with δ from Theorem 1)."),

        E("acgh/lemma2#a-prime", "Lemma 2 (𝒜'(t))", ClaimKind.Lemma,
            @"If $t \geq 1$, then for $1 \leq j \leq N-1$, $\|W_{j+1}^\top(t)W_{j+1}(t) - W_j(t)W_j^\top(t)\|_F \leq \|W_{j+1}^\top(t-1)W_{j+1}(t-1) - W_j(t-1)W_j^\top(t-1)\|_F + \eta^2 \left\| \frac{dL^1}{dW} W(t-1) \right\|_F \cdot \left\| \frac{dL^1}{dW} W(t-1) \right\|_\sigma \cdot 4 \cdot (2\|\Phi\|_F)^{2(N-1)/N}.$",
            TheoremOne,
            ["Conditions of Theorem 1.", "t ≥ 1."],
            "Checked at every step; the exact one-step change is η²(W_{1:j}∇ᵀW_{j+2:N}W_{j+2:N}ᵀ∇W_{1:j}ᵀ − "
            + "W_{j+1:N}ᵀ∇W_{1:j−1}ᵀW_{1:j−1}∇ᵀW_{j+1:N}) (first-order terms cancel; symbolic check of the cancellation)."),

        E("acgh/lemma2#b", "Lemma 2 (ℬ(t))", ClaimKind.Lemma,
            @"$(\mathcal{B}(t))$ If $t = 0$, then $\ell(t) \leq \frac{1}{2}\|\Phi\|_F^2$. If $t \geq 1$, then $\ell(t) \leq \ell(t-1) - \frac{\eta}{2}\sigma_{\min}(W(t-1))^{\frac{2(N-1)}{N}} \left\| \frac{dL^1}{dW}(W(t-1)) \right\|_F^2.$",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Checked at every step (the t ≥ 1 part is (9) shifted)."),

        E("acgh/lemma2#c", "Lemma 2 (𝒞(t))", ClaimKind.Lemma,
            @"$(\mathcal{C}(t))$ For $1 \leq j \leq N$, $\|W_j(t)\|_\sigma \leq (4\|\Phi\|_F)^{1/N}.$",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Checked at every step (spectral norms of all layers)."),

        E("acgh/lemma3", "Lemma 3 (Bhatia (1997), Exercise IV.3.5)", ClaimKind.Lemma,
            @"For any two matrices $A, B$ of the same size, $\|\text{Sing}(A) - \text{Sing}(B)\|_\sigma \leq \|A - B\|_\sigma$ and $\|\text{Sing}(A) - \text{Sing}(B)\|_F \leq \|A - B\|_F$.",
            "Sing(A) = rectangular diagonal matrix of the singular values of A in non-increasing order.",
            [],
            "Property test (FsCheck, rectangular sizes, seeded): both inequalities. Negative control: the entry-wise "
            + "version |σ₁(A) − σ₁(B)| ≥ ‖A − B‖_σ must fail."),

        E("acgh/lemma4", "Lemma 4", ClaimKind.Lemma,
            @"Suppose $D_1, D_2 \in \mathbb{R}^{d \times d}$ are non-negative diagonal matrices with non-increasing values along the diagonal and $O \in \mathbb{R}^{d \times d}$ is an orthogonal matrix. Suppose that $\|D_1 - OD_2O^T\|_F \leq \epsilon$, for some $\epsilon > 0$. Then: 1. $\|D_1 - OD_1O^T\|_F \leq 2\epsilon$. 2. $\|D_1 - D_2\|_F \leq \epsilon$.",
            "Frobenius norm; O orthogonal.",
            ["D₁, D₂ non-negative, non-increasing diagonals.", "‖D₁ − OD₂Oᵀ‖_F ≤ ε."],
            "Property test of both parts with ε := ‖D₁ − OD₂Oᵀ‖_F (random Haar O, seeded). Negative control: part 2 "
            + "without the ordering hypothesis (D₂ unsorted) must fail."),

        E("acgh/lemma5", "Lemma 5", ClaimKind.Lemma,
            @"Suppose that $d_N \leq d_{N-1}, d_0 \leq d_1$, and that for some $\nu > 0, M > 0$, the matrices $W_j \in \mathbb{R}^{d_j \times d_{j-1}}, 1 \leq j \leq N$ satisfy, for $1 \leq j \leq N-1$, $$\|W_{j+1}^\top W_{j+1} - W_j W_j^\top\|_F \leq \nu, \quad (15)$$ and for $1 \leq j \leq N$, $\|W_j\|_\sigma \leq M$. Then, for $1 \leq j \leq N$, (16) and (17) [...] Moreover, [...] (18).",
            AppendixD,
            ["d_N ≤ d_{N−1}, d₀ ≤ d₁.", "(15) with ν > 0.", "‖Wⱼ‖_σ ≤ M."],
            "Split into acgh/eq16, acgh/eq17, acgh/eq18 (each a property test with ν := max imbalance and M := max spectral "
            + "norm measured on the sample)."),

        E("acgh/lemma5~fixed", "Lemma 5 (with the cases of (18) as in the proof)", ClaimKind.Lemma,
            @"Suppose that $d_N \leq d_{N-1}, d_0 \leq d_1$, [...] (15) [...] and for $1 \leq j \leq N$, $\|W_j\|_\sigma \leq M$. Then, for $1 \leq j \leq N$, (16) and (17) [...] Moreover, $\sigma_{\min}^2 - \frac{3}{2}\nu M^{2(N-1)}N^2 \leq \sigma_{N,\min}^{2N}$ if $d_N \leq d_0$ and $\leq \sigma_{1,\min}^{2N}$ if $d_N \geq d_0$.",
            AppendixD,
            ["d_N ≤ d_{N−1}, d₀ ≤ d₁.", "(15) with ν > 0.", "‖Wⱼ‖_σ ≤ M."],
            "Correction (one line): the two cases of (18) are swapped as printed; the proof derives σ_{N,min} for d_N ≤ d₀ and σ_{1,min} "
            + "for d₀ ≤ d_N. Property test of (16), (17) and the corrected (18) on the Lemma-5 families (acgh/eq18~fixed)."),

        E("acgh/eq15", "Equation (15)", ClaimKind.Eq,
            @"\|W_{j+1}^\top W_{j+1} - W_j W_j^\top\|_F \leq \nu,",
            AppendixD,
            [],
            "Hypothesis (ν-balancedness, Definition 1 with δ = ν); measured."),

        E("acgh/eq16", "Equation (16) (Lemma 5)", ClaimKind.Eq,
            @"\|W_{1:j}^\top W_{1:j} - (W_1^\top W_1)^j\|_F \leq \frac{3}{2}\nu \cdot M^{2(j-1)}j^2,",
            AppendixD,
            ["Hypotheses of Lemma 5."],
            "Property test on near-balanced networks (Procedure 1 plus perturbations of size 10⁻³…10⁻¹, N ∈ {2,…,6}, "
            + "rectangular widths satisfying the dimension hypotheses). Negative control: the bound with j² replaced by 1 "
            + "and 3/2 by 1/10 must fail somewhere."),

        E("acgh/eq17", "Equation (17) (Lemma 5)", ClaimKind.Eq,
            @"\|W_{j:N} W_{j:N}^\top - (W_N W_N^\top)^{N-j+1}\|_F \leq \frac{3}{2}\nu \cdot M^{2(N-j)}(N-j+1)^2.",
            AppendixD,
            ["Hypotheses of Lemma 5."],
            "Same property test as acgh/eq16, mirrored."),

        E("acgh/eq18", "Equation (18) (Lemma 5)", ClaimKind.Eq,
            @"\sigma_{\min}^2 - \frac{3}{2}\nu M^{2(N-1)}N^2 \leq \begin{cases} \sigma_{N,\min}^{2N} & : d_N \geq d_0. \\ \sigma_{1,\min}^{2N} & : d_N \leq d_0. \end{cases}",
            AppendixD + " σ_min of W_{1:N}, σ_{1,min} of W₁, σ_{N,min} of W_N (footnote-1 convention).",
            ["Hypotheses of Lemma 5."],
            "Property test. REFUTATION CANDIDATE as printed: the cases are swapped relative to the proof (which derives "
            + "σ_{N,min} for d_N ≤ d₀ and σ_{1,min} for d₀ ≤ d_N). Counterexample to the printed case d_N ≤ d₀: N = 2, "
            + "d₀ = d₁ = 2, d₂ = 1, Procedure 1 with A = [1, 0] (exactly balanced, any ν > 0): W₁ = diag-padded [[1,0],[0,0]] "
            + "has σ_{1,min} = 0 while σ_min(W_{1:2}) = 1, so 1 − (3/2)νM²·4 ≤ 0 fails for ν < 1/6. Fixed reading acgh/eq18~fixed."),

        E("acgh/eq18~fixed", "Equation (18) (cases as in the proof)", ClaimKind.Eq,
            @"\sigma_{\min}^2 - \frac{3}{2}\nu M^{2(N-1)}N^2 \leq \begin{cases} \sigma_{N,\min}^{2N} & : d_N \leq d_0 \\ \sigma_{1,\min}^{2N} & : d_N \geq d_0 \end{cases}",
            AppendixD,
            ["Hypotheses of Lemma 5."],
            "Property test on the same families (including the counterexample of acgh/eq18); its use in Lemma 7 through "
            + "max{λ_D^N, λ_E^N} is unaffected by the swap."),

        E("acgh/eq19", "Equation (19) (proof of Lemma 5)", ClaimKind.Eq,
            @"\|W_{j:N}W_{j:N}^\top - U_N(\Sigma_N\Sigma_N^\top)^{N-j+1}U_N^\top\|_F \leq \nu \sum_{i=j+1}^N \|W_{i:N}\|_\sigma^2 \cdot 3(i-j)M^{2(i-j-1)} \leq 3\nu \sum_{i=j+1}^N (i-j)M^{2(N-i+1)}M^{2(i-j-1)} = 3\nu M^{2(N-j)} \sum_{i=j+1}^N (i-j) \leq \frac{3}{2}\nu \cdot M^{2(N-j)} \cdot (N-j+1)^2.",
            AppendixD + " Wⱼ = UⱼΣⱼVⱼᵀ full SVDs, singular values non-increasing. Extraction damage in the preceding displays: "
            + "the commutator brackets [·,·] are partly lost ('‖ΣⱼΣⱼᵀ, Vⱼ₊₁ᵀUⱼ‖_F'), and the first display prints "
            + "Vⱼ₊₁ᵀΣⱼ₊₁ᵀΣⱼ₊₁Vⱼ₊₁ᵀ where Vⱼ₊₁Σⱼ₊₁ᵀΣⱼ₊₁Vⱼ₊₁ᵀ is meant.",
            ["Hypotheses of Lemma 5."],
            "Numeric property test of the first and last members; exact arithmetic for Σ_{i=j+1}^N (i−j) = (N−j)(N−j+1)/2 ≤ "
            + "(N−j+1)²/2."),

        E("acgh/eq20", "Equation (20) (proof of Lemma 5)", ClaimKind.Eq,
            @"\|W_{1:j}^\top W_{1:j} - V_1(\Sigma_1^\top\Sigma_1)^jV_1^\top\|_F \leq \frac{3}{2}\nu \cdot M^{2(j-1)} \cdot j^2.",
            AppendixD,
            ["Hypotheses of Lemma 5."],
            "Property test (mirror of (19) via Wⱼ ↦ W_{N−j+1}ᵀ)."),

        E("acgh/eq21", "Equation (21) (proof of Lemma 5)", ClaimKind.Eq,
            @"\|W_{1:N}W_{1:N}^\top - U_N(\Sigma_N\Sigma_N^\top)^N U_N^\top\|_F \leq \frac{3}{2}\nu \cdot M^{2(N-1)} \cdot N^2.",
            AppendixD,
            ["Hypotheses of Lemma 5."],
            "Property test ((19) at j = 1)."),

        E("acgh/eq22", "Equation (22) (proof of Lemma 5)", ClaimKind.Eq,
            @"\|\Sigma - (\Sigma_N \Sigma_N^\top)^N\|_F \leq \frac{3}{2} \nu M^{2(N-1)} N^2.",
            AppendixD + " W_{1:N}W_{1:N}ᵀ = UΣUᵀ with eigenvalues non-increasing.",
            ["Hypotheses of Lemma 5."],
            "Property test (Lemma 4 applied to (21))."),

        E("acgh/lemma6", "Lemma 6", ClaimKind.Lemma,
            @"Suppose $\nu, C$ are real numbers satisfying $C > 0$ and $0 < \nu \leq \frac{C^{2/N}}{30N^2}$. Moreover suppose that the matrices $W_1, \dots, W_N$ satisfy the following: 1. For $1 \leq j \leq N-1$, $\|W_{j+1}^\top W_{j+1} - W_j W_j^\top\|_F \leq \nu$. 2. $\|W_N \cdots W_1\|_\sigma \leq C$. Then for $1 \leq j \leq N$, $\|W_j\|_\sigma \leq C^{1/N} \cdot 2^{1/(2N)}$.",
            AppendixD,
            ["C > 0, 0 < ν ≤ C^{2/N}/(30N²).", "ν-balanced.", "‖W_N⋯W₁‖_σ ≤ C."],
            "Property test: near-balanced networks with C := ‖W_{1:N}‖_σ and ν := measured imbalance, kept only when "
            + "ν ≤ C^{2/N}/(30N²); adversarial family: balanced networks whose product nearly cancels are impossible at "
            + "ν = 0, so also perturbations along the top singular directions. Negative control: the conclusion with "
            + "2^{1/(2N)} replaced by 1 fails for ν > 0 on some sample (and the lemma's ν-condition is necessary: a "
            + "strongly unbalanced pair W₂ = diag(10, 0), W₁ = diag(0, 10) has product 0 but large factors)."),

        E("acgh/eq23", "Equation (23) (proof of Lemma 6)", ClaimKind.Eq,
            @"\|(\Sigma_N \Sigma_N^\top)^N\|_\sigma \leq \|\Sigma \Sigma^\top\|_\sigma + \frac{3}{2} \nu M^{2(N-1)} N^2 \leq \|\Sigma \Sigma^\top\|_\sigma + \frac{3}{2} \nu (\|\Sigma_N \Sigma_N^\top\|_\sigma + \nu N)^{N-1} N^2.",
            AppendixD + " M = maxⱼ‖Wⱼ‖_σ here; M² ≤ ‖Σ_NΣ_Nᵀ‖_σ + Nν.",
            ["Hypotheses of Lemma 6."],
            "Property test on the Lemma-6 families; the intermediate M² ≤ ‖Σ_NΣ_Nᵀ‖_σ + Nν also checked."),

        E("acgh/eq24", "Equation (24) (proof of Lemma 6, contradiction hypothesis)", ClaimKind.Eq,
            @"\|\Sigma_N \Sigma_N^\top\|_\sigma > 2^{1/N} C^{2/N} - \nu \cdot N \geq (5/4)^{1/N} C^{2/N} > \nu \cdot 30N^2,",
            AppendixD,
            ["Some j with ‖WⱼWⱼᵀ‖_σ > 2^{1/N}C^{2/N} (the contradiction hypothesis)."],
            "Exact real arithmetic of the last two inequalities given ν ≤ C^{2/N}/(30N²) and acgh/text14; the first is the "
            + "contradiction hypothesis (not checkable on valid samples, by design)."),

        E("acgh/text14", "Proof of Lemma 6 (numeric inequality)", ClaimKind.Text,
            @"$$2^{1/N} - (5/4)^{1/N} \geq \frac{1}{30N}$$ for all $N \geq 2$, which follows by considering the Laurent series $\exp(1/z) = \sum_{i=1}^{\infty} \frac{1}{i!z^i}$, which converges in $|z| > 0$",
            "Real numbers, N ≥ 2 integer.",
            ["N ≥ 2."],
            "Exact check for N = 2…10⁶ in double with margin and the asymptotic N·(2^{1/N} − (5/4)^{1/N}) → ln(8/5) ≈ 0.47 > 1/30. "
            + "MIS-PRINT recorded: the Laurent series of exp(1/z) starts at i = 0 (the term 1 is missing as printed)."),

        E("acgh/eq25", "Equation (25) (proof of Lemma 6)", ClaimKind.Eq,
            @"\nu \leq \frac{\|\Sigma_N \Sigma_N^\top\|_\sigma}{30N^2}.",
            AppendixD,
            ["(24)."],
            "Consequence of (24); exact."),

        E("acgh/eq26", "Equation (26) (proof of Lemma 6)", ClaimKind.Eq,
            @"\frac{3}{2}\nu (\|\Sigma_N \Sigma_N^\top\|_\sigma + \nu N)^{N-1} N^2 \leq \frac{e^{1/30}}{20} \cdot \|\Sigma_N \Sigma_N^\top\|_\sigma^N < \frac{e}{20} \cdot \|\Sigma_N \Sigma_N^\top\|_\sigma^N.",
            AppendixD,
            ["(25).", "(1 + 1/x)^x ≤ e."],
            "Real-arithmetic proof checked by sampling S = ‖Σ_NΣ_Nᵀ‖_σ > 0, N ≥ 2, ν ∈ (0, S/(30N²)]; together with "
            + "'1 − e/20 > 1/(5/4)' (0.864 > 0.8, exact) and (1 + 1/x)^x ≤ e."),

        E("acgh/lemma7", "Lemma 7", ClaimKind.Lemma,
            @"Assume the conditions of Theorem 1. Moreover, suppose that for some $t$, the matrices $W_1(t), \dots, W_N(t)$ and the end-to-end matrix $W(t) := W_{1:N}(t)$ satisfy the following properties: 1. $\|W_j(t)\|_\sigma \leq (4\|\Phi\|_F)^{1/N}$ for $1 \leq j \leq N$. 2. $\|W(t) - \Phi\|_\sigma \leq \|\Phi\|_F$. 3. $\|W_{j+1}^\top(t)W_{j+1}(t) - W_j(t)W_j^\top(t)\|_F \leq 2\delta$ for $1 \leq j \leq N-1$. 4. $\sigma_{\min} := \sigma_{\min}(W(t)) \geq c$. Then, after applying a gradient descent update (4) we have that $$L(W(t+1)) - L(W(t)) \leq -\frac{\eta}{2} \sigma_{\min}^{2(N-1)/N} \left\| \frac{dL}{dW}(W(t)) \right\|_F^2.$$",
            TheoremOne,
            ["Conditions of Theorem 1.", "Properties 1–4 at step t."],
            "Single-step property test: sample states satisfying 1–4 (Procedure 1 plus perturbations, Φ with σ_min(Φ) ≥ c), "
            + "apply one GD step with η at the bound (7): the descent inequality holds. Displays (27)–(32) are sub-claims."),

        E("acgh/eq27", "Equation (27) (Lemma 7)", ClaimKind.Eq,
            @"\eta \leq \min \left\{ \frac{1}{2M^{N-2}BN}, \frac{\sigma_{\min}^{2(N-1)/N}}{24 \cdot 2M^{3N-4}N^2B}, \frac{\sigma_{\min}^{2(N-1)/N}}{24N^2M^{4(N-1)}}, \frac{\sigma_{\min}^{2(N-1)/(3N)}}{(24 \cdot 4M^{6N-8}N^4B^2)^{1/3}} \right\}.",
            AppendixD + " M = (4‖Φ‖_F)^{1/N}, B = ‖Φ‖_F.",
            ["(7).", "σ_min ≥ c.", "c ≤ ‖Φ‖_σ."],
            "Exact/real check that (7) implies (27) for all N ∈ {2,…,50} and sampled (c, ‖Φ‖_F) with c ≤ ‖Φ‖_σ ≤ ‖Φ‖_F, "
            + "including the intermediate 'suffices' bound with 1/(8‖Φ‖^{(2N−2)/N}N), 3·2¹¹, 3·2⁶ (acgh/lemma7#proof-eta)."),

        E("acgh/lemma7#proof-eta", "Proof of Lemma 7 (sufficient step size)", ClaimKind.Lemma,
            @"Since $c \leq \sigma_{\min}$, for (27) to hold it suffices to have $\eta \leq \min \left\{ \frac{1}{8\|\Phi\|_F^{(2N-2)/N}N}, \frac{c^{2(N-1)/N}}{3 \cdot 2^{11}\|\Phi\|_F^{4(N-1)/N}N^2}, \frac{c^{2(N-1)/(3N)}}{3 \cdot 2^6 \left( \|\Phi\|_F^{(8N-8)/N} \right)^{1/3} N^{4/3}} \right\}$. [...] $\frac{c^{2(N-1)/N}}{\|\Phi\|_F^{4(N-1)/N}} \leq \min \left\{ \frac{1}{\|\Phi\|_F^{2(N-1)/N}}, \frac{c^{2(N-1)/(3N)}}{\|\Phi\|_F^{(8N-8)/(3N)}} \right\}$, meaning that it suffices to have $\eta \leq \frac{c^{2(N-1)/N}}{3 \cdot 2^{11} N^2 \|\Phi\|_F^{4(N-1)/N}}$, which is guaranteed by (7).",
            AppendixD,
            ["c ≤ ‖Φ‖_σ ≤ ‖Φ‖_F."],
            "Real arithmetic over a grid of N and c/‖Φ‖_F ∈ (0, 1]; each comparison checked (all hold by hand: "
            + "2·4^{(N−2)/N} ≤ 8, 48·4^{(3N−4)/N} ≤ 3·2¹¹, 24·4^{(4N−4)/N} ≤ 3·2¹¹, (96·4^{(6N−8)/N})^{1/3} ≤ 3·2⁶)."),

        E("acgh/eq28", "Equation (28) (Lemma 7)", ClaimKind.Eq,
            @"2\delta \leq \min \left\{ \frac{c^{2(N-1)/N}}{8 \cdot 2^4 N^3 \|\Phi\|_F^{2(N-2)/N}}, \frac{c^2}{6 \cdot 2^4 N^2 \|\Phi\|_F^{2(N-1)/N}} \right\} \leq \min \left\{ \frac{\sigma_{min}^{2(N-1)/N}}{8 N^3 M^{2(N-2)}}, \frac{\sigma_{min}^2}{6 N^2 M^{2(N-1)}} \right\}.",
            AppendixD,
            ["δ from Theorem 1.", "c ≤ σ_min, c ≤ ‖Φ‖_F."],
            "Real arithmetic on a grid (both inequalities and '2δ ≤ c²/(128N³‖Φ‖_F^{2(N−1)/N}) suffices')."),

        E("acgh/eq29", "Equation (29) (Lemma 7, end-to-end expansion)", ClaimKind.Eq,
            @"W(t+1) - W(t) = \prod_1^{j=N} \left( W_j(t) - \eta W_{j+1:N}^\top(t) \frac{dL}{dW}(W(t)) W_{1:j-1}^\top(t) \right) - W_{1:N}(t) = -\eta \left( \sum_{j=1}^N W_{j+1:N} W_{j+1:N}^\top(t) \frac{dL}{dW}(W(t)) W_{1:j-1}^\top(t) W_{1:j-1}(t) \right) + (\star),",
            AppendixD + " Footnote 12: ∏_1^{j=K} A_j := A_K⋯A₁; (⋆) = terms of order ≥ 2 in η.",
            [],
            "Symbolic (fixed depths N ∈ {2, 3, 4}, entry-wise over ℚ[η], and depth-generic with noncommutative "
            + "polynomials): the η¹ coefficient of ∏(Wⱼ − ηW_{j+1:N}ᵀ∇W_{1:j−1}ᵀ) equals the printed sum and the η⁰ "
            + "coefficient cancels W_{1:N}. Negative control: the sum with W_{1:j−1}W_{1:j−1}ᵀ (wrong side) must fail."),

        E("acgh/eq30", "Equation (30) (Lemma 7, higher-order terms)", ClaimKind.Eq,
            @"\|(\star)\|_F \leq \sum_{k=2}^N \eta^k \cdot M^{k(N-1)+N-k} \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_F \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_\sigma^{k-1} \cdot \binom{N}{k} \leq \eta M^{2N-2} N \left\| \frac{dL}{dW}(W(t)) \right\|_F \sum_{k=2}^N (\eta M^{N-2} B N)^{k-1} \leq \eta \cdot (2\eta M^{3N-4} N^2 B) \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_F,",
            AppendixD,
            ["Properties 1–2 of Lemma 7.", "ηM^{N−2}BN ≤ ½ (from (27))."],
            "Numeric: (⋆) computed exactly as W(t+1) − W(t) minus the first-order term; each of the three members "
            + "compared on Lemma-7 samples; binomial bound C(N,k) ≤ N^k and the geometric tail ≤ 2x exact."),

        E("acgh/lemma7#proof-balance-error", "Proof of Lemma 7 (replacing partial products by powers)", ClaimKind.Lemma,
            @"\left\| \sum_{j=1}^N W_{j+1:N} W_{j+1:N}^\top(t) \frac{dL}{dW}(W(t)) W_{1:j-1}^\top(t) W_{1:j-1}(t) - \sum_{j=1}^N (W_N W_N^\top)^{N-j} \frac{dL}{dW}(W(t)) (W_1^\top W_1)^{j-1} \right\|_F \leq \left\| \frac{dL}{dW}(W(t)) \right\|_F \cdot 2\delta N^3 M^{2(N-2)}.",
            AppendixD,
            ["Lemma 5 with ν = 2δ.", "Properties 1, 3 of Lemma 7."],
            "Numeric on Lemma-7 samples; also the intermediate sum Σⱼ (3/2)2δ(N−j)²M^{2(N−2)} + … ≤ 2δN³M^{2(N−2)} in exact arithmetic."),

        E("acgh/lemma7#proof-balance-error~fixed", "Proof of Lemma 7 (replacing partial products by powers, exponent from (17))", ClaimKind.Lemma,
            @"\left\| \sum_{j=1}^N W_{j+1:N} W_{j+1:N}^\top \frac{dL}{dW} W_{1:j-1}^\top W_{1:j-1} - \sum_{j=1}^N (W_N W_N^\top)^{N-j} \frac{dL}{dW} (W_1^\top W_1)^{j-1} \right\|_F \leq \left\| \frac{dL}{dW} \right\|_F \left( \sum_{j=1}^{N-1} \frac{3}{2} 2\delta M^{2(N-j-1)} (N-j)^2 M^{2(j-1)} + \sum_{j=2}^N \frac{3}{2} 2\delta M^{2(j-2)} (j-1)^2 M^{2(N-j)} \right) \leq \left\| \frac{dL}{dW} \right\|_F \cdot 2\delta N^3 M^{2(N-2)}",
            AppendixD,
            ["Lemma 5 with ν = 2δ.", "Properties 1, 3 of Lemma 7."],
            "Correction (one line): (17) at index j + 1 bounds ‖W_{j+1:N}W_{j+1:N}ᵀ − (W_NW_Nᵀ)^{N−j}‖_F by (3/2)νM^{2(N−j−1)}(N−j)², so the "
            + "first intermediate sum carries M^{2(N−j−1)}, not the printed M^{2(N−j)} (with which the last step fails for M² > 13/3 at N = 2). "
            + "Numeric on the Lemma-7 single-step family."),

        E("acgh/lemma7#proof-kron", "Proof of Lemma 7 (Kronecker form and its spectrum)", ClaimKind.Lemma,
            @"\text{vec} \left( \sum_{j=1}^N (W_N W_N^\top)^{N-j} \frac{dL}{dW} (W_1^\top W_1)^{j-1} \right) = \sum_{j=1}^N ((W_1^\top W_1)^{j-1} \otimes (W_N W_N^\top)^{N-j}) \text{vec} \left( \frac{dL}{dW} \right) [...] = O \Lambda O^\top [...] \Lambda \succeq I_{d_0} \otimes E^{N-1} + D^{N-1} \otimes I_{d_N} [...] \max\{\lambda_D^N, \lambda_E^N\} \geq \sigma_{\min}^2 - \frac{3}{2} 2\delta M^{2(N-1)} N^2 \geq 3\sigma_{\min}^2/4 [...] the minimum diagonal element of Λ is at least $(\sigma_{\min}^2/(4/3))^{(N-1)/N} \geq \sigma_{\min}^{2(N-1)/N}/(4/3)$",
            AppendixD + " Column-major vec; W₁ᵀW₁ = UDUᵀ, W_NW_Nᵀ = VEVᵀ.",
            ["Lemma 5 (18) with ν = 2δ.", "(28)."],
            "Symbolic/numeric: vec(AXB) = (Bᵀ ⊗ A)vec X (exact on random matrices); Λ's minimum ≥ λ_D^{N−1} + λ_E^{N−1}; "
            + "the max{λ_D^N, λ_E^N} bound uses both cases of (18) so the case swap of acgh/eq18 does not matter here."),

        E("acgh/lemma7#proof-error", "Proof of Lemma 7 (error term E(t) and smoothness step)", ClaimKind.Lemma,
            @"\|E(t)\|_2 \leq \eta \left\| \frac{dL}{dW}(W(t)) \right\|_F \cdot (2\eta M^{3N-4} N^2 B + 2\delta N^3 M^{2(N-2)}). [...] L(W(t+1)) - L(W(t)) \leq \text{vec} \left( \frac{d}{dW} L(W(t)) \right)^\top \text{vec}(W(t+1) - W(t)) + \frac{1}{2} \|W(t+1) - W(t)\|_F^2",
            AppendixD,
            ["(29), (30), acgh/lemma7#proof-balance-error."],
            "Numeric on Lemma-7 samples; the smoothness step is an equality for L = ½‖W − Φ‖²_F (exact quadratic)."),

        E("acgh/eq31", "Equation (31) (Lemma 7)", ClaimKind.Eq,
            @"\|W(t+1) - W(t)\|_F^2 \leq 2\eta^2 \cdot \left( N M^{2(N-1)} \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_F \right)^2 + 2\eta^2 \cdot (2\eta M^{3N-4} N^2 B)^2 \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_F^2 = 2\eta^2 \left\| \frac{dL}{dW}(W(t)) \right\|_F^2 \cdot \left( N^2 M^{4(N-1)} + (4\eta^2 M^{6N-8} N^4 B^2) \right).",
            AppendixD,
            ["(29), (30), property 1 of Lemma 7."],
            "Numeric on Lemma-7 samples (first inequality) and symbolic (the equality)."),

        E("acgh/lemma7#proof-combined", "Proof of Lemma 7 (combined bound before (32), as printed)", ClaimKind.Lemma,
            @"L(W(t+1)) - L(W(t)) \leq \eta \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_F^2 \cdot \left( -\frac{\sigma_{\min}^{2(N-1)/N}}{4/3} + 2\eta M^{3N-4} N^2 B + 2\delta N^3 M^{2(N-2)} \right) + \eta \cdot (N^2 M^{4(N-1)} + 4\eta^2 M^{6N-8} N^4 B^2).",
            AppendixD,
            ["Previous displays of the proof."],
            "Numeric. MIS-PRINT (refutation candidate as printed): from (31), ½‖W(t+1) − W(t)‖²_F contributes "
            + "η‖∇‖²_F(ηN²M^{4(N−1)} + 4η³M^{6N−8}N⁴B²); the printed last term lacks the factor ‖∇‖²_F and one power of η, "
            + "and (32) is only reached with the corrected term (its last two σ/24 terms come from ηN²M^{4(N−1)} ≤ σ/24 "
            + "and 4η³M^{6N−8}N⁴B² ≤ σ/24). The printed bound is still true (it adds a larger positive constant when "
            + "‖∇‖ is small) but does not imply (32); check both the printed and the corrected form."),

        E("acgh/lemma7#proof-combined~fixed", "Proof of Lemma 7 (combined bound with the term of (31))", ClaimKind.Lemma,
            @"L(W(t+1)) - L(W(t)) \leq \eta \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_F^2 \cdot \left( -\frac{\sigma_{\min}^{2(N-1)/N}}{4/3} + 2\eta M^{3N-4} N^2 B + 2\delta N^3 M^{2(N-2)} + \eta N^2 M^{4(N-1)} + 4\eta^3 M^{6N-8} N^4 B^2 \right) \leq -\frac{1}{2}\sigma_{\min}^{2(N-1)/N}\eta\left\|\frac{dL}{dW}(W(t))\right\|_F^2",
            AppendixD,
            ["Previous displays of the proof.", "(27), (28)."],
            "Correction (one line): ½‖W(t+1) − W(t)‖²_F from (31) contributes η‖∇‖²_F(ηN²M^{4(N−1)} + 4η³M^{6N−8}N⁴B²), not the printed "
            + "η(N²M^{4(N−1)} + 4η²M^{6N−8}N⁴B²); with it the bound implies (32). Numeric on the Lemma-7 single-step family."),

        E("acgh/eq32", "Equation (32) (Lemma 7, conclusion)", ClaimKind.Eq,
            @"L(W(t+1)) - L(W(t)) \leq \eta \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_F^2 \cdot \left( -\frac{\sigma_{\min}^{2(N-1)/N}}{4/3} + \frac{\sigma_{\min}^{2(N-1)/N}}{24} + \frac{\sigma_{\min}^{2(N-1)/N}}{8} + \frac{\sigma_{\min}^{2(N-1)/N}}{24} + \frac{\sigma_{\min}^{2(N-1)/N}}{24} \right) = -\frac{1}{2} \sigma_{\min}^{2(N-1)/N} \eta \left\| \frac{dL}{dW}(W(t)) \right\|_F^2.",
            AppendixD,
            ["(27), (28)."],
            "Exact rational arithmetic: −3/4 + 1/24 + 1/8 + 1/24 + 1/24 = −1/2 (symbolic); numeric inequality on Lemma-7 samples."),

        E("acgh/eq33", "Equation (33) (proof of Lemma 2, base case)", ClaimKind.Eq,
            @"\|W(0)\|_\sigma \leq \|W(0)\|_F \leq \|W(0) - \Phi\|_F + \|\Phi\|_F \leq 2\|\Phi\|_F.",
            TheoremOne,
            ["ℬ(0)."],
            "Numeric at the start of every Theorem-1 run; also 'deficiency margin ⇒ ‖W(0) − Φ‖_F ≤ σ_min(Φ) ≤ ‖Φ‖_F ⇒ ℓ(0) ≤ ½‖Φ‖²_F'."),

        E("acgh/eq34", "Equation (34) (proof of Lemma 2)", ClaimKind.Eq,
            @"2\delta \leq \frac{c^2}{128 \cdot N^3 \cdot \|\Phi\|_F^{2(N-1)/N}} = \frac{\|\Phi\|_F^{2/N}}{128 N^3} \cdot \frac{c^2}{\|\Phi\|_F^2} < \frac{\|\Phi\|_F^{2/N}}{30 N^2},",
            TheoremOne,
            ["c ≤ ‖Φ‖_F."],
            "Exact arithmetic (the equality symbolic in ‖Φ‖, c; the strict inequality since 128N³ > 30N²), and Lemma 6's "
            + "condition with C = 2‖Φ‖_F; plus (2‖Φ‖_F)^{1/N}2^{1/(2N)} < (4‖Φ‖_F)^{1/N}."),

        E("acgh/eq35", "Equation (35) (proof of Lemma 2, one-step imbalance)", ClaimKind.Eq,
            @"\left\| W_{j+1}^\top(t+1)W_{j+1}(t+1) - W_j(t+1)W_j^\top(t+1) \right\|_F \leq \left\| W_{j+1}^\top(t)W_{j+1}(t) - W_j(t)W_j^\top(t) \right\|_F + \eta^2 \left\| \frac{dL}{dW}(W(t)) \right\|_F^2 \cdot \left\| \frac{dL}{dW}(W(t)) \right\|_\sigma \cdot (\|W_{j+2:N}(t)\|_\sigma^2 \|W_{1:j}(t)\|_\sigma^2 + \|W_{1:j-1}\|_\sigma^2 \|W_{j+1:N}\|_\sigma^2) \leq \left\| W_{j+1}^\top(t)W_{j+1}(t) - W_j(t)W_j^\top(t) \right\|_F + 4\eta^2 \left\| \frac{dL}{dW}(W(t)) \right\|_F^2 \left\| \frac{dL}{dW}(W(t)) \right\|_\sigma^2 (2\|\Phi\|_F)^{2(N-1)/N}.",
            TheoremOne,
            ["𝒜(t), ℬ(0…t), 𝒞(t)."],
            "Numeric at every step. REFUTATION CANDIDATE as printed: the exact change of the imbalance is η² times a "
            + "difference of two terms each quadratic in ∇ = W − Φ (bounded by ‖∇‖_F‖∇‖_σ·(…), as in 𝒜'(t)); the printed "
            + "members are cubic (‖∇‖²_F‖∇‖_σ) and quartic (‖∇‖²_F‖∇‖²_σ) in ∇, so for ‖∇‖ < 1 the printed right-hand side "
            + "is too small. Counterexample family: N = 2, exactly balanced Procedure-1 start near Φ (‖W − Φ‖_F = 10⁻²): "
            + "the imbalance after one step is η²‖W₁∇ᵀ∇W₁ᵀ − W₂ᵀ∇∇ᵀW₂‖_F ≈ η²·10⁻⁴·O(1), the printed bound adds "
            + "≈ 4η²·10⁻⁸·O(1). Fixed reading acgh/eq35~fixed."),

        E("acgh/eq35~fixed", "Equation (35) (degree-consistent reading, as in 𝒜'(t))", ClaimKind.Eq,
            @"\| D_j(t+1) \|_F \leq \| D_j(t) \|_F + 4\eta^2 \left\| \frac{dL}{dW}(W(t)) \right\|_F \left\| \frac{dL}{dW}(W(t)) \right\|_\sigma (2\|\Phi\|_F)^{2(N-1)/N}, \quad D_j = W_{j+1}^\top W_{j+1} - W_j W_j^\top",
            TheoremOne,
            ["𝒜(t), ℬ(0…t), 𝒞(t) (via Lemma 6 with C = 2‖Φ‖_F)."],
            "Numeric at every step of every Theorem-1 run (this is Lemma 2 𝒜'(t+1))."),

        E("acgh/eq36", "Equation (36) (proof of Lemma 2)", ClaimKind.Eq,
            @"\left\| W_{j+1}^\top(t+1)W_{j+1}(t+1) - W_j(t+1)W_j^\top(t+1) \right\|_F \leq \left\| W_{j+1}^\top(0)W_{j+1}(0) - W_j(0)W_j^\top(0) \right\|_F + 4(2\|\Phi\|_F)^{2(N-1)/N} \cdot \eta^2 \sum_{i=0}^t \left\| \frac{dL}{dW}(W(i)) \right\|_F^2.",
            TheoremOne,
            ["𝒜'(1…t+1) summed, with ‖∇L(W(i))‖_σ ≤ ‖∇L(W(i))‖_F."],
            "Checked at every step with the running sum."),

        E("acgh/eq37", "Equation (37) (proof of Lemma 2)", ClaimKind.Eq,
            @"4 (2\|\Phi\|_F)^{2(N-1)/N} \eta^2 \sum_{i=0}^t \left\| \frac{dL}{dW} W(i) \right\|_F^2 \leq 16 \|\Phi\|_F^{2(N-1)/N} \eta \frac{\|\Phi\|_F^2}{c^{2(N-1)/N}} \leq 16 \|\Phi\|_F^{2(N-1)/N} \cdot \frac{1}{3 \cdot 2^{11} \cdot N^3} \cdot \frac{c^{(4N-2)/N}}{\|\Phi\|_F^{(6N-4)/N}} \cdot \frac{\|\Phi\|_F^2}{c^{2(N-1)/N}} \leq \frac{c^2}{256 N^3 \|\Phi\|_F^{2(N-1)/N}} = \delta,",
            TheoremOne,
            ["ℬ(0…t) summed: ½c^{2(N−1)/N}ηΣ‖∇‖² ≤ L(W(0)) ≤ ½‖Φ‖²_F.", "(7)."],
            "Exact arithmetic of the chain (exponents: the third member simplifies to c²/(384N³‖Φ‖_F^{2(N−1)/N}) ≤ δ) "
            + "and numeric along runs for the first member."),

        E("acgh/lemma2#proof-c", "Proof of Lemma 2 (𝒜(t), ℬ(t) ⇒ 𝒞(t))", ClaimKind.Lemma,
            @"\|W_{1:N}(t)\|_\sigma \leq \|\Phi\|_\sigma + \|\Phi - W_{1:N}(t)\|_\sigma \leq \|\Phi\|_F + \sqrt{2 \cdot L(W_{1:N}(t))} \leq 2\|\Phi\|_F,",
            TheoremOne,
            ["ℬ(t)."],
            "Numeric at every step of every Theorem-1 run."),
    ];
}
