using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Trbw;

/// <content>Sections 2–4 of trbw: (1)–(9), Theorem 1, Definition 2, Theorems 3–6.</content>
public static partial class TrbwInventory
{
    private static InventoryEntry[] Sections() =>
    [
        E("trbw/eq1", "Equation (1)", ClaimKind.Eq,
            @"W = W_N \dots W_1, \tag{1}",
            Loss,
            ["Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}."],
            "Definition of the end-to-end matrix; encoded as DeepLinearNetwork.Product(). No check beyond shape."),

        E("trbw/text1", "Section 2 (rank constraint)", ClaimKind.Text,
            @"Note that the factorization imposes a rank constraint as the rank of W is at most $r = \min\{d_0, d_1, \dots, d_N\}$.",
            Loss,
            [],
            "Numeric (InequalityCheck): rank(W_N⋯W₁) ≤ min dⱼ on seeded Gaussian tuples, tuples with one rank-1 layer and "
            + "balanced tuples (depth 2–5, widths 1–5), with a tightness search (equality for Gaussian factors). Negative "
            + "control: the false claim min{d₀, d_N} ≤ rank W (ignoring a narrow hidden layer) is refuted."),

        E("trbw/eq2", "Equation (2)", ClaimKind.Eq,
            @"L^N(W_1, \dots, W_N) = \frac{1}{2} \sum_{j=1}^m \|y_j - W_N \dots W_1 x_j\|_2^2 = \frac{1}{2} \|Y - W_N \dots W_1 X\|_F^2",
            Loss,
            ["X has columns x_j, Y has columns y_j."],
            "Symbolic/numeric identity (sum of column norms = Frobenius norm) on random instances; negative control: "
            + "the 1/(2m) scaling must give a different value."),

        E("trbw/eq3", "Equation (3)", ClaimKind.Eq,
            @"\min_{W_1, \dots, W_N} L^N(W_1, \dots, W_N), \quad \text{where } W_j \in \mathbb{R}^{d_j \times d_{j-1}}, j = 1, \dots, N.",
            Loss,
            [],
            "Not an identity or inequality: the definition of the optimisation problem. No check; referenced by Theorem 5."),

        E("trbw/eq4", "Equation (4)", ClaimKind.Eq,
            @"L^1(W) := \frac{1}{2} \|Y - WX\|_F^2.",
            Loss,
            ["W ∈ ℝ^{d_y×dₓ}."],
            "Definition; the identity L^N(W₁, …, W_N) = L¹(W_N⋯W₁) is checked numerically (trbw/text2)."),

        E("trbw/text2", "Section 2 (L^N through L¹)", ClaimKind.Text,
            @"Since the rank of $W = W_N \dots W_1$ is at most $r = \min\{d_0, d_1, \dots, d_N\}$, minimization of L^N is closely related to the minimization of L^1 restricted to the set of matrices of rank at most r",
            Loss,
            [],
            "Computable part: L^N(W₁, …, W_N) = L¹(W_N⋯W₁) exactly (numeric, random instances); and min L^N = min of L¹ over "
            + "rank ≤ r (closed form via the SVD of Q = YXᵀ(XXᵀ)^{−1/2}, compared with long flows). 'Closely related' itself is informal."),

        E("trbw/text2#identity", "Section 2 (L^N through L¹, identity)", ClaimKind.Text,
            @"minimization of L^N is closely related to the minimization of L^1",
            Loss,
            [],
            "Computable part of trbw/text2: L^N(W₁, …, W_N) = L¹(W_N⋯W₁) for every tuple (numeric identity on seeded Gaussian "
            + "tuples and data, the engine's factor loss against ½‖Y − WX‖²_F)."),

        E("trbw/text2#minimum", "Section 2 (L^N through L¹, minimum)", ClaimKind.Text,
            @"Since the rank of $W = W_N \dots W_1$ is at most $r = \min\{d_0, d_1, \dots, d_N\}$, minimization of L^N is closely related to the minimization of L^1 restricted to the set of matrices of rank at most r",
            Loss,
            ["XXᵀ of full rank (for the closed form of the rank-r minimiser)."],
            "Computable part of trbw/text2: L^N(W₁, …, W_N) ≥ min_{rank W ≤ r} L¹(W) = L¹(W*_r) for every tuple (inequality on "
            + "seeded tuples), with the tightness search over factor entries approaching ratio 1 (the minimum is attained)."),

        E("trbw/text3", "Section 2 (gradient of L¹)", ClaimKind.Text,
            @"The gradient of L^1 is given as $$\nabla_W L^1(W) = WXX^T - YX^T.$$",
            Loss,
            [],
            "Symbolic gradient (dimension-free) and numeric finite differences. Negative control: YXᵀ − WXXᵀ (wrong sign) must fail."),

        E("trbw/eq5", "Equation (5)", ClaimKind.Eq,
            @"\dot{W}_j = -\nabla_{W_j} L^N(W_1, \dots, W_N), \quad j = 1, \dots, N, \quad (5)",
            Flow,
            ["Initial values Wⱼ(0) given."],
            "Definition of the flow. The factor gradient ∇_{Wⱼ}L^N = (W_N⋯Wⱼ₊₁)ᵀ(WXXᵀ − YXᵀ)(Wⱼ₋₁⋯W₁)ᵀ (not printed) is "
            + "checked symbolically (depth-generic) and by finite differences; the flow is integrated by RK4."),

        E("trbw/thm1", "Theorem 1", ClaimKind.Thm,
            @"Assume XX^T has full rank. Then the flows $W_i(t)$ defined by (5) are defined and bounded for all $t \geq 0$ and $(W_1(t), \dots, W_N(t))$ converges to a critical point of L^N as $t \rightarrow \infty$.",
            Flow,
            ["XXᵀ of full rank."],
            "Not checkable for all initialisations and infinite time; trajectory checks on its computable parts "
            + "trbw/thm1#bounded and trbw/thm1#critical."),

        E("trbw/thm1#bounded", "Theorem 1 (defined and bounded)", ClaimKind.Thm,
            @"the flows $W_i(t)$ defined by (5) are defined and bounded for all $t \geq 0$",
            Flow,
            ["XXᵀ of full rank."],
            "Trajectory check: RK4 runs (N ∈ {2, 3, 5}, Gaussian starts of scales 0.1, 1, 3, balanced and unbalanced) stay "
            + "finite with max_t Σⱼ‖Wⱼ(t)‖²_F bounded (reported, with the invariant Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ as a sanity monitor)."),

        E("trbw/thm1#critical", "Theorem 1 (convergence to a critical point)", ClaimKind.Thm,
            @"$(W_1(t), \dots, W_N(t))$ converges to a critical point of L^N as $t \rightarrow \infty$.",
            Flow,
            ["XXᵀ of full rank."],
            "Trajectory check: Σⱼ‖∇_{Wⱼ}L^N‖_F → below 1e-8 and the iterates become Cauchy along long runs."),

        E("trbw/def2", "Definition 2 (balanced)", ClaimKind.Def,
            @"We say that W_1, \dots, W_N with $W_j \in \mathbb{R}^{d_j \times d_{j-1}}$, $j = 1, \dots, N$, are balanced if $$W_{j+1}^T W_{j+1} = W_j W_j^T \text{ for } j = 1, \dots, N-1.$$ We say that the flow (5) has balanced initial conditions if $W_1(0), \dots, W_N(0)$ are balanced.",
            Loss,
            [],
            "Predicate: maxⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖_F ≤ tol (exact δ = 0 balancedness, Frobenius; compare acgh Definition 1 with δ)."),

        E("trbw/text4", "Section 3 (balancedness is preserved)", ClaimKind.Text,
            @"If the $W_j(0)$ are balanced and the $W_j(t)$ satisfy the flow (5), then one easily checks that $W_1(t), \dots, W_N(t)$ are balanced for any $t \geq 0$, cf. [3].",
            Flow,
            ["Balanced initial conditions."],
            "Symbolic: d/dt(Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ) = 0 along (5) (depth-generic). Trajectory check from the balanced initialisation "
            + "of Appendix B.1 and from balanced factorisations of random rank-k matrices: imbalance stays at integrator "
            + "error level. Negative control: along discrete GD with step η the imbalance grows like η²."),

        E("trbw/text4#flow", "Section 3 (balancedness is preserved, numerically)", ClaimKind.Text,
            @"If the $W_j(0)$ are balanced and the $W_j(t)$ satisfy the flow (5), then one easily checks that $W_1(t), \dots, W_N(t)$ are balanced for any $t \geq 0$",
            Flow,
            ["Balanced initial conditions."],
            "Numeric part of trbw/text4: along RK4 runs of (5) from balanced starts of random rank (depth 2–4) the imbalance "
            + "maxⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖_F stays at integrator-error level at every recorded time. Negative controls: unbalanced "
            + "starts give hypotheses-not-met; a coarse RK4 step is refuted."),

        E("trbw/eq6", "Equation (6)", ClaimKind.Eq,
            @"\frac{dW(t)}{dt} = -\mathcal{A}_{W(t), N} \left(\nabla_W L^1(W(t)) \right)",
            Metric + " W(t) = W_N(t)⋯W₁(t) along a balanced factor flow (5).",
            ["Balanced initial conditions.", "N ≥ 2."],
            "Pointwise identity at balanced points: d/dt(W_N⋯W₁) = Σⱼ S_{j+1}(−∇_{Wⱼ}L^N)P_{j−1} equals −𝒜_{W,N}(∇L¹(W)) "
            + "for balanced tuples of every rank (depth 2–5, relative 1e-8). The trajectory comparison (RK4 factor flow "
            + "against the RK4 direct flow) is trbw/thm4#1-flow. Negative control: unbalanced tuples give hypotheses-not-met."),

        E("trbw/eq7", "Equation (7)", ClaimKind.Eq,
            @"\mathcal{A}_{W, N}(Z) = \sum_{j=1}^N (WW^T)^{\frac{N-j}{N}} \cdot Z \cdot (W^T W)^{\frac{j-1}{N}}.",
            Metric,
            ["W, Z ∈ ℝ^{d_y×dₓ}, N ≥ 2."],
            "Definition of the operator, implemented with eigen-decompositions of WWᵀ, WᵀW (fractional powers of PSD "
            + "matrices, zero eigenvalues to the power 0 giving the projector-free identity convention). Check: in the SVD "
            + "basis 𝒜 multiplies entry (i, k) by Σⱼ σᵢ^{2(N−j)/N}σ_k^{2(j−1)/N}."),

        E("trbw/text5", "Section 3 (rank of the product)", ClaimKind.Text,
            @"The product matrix $W(t)$ clearly is of rank at most $r := \min\{d_i : i = 0, \dots, N\}$.",
            Flow,
            [],
            "Numeric along trajectories (singular values of W(t) beyond index r are at round-off level)."),

        E("trbw/thm3", "Theorem 3", ClaimKind.Thm,
            @"The map $\mathcal{A}_{W, N}$ is self-adjoint with image $T_W(\mathcal{M}_k)$ and the restriction of $\mathcal{A}_{W, N}$ to arguments $Z \in T_W(\mathcal{M}_k)$ defines a self-adjoint and positive definite map [...] Hence, (8) is well-defined. It is a Riemannian metric of class C^1 on \mathcal{M}_k , which is explicitly given by the expression [...]",
            Metric,
            ["W ∈ 𝓜_k."],
            "Split into trbw/thm3#self-adjoint, trbw/thm3#image, trbw/thm3#positive-definite, trbw/eq8 and "
            + "trbw/thm3#integral; the C¹ regularity is not checkable numerically."),

        E("trbw/thm3#self-adjoint", "Theorem 3 (self-adjoint)", ClaimKind.Thm,
            @"The map $\mathcal{A}_{W, N}$ is self-adjoint",
            Metric,
            ["W ∈ 𝓜_k."],
            "Numeric: ⟨𝒜(Z₁), Z₂⟩_F = ⟨Z₁, 𝒜(Z₂)⟩_F for random Z₁, Z₂ and W of every rank k ≤ min(dₓ, d_y) (FsCheck). "
            + "Negative control: the variant with (WᵀW)^{(N−j)/N} on the right (exponents swapped and transposed side) "
            + "must not be self-adjoint for rectangular W, or the variant Z(WᵀW)^{j/N}."),

        E("trbw/thm3#image", "Theorem 3 (image equals the tangent space)", ClaimKind.Thm,
            @"with image $T_W(\mathcal{M}_k)$",
            Metric + " T_W𝓜_k = {Z : P_U^⊥ Z P_V^⊥ = 0} with U, V the left/right singular subspaces of W.",
            ["W ∈ 𝓜_k."],
            "Numeric: P_U^⊥𝒜(Z)P_V^⊥ = 0 for random Z, and rank of the linear map 𝒜 (as a d_yd_x square matrix) equals "
            + "dim T_W𝓜_k = k(dₓ + d_y − k). Negative control: dim of the image of Z ↦ Z (identity) is d_yd_x."),

        E("trbw/thm3#positive-definite", "Theorem 3 (positive definite on the tangent space)", ClaimKind.Thm,
            @"the restriction of $\mathcal{A}_{W, N}$ to arguments $Z \in T_W(\mathcal{M}_k)$ defines a self-adjoint and positive definite map $$\bar{\mathcal{A}}_{W, N} : T_W(\mathcal{M}_k) \rightarrow T_W(\mathcal{M}_k).$$ In particular, $\bar{\mathcal{A}}_{W, N}$ is invertible and the inverse $\bar{\mathcal{A}}_{W, N}^{-1}$ is self-adjoint and positive definite as well.",
            Metric,
            ["W ∈ 𝓜_k."],
            "Numeric: the matrix of 𝒜 restricted to an orthonormal basis of T_W𝓜_k is symmetric with smallest eigenvalue "
            + "> 0 (reported; in the SVD basis the multipliers are Σⱼ σᵢ^{2(N−j)/N}σₗ^{2(j−1)/N}, the smallest being "
            + "σ_k^{2(N−1)/N} when k < min(dₓ, d_y)); its inverse symmetric positive definite. Negative control: on the "
            + "normal space 𝒜 vanishes (so 𝒜 is not positive definite on ℝ^{d_y×dₓ} when k < min(dₓ, d_y))."),

        E("trbw/eq8", "Equation (8)", ClaimKind.Eq,
            @"g_W(Z_1, Z_2) := \langle \bar{\mathcal{A}}_{W, N}^{-1}(Z_1), Z_2 \rangle_F, \quad W \in \mathcal{M}_k, Z_1, Z_2 \in T_W(\mathcal{M}_k),",
            Metric,
            ["W ∈ 𝓜_k; Z₁, Z₂ ∈ T_W𝓜_k."],
            "Definition, computed by solving 𝒜̄(X) = Z₁ on the tangent space (entry-wise division in the SVD basis). "
            + "Symmetric and positive (checked with trbw/thm3#positive-definite)."),

        E("trbw/thm3#integral", "Theorem 3 (integral formula of the metric)", ClaimKind.Thm,
            @"It is a Riemannian metric of class C^1 on \mathcal{M}_k , which is explicitly given by the expression $$g_W(Z_1, Z_2) = \frac{\sin(\pi/N)}{\pi} \int_0^\infty \text{tr} \left((tI_{d_y} + WW^T)^{-1} Z_1 (tI_{d_x} + W^T W)^{-1} Z_2^T \right) t^{1/N} dt.$$",
            Metric,
            ["W ∈ 𝓜_k; Z₁, Z₂ ∈ T_W𝓜_k (the integral diverges on the normal space)."],
            "Numeric: trapezoidal quadrature in u = ln t (step 0.15, geometric convergence for the analytic integrand) of "
            + "the printed integral, evaluated in the SVD frames of W, against ⟨𝒜̄⁻¹(Z₁), Z₂⟩_F for N = 2…6, every rank k ≥ 1 "
            + "(full rank included), tiny σ_k in a third, relative 1e-8. Negative controls: the factor 1/π instead of "
            + "sin(π/N)/π, and t^{(N−1)/N} instead of t^{1/N}, are refuted. The C¹ regularity is not checkable (trbw/thm3 is "
            + "not-checkable for that reason)."),

        E("trbw/text6", "Section 3 (Riemannian gradient)", ClaimKind.Text,
            @"$$g_W(\nabla^g f(W), Z) = df(W)[Z] \quad \text{for all } Z \in T_W(\mathcal{M}_k),$$ [...] In view of (8) we have $$\nabla^g f(W) = \mathcal{A}_{W,N}(\nabla f(W)),$$",
            Metric,
            ["f differentiable near W; W ∈ 𝓜_k."],
            "Numeric with f = L¹ and random quadratic f: g_W(𝒜(∇f), Z) = ⟨∇f, Z⟩_F for Z in a basis of T_W𝓜_k (needs "
            + "𝒜(P_N ∇f) = 0 for the normal part, also checked). Negative control: ∇^g f = ∇f (Euclidean) must fail the defining identity."),

        E("trbw/thm4", "Theorem 4", ClaimKind.Thm,
            @"1. Assume that XX^T has full rank and suppose that $W_1(t), \dots, W_N(t)$ are solutions of the gradient flow (5) of L^N with balanced initial values [...] Then $W(t)$ is contained in \mathcal{M}_k for all $t \geq 0$ and uniquely solves (9). 2. [...] for any initialization $W(0)$ [...] there is a uniquely defined flow $W(t)$ on \mathcal{M}_k for $t \in [0, \infty)$ which satisfies (9).",
            Flow,
            ["XXᵀ full rank."],
            "Split into trbw/thm4#1-rank, trbw/thm4#1-flow and trbw/thm4#2."),

        E("trbw/thm4#1-rank", "Theorem 4.1 (rank preserved)", ClaimKind.Thm,
            @"Assume that XX^T has full rank and suppose that $W_1(t), \dots, W_N(t)$ are solutions of the gradient flow (5) of L^N with balanced initial values $W_j(0)$. For $t \geq 0$ define the product $W(t) := W_N(t) \cdots W_1(t)$ and let $k \leq \min\{d_0, \dots, d_N\}$ be the rank of $W(0)$. Then $W(t)$ is contained in \mathcal{M}_k for all $t \geq 0$",
            Flow,
            ["XXᵀ full rank.", "Balanced initial values.", "k = rank W(0)."],
            "Trajectory check: σ_k(W(t)) stays bounded away from 0 on [0, T] and σ_{k+1}(W(t)) stays at round-off, "
            + "starting from balanced factorisations of rank k < r (zero-padded balanced factors). Negative control: from "
            + "an unbalanced rank-deficient start the rank may increase (reported)."),

        E("trbw/thm4#1-flow", "Theorem 4.1 (factor flow solves (9))", ClaimKind.Thm,
            @"[W(t)] uniquely solves the gradient flow equation $$\dot{W} = -\nabla^g L^1(W) \quad \text{on } \mathcal{M}_k \quad \text{for all } t \in [0, \infty). \quad (9)$$",
            Flow,
            ["XXᵀ full rank.", "Balanced initial values."],
            "Trajectory check: the product of the RK4 factor flow and the RK4 direct flow Ẇ = −𝒜_{W,N}(WXXᵀ − YXᵀ) from the "
            + "same W(0) agree to integrator tolerance on [0, T] (N ∈ {2,3,5}). Uniqueness is not checkable numerically."),

        E("trbw/eq9", "Equation (9)", ClaimKind.Eq,
            @"\dot{W} = -\nabla^g L^1(W) \quad \text{on } \mathcal{M}_k \quad \text{for all } t \in [0, \infty).",
            Metric,
            [],
            "Definition of the direct Riemannian flow, integrated as Ẇ = −𝒜_{W,N}(∇L¹(W)) (trbw/text6)."),

        E("trbw/thm4#2", "Theorem 4.2 (direct flow exists for any start)", ClaimKind.Thm,
            @"Assume that XX^T has full rank and let $N \geq 2$. Then for any initialization $W(0) \in \mathbb{R}^{d_y \times d_x}$, denoting by k the rank of $W(0)$, there is a uniquely defined flow $W(t)$ on \mathcal{M}_k for $t \in [0, \infty)$ which satisfies (9).",
            Metric,
            ["XXᵀ full rank.", "N ≥ 2."],
            "Existence and uniqueness for all t are not checkable numerically. Computable part: RK4 integration of (9) "
            + "from random W(0) of every rank k stays finite and of rank k on long horizons (the factorisation-free route, "
            + "no factors involved)."),

        E("trbw/thm5", "Theorem 5", ClaimKind.Thm,
            @"Assume that XX^T has full rank, let $q = \text{rank}(YX^T(XX^T)^{-\frac{1}{2}})$, $r = \min\{d_0, \dots, d_N\}$ and let $\bar{r} := \min\{q, r\}$. (a) [...] (b) [...]",
            Flow,
            ["XXᵀ full rank."],
            "Split into trbw/thm5#a, trbw/thm5#a-rank and trbw/thm5#b (Monte Carlo; 'almost all' itself not checkable)."),

        E("trbw/thm5#a", "Theorem 5 (a)", ClaimKind.Thm,
            @"Assume that XX^T has full rank, let $q = \text{rank}(YX^T(XX^T)^{-\frac{1}{2}})$, $r = \min\{d_0, \dots, d_N\}$ and let $\bar{r} := \min\{q, r\}$. (a) For almost all initial values $W_1(0), \dots, W_N(0)$, the flow (5) converges to a critical point (W_1, \dots, W_N) of L^N such that $W := W_N \cdots W_1$ is a global minimizer of L^1 on the manifold \mathcal{M}_k of matrices in $\mathbb{R}^{d_N \times d_0}$ of rank $k := \text{rank}(W)$, where k lies between 0 and \bar{r} and depends on the initialization.",
            Flow + " Rank-k minimiser of L¹: W*_k = [Q]_k(XXᵀ)^{−1/2}, Q = YXᵀ(XXᵀ)^{−1/2}, [Q]_k its best rank-k approximation (Eckart–Young, unique when σ_k(Q) > σ_{k+1}(Q)).",
            ["XXᵀ full rank.", "Initialisation outside an unspecified null set."],
            "'For almost all' is not decidable by sampling; each seeded Gaussian start lies outside any fixed null set with "
            + "probability one, so the claim is checked per draw: the flow (5) is run to ‖∇L^N‖ ≤ 1e-9 and the limit W must "
            + "equal W*_k for k = its numerical rank, with k ≤ r̄ (verified on the draws; non-converged runs rejected). "
            + "Negative control: the zero start (a critical point of the null set) is refuted."),

        E("trbw/thm5#a-rank", "Theorem 5 (a) (rank bound)", ClaimKind.Thm,
            @"where k lies between 0 and \bar{r}",
            Flow,
            ["XXᵀ full rank."],
            "Monte Carlo / trajectory: numerical rank of the limit ≤ r̄ = min(q, r), with instances where q < r "
            + "(low-rank targets Y = W̃X, rank W̃ < r) so that the bound is not trivially r."),

        E("trbw/thm5#b", "Theorem 5 (b)", ClaimKind.Thm,
            @"(b) For $N = 2$, for almost all initial values $W_1(0)$ and $W_2(0)$, the flow (5) converges to a global minimizer of L^N on $\mathbb{R}^{d_0 \times d_1} \times \mathbb{R}^{d_1 \times d_2}$.",
            Flow + " N = 2. Global minimiser of L² = W*_{r̄} factored.",
            ["XXᵀ full rank.", "N = 2.", "Initialisation outside an unspecified null set."],
            "Shape check of the printed factor spaces: ℝ^{d₀×d₁} × ℝ^{d₁×d₂} makes W₂W₁X undefined for d₀ ≠ d₁ (refuted as "
            + "a shape error; witness d₀ = 3, d₁ = 2, d₂ = 4); the corrected statement with W₁ ∈ ℝ^{d₁×d₀}, W₂ ∈ ℝ^{d₂×d₁} is "
            + "trbw/thm5#b~fixed."),

        E("trbw/thm5#b~fixed", "Theorem 5 (b), factor spaces corrected", ClaimKind.Thm,
            @"(b) For $N = 2$, for almost all initial values $W_1(0)$ and $W_2(0)$, the flow (5) converges to a global minimizer of L^N on $\mathbb{R}^{d_0 \times d_1} \times \mathbb{R}^{d_1 \times d_2}$.",
            Flow + " N = 2. Correction: the factor spaces are ℝ^{d₁×d₀} × ℝ^{d₂×d₁} (W₁ ∈ ℝ^{d₁×d₀}, W₂ ∈ ℝ^{d₂×d₁} by the paper's convention); the printed ℝ^{d₀×d₁} × ℝ^{d₁×d₂} is transposed.",
            ["XXᵀ full rank.", "N = 2.", "Initialisation outside an unspecified null set."],
            "Seeded Gaussian starts (each outside any fixed null set with probability one), flow (5) run to ‖∇L²‖ ≤ 1e-9: "
            + "L²(limit) = min L² = L¹(W*_{min(d₀,d₁,d₂)}). Negative control: the zero start (a critical point) is refuted."),

        E("trbw/text7", "Section 4 (conjecture for N ≥ 3)", ClaimKind.Text,
            @"We conjecture that also for $N \geq 3$ the flow converges to a global minimizer of L^N for almost all initializations.",
            Flow,
            ["N ≥ 3."],
            "A conjecture, not a claim: not-checkable."),

        E("trbw/text8", "Section 4 (balanced tuples are a null set)", ClaimKind.Text,
            @"since the balanced tuples of matrices (W_1, \dots, W_N) form a set of zero themselves, the result below cannot be deduced directly from the previous theorem.",
            Loss + " Extraction/print: 'a set of zero' read as 'a set of (measure) zero'.",
            ["N ≥ 2."],
            "Exact proof: balancedness is the zero set of the polynomial Σⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖²_F, which is not identically "
            + "zero (exact witness W₁ = E₁₁, Wⱼ = 0 otherwise); zero sets of nonzero polynomials are Lebesgue-null."),

        E("trbw/thm6", "Theorem 6", ClaimKind.Thm,
            @"Assume that XX^T has full rank and let $N \geq 2$. Then for almost all initializations $W(0) \in \mathbb{R}^{d_y \times d_x}$ on \mathcal{M}_k , the flow $W(t)$ on \mathcal{M}_k solving (9) (cf. Theorem 4) converges to a global minimum of L^1 restricted to \mathcal{M}_k or to a critical point on some \mathcal{M}_\ell , where $\ell < k$.",
            Metric,
            ["XXᵀ full rank.", "N ≥ 2.", "W(0) ∈ 𝓜_k outside an unspecified null set."],
            "Per seeded rank-k start W(0) (each outside any fixed null set with probability one): (9) integrated through "
            + "its balanced rank-k factorisation (Theorem 4.1, checked as trbw/thm4#1-flow) with the adaptive integrator; k ≤ "
            + "q: the limit equals W*_k; k = q + 1: σ_k(W(t)) decreases and L¹ approaches min L¹ (the lower-stratum option). "
            + "Negative control: comparison with W*_{k−1} is refuted. 'Almost all' itself is not checkable."),

        E("trbw/thm6#no-minimum", "Theorem 6 (no minimum above rank q)", ClaimKind.Thm,
            @"Note that for $k > \text{rank}((YX^T(XX^T)^{-\frac{1}{2}}))$ there is no global minimum of L^1 on \mathcal{M}_k so that then the second option applies.",
            Metric,
            ["k ≤ min(dₓ, d_y)."],
            "Numeric: inf over 𝓜_k of L¹ equals min L¹ (attained only at rank q): the sequence W*_q + ε·(rank k−q "
            + "perturbation in the complement)(XXᵀ)^{−1/2} has L¹ → min L¹ as ε → 0 while every rank-k matrix has L¹ > min L¹ "
            + "(strict, by uniqueness of the unconstrained minimiser). Checked on random instances with q < k."),

        E("trbw/text9", "Section 4 (strict saddles avoided)", ClaimKind.Text,
            @"Both results are established by characterizing the strict saddle points of the functionals L^N , and L^1 , see [1, Section 6.4] and [5, 7], which are defined as critical points, where the (Riemannian) Hessian has a negative eigenvalue, and by showing that Riemannian gradient flows avoid strict saddle points for almost all initializations, see [1, Theorem 28].",
            Flow,
            [],
            "Not checkable: results of the companion paper [1] not stated here. Proxy (optional): Hessian of L^N at "
            + "constructed critical points of rank < r̄ has a negative eigenvalue for N = 2."),

        E("trbw/text9#strict-saddle", "Section 4 (strict saddles, computable instance N = 2)", ClaimKind.Text,
            @"Both results are established by characterizing the strict saddle points of the functionals L^N , and L^1 , see [1, Section 6.4] and [5, 7], which are defined as critical points, where the (Riemannian) Hessian has a negative eigenvalue",
            Flow + " N = 2.",
            ["N = 2.", "A critical point that is not a global minimiser."],
            "Computable part of trbw/text9 for N = 2: critical points W_S = Σ_{i∈S}σᵢuᵢvᵢᵀ(XXᵀ)^{−1/2} (S not the top-r̄ set) with "
            + "balanced factors have ∇L² = 0 and a negative Hessian eigenvalue (full Hessian of the engine). Negative control: "
            + "the top-r̄ set (global minimisers) is refuted. For N ≥ 3 non-strict saddles exist (e.g. the origin), so no claim."),
    ];
}
