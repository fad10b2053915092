using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Acgh;

/// <content>Sections 2–4 of acgh: (1)–(13), Definitions 1–2, Claim 1, Theorem 1, Lemma 1, Procedure 1, Theorem 2.</content>
public static partial class AcghInventory
{
    private static InventoryEntry[] MainText() =>
    [
        E("acgh/eq1", "Equation (1)", ClaimKind.Eq,
            @"L(W) = \frac{1}{2} \|W - \Lambda_{yx}\|_F^2 + c, \tag{1} where $\Lambda_{yx} := \frac{1}{m} YX^\top$ [...] and c is a constant (that does not depend on W).",
            "Raw loss L(W) = (1/(2m))‖WX − Y‖²_F; whitened data Λ_xx = (1/m)XXᵀ = I; c = −½Tr(Λ_yxΛ_yxᵀ) + ½Tr(Λ_yy) (Appendix A).",
            ["Λ_xx = I (whitened)."],
            "Numeric on whitened instances (X = √m·Q with orthonormal rows, seeded): (1/(2m))‖WX − Y‖²_F = ½‖W − Λ_yx‖²_F + c "
            + "with the Appendix-A constant, relative 1e-12; symbolic: polynomial identity in W with Λ_xx = I substituted. "
            + "Negative control: non-whitened X must violate it."),

        E("acgh/eq2", "Equation (2)", ClaimKind.Eq,
            @"\min_{W \in \mathbb{R}^{d_y \times d_x}} L^1(W) := \frac{1}{2} \|W - \Phi\|_F^2.",
            Whitened,
            [],
            "Definition of L¹ (Φ := Λ_yx); no identity to check beyond acgh/eq1."),

        E("acgh/eq3", "Equation (3)", ClaimKind.Eq,
            @"\min_{W_j \in \mathbb{R}^{d_j \times d_{j-1}}, j=1, \dots, N} L^N(W_1, \dots, W_N) := \frac{1}{2} \|W_N W_{N-1} \cdots W_1 - \Phi\|_F^2.",
            Whitened,
            [],
            "Definition of L^N; implemented by the numeric loss; the identity L^N = L¹∘W_{1:N} is acgh/eq5."),

        E("acgh/eq4", "Equation (4)", ClaimKind.Eq,
            @"W_j(t+1) \leftarrow W_j(t) - \eta \frac{\partial L^N}{\partial W_j}(W_1(t), \dots, W_N(t)) \quad , j = 1, \dots, N \quad , t = 0, 1, 2, \dots",
            Descent,
            ["η > 0."],
            "Definition of the update; the explicit gradient is acgh/eq14 (symbolic)."),

        E("acgh/text1", "Section 2 (end-to-end matrix)", ClaimKind.Text,
            @"we let $W_{1:N}$ be the direct parameterization of the end-to-end linear mapping realized by the network, i.e. $W_{1:N} := W_N W_{N-1} \cdots W_1$. Note that $L^N(W_1, \dots, W_N) = L^1(W_{1:N})$",
            Whitened,
            [],
            "Definition (right-to-left product, consistent with DeepLinearNetwork.Product()); identity checked in acgh/eq5."),

        E("acgh/eq5", "Equation (5)", ClaimKind.Eq,
            @"\ell(t) := L^N(W_1(t), \dots, W_N(t)) = L^1(W_{1:N}(t)).",
            Descent,
            [],
            "Symbolic identity (definition unfolding) and numeric on random networks; negative control: the product in "
            + "the reverse order W₁⋯W_N (square case) must give a different value."),

        E("acgh/def1", "Definition 1 (δ-balanced)", ClaimKind.Def,
            @"For $\delta \geq 0$, we say that the matrices $W_j \in \mathbb{R}^{d_j \times d_{j-1}}$, $j=1, \dots, N$, are $\delta$-balanced if: $$\|W_{j+1}^\top W_{j+1} - W_j W_j^\top\|_F \leq \delta, \quad \forall j \in \{1, \dots, N-1\}.$$",
            Whitened,
            ["δ ≥ 0."],
            "Predicate (Frobenius norm; compare trbw Definition 2, the case δ = 0). Used as hypothesis and as a monitor "
            + "along every GD run."),

        E("acgh/text2", "Section 3.1 (0-balanced: shared singular values)", ClaimKind.Text,
            @"in the case of 0-balancedness, i.e. $W_{j+1}^\top W_{j+1} = W_j W_j^\top$, all matrices $W_j$ share the same set of non-zero singular values. Moreover, [...] this set is obtained by taking the $N$-th root of each non-zero singular value in the end-to-end matrix $W_{1:N}$.",
            Whitened,
            ["0-balanced."],
            "Numeric on exactly balanced networks (Procedure 1 with random A, N ∈ {2,3,4}, rectangular widths): nonzero "
            + "singular values of every Wⱼ equal σᵢ(W_{1:N})^{1/N}. Negative control: a δ-balanced (δ > 0) network violates equality."),

        E("acgh/text3", "Section 3.1 (residual initialisation is balanced)", ClaimKind.Text,
            @"The condition of approximate balancedness at initialization is trivially met in the special case of linear residual networks ( $d_0 = \dots = d_N = d$ and $W_1(0) = \dots = W_N(0) = I_d$ ).",
            Whitened,
            ["d₀ = … = d_N = d."],
            "Exact: Iᵀ I − I Iᵀ = 0 (0-balanced); trivial symbolic check."),

        E("acgh/def2", "Definition 2 (deficiency margin)", ClaimKind.Def,
            @"Given a target matrix $\Phi \in \mathbb{R}^{d_N \times d_0}$ and a constant $c > 0$, we say that a matrix $W \in \mathbb{R}^{d_N \times d_0}$ has deficiency margin $c$ with respect to $\Phi$ if: $$\|W - \Phi\|_F \leq \sigma_{\min}(\Phi) - c. \quad (6)$$",
            Whitened,
            ["c > 0."],
            "Predicate (Frobenius distance, σ_min per footnote 1); the margin of a given W is σ_min(Φ) − ‖W − Φ‖_F."),

        E("acgh/eq6", "Equation (6)", ClaimKind.Eq,
            @"\|W - \Phi\|_F \leq \sigma_{\min}(\Phi) - c.",
            Whitened,
            ["c > 0."],
            "The defining inequality of Definition 2; evaluated as a predicate (acgh/def2)."),

        E("acgh/text4", "Footnote 2 (margin forces full rank Φ)", ClaimKind.Text,
            @"Note that deficiency margin $c > 0$ with respect to $\Phi$ implies $\sigma_{\min}(\Phi) > 0$, i.e. $\Phi$ has full rank.",
            Whitened,
            [],
            "Exact: 0 ≤ ‖W − Φ‖_F ≤ σ_min(Φ) − c ⇒ σ_min(Φ) ≥ c > 0 (checked on random instances; negative control: rank-deficient Φ never admits a margin)."),

        E("acgh/claim1", "Claim 1", ClaimKind.Claim,
            @"Suppose $W$ has deficiency margin $c$ with respect to $\Phi$. Then, any matrix $W'$ (of same size as $\Phi$ and $W$) for which $\|W' - \Phi\|_F \leq \|W - \Phi\|_F$ satisfies $\sigma_{\min}(W') \geq c$.",
            Whitened,
            ["W has deficiency margin c.", "‖W' − Φ‖_F ≤ ‖W − Φ‖_F."],
            "Property test (FsCheck, seeded): random Φ, W on the margin boundary, W' sampled inside the ball (including the "
            + "boundary sphere): σ_min(W') ≥ c − 1e-12. Negative control: the spectral-norm ball ‖W' − Φ‖_σ ≤ ‖W − Φ‖_F with "
            + "c replaced by σ_min(Φ) − ‖W − Φ‖_σ must be refuted where it is stronger; proof chain acgh/claim1#proof."),

        E("acgh/claim1#proof", "Proof of Claim 1 (Appendix D.1)", ClaimKind.Claim,
            @"\sigma_{\min}(W') = \sigma_{\min}(\Phi + (W' - \Phi)) \geq \sigma_{\min}(\Phi) - \sigma_{\max}(W' - \Phi) \geq \sigma_{\min}(\Phi) - \|W' - \Phi\|_F \geq \sigma_{\min}(\Phi) - \|W - \Phi\|_F \geq \sigma_{\min}(\Phi) - (\sigma_{\min}(\Phi) - c) = c.",
            Whitened,
            [],
            "Numeric: Weyl's inequality σ_min(A + B) ≥ σ_min(A) − σ_max(B) for rectangular A, B and σ_max ≤ ‖·‖_F, FsCheck "
            + "with a negative control (σ_min(A + B) ≥ σ_min(A) + σ_min(B) must fail)."),

        E("acgh/thm1", "Theorem 1", ClaimKind.Thm,
            @"Assume that gradient descent is initialized such that the end-to-end matrix $W_{1:N}(0)$ has deficiency margin $c > 0$ with respect to the target $\Phi$, and the weights $W_1(0), \dots, W_N(0)$ are $\delta$-balanced with $\delta = c^2 / (256 \cdot N^3 \cdot \|\Phi\|_F^{2(N-1)/N})$. Suppose also that the learning rate $\eta$ meets: $$\eta \leq \frac{c^{(4N-2)/N}}{6144 \cdot N^3 \cdot \|\Phi\|_F^{(6N-4)/N}}. \quad (7)$$ Then, for any $\epsilon > 0$ and: $$T \geq \frac{1}{\eta \cdot c^{2(N-1)/N}} \cdot \log \left( \frac{\ell(0)}{\epsilon} \right), \quad (8)$$ the loss at iteration $T$ of gradient descent — $\ell(T)$ — is no greater than $\epsilon$.",
            TheoremOne,
            ["W_{1:N}(0) has deficiency margin c > 0.", "δ-balanced start with the printed δ.", "η satisfies (7).", "T satisfies (8)."],
            "Trajectory check on GD runs in the theorem's regime (η at the bound (7) — very small, so runs use the largest "
            + "admissible η and T = ⌈(8)⌉ only for ε with log(ℓ(0)/ε) ≤ 3; longer horizons in benchmarks): ℓ(T) ≤ ε. The "
            + "per-step sub-claims acgh/thm1#contraction, acgh/eq9, acgh/eq12, acgh/eq13 are checked at EVERY step. "
            + "Negative controls: unbalanced starts (Claim 4 construction) and margin-free starts (Claim 5) must fail."),

        E("acgh/eq7", "Equation (7)", ClaimKind.Eq,
            @"\eta \leq \frac{c^{(4N-2)/N}}{6144 \cdot N^3 \cdot \|\Phi\|_F^{(6N-4)/N}}.",
            TheoremOne,
            [],
            "Hypothesis of Theorem 1 (step-size bound); computed exactly with Rational where possible (fractional powers in "
            + "double with recorded rounding) and used to set η in the runs."),

        E("acgh/eq8", "Equation (8)", ClaimKind.Eq,
            @"T \geq \frac{1}{\eta \cdot c^{2(N-1)/N}} \cdot \log \left( \frac{\ell(0)}{\epsilon} \right),",
            TheoremOne,
            [],
            "Iteration budget of Theorem 1 (natural log); checked as part of acgh/thm1 and derived from (13) in acgh/thm1#exp."),

        E("acgh/text5", "Section 3.2.1 (residual networks: distance < 0.5 from identity suffices)", ClaimKind.Text,
            @"In the special case of linear residual networks (uniform dimensions and identity initialization), a sufficient condition for the assumptions to be met is that the target matrix have (Frobenius) distance less than 0.5 from identity. [Section 4: our assumption of deficiency margin (Definition 2), in the setting of linear residual networks, is met if the distance between target and identity is less than 0.5.]",
            TheoremOne,
            ["d₀ = … = d_N = d, Wⱼ(0) = I.", "‖Φ − I‖_F < 0.5."],
            "Exact reasoning checked numerically: ρ = ‖I − Φ‖_F < ½ ⇒ σ_min(Φ) ≥ 1 − ρ, so margin c = 1 − 2ρ > 0 and the start is "
            + "0-balanced. Property test over random Φ with ρ < ½ (margin > 0) and a negative control ρ slightly above ½ "
            + "Φ = I − ρe₁e₁ᵀ, ρ ∈ (½, 1), whose margin 1 − 2ρ is negative."),

        E("acgh/text6", "Section 3.2.1 (no bottleneck needed for a margin)", ClaimKind.Text,
            @"in order for the initial end-to-end matrix $W_{1:N}(0)$ to have deficiency margin $c > 0$, it must (by Claim 1) have full rank, and this is only possible if there is no intermediate dimension $d_i$ smaller than $\min\{d_0, d_N\}$.",
            Whitened,
            [],
            "Numeric: with a bottleneck dᵢ < min{d₀, d_N}, rank W_{1:N} < min{d₀, d_N} so σ_min(W_{1:N}) = 0 and no margin "
            + "(Claim 1 with W' = W); without bottleneck Procedure 1 attains full rank."),

        E("acgh/lemma1", "Lemma 1", ClaimKind.Lemma,
            @"Under the conditions of Theorem 1, we have that for every $t = 0, 1, 2, \dots$: $$\ell(t+1) \leq \ell(t) - \frac{\eta}{2} \cdot \sigma_{\min}(W_{1:N}(t))^{\frac{2(N-1)}{N}} \cdot \left\| \frac{dL^1}{dW}(W_{1:N}(t)) \right\|_F^2. \quad (9)$$",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Trajectory check of (9) at every step of every GD run in the Theorem-1 regime (acgh/eq9). Negative control: "
            + "the same inequality without ½ and with η multiplied by 10⁴ (outside (7)) must fail on some run."),

        E("acgh/eq9", "Equation (9)", ClaimKind.Eq,
            @"\ell(t+1) \leq \ell(t) - \frac{\eta}{2} \cdot \sigma_{\min}(W_{1:N}(t))^{\frac{2(N-1)}{N}} \cdot \left\| \frac{dL^1}{dW}(W_{1:N}(t)) \right\|_F^2.",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Checked at every step t of every run (slack ℓ(t) − ℓ(t+1) − (η/2)σ_min^{2(N−1)/N}‖W − Φ‖²_F ≥ −1e-14·ℓ(t) reported)."),

        E("acgh/eq10", "Equation (10)", ClaimKind.Eq,
            @"\frac{d}{d\tau} L^1(W_{1:N}(\tau)) \leq -\frac{1}{2} \sigma_{\min}(W_{1:N}(\tau))^{\frac{2(N-1)}{N}} \cdot \left\| \frac{dL^1}{dW}(W_{1:N}(\tau)) \right\|_F^2.",
            Whitened + " Idealised setting: gradient FLOW Ẇⱼ = −∂L^N/∂Wⱼ from a 0-balanced start.",
            ["δ = 0 (exactly balanced start).", "Gradient flow (η → 0⁺)."],
            "Trajectory check along RK4 flows from Procedure-1 starts, in the stronger form without ½ (as the text says): "
            + "dL¹/dτ ≤ −σ_min^{2(N−1)/N}‖W − Φ‖²_F, evaluating dL¹/dτ = ⟨∇L¹, Ẇ_{1:N}⟩ exactly from the factor gradients."),

        E("acgh/eq11", "Equation (11)", ClaimKind.Eq,
            @"\text{vec}(\dot{W}_{1:N}(\tau)) = -P_{W_{1:N}(\tau)} \cdot \text{vec}\left(\frac{dL^1}{dW}(W_{1:N}(\tau))\right), where [...] $P_{W_{1:N}(\tau)}$ is a positive semidefinite matrix whose eigenvalues are all greater than or equal to $\sigma_{\min}(W_{1:N}(\tau))^{2(N-1)/N}$.",
            Whitened + " Balanced flow; P_W = Σⱼ (WᵀW)^{(j−1)/N} ⊗ (WWᵀ)^{(N−j)/N} (column-major vec; from Arora et al. 2018, not printed here).",
            ["Balanced weights.", "W_{1:N} of full rank min{d₀, d_N}."],
            "Numeric: at balanced points, the vec of Σⱼ W_{j+1:N}(−∂L^N/∂Wⱼ)W_{1:j−1} equals −P_W vec(∇L¹) with the "
            + "Kronecker P_W; λ_min(P_W) ≥ σ_min(W)^{2(N−1)/N} (rectangular W included). Same operator as trbw 𝒜_{W,N} "
            + "(cross-paper identity, recorded, not merged)."),

        E("acgh/text7", "Proof of Lemma 1, idealised (chain of the flow derivative)", ClaimKind.Text,
            @"\frac{d}{d\tau} L^1(W_{1:N}(\tau)) = \left\langle \text{vec}\left(\frac{dL^1}{dW}\right), \text{vec}(\dot{W}_{1:N}) \right\rangle = \left\langle \text{vec}\left(\frac{dL^1}{dW}\right), -P \cdot \text{vec}\left(\frac{dL^1}{dW}\right) \right\rangle \leq -\sigma_{\min}^{\frac{2(N-1)}{N}} \left\| \text{vec}\left(\frac{dL^1}{dW}\right) \right\|^2 = -\sigma_{\min}^{\frac{2(N-1)}{N}} \left\| \frac{dL^1}{dW} \right\|_F^2",
            Whitened + " Balanced flow.",
            ["P symmetric with eigenvalues ≥ σ_min^{2(N−1)/N}."],
            "Numeric at balanced points (Rayleigh quotient bound); each transition checked separately."),

        E("acgh/text8", "Footnote 3 (gradient vanishes only at the minimum)", ClaimKind.Text,
            @"It is therefore (see Equation (5)) non-zero anywhere but at a global minimum.",
            Whitened,
            [],
            "Exact: dL¹/dW = W − Φ vanishes iff W = Φ (symbolic)."),

        E("acgh/text9", "Proof of Theorem 1 (gradient of L¹)", ClaimKind.Text,
            @"\frac{dL^1}{dW}(W) = W - \Phi \quad \implies \quad \left\| \frac{dL^1}{dW}(W) \right\|_F^2 = 2 \cdot L^1(W).",
            Whitened,
            [],
            "Symbolic gradient and identity (dimension-free). Negative control: ‖∇‖² = L¹ must be rejected."),

        E("acgh/thm1#contraction", "Proof of Theorem 1 (per-step contraction)", ClaimKind.Thm,
            @"L^1(W_{1:N}(t+1)) \leq L^1(W_{1:N}(t)) \cdot \left(1 - \eta \cdot \sigma_{\min}(W_{1:N}(t))^{\frac{2(N-1)}{N}}\right).",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Checked at every step of every run (ratio ℓ(t+1)/ℓ(t) vs 1 − ησ_min^{2(N−1)/N}); also the sentence that the "
            + "coefficients are non-negative (ησ_min^{2(N−1)/N} ≤ 1 observed along the run)."),

        E("acgh/eq12", "Equation (12)", ClaimKind.Eq,
            @"L^1(W_{1:N}(t+1)) \leq L^1(W_{1:N}(0)) \cdot \prod_{t'=0}^t \left(1 - \eta \cdot \sigma_{\min}(W_{1:N}(t'))^{\frac{2(N-1)}{N}}\right).",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Checked at every step with the running product accumulated in log space (no underflow)."),

        E("acgh/thm1#monotone", "Proof of Theorem 1 (distance to target non-increasing)", ClaimKind.Thm,
            @"L^1(W_{1:N}(t')) \leq L^1(W_{1:N}(0)) \implies \|W_{1:N}(t') - \Phi\|_F \leq \|W_{1:N}(0) - \Phi\|_F. [...] Deficiency margin c of W_{1:N}(0) along with Claim 1 thus imply $\sigma_{\min}(W_{1:N}(t')) \geq c$",
            TheoremOne,
            ["Conditions of Theorem 1."],
            "Checked at every step: ‖W(t') − Φ‖_F ≤ ‖W(0) − Φ‖_F and σ_min(W(t')) ≥ c."),

        E("acgh/eq13", "Equation (13)", ClaimKind.Eq,
            @"L^1(W_{1:N}(t)) \leq L^1(W_{1:N}(0)) \cdot \left(1 - \eta \cdot c^{\frac{2(N-1)}{N}}\right)^t.",
            TheoremOne,
            ["Conditions of Theorem 1.", "t = 1, 2, 3, …"],
            "Checked at every step (log form: log ℓ(t) ≤ log ℓ(0) + t·log1p(−ηc^{2(N−1)/N}))."),

        E("acgh/thm1#exp", "Proof of Theorem 1 (exponential form and iteration count)", ClaimKind.Thm,
            @"1 - \eta \cdot c^{2(N-1)/N} \leq \exp(-\eta \cdot c^{2(N-1)/N}) [...] L^1(W_{1:N}(t)) \leq L^1(W_{1:N}(0)) \cdot \exp(-\eta \cdot c^{2(N-1)/N} \cdot t), from which it follows that $L^1(W_{1:N}(t)) \leq \epsilon$ if: $t \geq \frac{1}{\eta \cdot c^{2(N-1)/N}} \cdot \log\left(\frac{L^1(W_{1:N}(0))}{\epsilon}\right)$",
            TheoremOne,
            ["0 ≤ ηc^{2(N−1)/N} ≤ 1."],
            "Exact/real arithmetic: 1 − x ≤ e^{−x}; the iteration count solves e^{−xt}ℓ(0) ≤ ε; checked along runs."),

        E("acgh/proc1", "Procedure 1 (Balanced initialization)", ClaimKind.Proc,
            @"Given $d_0, d_1, \dots, d_N \in \mathbb{N}$ such that $\min\{d_1, \dots, d_{N-1}\} \geq \min\{d_0, d_N\}$ and a distribution $\mathcal{D}$ over $d_N \times d_0$ matrices, a balanced initialization [...]: (i) Sample $A \in \mathbb{R}^{d_N \times d_0}$ according to $\mathcal{D}$. (ii) Take the singular value decomposition $A = U\Sigma V^\top$, where $U \in \mathbb{R}^{d_N \times \min\{d_0, d_N\}}$, $V \in \mathbb{R}^{d_0 \times \min\{d_0, d_N\}}$ have orthonormal columns, and $\Sigma$ [...] is diagonal and holds singular values of $A$. (iii) Set $W_N \simeq U\Sigma^{1/N}$, $W_{N-1} \simeq \Sigma^{1/N}$, $\dots$, $W_2 \simeq \Sigma^{1/N}$, $W_1 \simeq \Sigma^{1/N}V^\top$, where the symbol `` $\simeq$ '' stands for equality up to zero-valued padding.",
            Whitened,
            ["min{d₁, …, d_{N−1}} ≥ min{d₀, d_N} (footnote 4)."],
            "Implemented in Numeric (Procedure 1 and balanced factorisation). Its two defining properties (footnote 5) are "
            + "the sub-claims acgh/proc1#product and acgh/proc1#balanced."),

        E("acgh/proc1#product", "Procedure 1, footnote 5 (end-to-end equals A)", ClaimKind.Proc,
            @"It follows from the definition that $W_{1:N} = A$",
            Whitened,
            ["Procedure 1 output."],
            "Symbolic for diagonal targets: with A = diag(a₁, …, a_k) padded (entries as symbols with positive values, "
            + "aᵢ = bᵢ^N so that Σ^{1/N} is polynomial), W_N⋯W₁ = A exactly over ℚ[b]; numeric for random A (N ∈ {2,…,5}, "
            + "d₀ ≠ d_N, hidden widths larger than min{d₀, d_N}) to 1e-12. Negative control: omitting the padding "
            + "(dimension mismatch) or using Σ^{1/(N−1)} must fail."),

        E("acgh/proc1#balanced", "Procedure 1, footnote 5 (exact balancedness)", ClaimKind.Proc,
            @"$W_{j+1}^\top W_{j+1} = W_j W_j^\top, \forall j \in \{1, \dots, N-1\}$ — these properties are actually all we need in Theorem 2, and step (iii) in Procedure 1 is just one way to ensure them.",
            Whitened,
            ["Procedure 1 output."],
            "Symbolic for diagonal targets (Wⱼ₊₁ᵀWⱼ₊₁ = pad(Σ^{2/N}) = WⱼWⱼᵀ over ℚ[b]); numeric for random A with the "
            + "imbalance at round-off. Negative control: independent Gaussian layers are not balanced."),

        E("acgh/thm2", "Theorem 2", ClaimKind.Thm,
            @"For any constant $0 < p < 1/2$, there are constants $d'_0, a > 0$ such that the following holds. Assume $d_N = 1, d_0 \geq d'_0$, and that the weights $W_1(0), \dots, W_N(0)$ are subject to balanced initialization (Procedure 1), such that the entries in $W_{1:N}(0)$ are independent zero-centered Gaussian perturbations with standard deviation $s \leq \|\Phi\|_2 / \sqrt{ad_0^2}$. Suppose also that we run gradient descent with learning rate $\eta \leq (s^2 d_0)^{4-2/N} / (10^5 N^3 \|\Phi\|_2^{10-6/N})$. Then, with probability at least $p$ over the random initialization, we have that for every $\epsilon > 0$ and: $$T \geq \frac{4}{\eta} \left( \ln(4) \left( \frac{\|\Phi\|_2}{s^2 d_0} \right)^{2-2/N} + \|\Phi\|_2^{2/N-2} \ln(\|\Phi\|_2^2 / (8\epsilon)) \right),$$ the loss at iteration $T$ of gradient descent — $\ell(T)$ — is no greater than $\epsilon$.",
            Scalar + " Procedure 1 with 𝒟 = i.i.d. N(0, s²) entries.",
            ["d_N = 1.", "d₀ ≥ d₀' (existential).", "s ≤ ‖Φ‖₂/√(a d₀²).", "η ≤ (s²d₀)^{4−2/N}/(10⁵N³‖Φ‖₂^{10−6/N})."],
            "The constants d₀', a are existential in the statement but made explicit by the proof: for chosen a ≥ 2 and d₀ "
            + "the success probability is at least (38). Monte Carlo (sub-claims acgh/eq38#monte-carlo and "
            + "acgh/thm2#descent): chosen (a, d₀) ∈ {(100, 100), (400, 64)}, N ∈ {2, 3}, 2000 seeded draws of A; the event "
            + "'margin ≥ s²d₀/(2‖Φ‖₂)' has empirical frequency ≥ (38) (Clopper–Pearson 99% lower bound), and on the event "
            + "the descent promised by Theorem 1 holds (checked over a bounded prefix of steps)."),

        E("acgh/thm2#descent", "Theorem 2 (descent on the success event)", ClaimKind.Thm,
            @"[on the event of probability (38)] the conditions of Theorem 1 hold with $c = \frac{s^2 d_0}{2\|\Phi\|_2}$ [...] the loss at iteration $T$ of gradient descent — $\ell(T)$ — is no greater than $\epsilon$.",
            Scalar,
            ["Margin s²d₀/(2‖Φ‖₂) at time 0 (the event).", "η as in Theorem 2."],
            "Trajectory check on successful draws: (9) and (13) with c = s²d₀/(2‖Φ‖₂) at every step of a bounded prefix; "
            + "the full T of Theorem 2 (~10⁹ steps at the admissible η) only in a benchmark with a larger η recorded as "
            + "outside the hypothesis. Negative control: failed draws (no margin) are reported separately, not counted."),

        E("acgh/text10", "Section 4 (Bartlett et al.'s optimal distance)", ClaimKind.Text,
            @"(ii) $\Phi$ is within distance $1/10e$ from identity. [footnote 7: $1/10e$ is the optimal (largest) distance that may be obtained (via careful choice of constants) from the proof of Theorem 1 in Bartlett et al. (2018).]",
            Whitened,
            [],
            "Not checkable here: a statement about another paper's proof. Related check: acgh/text5 (0.5 suffices here)."),
    ];
}
