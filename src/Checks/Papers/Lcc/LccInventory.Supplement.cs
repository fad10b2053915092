using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Lcc;

/// <content>Supplementary material of lcc: Theorem 2, Remark 2, Proofs 1 and 2, Lemmas 3 and 4, (10)–(14).</content>
public static partial class LccInventory
{
    private static InventoryEntry[] Supplement() =>
    [
        E("lcc/thm2", "Theorem 2 (Łojasiewicz's theorem, [17])", ClaimKind.Thm,
            @"Let L be a real analytic function and let $\Xi(\cdot)$ be a solution trajectory of the gradient system given by Definition 1. Further assume that $\sup_{t \geq 0} \|\Xi(t)\| < \infty$. Then $\Xi(\cdot)$ converges to a critical point of L , as $t \rightarrow \infty$.",
            Flow,
            ["L real analytic (here a polynomial).", "The trajectory is bounded."],
            "Not checkable: a cited external theorem about all real-analytic functions and infinite time. Its instance "
            + "for the lcc loss is covered by the trajectory checks lcc/prop1#bounded and lcc/prop1#critical."),

        E("lcc/remark2", "Remark 2", ClaimKind.Remark,
            @"Since the fundamental (strict) gradient descent direction (as in Definition 1) in Łojasiewicz's theorem can in fact be relaxed to a (more general) angle condition (see for example Theorem 2.2 in [1]), the line of argument developed in the core of the article may be similarly followed to prove the global convergence of more advanced optimizers (e.g., SGD, SGD-Momentum [21], ADAM [14], etc.)",
            Flow,
            [],
            "Not checkable: no formula, a statement about possible future proofs for other optimisers ('may be similarly followed')."),

        E("lcc/eq10", "Equation (10) (Proof 1)", ClaimKind.Eq,
            @"\begin{cases} \mathbf{C}^T \mathbf{M} = \mathbf{0} \\ \mathbf{C} \mathbf{c}^T = \mathbf{0} \\ \mathbf{c}^T \mathbf{M} \neq \mathbf{0} \end{cases}",
            Critical,
            ["Ξ ∈ Crit_r(L), 1 ≤ r ≤ d_y − 1 (so M ≠ 0)."],
            "Existence made constructive: lcc/eq10#construction."),

        E("lcc/eq10#construction", "Proof 1 (construction of c)", ClaimKind.Eq,
            @"with $\mathbf{c}^T \mathbf{U} = \begin{bmatrix} \mathbf{c}_1^T & \mathbf{c}_2^T \end{bmatrix}$. To fulfill (10) it suffices to take $\mathbf{c}_1 = \mathbf{0}$ and $\mathbf{c}_2^T \in \text{Ker } \overline{\mathbf{C}}$ with $\mathbf{c}_2^T \mathbf{E}_Y \neq \mathbf{0}$, which is possible since by definition $\overline{\mathbf{C}}^T \in \mathbb{R}^{d_1 \times r}$ is of full rank $r \leq d_1$, together with $\mathbf{E}_Y \neq \mathbf{0}$.",
            Critical,
            ["Ξ ∈ Crit_r(L), 1 ≤ r ≤ d_y − 1.", "d₁ ≥ d_y > r (Assumption 1), so Ker C̄ ≠ {0}."],
            "Numeric at every constructed saddle: build c from a kernel basis of C̄, verify the three lines of (10) and "
            + "the three block identities of Proof 1, then H_Ξ(ξ) < 0 for a = c₀cᵀM with c₀ large. Negative control: "
            + "c₁ ≠ 0 generic must violate Ccᵀ = 0."),

        E("lcc/lemma3", "Lemma 3 (Upper Bound for the Dimension of Crit_r(L))", ClaimKind.Lemma,
            @"Under Assumption 1-3, an upper bound for the dimension of the subset of critical points $\text{Crit}_r(L)$ for $1 \leq r \leq d_y - 1$ is $2d_1r - r^2 + (d_1 - r)(d_x - d_y)$.",
            Critical,
            ["Assumptions 1–3.", "1 ≤ r ≤ d_y − 1."],
            "Numeric: at constructed critical points (random Ā, B in the largest stratum) the dimension of the tangent "
            + "space of (8) (nullity of the Jacobian of (C̄Ā − D_Y, C̄B) in (Ā, B, C̄)) and the kernel dimension of the "
            + "Hessian of L both equal 2d₁r − r² + (d₁−r)(dₓ−d_y). Exhaustive over dimensions d_y ≤ d₁ ≤ dₓ ≤ 5."),

        E("lcc/text16", "Proof of Lemma 3 (degree of the defining polynomials)", ClaimKind.Text,
            @"The space described by (8) is in fact an algebraic variety (i.e., the set of zeros of a polynomial of degree three) made of a finite number of two by two disjoint smooth strata [10].",
            Critical,
            [],
            "Not checkable: 'a finite number of two by two disjoint smooth strata [10]' and which stratum is largest are "
            + "structural claims of stratification theory. Computable part: lcc/text16#degree (the critical equations (6) are "
            + "cubic, the equations of (8) quadrics)."),

        E("lcc/text16#degree", "Proof of Lemma 3 (degree three, computable part)", ClaimKind.Text,
            @"The space described by (8) is in fact an algebraic variety (i.e., the set of zeros of a polynomial of degree three)",
            Critical,
            [],
            "Exact expansion: the critical equations (6) (CᵀS_Y − CᵀCA, CB, AS_Y − AAᵀCᵀ) have degree 3; the equations of (8) "
            + "themselves are quadrics (degree 2) — recorded as the reading (the degree three is that of (6))."),

        E("lcc/eq11", "Equation (11)", ClaimKind.Eq,
            @"D_C^r = \dim \bar{\mathbf{A}} + \dim \bar{\mathbf{C}} + \dim \bar{\mathbf{B}} - \dim \{\text{constraints in (8)}\} = 2d_1r - r^2 + (d_1 - r)(d_x - d_y).",
            Critical,
            ["Columns of Ā, B, C̄ᵀ in general position (largest stratum)."],
            "Exact arithmetic: d₁r + rd₁ + d₁(dₓ−d_y) − (r² + r(dₓ−d_y)) = 2d₁r − r² + (d₁−r)(dₓ−d_y) (symbolic polynomial "
            + "identity in d₁, r, dₓ, d_y); numeric tangent-space dimension as in lcc/lemma3."),

        E("lcc/lemma4", "Lemma 4 (Lower Bound for the Dimension of C(Ξ))", ClaimKind.Lemma,
            @"Under Assumption 1-3, for $\Xi \in \text{Crit}_r(L)$ with $1 \leq r \leq d_y - 1$, the dimension of $\mathcal{C}(\Xi)$ is larger than or equal to $$U_S^r = (d_1 - r)(d_x - d_y) + 2rd_1 - r^2 + (d_y - r)(d_1 - r) + 1. \quad (12)$$",
            Critical + " 𝒞(Ξ) is 'the linear span of the non-converging variations around Ξ' — not defined precisely.",
            ["Assumptions 1–3.", "1 ≤ r ≤ d_y − 1."],
            "Not checkable as stated (𝒞(Ξ) is not defined precisely). The computable counts of its proof are sub-claims: "
            + "lcc/lemma4#kernel-b, #kernel-a1c1, #kernel-c2, #negative, and lcc/eq13, lcc/eq14. The proof counts the "
            + "solution space of (13) (= kernel of the Hessian) plus one negative direction."),

        E("lcc/eq12", "Equation (12)", ClaimKind.Eq,
            @"U_S^r = (d_1 - r)(d_x - d_y) + 2rd_1 - r^2 + (d_y - r)(d_1 - r) + 1",
            Critical,
            ["1 ≤ r ≤ d_y − 1."],
            "Numeric comparison at constructed saddles: U_S^r − 1 as printed should equal dim Ker ∇²L (the solution space "
            + "of (13)). REFUTATION CANDIDATE: numerically dim Ker ∇²L = D_C^r (the (d_y−r)(d₁−r) term is absent, see "
            + "lcc/lemma4#kernel-c2). Report the Hessian inertia (n₋, n₀, n₊) next to the printed counts."),

        E("lcc/eq13", "Equation (13)", ClaimKind.Eq,
            @"\begin{cases} \mathbf{c}^\top \mathbf{M} = \mathbf{C}^\top (\mathbf{c}\mathbf{A} + \mathbf{C}\mathbf{a}) \\ \mathbf{C}\mathbf{b} + \mathbf{c}\mathbf{B} = \mathbf{0} \\ \mathbf{a}\mathbf{M}^\top = \mathbf{A}(\mathbf{c}\mathbf{A} + \mathbf{C}\mathbf{a})^\top \end{cases}",
            Critical + " Obtained from the perturbed critical equations (unnumbered display before (13)) by dropping O(‖ξ‖²).",
            ["Ξ ∈ Crit_r(L)."],
            "Symbolic: (13) is the first-order part of (6) at Ξ + ξ, i.e. the kernel equations of the Hessian. Numeric: "
            + "the solution space of (13) (a linear map assembled as a matrix) equals Ker ∇²L at constructed critical points."),

        E("lcc/lemma4#kernel-b", "Proof of Lemma 4 (b-count)", ClaimKind.Lemma,
            @"The subspace of solutions of the second equation of (13) with fixed \mathbf{c} is of dimension $(d_1 - r)(d_x - d_y)$ since it is the kernel of the linear map $\mathbf{b} \mapsto \mathbf{C}\mathbf{b}$ for any given \mathbf{C} of rank r .",
            Critical,
            ["rank C = r.", "c such that cB ∈ range(b ↦ Cb) (otherwise the affine space is empty)."],
            "Numeric rank-nullity of b ↦ Cb at constructed points: nullity (d₁ − r)(dₓ − d_y)."),

        E("lcc/eq14", "Equation (14)", ClaimKind.Eq,
            @"\begin{cases} \bar{\mathbf{C}}\mathbf{a}_1 + \mathbf{c}_1\bar{\mathbf{A}} = \mathbf{0} \\ \mathbf{c}_2^\top \mathbf{E}_\mathbf{Y}^2 = \bar{\mathbf{C}}^\top \bar{\mathbf{C}} \bar{\mathbf{A}} \bar{\mathbf{A}}^\top \mathbf{c}_2^\top \\ \mathbf{a}_2 = \bar{\mathbf{A}} \bar{\mathbf{A}}^\top \mathbf{c}_2^\top \mathbf{E}_\mathbf{Y}^{-1} \end{cases}",
            Critical + " aU = [a₁ | a₂], cᵀU = [c₁ᵀ | c₂ᵀ], a₁ ∈ ℝ^{d₁×r}, a₂ ∈ ℝ^{d₁×(d_y−r)}, c₁ ∈ ℝ^{r×d₁}, c₂ ∈ ℝ^{(d_y−r)×d₁}.",
            ["E_Y invertible.", "Ξ ∈ Crit_r(L) written in the basis of (7)."],
            "Symbolic/block derivation checked numerically: the first and third equations of (13) are equivalent to (14) "
            + "(solution spaces of the two linear maps coincide) at constructed points. Verified by hand: correct."),

        E("lcc/lemma4#kernel-a1c1", "Proof of Lemma 4 ((a₁, c₁)-count)", ClaimKind.Lemma,
            @"the dimension of the kernel of $(\mathbf{a}_1, \mathbf{c}_1) \mapsto \bar{\mathbf{C}}\mathbf{a}_1 + \mathbf{c}_1\bar{\mathbf{A}}$ is equal to $2rd_1 - r^2$",
            Critical,
            ["C̄, Ā of full rank r."],
            "Numeric rank-nullity (the map is onto ℝ^{r×r}); nullity 2rd₁ − r²."),

        E("lcc/lemma4#kernel-c2", "Proof of Lemma 4 (c₂-count)", ClaimKind.Lemma,
            @"the dimension of the kernel of $\mathbf{c}_2 \mapsto \mathbf{c}_2^\top \mathbf{E}_\mathbf{Y}^2 - \bar{\mathbf{C}}^\top \bar{\mathbf{C}} \bar{\mathbf{A}} \bar{\mathbf{A}}^\top \mathbf{c}_2^\top$ gives $(d_y - r)(d_1 - r)$, since the matrix $\bar{\mathbf{C}}^\top \bar{\mathbf{C}} \bar{\mathbf{A}} \bar{\mathbf{A}}^\top \in \mathbb{R}^{d_1 \times d_1}$ is of rank r .",
            Critical,
            ["Assumption 3 (distinct singular values).", "Ξ ∈ Crit_r(L)."],
            "Numeric nullity of the Sylvester operator X ↦ XE_Y² − KX, K = C̄ᵀC̄ĀĀᵀ (Kronecker matrix). REFUTATION "
            + "CANDIDATE: the kernel is spanned by pairs of equal eigenvalues of K and E_Y²; K's eigenvalues are the learned "
            + "s_i² (since C̄Ā = D_Y) and 0, E_Y²'s are the unlearned s_j² > 0, so under Assumption 3 the kernel is {0}, "
            + "not (d_y−r)(d₁−r)-dimensional. Negative control: with a repeated singular value shared across the split the "
            + "kernel becomes nonzero."),

        E("lcc/lemma4#negative", "Proof of Lemma 4 (one negative eigenvalue)", ClaimKind.Lemma,
            @"Finally, note from Item iii) of Proposition 2 that there always exists at least one negative eigenvalue for all $\Xi \in \text{Crit}_r(L)$ with $1 \leq r \leq d_y - 1$",
            Critical,
            ["1 ≤ r ≤ d_y − 1."],
            "Same numeric check as lcc/prop2#iii; also reports the exact number of negative eigenvalues (at least "
            + "(d_y − r)(d₁ − r) is expected from the c₂/a₂ directions), which is what the dimension budget actually needs."),

        E("lcc/text17", "Proof 2 (dimension of the union of basins)", ClaimKind.Text,
            @"\begin{aligned} & d_1(d_x + d_y) - (d_1 - r)(d_x - d_y) - 2rd_1 + r^2 - (d_y - r)(d_1 - r) - 1 + 2d_1r - r^2 \\ & + (d_1 - r)(d_x - d_y) = d_1(d_x + d_y) - (d_y - r)(d_1 - r) - 1 \leq d_1(d_x + d_y) - 2 \end{aligned} since by Assumption 1 we have $1 \leq (d_y - r) \leq (d_1 - r)$.",
            Critical,
            ["Assumption 1.", "1 ≤ r ≤ d_y − 1."],
            "Symbolic polynomial identity in (d₁, dₓ, d_y, r) for the equality; exact integer check of the inequality for all "
            + "admissible tuples up to 10. The arithmetic is correct; the conclusion inherits the count of (12) "
            + "(lcc/lemma4#kernel-c2)."),

        E("lcc/text18", "Proof 2 (codimension two)", ClaimKind.Text,
            @"Recalling for $H = 1$ we have $\dim \mathcal{X} = d_1(d_x + d_y)$ and we thus deduce that the aforementioned submanifold S_r is of codimension greater than or equal to two. Since there is a finite number of submanifolds S_r , their union for $r = 1, \dots, d_y - 1$ is also of codimension two.",
            Critical,
            ["Assumptions 1–3."],
            "Not checkable directly (dimension of basins of attraction). Proxy: at constructed saddles compare the number "
            + "of negative Hessian eigenvalues n₋ with the codimension needed (dim Crit_r + n₊ ≤ dim 𝒳 − 2 ⇔ n₋ ≥ 2 when the "
            + "critical set is normally hyperbolic). REFUTATION CANDIDATE for 'codimension two': hand computation at "
            + "d₁ = d_y = dₓ = 2, r = 1, learning the LARGER singular value (Ā = C̄ᵀ = √s₁e₁): the Hessian splits into a PSD "
            + "(a₁, c₁) block and a 4×4 (a₂, c₂) block with eigenvalues s₁ ± s₂ and ±s₂, so n₋ = 1, n₀ = D_C¹ = 3, n₊ = 4, and "
            + "the union of basins of that stratum has dimension 3 + 4 = 7 = dim 𝒳 − 1 (codimension one; still measure zero, "
            + "so Theorem 1's conclusion is unaffected). Numeric check: Hessian inertia at constructed points of every r and index set."),
        E("lcc/text18#negative-eigenvalues", "Proof 2 (codimension two, computable proxy)", ClaimKind.Text,
            @"we thus deduce that the aforementioned submanifold S_r is of codimension greater than or equal to two.",
            Critical + " Proxy: at a saddle where Crit_r is a Morse–Bott critical manifold (Ker ∇²L = its tangent space, "
            + "dimension D_C^r), the set of starts converging to it has dimension D_C^r + n₊ = dim 𝒳 − n₋, so codimension ≥ 2 "
            + "requires n₋ ≥ 2 negative Hessian eigenvalues.",
            ["Assumptions 1–3.", "1 ≤ r ≤ d_y − 1."],
            "Not checkable directly (dimension of sets of initialisations). Computable proxy lcc/text18#negative-eigenvalues: "
            + "exact Hessian inertia at constructed saddles; n₋ = 1 occurs with n₀ = D_C^r (Morse–Bott), i.e. codimension one. "
            + "Hand computation at d₁ = d_y = dₓ = 2, r = 1, learning the larger singular value: (n₋, n₀, n₊) = (1, 3, 4)."),
    ];
}
