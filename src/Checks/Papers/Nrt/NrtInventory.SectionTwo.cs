using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>Section 2 of nrt: the loss, gradient descent (2.1), the flow (2.2)–(2.6), Theorems 2.1–2.2,
/// Definition 2.3, Theorem 2.4 with (2.8)–(2.11), Remark 2.5, (2.12)–(2.14) and Theorem 2.6.</content>
public static partial class NrtInventory
{
    private static InventoryEntry[] SectionTwo() =>
    [
        E("nrt/text1", "Section 2 (the loss L^N, unnumbered display)", ClaimKind.Text,
            @"L^N(W_1, \dots, W_N) = \frac{1}{2} \sum_{i=1}^m \|y_i - W_N \cdots W_1 x_i\|_2^2 = \frac{1}{2} \|Y - W_N \cdots W_1 X\|_F^2 = L^1(W_N \cdots W_1)",
            Loss,
            ["xᵢ, yᵢ are the columns of X and Y."],
            "Symbolic proof (entry-wise, fixed depths N ∈ {1, 2, 3}, small dimensions): the sum of squared column "
            + "residuals equals the Frobenius form; the last equality is the definition of L¹. Negative control: the "
            + "1/(2m) normalisation (acgh) must be rejected as a different polynomial."),

        E("nrt/text2", "Section 2 (rank of the product)", ClaimKind.Text,
            @"Note that the rank of the matrix $W = W_N \cdots W_1$ is at most $r := \min_{i=0, \dots, N} d_i$, which is strictly smaller than $\min\{d_x, d_y\}$ if one of the ‘‘hidden’’ dimensions d_i is smaller than this number.",
            Loss,
            ["Any dimensions d₀, …, d_N ≥ 1."],
            "Numeric: numerical rank (SVD, tolerance 1e-10·σ_max) of W_N⋯W₁ for random Gaussian tuples with random "
            + "dimension vectors (N ≤ 6, dᵢ ≤ 8) never exceeds min dᵢ, and equals it generically; the 'strictly smaller' "
            + "clause is exact integer arithmetic on the dimension vector. Negative control: the bound min dᵢ − 1 must be "
            + "violated (generic tuples attain rank min dᵢ)."),

        E("nrt/eq2.1", "Equation (2.1) (gradient descent)", ClaimKind.Eq,
            @"W_j(k+1) = W_j(k) - \eta_k \nabla_{W_j} L^N(W_1(k), \dots, W_N(k)). \quad (2.1)",
            Descent,
            ["η_k > 0."],
            "Definition of the iteration run by the numeric engine for every trajectory claim; consistency check: one "
            + "engine step equals Wⱼ − η·(3.2) computed independently, to 1e-12 relative, on random tuples (N ≤ 5)."),

        E("nrt/eq2.2", "Equation (2.2) (gradient flow)", ClaimKind.Eq,
            @"\frac{d}{dt} W_j(t) = -\nabla_{W_j} L^N(W_1(t), \dots, W_N(t)), \quad W_j(0) = W_{j,0} \quad j = 1, \dots, N, \quad (2.2)",
            Flow,
            [],
            "Definition of the flow integrated by the numeric engine (adaptive RK4) for the flow claims "
            + "(nrt/eq2.3, nrt/eq2.5, nrt/thm2.1); no identity of its own."),

        E("nrt/eq2.3", "Equation (2.3) (invariance of the flow)", ClaimKind.Eq,
            @"W_{j+1}^T(t)W_{j+1}(t) - W_j(t)W_j^T(t), \quad j = 1, \dots, N \quad (2.3) \quad \text{are constant in time}",
            Flow,
            ["W⃗(t) solves (2.2)."],
            "As printed the index runs to j = N, where W_{N+1} does not exist (layers are W₁, …, W_N): refuted as an "
            + "index/shape error by exact arithmetic on the printed range; the meant range j = 1, …, N−1 (as in (2.7)) "
            + "is nrt/eq2.3~fixed."),

        E("nrt/eq2.3~fixed", "Equation (2.3), range j = 1, …, N−1", ClaimKind.Eq,
            @"\frac{d}{dt}\left(W_{j+1}^T(t)W_{j+1}(t) - W_j(t)W_j^T(t)\right) = 0, \quad j = 1, \dots, N-1",
            Flow + " Correction: j = N is dropped (W_{N+1} does not exist), as in Definition 2.3.",
            ["W⃗(t) solves (2.2)."],
            "Symbolic proof: Wⱼ₊₁ᵀ∇_{Wⱼ₊₁}L^N = ∇_{Wⱼ}L^N Wⱼᵀ (from (3.2)), hence the derivative vanishes; entry-wise "
            + "for N ∈ {2, 3} and small dimensions and dimension-free for all depths. Numeric: along RK4 flows "
            + "(N ≤ 5, dims ≤ 6, unbalanced Gaussian starts) the drift of each difference stays below the integrator "
            + "tolerance. Negative control: Wⱼ₊₁Wⱼ₊₁ᵀ − WⱼᵀWⱼ (transposes swapped) must drift."),

        E("nrt/eq2.4", "Equation (2.4) (balanced tuple)", ClaimKind.Eq,
            @"W_{j+1}^T W_{j+1} = W_j W_j^T \quad \text{for all } j = 1, \dots, N. \quad (2.4)",
            Loss,
            [],
            "Definition (predicate 'balanced'). As printed the range includes j = N, where W_{N+1} does not exist: "
            + "refuted as an index error by exact arithmetic on the printed range; nrt/eq2.4~fixed is the predicate "
            + "with j = 1, …, N−1 used by all checks."),

        E("nrt/eq2.4~fixed", "Equation (2.4), range j = 1, …, N−1", ClaimKind.Eq,
            @"W_{j+1}^T W_{j+1} = W_j W_j^T \quad \text{for all } j = 1, \dots, N-1",
            Loss + " Correction: j = N is dropped.",
            [],
            "Predicate (balancedness constant 0 in the sense of (2.7), tolerance 1e-12 relative); checked on the "
            + "Section 5 construction (nrt/text21~fixed) and on Procedure-1-style balanced tuples, and rejected on Gaussian "
            + "tuples (negative control)."),

        E("nrt/text3", "Section 2.1 (flow preserves balancedness)", ClaimKind.Text,
            @"If $\vec{W}(0) = (W_{1,0}, \dots, W_{N,0})$ is balanced then $\vec{W}(t)$ is balanced for all $t \in \mathbb{R}_+$ as a consequence of the invariance property.",
            Flow,
            ["W⃗(0) balanced (nrt/eq2.4~fixed)."],
            "Consequence of nrt/eq2.3~fixed (symbolic); numeric: RK4 flows from balanced starts (Section 5 "
            + "construction, N ≤ 5) keep max‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖ at integrator-tolerance level at every recorded time."),

        E("nrt/text4", "Section 2.1 (equal Frobenius norms)", ClaimKind.Text,
            @"Note that by taking the trace on both sides of (2.4), we see that balancedness implies $\|W_j\|_F = \|W_1\|_F$ for all $j = 1, \dots, N$.",
            Loss,
            ["W⃗ balanced (nrt/eq2.4~fixed)."],
            "Symbolic: tr(Wⱼ₊₁ᵀWⱼ₊₁) = ‖Wⱼ₊₁‖²_F and tr(WⱼWⱼᵀ) = ‖Wⱼ‖²_F (all dimensions); numeric on balanced "
            + "constructions (N ≤ 6). Negative control: unbalanced Gaussian tuples have unequal norms."),

        E("nrt/eq2.5", "Equation (2.5) (flow of the product)", ClaimKind.Eq,
            @"\frac{d}{dt} W(t) = -\mathcal{A}_{W(t)}(\nabla L^1(W(t))), \quad (2.5) \quad \text{where } \mathcal{A}_W(Z) = \sum_{j=1}^N (W W^T)^{\frac{N-j}{N}} \cdot Z \cdot (W^T W)^{\frac{j-1}{N}}",
            Flow + " The identity is claimed for balanced initial tuples (then W⃗(t) is balanced for all t).",
            ["W⃗(0) balanced.", "W(t) = W_N(t)⋯W₁(t)."],
            "Numeric: along RK4 flows of the factors from balanced starts (N ∈ {2, 3, 5}), d/dt W computed from the "
            + "factor velocities by the product rule equals −𝒜_W(∇L¹(W)) (fractional powers by eigendecomposition of "
            + "WWᵀ and WᵀW) to 1e-8 relative at every recorded time; and the product-flow ODE integrated directly "
            + "tracks W_N(t)⋯W₁(t). Negative control: an unbalanced start must violate the identity."),

        E("nrt/text5", "Section 2.1 (domain of 𝒜_W)", ClaimKind.Text,
            @"where $\mathcal{A}_W : \mathbb{R}^{d_x \times d_y} \rightarrow \mathbb{R}^{d_x \times d_y}$ is the linear map",
            Loss,
            ["W ∈ ℝ^{d_y×dₓ} (product of the factors)."],
            "Shape check: (WWᵀ)^{(N−j)/N} is d_y×d_y and (WᵀW)^{(j−1)/N} is dₓ×dₓ, so Z must be d_y×dₓ; the printed "
            + "domain ℝ^{dₓ×d_y} is a shape error unless dₓ = d_y: refuted by exact arithmetic on the printed "
            + "dimensions; nrt/text5~fixed states ℝ^{d_y×dₓ} → ℝ^{d_y×dₓ}."),

        E("nrt/text5~fixed", "Section 2.1 (domain of 𝒜_W), corrected", ClaimKind.Text,
            @"\mathcal{A}_W : \mathbb{R}^{d_y \times d_x} \rightarrow \mathbb{R}^{d_y \times d_x}",
            Loss + " Correction: the domain is the space of W and of ∇L¹(W), ℝ^{d_y×dₓ}.",
            [],
            "Shape check of 𝒜_W(Z) with Z ∈ ℝ^{d_y×dₓ} (symbolic shape checker); linearity of 𝒜_W verified numerically."),

        E("nrt/text6", "Section 2.1 (rank of W(t) constant)", ClaimKind.Text,
            @"One feature of the flow in (2.5), see [5, Theorem 4.5], is that the rank of $W(t)$ is constant in t , i.e., if $W(0) = W_N(0) \cdots W_1(0)$ has rank r then the $W(t)$ stays in the manifold of rank r matrices for all $t \geq 0$ (but note that the rank may drop in the limit).",
            Flow,
            ["W⃗(0) balanced."],
            "Numeric along RK4 flows from balanced starts of rank r < min(dₓ, d_y): the r-th singular value of W(t) "
            + "stays positive and the (r+1)-th stays at round-off level at every recorded time up to the horizon; "
            + "a finite horizon cannot show 'for all t', so the verdict scope states the horizon."),

        E("nrt/thm2.1", "Theorem 2.1", ClaimKind.Thm,
            @"Assume that XX^T has full rank. Then the flow $\vec{W}(t)$ defined by (2.2) is defined and bounded for all $t \geq 0$ and converges to a critical point of L^N as $t \rightarrow \infty$.",
            Flow + " Quoted from [5, Theorem 3.2].",
            ["XXᵀ has full rank."],
            "Not checkable as printed (a limit as t → ∞ and boundedness for all t). Computable part nrt/thm2.1#bounded."),

        E("nrt/thm2.1#bounded", "Theorem 2.1 (boundedness and vanishing gradient up to a horizon)", ClaimKind.Thm,
            @"\sup_{0 \le t \le T} \|W_j(t)\| < \infty \text{ and } \|\nabla L^N(\vec{W}(t))\|_F \to 0",
            Flow,
            ["XXᵀ has full rank.", "Finite horizon T."],
            "Numeric along RK4 flows (seeded Gaussian starts, N ≤ 4, small dims, whitened and non-whitened X): factor "
            + "norms stay bounded by their invariant-based bound and the gradient norm decreases below 1e-6 of its "
            + "initial value before T; reports the final gradient norm."),

        E("nrt/eq2.6", "Equation (2.6) (the matrix Q)", ClaimKind.Eq,
            @"Q = YX^T(XX^T)^{-1/2}, \quad (2.6)",
            Loss,
            ["XXᵀ has full rank."],
            "Definition (computed by symmetric eigendecomposition); used by nrt/thm2.2 and nrt/thm2.6. Consistency: "
            + "QQᵀ = YXᵀ(XXᵀ)⁻¹XYᵀ to 1e-10 relative on random data."),

        E("nrt/thm2.2#a", "Theorem 2.2 (a)", ClaimKind.Thm,
            @"Assume that XX^T has full rank, let $q = \text{rank}(Q)$, $r = \min_{j=0,\dots,N} d_j$ and $\bar{r} = \min\{q, r\}$. (a) For almost all initializations $\vec{W}(0)$, the flow (2.2) converges to a critical point $\vec{W}^* = (W_1^*, \dots, W_N^*)$ of L^N such that $W^* := W_N^* \cdots W_1^*$ is a global minimizer of L^1 on the manifold of matrices of fixed rank k for some $0 \leq k \leq \bar{r}$.",
            Flow + " Quoted from [5, Theorem 6.12].",
            ["XXᵀ has full rank."],
            "Not checkable ('for almost all', a limit, k not determined). Monte Carlo exploration: fraction of seeded "
            + "Gaussian initializations whose long-horizon flow limit W* has loss within 1e-6 of the best rank-k "
            + "approximation value (Eckart–Young on Q) for k = rank(W*) ≤ r̄, with Wilson 95% interval."),

        E("nrt/thm2.2#b", "Theorem 2.2 (b)", ClaimKind.Thm,
            @"(b) If $N = 2$ then for almost all initial values $W_1(0), \dots, W_N(0)$, the flow converges to a global minimizer of L^N on $\mathbb{R}^{d_0 \times d_1} \times \dots \times \mathbb{R}^{d_{N-1} \times d_N}$.",
            Flow + " Quoted from [5, Theorem 6.12]. The parameter space is printed transposed (see nrt/text11).",
            ["XXᵀ has full rank.", "N = 2."],
            "Monte Carlo: fraction of seeded Gaussian initializations (N = 2, small dims, several scales) whose RK4 "
            + "flow reaches loss within 1e-6 of min L¹ over rank ≤ r matrices, Wilson 95% interval; the printed "
            + "probability is 1, which a finite sample cannot certify (verdict at best inconclusive/not-checkable with "
            + "the estimate), a confirmed failure would refute it."),

        E("nrt/text7", "Section 2.1 (conjecture for N ≥ 3)", ClaimKind.Text,
            @"We conjecture that the statement in part (b) also holds for $N \geq 3$, or in other words, that we can always choose the maximal possible rank $k = \bar{r}$ in (a)",
            Flow,
            ["N ≥ 3."],
            "Not checkable (a conjecture, 'almost all'). Monte Carlo exploration as in nrt/thm2.2#b for N = 3 reported "
            + "as information only."),

        E("nrt/def2.3", "Definition 2.3 (balancedness constant)", ClaimKind.Def,
            @"We say that a tuple $\vec{W} = (W_1, \dots, W_N)$ has balancedness constant $\delta \geq 0$ if $$\|W_{j+1}^T W_{j+1} - W_j W_j^T\| \leq \delta \quad \text{for all } j = 1, \dots, N-1. \quad (2.7)$$",
            Loss + " Spectral norm (not Frobenius).",
            ["δ ≥ 0."],
            "Predicate: max over j of the spectral norm of Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ ≤ δ, used as the hypothesis of "
            + "Proposition 3.2/3.3 checks; its minimal δ is reported for every generated tuple. Tested on constructed "
            + "tuples with known constant (diagonal tuples) and rejected at δ slightly below it (negative control)."),

        E("nrt/eq2.7", "Equation (2.7)", ClaimKind.Eq,
            @"\|W_{j+1}^T W_{j+1} - W_j W_j^T\| \leq \delta \quad \text{for all } j = 1, \dots, N-1. \quad (2.7)",
            Loss + " The display of Definition 2.3.",
            ["δ ≥ 0."],
            "The predicate of nrt/def2.3 (same implementation, same tests)."),

        E("nrt/text8", "Section 2.2 (Frobenius δ-balancedness of [2])", ClaimKind.Text,
            @"Note that the authors of [2] introduced a very similar notion and said $\vec{W} = (W_1, \dots, W_N)$ to be δ -balanced if (2.7) holds with the spectral norm replaced by the Frobenius norm.",
            Loss,
            [],
            "Numeric: a Frobenius δ-balanced tuple has balancedness constant δ (‖A‖ ≤ ‖A‖_F) on random tuples; the "
            + "converse fails (negative control: a tuple with spectral constant δ and Frobenius defect √k·δ)."),

        E("nrt/thm2.4", "Theorem 2.4", ClaimKind.Thm,
            @"Let $X \in \mathbb{R}^{d_x \times m}$, $Y \in \mathbb{R}^{d_y \times m}$ be data matrices such that XX^T is of full rank. Suppose that the initialization $\vec{W}(0)$ of the gradient descent iterations (2.1) has balancedness constant $\alpha\delta$ for some $\delta > 0$ and $\alpha \in [0, 1)$. Assume that the stepsizes $\eta_k > 0$ satisfy $\sum_{k=0}^{\infty} \eta_k = \infty$ and (2.8) [...] Then the sequence $\vec{W}(k)$ converges to a critical point of L^N .",
            Descent + StepConstants,
            ["XXᵀ has full rank.", "W⃗(0) has balancedness constant αδ, δ > 0, α ∈ [0, 1).", "Σ η_k = ∞.", "η_k satisfies (2.8) for all k."],
            "Not checkable as printed (convergence of an infinite sequence). Computable parts: nrt/thm2.4#gradient "
            + "(trajectory) and the step-size reduction nrt/thm2.4#sigma."),

        E("nrt/thm2.4#gradient", "Theorem 2.4 (gradient → 0 along the run)", ClaimKind.Thm,
            @"\|\nabla L^N(\vec{W}(k))\|_F \to 0 \text{ and } \sigma \sum_{k} \eta_k \|\nabla L^N(\vec{W}(k))\|_F^2 \leq L^N(\vec{W}(0))",
            Descent + StepConstants,
            ["XXᵀ full rank.", "W⃗(0) has balancedness constant αδ.", "Constant η meeting (2.8) with equality (and 0.5× it)."],
            "Trajectory: gradient descent (numeric engine) at the largest constant step allowed by (2.8), N ∈ {2, 3, 5}, "
            + "balanced and αδ-balanced starts, small dims; checks at every recorded iterate that "
            + "σΣ_{j<k} η_j‖∇L^N(W⃗(j))‖²_F ≤ L^N(W⃗(0)) − L^N(W⃗(k)) and reports the final gradient norm (must fall "
            + "below 1e-6 of the initial within the iteration budget). Negative control: η 100× above (2.8) from an "
            + "unbalanced start is reported as not meeting the hypotheses."),

        E("nrt/thm2.4#sigma", "Theorem 2.4 (choice of σ reduces (3.14) to (2.8))", ClaimKind.Thm,
            @"The choice $\sigma = \frac{4L^N(\vec{W}(0))}{4L^N(\vec{W}(0)) + (1-\alpha)\delta B_\delta}$ reduces (3.14) to (2.8).",
            Descent + StepConstants,
            ["L^N(W⃗(0)) > 0, δ > 0, α ∈ [0, 1), B_δ > 0."],
            "Symbolic proof over ℚ(L, α, δ, B): with that σ both terms of the minimum in (3.14) equal "
            + "2(1−α)δ/(4L + (1−α)δB_δ), the right-hand side of (2.8) (rational-function identity). Negative control: "
            + "σ = 2L/(2L + (1−α)δB_δ) must be rejected."),

        E("nrt/eq2.8", "Equation (2.8) (step-size condition)", ClaimKind.Eq,
            @"\eta_k \leq \frac{2(1-\alpha)\delta}{4L^N(\vec{W}(0)) + (1-\alpha)\delta B_\delta} \quad \text{for all } k \in \mathbb{N}_0, \quad (2.8)",
            Descent + StepConstants,
            ["δ > 0, α ∈ [0, 1)."],
            "Definition of the step-size bound (numeric engine's nrt step-size bound); checked against an independent "
            + "evaluation from (2.9)–(2.11) on random data to 1e-12 relative, and used as the hypothesis of the "
            + "trajectory claims (nrt/thm2.4#gradient, nrt/prop3.3#1–#4)."),

        E("nrt/eq2.9", "Equation (2.9) (B_δ)", ClaimKind.Eq,
            @"B_\delta := 2eNK_\delta^{N-1}\|X\|^2 + \sqrt{e}NK_\delta^{\frac{N}{2}-1}\|XY^T\|, \quad (2.9)",
            Descent + StepConstants,
            [],
            "Definition (numeric engine); independent evaluation as for nrt/eq2.8. Its role as a Hessian bound is "
            + "nrt/text17."),

        E("nrt/eq2.10", "Equation (2.10) (K_δ)", ClaimKind.Eq,
            @"K_\delta := M^{\frac{2}{N}} + N^2\delta, \quad (2.10)",
            Descent + StepConstants,
            [],
            "Definition (numeric engine); independent evaluation as for nrt/eq2.8."),

        E("nrt/eq2.11", "Equation (2.11) (M)", ClaimKind.Eq,
            @"M := \frac{\sqrt{2L^N(\vec{W}(0))} + \|Y\|}{\sigma_{\min}(X)} = \frac{\sqrt{2}\|Y - W_N(0) \cdots W_1(0)X\|_F + \|Y\|}{\sigma_{\min}(X)}. \quad (2.11)",
            Descent + " Extraction: the radical may have covered more than the 2 in the original; as printed it is √2·‖·‖_F.",
            ["σ_min(X) > 0."],
            "The second equality is refuted as printed: √(2L^N) = √(2·½‖R‖²_F) = ‖R‖_F, not √2‖R‖_F (R = Y − W(0)X); "
            + "exact scalar witness N = 1, dₓ = d_y = m = 1, X = 1, Y = 0, W₁ = 1: left 1 + 0, right √2 + 0. "
            + "nrt/eq2.11~fixed states M = (‖Y − W(0)X‖_F + ‖Y‖)/σ_min(X)."),

        E("nrt/eq2.11~fixed", "Equation (2.11), second form corrected", ClaimKind.Eq,
            @"M := \frac{\sqrt{2L^N(\vec{W}(0))} + \|Y\|}{\sigma_{\min}(X)} = \frac{\|Y - W_N(0) \cdots W_1(0)X\|_F + \|Y\|}{\sigma_{\min}(X)}",
            Descent + " Correction: √(2L^N) = ‖Y − W(0)X‖_F (the factor √2 cancels the ½ of the loss).",
            ["σ_min(X) > 0."],
            "Symbolic: 2L^N = ‖Y − WX‖²_F entry-wise (fixed small dims); numeric on random data to 1e-12 relative."),

        E("nrt/remark2.5#a", "Remark 2.5 (a)", ClaimKind.Remark,
            @"If $\vec{W}(0)$ is balanced, i.e., has balancedness constant 0, we can choose $\alpha = 0$ above. Then, for any $\delta > 0$, choosing the stepsizes η_k such that (3.14) below is satisfied ensures convergence to a critical point and that all the iterates $\vec{W}(k)$, $k \in \mathbb{N}$, have balancedness constant δ , see Proposition 3.3.",
            Descent + StepConstants,
            ["W⃗(0) balanced.", "Step sizes satisfy (3.14)."],
            "Trajectory: the balancedness part is nrt/prop3.3#1 with α = 0 (balanced Section 5 starts, several δ); "
            + "convergence is not checkable (limit), see nrt/thm2.4#gradient."),

        E("nrt/remark2.5#b-k", "Remark 2.5 (b): K_δ for δ = M^{2/N}/N³", ClaimKind.Remark,
            @"A reasonably good choice for δ seems to be $$\delta = \frac{1}{N^3}M^{\frac{2}{N}}.$$ Then $K_\delta = (1 + \frac{1}{N})M^{\frac{2}{N}}$ so that $K_\delta^N \leq eM^2$.",
            Descent + StepConstants,
            ["N ≥ 1, M > 0."],
            "K_δ = M^{2/N} + N²·M^{2/N}/N³ = (1 + 1/N)M^{2/N} is the rational identity N²/N³ = 1/N; then "
            + "K_δ^N = (1 + 1/N)^N M² ≤ eM² ⟺ (1 + 1/N)^N ≤ e, checked exactly in integer arithmetic for "
            + "N = 1 … 300 (2000 when thorough) against the rational lower bound 2.718281828 < e (engine-free check)."),

        E("nrt/remark2.5#b-loss", "Remark 2.5 (b): 2L^N(W⃗(0)) ≤ σ²_min(X)M²", ClaimKind.Remark,
            @"Since $2L^N(\vec{W}(0)) \leq \sigma_{\min}^2(X)M^2$",
            Descent + StepConstants,
            ["σ_min(X) > 0."],
            "Follows from (2.11): σ_min(X)M = √(2L) + ‖Y‖ ≥ √(2L). Numeric on random data and tuples (equality iff Y = 0); "
            + "tightness: ratio → 1 as ‖Y‖ → 0."),

        E("nrt/remark2.5#b-step", "Remark 2.5 (b): explicit sufficient step size", ClaimKind.Remark,
            @"Condition (2.8) is then satisfied if $$\eta_k \leq \frac{2}{2(1-\alpha)^{-1}N^3M^{2-\frac{2}{N}}\sigma_{\min}^2(X) + 2e^{2-\frac{1}{N}}NM^{2-\frac{2}{N}}\|X\|^2 + e^{1-\frac{1}{N}}NM^{1-\frac{2}{N}}\|XY^T\|}.$$",
            Descent + StepConstants + " δ = M^{2/N}/N³.",
            ["δ = M^{2/N}/N³."],
            "Numeric (scalar): the remark's bound ≤ the right-hand side of (2.8) with δ = M^{2/N}/N³ on random "
            + "(1 ≤ N ≤ 50, α, M, σ_min ≤ ‖X‖, ‖XYᵀ‖ ≤ ‖X‖‖Y‖, L ≤ σ²_min M²/2); tightness search "
            + "(random restarts + Nelder–Mead over the scalars) reports the largest ratio remark/(2.8). The remark does "
            + "not restrict N; at N = 1 it fails when cond(X) > 12/(1−α) and XYᵀ is aligned with the top singular "
            + "direction of X (explicit witness X = diag(13, 1), Y = (1, 0), W₁(0) = (1/13, 0)); nrt/remark2.5#b-step~fixed "
            + "is the statement for N ≥ 2."),

        E("nrt/remark2.5#b-step~fixed", "Remark 2.5 (b): explicit sufficient step size, N ≥ 2", ClaimKind.Remark,
            @"\eta_k \leq \frac{2}{2(1-\alpha)^{-1}N^3M^{2-\frac{2}{N}}\sigma_{\min}^2(X) + 2e^{2-\frac{1}{N}}NM^{2-\frac{2}{N}}\|X\|^2 + e^{1-\frac{1}{N}}NM^{1-\frac{2}{N}}\|XY^T\|} \implies (2.8), \quad N \geq 2",
            Descent + StepConstants + " δ = M^{2/N}/N³. Correction: N ≥ 2. The remark's third term uses (1 + 1/N)^{N/2−1} ≤ e^{1/2−1/N}, "
            + "true for N ≥ 2 only; at N = 1 the factor √e·K_δ^{−1/2} = √(e/2)/M of (2.9) exceeds the remark's 1/M.",
            ["δ = M^{2/N}/N³.", "N ≥ 2."],
            "Numeric (scalar) as nrt/remark2.5#b-step on N = 2 … 50, with tightness search."),

        E("nrt/remark2.5#b-nonexp", "Remark 2.5 (b): no exponential decrease in N", ClaimKind.Remark,
            @"In particular, the required bound does not decrease exponentially with N .",
            Descent + StepConstants,
            ["δ = M^{2/N}/N³, data fixed."],
            "Numeric: evaluate the remark's bound for N = 2 … 200 at fixed data scalars; the log–log slope in N "
            + "settles near −3 (polynomial, from N³ and N factors) while log(bound) is not linear in N. Not a precise "
            + "statement: reported with the fitted slope."),

        E("nrt/remark2.5#c", "Remark 2.5 (c)", ClaimKind.Remark,
            @"The stepsizes η_k in the theorem can be chosen a priori, for instance $\eta_k = \eta$ (constant step size), or $\eta_k = ck^{-\alpha}$ for some $\alpha \in [0, 1)$, or adaptively [...] as long as the step size condition (2.8) is satisfied. In practice, it seems that a large constant step size leads to best performance in terms of convergence speed.",
            Descent,
            [],
            "Not checkable: advice and an empirical impression. Note: ck^{−α} is undefined at k = 0 (k ∈ ℕ₀) and α "
            + "is reused with a new meaning; the trajectory checks use c(k+1)^{−α}."),

        E("nrt/eq2.12", "Equation (2.12) (δ_ℬ)", ClaimKind.Eq,
            @"\delta_{\mathcal{B}} = \sup_{\vec{W} \in \mathcal{B}} \max_{j=1, \dots, N-1} \|W_{j+1}^T W_{j+1} - W_j W_j^T\|, \quad (2.12)",
            Descent + " ℬ a bounded set of initializations.",
            ["ℬ bounded."],
            "Definition; for the Monte Carlo of nrt/thm2.6#b, ℬ is a box of Gaussian-like tuples and δ_ℬ is estimated "
            + "from above by the maximum over the sample times a safety factor (documented in the evidence)."),

        E("nrt/eq2.13", "Equation (2.13) (L_ℬ, M_ℬ)", ClaimKind.Eq,
            @"L_{\mathcal{B}} = \sup_{\vec{W} \in \mathcal{B}} L^N(\vec{W}), \quad M_{\mathcal{B}} = \left(\sqrt{2L_{\mathcal{B}}} + \|Y\| \right) \sigma_{\min}^{-1}(X). \quad (2.13)",
            Descent,
            ["ℬ bounded, XXᵀ full rank."],
            "Definition, evaluated as for nrt/eq2.12; M_ℬ ≥ M(W⃗(0)) for every W⃗(0) ∈ ℬ checked on the sample."),

        E("nrt/eq2.14", "Equation (2.14) (uniform step-size condition)", ClaimKind.Eq,
            @"\eta_k \leq \frac{2(1-\alpha)\delta}{4L_{\mathcal{B}} + (1-\alpha)\delta B_\delta} \quad \text{for all } k \in \mathbb{N}_0, \quad (2.14) \quad K_\delta := M_{\mathcal{B}}^{\frac{2}{N}} + N^2\delta, \quad B_\delta := 2eNK_\delta^{N-1}\|X\|^2 + \sqrt{e}NK_\delta^{\frac{N}{2}-1}\|XY^T\|.",
            Descent,
            ["δ_ℬ ≤ αδ."],
            "Definition; numeric: the bound (2.14) is ≤ the per-initialization bound (2.8) for every sampled W⃗(0) ∈ ℬ "
            + "(monotonicity in L and M), so the hypotheses of Theorem 2.4 hold for each initialization."),

        E("nrt/thm2.6#a", "Theorem 2.6 (a)", ClaimKind.Thm,
            @"(a) For almost all initializations $\vec{W}(0) = (W_1(0), \dots, W_N(0)) \in \mathcal{B}$, gradient descent (2.1) with step sizes η_k converges to a critical point \vec{W} of L^N such that $W = W_N \cdots W_1$ is a global minimum of L^1 on the manifold \mathcal{M}_k of matrices of rank $k = \text{rank}(W) \in \{0, 1, \dots, \bar{r}\}$ on $\mathbb{R}^{d_N \times d_0}$.",
            Descent + " Step sizes (2.14) and either (1) constant or (2) η_k ≥ C/k with η_k → 0.",
            ["ℬ bounded with δ_ℬ ≤ αδ.", "Step sizes satisfy (2.14) and (1) or (2)."],
            "Not checkable ('for almost all', a limit). Monte Carlo exploration: for seeded initializations in ℬ, "
            + "the long-run product's rank k ≤ r̄ and its loss is within 1e-6 of the best rank-k value "
            + "(Eckart–Young on Q, numeric engine); fraction with Wilson 95% interval."),

        E("nrt/thm2.6#b", "Theorem 2.6 (b)", ClaimKind.Thm,
            @"(b) For $N = 2$, gradient descent (2.1) converges to a global minimum of L^N on $\mathbb{R}^{d_0 \times d_1} \times \mathbb{R}^{d_1 \times d_2}$ for almost all $\vec{W}(0) = (W_1(0), W_2(0)) \in \mathcal{B}$.",
            Descent + " N = 2; constant step meeting (2.14).",
            ["N = 2.", "ℬ bounded with δ_ℬ ≤ αδ.", "Constant step size satisfying (2.14)."],
            "Monte Carlo: seeded initializations in ℬ (Gaussian entries scaled into a box, several aspect ratios), "
            + "GD at the constant step (2.14); event 'final loss within 1e-6 (relative) of min over rank ≤ r of L¹'; "
            + "estimate with Wilson 95% interval compared with the stated probability 1 (a finite sample can only "
            + "fail to contradict it, so the verdict is at best inconclusive; a failure is counted as observed)."),

        E("nrt/text9", "Section 2.2 (conjecture for Theorem 2.6, N ≥ 3)", ClaimKind.Text,
            @"Similar as for Theorem 2.2, we conjecture that part (b) extends to $N \geq 3$ or equivalently that part (a) holds with $k = \bar{r}$.",
            Descent,
            ["N ≥ 3."],
            "Not checkable (a conjecture); the Monte Carlo of nrt/thm2.6#b run at N = 3 is reported as information."),

        E("nrt/text10", "Section 2.2 (finiteness of δ_ℬ and M_ℬ)", ClaimKind.Text,
            @"Note that $\delta_{\mathcal{B}}$ and $M_{\mathcal{B}}$ are finite (assuming XX^T has full rank) since L^N is continuous.",
            Descent,
            ["ℬ bounded.", "XXᵀ full rank."],
            "Not checkable numerically as stated (a supremum over a set); follows from continuity on a bounded set "
            + "(δ_ℬ is in fact finite without continuity of L^N, by boundedness alone)."),

        E("nrt/text11", "Sections 2–3 (parameter space as printed)", ClaimKind.Text,
            @"\mathcal{B} \subset \mathbb{R}^{d_0 \times d_1} \times \cdots \times \mathbb{R}^{d_{N-1} \times d_N}",
            Loss + " The same product of spaces is printed in Theorem 2.2(b), Proposition 3.2 and Theorem 2.6.",
            ["Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁} (Section 2)."],
            "Shape check: the j-th factor space ℝ^{dⱼ₋₁×dⱼ} is the transpose of the shape ℝ^{dⱼ×dⱼ₋₁} of Wⱼ, so "
            + "Wⱼ₊₁Wⱼ is undefined unless dⱼ₋₁ = dⱼ₊₁: refuted as a shape error by exact arithmetic on the printed "
            + "dimensions; nrt/text11~fixed is ℝ^{d₁×d₀} × ⋯ × ℝ^{d_N×d_{N−1}}, the space used by every check."),

        E("nrt/text11~fixed", "Sections 2–3 (parameter space), corrected", ClaimKind.Text,
            @"\mathcal{B} \subset \mathbb{R}^{d_1 \times d_0} \times \cdots \times \mathbb{R}^{d_N \times d_{N-1}}",
            Loss + " Correction: factor spaces transposed to match Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}.",
            [],
            "Shape check of W_N⋯W₁X with these shapes (symbolic shape checker) for N ≤ 6."),
    ];
}
