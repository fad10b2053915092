using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>Section 3.2 of nrt: Proposition 3.3 (1)–(4), the step-size condition (3.14), the Hessian formula and the
/// bound ‖∇²L^N‖_{F→F} ≤ B_δ, and the displays (3.13)–(3.20) of the proof.</content>
public static partial class NrtInventory
{
    private const string Preservation =
        Descent + StepConstants + " W⃗(0) has balancedness constant αδ (δ > 0, α ∈ [0, 1)); step sizes satisfy (3.14) "
        + "for some σ ∈ (0, 1) (with the σ of Theorem 2.4, (3.14) is (2.8)). Trajectories are run by the numeric "
        + "engine and every recorded iterate is checked.";

    private const string PreservationRuns =
        "Trajectory: gradient descent (numeric engine) with seeded data (X full row rank, m ≥ dₓ, Y random or of low "
        + "rank) and starts of balancedness constant αδ for α ∈ {0, 0.5, 0.9} (balanced Section 5 construction, "
        + "perturbed balanced tuples), N ∈ {2, 3, 5}, small dims, δ ∈ {M^{2/N}/N³, 10× that}, constant step at the "
        + "bound (3.14)/(2.8) and the decreasing schedule (5.2) with (5.3); ";

    private static InventoryEntry[] SectionThreeTwo() =>
    [
        E("nrt/prop3.3#1", "Proposition 3.3 (1) (balancedness constant δ)", ClaimKind.Prop,
            @"Assume that XX^T has full rank and that $\vec{W}(0) = (W_1(0), \dots, W_N(0))$ has balancedness constant $\alpha\delta$ for some $\delta > 0$ and $\alpha \in [0, 1)$. Assume that the positive stepsizes η_k satisfy (3.14). Then the gradient descent iterates [...] satisfy, for all $k \in \mathbb{N}_0$: (1) $\vec{W}(k)$ has balancedness constant δ , i.e., $$\|W_{j+1}^T(k)W_{j+1}(k) - W_j(k)W_j^T(k)\| \leq \delta \quad \text{for all } j = 1, \dots, N-1; \quad (3.13)$$",
            Preservation,
            ["XXᵀ full rank.", "W⃗(0) has balancedness constant αδ.", "η_k satisfies (3.14) for every k ∈ ℕ₀ (nrt/eq3.14~fixed)."],
            PreservationRuns + "at every iterate max_j ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖ ≤ δ; evidence: iterates checked, min slack "
            + "δ − defect, worst ratio defect/δ, seed. Negative controls: (a) η 100× above the bound and (b) an "
            + "unbalanced start (constant ≫ δ) must be reported as not meeting the hypotheses, never as verified."),

        E("nrt/prop3.3#2", "Proposition 3.3 (2) (loss non-increasing)", ClaimKind.Prop,
            @"(2) $L^N(\vec{W}(k)) \leq L^N(\vec{W}(0))$;",
            Preservation,
            ["As for nrt/prop3.3#1."],
            PreservationRuns + "at every iterate L^N(W⃗(k)) ≤ L^N(W⃗(0)) (and the stronger monotonicity "
            + "L^N(W⃗(k+1)) ≤ L^N(W⃗(k)) from (3.18)). Negative control as for #1."),

        E("nrt/prop3.3#3", "Proposition 3.3 (3) (bounded factors)", ClaimKind.Prop,
            @"(3) $\|W_j(k)\|^2 \leq K_\delta = M^{\frac{2}{N}} + N^2\delta$ for $j = 1, \dots, N$;",
            Preservation,
            ["As for nrt/prop3.3#1."],
            PreservationRuns + "at every iterate max_j ‖Wⱼ(k)‖² ≤ K_δ; worst ratio ‖Wⱼ(k)‖²/K_δ reported (tightness). "
            + "Negative control as for #1."),

        E("nrt/prop3.3#4", "Proposition 3.3 (4) (sufficient decrease)", ClaimKind.Prop,
            @"(4) $L^N(\vec{W}(k)) - L^N(\vec{W}(k+1)) \geq \sigma\eta_k \left\| \nabla L^N(\vec{W}(k)) \right\|_F^2$.",
            Preservation,
            ["As for nrt/prop3.3#1, with the σ ∈ (0, 1) for which (3.14) holds."],
            PreservationRuns + "at every step the decrease is ≥ ση_k‖∇L^N(W⃗(k))‖²_F with σ as in Theorem 2.4; worst "
            + "ratio ση‖∇‖²/decrease reported. Negative control as for #1 (and σ = 1 must fail somewhere)."),

        E("nrt/eq3.13", "Equation (3.13)", ClaimKind.Eq,
            @"\|W_{j+1}^T(k)W_{j+1}(k) - W_j(k)W_j^T(k)\| \leq \delta \quad \text{for all } j = 1, \dots, N-1; \quad (3.13)",
            Preservation,
            ["As for nrt/prop3.3#1."],
            "The display of Proposition 3.3 (1); checked by nrt/prop3.3#1 (same runs)."),

        E("nrt/eq3.14", "Equation (3.14) (step-size condition)", ClaimKind.Eq,
            @"\eta_k \leq \min \left\{ \frac{2(1-\sigma)}{B_\delta}, \frac{\sigma(1-\alpha)\delta}{2L^N(\vec{W}(0))} \right\} \quad \text{for all } k \in \mathbb{N}, \quad (3.14)",
            Preservation + " As printed k ranges over ℕ, while (2.8) and Proposition 3.3 use ℕ₀.",
            ["σ ∈ (0, 1)."],
            "Definition. As printed (k ∈ ℕ, η₀ unconstrained if ℕ = {1, 2, …}) Proposition 3.3 (1) fails: a run with a "
            + "balanced start, η₀ 100× above the bound and η_k at the bound for k ≥ 1 breaks the balancedness constant at "
            + "k = 1 (trajectory counterexample, seed reported). nrt/eq3.14~fixed reads k ∈ ℕ₀."),

        E("nrt/eq3.14~fixed", "Equation (3.14), k ∈ ℕ₀", ClaimKind.Eq,
            @"\eta_k \leq \min \left\{ \frac{2(1-\sigma)}{B_\delta}, \frac{\sigma(1-\alpha)\delta}{2L^N(\vec{W}(0))} \right\} \quad \text{for all } k \in \mathbb{N}_0",
            Preservation + " Correction: k ∈ ℕ₀, as in (2.8).",
            ["σ ∈ (0, 1)."],
            "Definition used as the hypothesis of nrt/prop3.3#1–#4; independent evaluation against the numeric engine's "
            + "step-size bound to 1e-12 relative."),

        E("nrt/prop3.3#proof-k0", "Proposition 3.3, proof (base case for (3))", ClaimKind.Prop,
            @"\|W_j(0)\|^2 \leq \|W(0)\|^{\frac{2}{N}} + N^2\delta \leq \left(\frac{\sqrt{2L^N(\vec{W}(0))} + \|Y\|}{\sigma_{\min}^{-1}(X)} \right)^{\frac{N}{2}} + N^2\delta = M^{\frac{2}{N}} + N^2\delta",
            Preservation + " The display cites 'the definition of M in (3.2)'; M is (2.11).",
            ["W⃗(0) has balancedness constant αδ ≤ δ."],
            "As printed the middle term is ((√(2L)+‖Y‖)σ_min(X))^{N/2}, which differs from M^{2/N} = "
            + "((√(2L)+‖Y‖)/σ_min(X))^{2/N} (exponent and σ_min inverted): refuted by an exact scalar witness "
            + "(N = 1, X = 2, Y = 1, W₁ = 0). nrt/prop3.3#proof-k0~fixed uses M^{2/N}."),

        E("nrt/prop3.3#proof-k0~fixed", "Proposition 3.3, proof (base case), corrected", ClaimKind.Prop,
            @"\|W_j(0)\|^2 \leq \|W(0)\|^{\frac{2}{N}} + N^2\delta \leq \left(\frac{\sqrt{2L^N(\vec{W}(0))} + \|Y\|}{\sigma_{\min}(X)} \right)^{\frac{2}{N}} + N^2\delta = M^{\frac{2}{N}} + N^2\delta",
            Preservation + " Correction: exponent 2/N and σ_min(X) in the denominator (Proposition 3.2 + Lemma 3.1).",
            ["W⃗(0) has balancedness constant δ."],
            "Numeric on random starts of balancedness constant αδ (Proposition 3.2 then Lemma 3.1)."),

        E("nrt/prop3.3#proof-taylor", "Proposition 3.3, proof (Taylor expansion with mean-value point)", ClaimKind.Prop,
            @"L^N(\vec{W}(k+1)) = L^N(\vec{W}(k)) - \eta_k \langle \nabla L^N(\vec{W}(k)), \nabla L^N(\vec{W}(k)) \rangle_F + \frac{1}{2} \eta_k^2 \langle \nabla L^N(\vec{W}(k)), \nabla^2 L^N(\vec{A}_\xi) \nabla L^N(\vec{W}(k)) \rangle_F, \quad A_\xi^i = W_i(k) + \xi(W_i(k+1) - W_i(k)),\ \xi \in [0, 1]",
            Preservation,
            ["L^N is C² (a polynomial)."],
            "Numeric: along the runs of nrt/prop3.3#1, the function ξ ↦ right-hand side − left-hand side changes sign "
            + "on [0, 1] (so a mean-value ξ exists), located by bisection; the existence itself is Taylor's theorem."),

        E("nrt/text14", "Section 3.2 (Hessian: diagonal blocks)", ClaimKind.Text,
            @"Q_i(\vec{W}, \Delta_i) = W_N \cdots W_{i+1} \Delta_i W_{i-1} \cdots W_1 X, \quad \left\langle \Delta_i, \frac{\partial^2 L^N(\vec{W})}{\partial W_i^2} \Delta_i \right\rangle = \langle Q_i(\vec{W}, \Delta_i), Q_i(\vec{W}, \Delta_i) \rangle = \|Q_i(\vec{W}, \Delta_i)\|_F^2.",
            Loss,
            ["Δᵢ ∈ ℝ^{dᵢ×dᵢ₋₁}."],
            "Symbolic proof (entry-wise, N ∈ {2, 3}, small dims): the second derivative of L^N in direction (0, …, Δᵢ, …, 0) "
            + "equals ‖Qᵢ‖²_F (L^N is quadratic in Wᵢ). Numeric: Hessian-vector products (numeric engine) vs the formula. "
            + "Negative control: ‖Qᵢ‖_F without the square."),

        E("nrt/text15", "Section 3.2 (Hessian: mixed blocks, as printed)", ClaimKind.Text,
            @"\left\langle \Delta_i, \frac{\partial^2 L^N(\vec{W})}{\partial W_i \partial W_j} \Delta_j \right\rangle = \langle Q_i(\vec{W}, \Delta_i), Q_j(\vec{W}, \Delta_j) \rangle + \langle L^N(\vec{W}), P_{i,j}(\vec{W}, \Delta_i, \Delta_j) \rangle.",
            Loss + " P_{i,j} = W_N⋯Δ⋯Δ⋯W₁ ∈ ℝ^{d_y×dₓ} (both perturbations inserted).",
            ["i ≠ j."],
            "Shape error as printed: L^N(W⃗) is a scalar, so ⟨L^N(W⃗), P_{i,j}⟩ with P_{i,j} ∈ ℝ^{d_y×dₓ} is undefined "
            + "(and as a scalar multiple of tr P it is wrong): refuted (shape check on the printed formula). The next "
            + "display of the paper uses A_ξXXᵀ − YXᵀ = ∇L¹(A_ξ); nrt/text15~fixed."),

        E("nrt/text15~fixed", "Section 3.2 (Hessian: mixed blocks), corrected", ClaimKind.Text,
            @"\left\langle \Delta_i, \frac{\partial^2 L^N(\vec{W})}{\partial W_i \partial W_j} \Delta_j \right\rangle = \langle Q_i(\vec{W}, \Delta_i), Q_j(\vec{W}, \Delta_j) \rangle + \langle WXX^T - YX^T, P_{i,j}(\vec{W}, \Delta_i, \Delta_j) \rangle",
            Loss + " Correction: ∇L¹(W) = WXXᵀ − YXᵀ in place of L^N(W⃗), as in the paper's next display.",
            ["i ≠ j."],
            "Symbolic proof (entry-wise, N ∈ {2, 3}, small dims) and numeric against finite differences of the "
            + "gradient (numeric engine Hessian) for N ≤ 5. Negative control: ⟨WX − Y, P_{i,j}⟩ (missing Xᵀ) must fail."),

        E("nrt/text16", "Section 3.2 (Hessian quadratic form)", ClaimKind.Text,
            @"\nabla^2 L^N(\vec{A}_\xi)(\vec{\Delta}, \vec{\Delta}) = \sum_{i=1}^N \|Q_i(\vec{A}_\xi, \Delta_i)\|_F^2 + \sum_{\substack{i,j=1 \\ i \neq j}}^N \langle Q_i(\vec{A}_\xi, \Delta_i), Q_j(\vec{A}_\xi, \Delta_j) \rangle + \sum_{\substack{i,j=1 \\ i \neq j}}^N \langle A_\xi X X^T - Y X^T, P_{i,j}(\vec{A}_\xi, \Delta_i, \Delta_j) \rangle",
            Loss,
            [],
            "Symbolic proof entry-wise for N ∈ {2, 3} and small dims (second directional derivative of the polynomial "
            + "L^N); numeric against the numeric engine's Hessian quadratic form for N ≤ 6. Negative control: a factor "
            + "2 on the mixed sums must be rejected."),

        E("nrt/eq3.15", "Equation (3.15)", ClaimKind.Eq,
            @"L^N(\vec{W}(k)) - L^N(\vec{W}(k+1)) \geq \eta_k \left\| \nabla L^N(\vec{W}(k)) \right\|_F^2 - \frac{1}{2} \eta_k^2 \left\| \nabla L^N(\vec{W}(k)) \right\|_F^2 \left\| \nabla^2 L^N(\vec{A}_\xi) \right\|_{F \rightarrow F} \geq \left(1 - \frac{1}{2} \eta_k \left\| \nabla^2 L^N(\vec{A}_\xi) \right\|_{F \rightarrow F} \right) \eta_k \left\| \nabla L^N(\vec{W}(k)) \right\|_F^2. \quad (3.15)",
            Preservation,
            ["As for nrt/prop3.3#1."],
            "Trajectory (runs of nrt/prop3.3#1): with ‖∇²L^N(A_ξ)‖_{F→F} replaced by its maximum over ξ on a grid of "
            + "the segment (numeric engine Hessian norm estimate), the decrease is at least the right-hand side."),

        E("nrt/eq3.16", "Equation (3.16)", ClaimKind.Eq,
            @"\left| \nabla^2 L^N(\vec{A}_\xi)(\vec{\Delta}, \vec{\Delta}) \right| \leq \|X\|^2 \sum_{i,j=1}^N \|\Delta_i\|_F \|\Delta_j\|_F \left(\prod_{k \neq i} \|A_\xi^k\| \right) \left(\prod_{k \neq j} \|A_\xi^k\| \right) + \sum_{i \neq j} \|\Delta_i\|_F \|\Delta_j\|_F \left(\|X\|^2 \prod_{k=1}^N \|A_\xi^k\| + \|Y X^T\| \right) \prod_{k \neq i,j} \|A_\xi^k\|. \quad (3.16)",
            Loss + " Any tuple A⃗ and direction Δ⃗.",
            [],
            "Numeric: random tuples, data and directions (N ≤ 6, dims ≤ 5, scales 1e-2 … 1e2), including directions "
            + "from the top Hessian eigenvector; tightness search over Δ⃗."),

        E("nrt/prop3.3#proof-a-bound", "Proposition 3.3, proof (‖A_ξⁱ‖ ≤ (1 + 1/(2N))K_δ^{1/2})", ClaimKind.Prop,
            @"\|A_\xi^i\| \leq K_\delta^{1/2} + \eta_k \sqrt{2L^N(\vec{W}(0))} \|X\| K_\delta^{\frac{N-1}{2}}, \quad \eta_k \sqrt{2L^N(\vec{W}(0))} \|X\| K_\delta^{\frac{N-1}{2}} \leq \frac{1}{2N} K_\delta^{\frac{1}{2}}, \quad \|A_\xi^i\| \leq \left(1 + \frac{1}{2N} \right) K_\delta^{1/2}.",
            Preservation,
            ["As for nrt/prop3.3#1 (induction hypotheses (2), (3) at k)."],
            "Trajectory (runs of nrt/prop3.3#1): at every step and ξ on a grid, ‖A_ξⁱ‖ ≤ (1 + 1/(2N))K_δ^{1/2}; the scalar "
            + "step η√(2L)‖X‖K^{(N−1)/2} ≤ K^{1/2}/(2N) checked on random scalars meeting (3.14) and √(2L) ≤ Mσ_min ≤ "
            + "M‖X‖ ≤ K^{N/2}‖X‖, with tightness."),

        E("nrt/text17", "Section 3.2 (Hessian bound ‖∇²L^N(A⃗_ξ)‖_{F→F} ≤ B_δ)", ClaimKind.Text,
            @"\left\| \nabla^2 L^N \left(\vec{A}_\xi \right) \right\|_{F \rightarrow F} \leq 2eN K_\delta^{N-1} \|X\|^2 + \sqrt{e} N K_\delta^{\frac{N}{2}-1} \|XY^T\| = B_\delta.",
            Preservation,
            ["‖A_ξⁱ‖ ≤ (1 + 1/(2N))K_δ^{1/2} for every i (nrt/prop3.3#proof-a-bound)."],
            "Numeric: (a) along the runs of nrt/prop3.3#1 at A_ξ for ξ ∈ {0, ¼, ½, ¾, 1}; (b) on random tuples with "
            + "‖Aⁱ‖ = (1 + 1/(2N))K_δ^{1/2} exactly (rescaled Gaussian, rank-one aligned, balanced); ‖∇²L^N‖_{F→F} by the "
            + "numeric engine's Hessian norm estimate (Lanczos, with an exact dense eigen-solve for small sizes); "
            + "evidence: instances, min slack B_δ − ‖∇²‖, worst ratio, seed; tightness search over the tuple. "
            + "Negative control: B_δ without the factor 2 on the first term (or without e) must be exceeded."),

        E("nrt/prop3.3#proof-constants", "Proposition 3.3, proof ((1 + 1/(2N))^{2N} ≤ e and Σ‖Δⱼ‖_F ≤ √N‖Δ⃗‖_F)", ClaimKind.Prop,
            @"where we have used that $(1 + 1/(2N))^{2N} \leq e$ and that $\sum_{j=1}^N \|\Delta_{W_j}\|_F \leq \sqrt{N} \|\vec{\Delta}\|_F$.",
            "Scalar facts, N ≥ 1.",
            ["N ≥ 1."],
            "(1 + 1/(2N))^{2N} ≤ e checked exactly in integer arithmetic for N = 1 … 300 (2000 when thorough) against "
            + "the rational lower bound 2.718281828 < e (engine-free check). Σ‖Δⱼ‖_F ≤ √N‖Δ⃗‖_F is Cauchy–Schwarz in ℝ^N, "
            + "not re-checked."),

        E("nrt/prop3.3#proof-hessian-sum", "Proposition 3.3, proof (bound on the quadratic form)", ClaimKind.Prop,
            @"\left| \nabla^2 L^N(\vec{A}_\xi)(\vec{\Delta}, \vec{\Delta}) \right| \leq \left(1 + \frac{1}{2N} \right)^{2N-2} K_\delta^{N-1} \|X\|^2 \sum_{i,j} \|\Delta_j\|_F \|\Delta_W\|_F + \dots \leq \left[2eN K_\delta^{N-1} \|X\|^2 + \sqrt{e} N K_\delta^{N/2-1} \|XY^T\| \right] \|\vec{\Delta}\|_F^2",
            Preservation + " Extraction damage: subscripts Δ_W, Δ_{W_i} stand for Δᵢ.",
            ["‖A_ξⁱ‖ ≤ (1 + 1/(2N))K_δ^{1/2}."],
            "Numeric: each inequality of the chain on random tuples with ‖Aⁱ‖ at the bound and random directions."),

        E("nrt/eq3.17", "Equation (3.17)", ClaimKind.Eq,
            @"\|\nabla L^1(W(k))\| \leq \sqrt{2L^N(\vec{W}(k))} \|X\| \leq \sqrt{2L^N(\vec{W}(0))} \|X\|. \quad (3.17)",
            Preservation,
            ["Induction hypothesis (2) at k: L^N(W⃗(k)) ≤ L^N(W⃗(0))."],
            "Trajectory (runs of nrt/prop3.3#1): both inequalities at every iterate; iterates whose loss exceeds the "
            + "initial loss are counted as not meeting the hypothesis."),

        E("nrt/eq3.18", "Equation (3.18)", ClaimKind.Eq,
            @"L^N \left(\vec{W}(k) \right) - L^N \left(\vec{W}(k+1) \right) \geq \left(1 - \frac{1}{2} \eta_k B_\delta \right) \eta_k \left\| \nabla L^N \left(\vec{W}(k) \right) \right\|_F^2 \geq \sigma \eta_k \left\| \nabla L^N \left(\vec{W}(k) \right) \right\|_F^2 \geq 0. \quad (3.18)",
            Preservation,
            ["As for nrt/prop3.3#1."],
            "Trajectory (runs of nrt/prop3.3#1): all three inequalities at every step; the middle one is the scalar "
            + "fact 1 − ηB/2 ≥ σ for η ≤ 2(1−σ)/B (exact)."),

        E("nrt/prop3.3#proof-step2", "Proposition 3.3, proof (one-step change of the balancedness defect)", ClaimKind.Prop,
            @"W_{j+1}^T(k+1) W_{j+1}(k+1) - W_j(k+1) W_j^T(k+1) = W_{j+1}^T(k) W_{j+1}(k) - W_j(k) W_j^T(k) + \eta_k^2 \left(\nabla_{W_{j+1}}^T L^N \nabla_{W_{j+1}} L^N - \nabla_{W_j} L^N \nabla_{W_j}^T L^N \right), \quad \|\cdot\| \leq \|W_{j+1}^T(k) W_{j+1}(k) - W_j(k) W_j^T(k)\| + \eta_k^2 \left( \|\nabla_{W_{j+1}} L^N\|^2 + \|\nabla_{W_j} L^N\|^2 \right)",
            Descent,
            [],
            "Symbolic proof (entry-wise, N ∈ {2, 3}, and all depths with the dimension-free prover): the first-order "
            + "terms in η_k cancel (Wⱼ₊₁ᵀ∇_{Wⱼ₊₁}L^N = ∇_{Wⱼ}L^N Wⱼᵀ by (3.2)); the inequality is the triangle "
            + "inequality (numeric on random tuples). Negative control: keeping an η_k-linear term must be rejected."),

        E("nrt/eq3.19", "Equation (3.19)", ClaimKind.Eq,
            @"\|W_{j+1}^T(k+1)W_{j+1}(k+1) - W_j(k+1)W_j^T(k+1)\| \leq \alpha\delta + 2 \left(\max_{\ell=0, \dots, k} \eta_\ell \right) \sum_{\ell=0}^k \eta_\ell \|\nabla L^N(\vec{W}(\ell))\|_{F \rightarrow F}^2, \quad (3.19)",
            Preservation + " The norm printed ‖∇L^N‖_{F→F} of a gradient tuple is read as the tuple Frobenius norm.",
            ["As for nrt/prop3.3#1."],
            "Trajectory (runs of nrt/prop3.3#1): at every iterate, with the running sum of η_ℓ‖∇L^N(W⃗(ℓ))‖²_F."),

        E("nrt/eq3.20", "Equation (3.20)", ClaimKind.Eq,
            @"L^N(\vec{W}(0)) - L^N(\vec{W}(k+1)) = \sum_{j=0}^k \left(L^N(\vec{W}(j)) - L^N(\vec{W}(j+1)) \right) \geq \sigma \sum_{j=0}^k \eta_j \|\nabla L^N(\vec{W}(j))\|_{F \rightarrow F}^2. \quad (3.20)",
            Preservation,
            ["As for nrt/prop3.3#1."],
            "Trajectory (runs of nrt/prop3.3#1): telescoping identity to round-off and the inequality at every iterate."),

        E("nrt/prop3.3#proof-step2-final", "Proposition 3.3, proof (end of Step 2)", ClaimKind.Prop,
            @"\|W_{j+1}^T(k+1)W_{j+1}(k+1) - W_j(k+1)W_j^T(k+1)\| \leq \alpha\delta + \frac{2}{\sigma} \left(\max_{\ell=0, \dots, k} \eta_\ell \right) \left(L^N(\vec{W}(0)) - L^N(\vec{W}(k+1)) \right) \leq \alpha\delta + \frac{2}{\sigma} \left(\max_{\ell} \eta_\ell \right) L^N(\vec{W}(0)) \leq \alpha\delta + (1-\alpha)\delta = \delta",
            Preservation,
            ["As for nrt/prop3.3#1."],
            "Trajectory (runs of nrt/prop3.3#1): each member of the chain at every iterate; the last step is the "
            + "scalar fact η ≤ σ(1−α)δ/(2L) ⇒ (2/σ)ηL ≤ (1−α)δ (exact)."),

        E("nrt/prop3.3#proof-step3", "Proposition 3.3, proof (Step 3)", ClaimKind.Prop,
            @"\|W_j(k+1)\|^2 \leq \|W(k+1)\|^{\frac{2}{N}} + N^2\delta \leq \left(\frac{\sqrt{2L^N(\vec{W}(0))} + \|Y\|}{\sigma_{\min}(X)} \right)^{\frac{2}{N}} + N^2\delta = K_\delta.",
            Preservation,
            ["(1) and (2) hold at k + 1."],
            "Trajectory (runs of nrt/prop3.3#1): both inequalities at every iterate (Proposition 3.2 then Lemma 3.1)."),
    ];
}
