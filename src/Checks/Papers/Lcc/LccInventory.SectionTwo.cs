using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Lcc;

/// <content>Section 2 of lcc: problem setup (1)–(4), Lemma 1, Proposition 1, Theorem 1.</content>
public static partial class LccInventory
{
    private static InventoryEntry[] SectionTwo() =>
    [
        E("lcc/eq1", "Equation (1)", ClaimKind.Eq,
            @"\mathcal{L}(\mathbf{W}) = \frac{1}{2} \|\mathbf{Y} - \hat{\mathbf{Y}}\|_F^2 = \frac{1}{2} \|\mathbf{Y} - \mathbf{W}_{H+1} \dots \mathbf{W}_1 \mathbf{X}\|_F^2",
            General,
            ["Ŷ = W_{H+1}⋯W₁X.", "Wᵢ ∈ ℝ^{dᵢ×dᵢ₋₁}, i = 1, …, H+1."],
            "Symbolic, entry-wise (widths (2,2,1), (3,2,2), (2,2,2,1)): the engine's symbolic loss equals the per-sample sum "
            + "½Σᵢ‖yᵢ − W_{H+1}⋯W₁xᵢ‖² with all entries symbolic; numeric cross-check of the engine's m-free loss on Gaussian "
            + "instances (negative control in tests: a factor ½ on the sum is refuted)."),

        E("lcc/text1", "Assumption 1 (Dimension Condition)", ClaimKind.Text,
            @"$m \geq d_x \geq \max(d_1, \dots, d_H) \geq \min(d_1, \dots, d_H) \geq d_y$. In particular in the case $H = 1$ this condition yields $m \geq d_x \geq d_1 \geq d_y$.",
            General,
            ["Integer dimensions m, dₓ, d₁, …, d_H, d_y ≥ 1."],
            "Predicate on dimensions, used as a hypothesis by every check below; the H = 1 specialisation is checked "
            + "as an implication over all dimension tuples up to 8 (exhaustive)."),

        E("lcc/text2", "Assumption 2 (Full Rank Data and Targets)", ClaimKind.Text,
            @"The matrices \mathbf{X} and \mathbf{Y} are of full (row) rank, i.e., of rank d_x and d_y , respectively, accordingly with Assumption 1.",
            General,
            ["Assumption 1 holds."],
            "Predicate (numeric rank with tolerance 1e-10·σ_max) used as a hypothesis; the instance generators "
            + "(Gaussian X, Y with m ≥ dₓ) satisfy it almost surely and assert it."),

        E("lcc/eq2", "Equation (2)", ClaimKind.Eq,
            @"$\mathcal{L}(\mathbf{W}) = L(\mathbf{W}) + \frac{1}{2}\|\mathbf{Y}\mathbf{V}_{\mathbf{X}}^2\|_F^2$ with $L(\mathbf{W}) \equiv \frac{1}{2}\|\Sigma_{\mathbf{Y}} - \overline{\mathbf{W}}_{H+1}\overline{\mathbf{W}}_H \dots \overline{\mathbf{W}}_2\overline{\mathbf{W}}_1\|_F^2$ where $\Sigma_{\mathbf{X}} \equiv [\mathbf{S}_{\mathbf{X}} \mid \mathbf{0}]$, $\overline{\mathbf{W}}_{H+1} \equiv \mathbf{U}_{\mathbf{Y}}^T \mathbf{W}_{H+1}$, $\overline{\mathbf{W}}_1 \equiv \mathbf{W}_1 \mathbf{U}_{\mathbf{X}} \mathbf{S}_{\mathbf{X}} \mathbf{V}_{\mathbf{Y}}$, $\overline{\mathbf{W}}_i = \mathbf{W}_i$ for $i = 2, \dots, H$",
            General + " SVDs X = U_X Σ_X V_Xᵀ, V_X = [V_X¹ | V_X²], V_X¹ ∈ ℝ^{m×dₓ}; Ȳ ≡ Y V_X¹ = U_Y Σ_Y V_Yᵀ.",
            ["Assumptions 1 and 2 (S_X invertible, so the change of variables W̄₁ ↔ W₁ is a bijection)."],
            "Symbolic, entry-wise: S_X, Σ_Y, YV_X² and all weights symbolic in fixed exact rational orthogonal frames (Cayley "
            + "transforms), H ∈ {1, 2}; numeric cross-check with random frames from MathNet SVDs, H ∈ {1, 2, 3}. Negative "
            + "control: dropping S_X from W̄₁ (W̄₁ = W₁U_XV_Y) is not proved / refuted."),

        E("lcc/text3", "Section 2.1 (dimension of the state space)", ClaimKind.Text,
            @"the state space of $\Xi \equiv (\overline{\mathbf{W}}_{H+1}, \dots, \overline{\mathbf{W}}_1)$ is equal to $\mathcal{X} = \mathbb{R}^{d_y \times d_H} \times \dots \times \mathbb{R}^{d_1 \times d_x}$. In particular, for $H = 1$ we have $d_H = d_1$ and \mathcal{X} has dimension $d_1(d_x + d_y)$.",
            General,
            ["H = 1 for the dimension count."],
            "Exact arithmetic: Σᵢ dᵢdᵢ₋₁ for H = 1 equals d₁(dₓ + d_y), checked for all dimension tuples up to 8."),

        E("lcc/text4", "Assumption 3 (Distinct Singular Values)", ClaimKind.Text,
            @"The target $\overline{\mathbf{Y}}$ has d_y distinct singular values. [...] Assumption 3 actually holds for an open and dense subset of $\mathbb{R}^{d_y \times d_x}$.",
            General,
            ["Ȳ ∈ ℝ^{d_y×dₓ}, d_y ≤ dₓ."],
            "The assumption is a predicate (minimum gap between consecutive singular values > 1e-8·σ_max). "
            + "The genericity sentence ('open and dense') is not checkable as a topological statement; Monte Carlo "
            + "evidence only: 10⁴ seeded Gaussian matrices, all with distinct singular values; negative control: the "
            + "constructed matrix with a repeated singular value must fail the predicate."),

        E("lcc/def1", "Definition 1 (GDD)", ClaimKind.Def,
            @"The Gradient Descent Dynamic of L is the dynamical system defined on \mathcal{X} by $$\frac{d\Xi}{dt} = -\nabla_{\Xi} L(\Xi) \quad (3)$$ [...] A point $\Xi \in \mathcal{X}$ is a critical point of L if and only if $\nabla_{\Xi} L(\Xi) = \mathbf{0}$ and we denote $\text{Crit}(L)$ the set of critical points.",
            Flow,
            ["L is the reduced loss (2)."],
            "Definition, encoded as the flow integrated by the numeric engine (RK4 with step control on the reduced "
            + "coordinates) and the predicate ‖∇L(Ξ)‖_F ≤ tol for Crit(L). Note: despite the name 'gradient descent', (3) "
            + "is a continuous-time gradient flow; no step size appears anywhere in lcc."),

        E("lcc/eq3", "Equation (3)", ClaimKind.Eq,
            @"\frac{d\Xi}{dt} = -\nabla_{\Xi} L(\Xi)",
            Flow,
            [],
            "Definition of the gradient flow (part of Definition 1, lcc/def1); no identity to check beyond lcc/eq4."),

        E("lcc/text5", "Section 2.1 (first-order expansion Δ_Ξ)", ClaimKind.Text,
            @"$$L(\Xi + \xi) = L(\Xi) + \Delta_{\Xi}(\xi) + O(\|\xi\|^2)$$ with $\overline{\mathbf{M}} \equiv \Sigma_{\mathbf{Y}} - \overline{\mathbf{W}}_{H+1} \dots \overline{\mathbf{W}}_1$, $L(\Xi) = \frac{1}{2}\|\overline{\mathbf{M}}\|_F^2$ and [...] $\Delta_{\Xi}(\xi) \equiv -\sum_{j=1}^{H+1} \text{tr}(\overline{\mathbf{M}}^T \overline{\mathbf{W}}_{H+1} \dots \overline{\mathbf{W}}_{j+1} \overline{\mathbf{w}}_j \overline{\mathbf{W}}_{j-1} \dots \overline{\mathbf{W}}_1)$",
            Flow + " Extraction: the perturbation is printed as ξ ≡ (W̄_{H+1}, …, W̄₁) (capital letters); it must be the "
            + "tuple of lower-case perturbations (w̄_{H+1}, …, w̄₁) used inside Δ_Ξ — read that way.",
            ["ξ = (w̄_{H+1}, …, w̄₁) with w̄ⱼ of the shape of W̄ⱼ."],
            "Symbolic proof at fixed depths H+1 ∈ {2, 3, 4} (entry-wise polynomials over ℚ): the coefficient of ε in "
            + "L(Ξ + εξ) equals Δ_Ξ(ξ); also dimension-free with the trace-cyclicity rewriter. Negative control: "
            + "the same sum with M̄ instead of M̄ᵀ (or with the sign flipped) must be rejected."),

        E("lcc/eq4", "Equation (4)", ClaimKind.Eq,
            @"\frac{d\overline{\mathbf{W}}_j}{dt} \equiv -\nabla_{\overline{\mathbf{W}}_j} L(\Xi) = (\overline{\mathbf{W}}_{H+1} \dots \overline{\mathbf{W}}_{j+1})^T \overline{\mathbf{M}} (\overline{\mathbf{W}}_{j-1} \dots \overline{\mathbf{W}}_1)^T",
            Flow,
            ["j = 1, …, H+1; empty products are identities."],
            "Symbolic proof (gradient of the trace polynomial, all depths via the depth-generic prover and entry-wise at "
            + "H+1 ∈ {2,3,4}); numeric: central finite differences on random instances (relative error < 1e-6). "
            + "Negative control: the gradient with the factors in the wrong order ((W̄_{j−1}⋯W̄₁)ᵀ on the left) must fail."),

        E("lcc/lemma1", "Lemma 1 (Invariant in GDD)", ClaimKind.Lemma,
            @"Consider any trajectory of the gradient system given by (4). Then, for $j = 1, \dots, H$, the value of $\overline{\mathbf{W}}_{j+1}^T \overline{\mathbf{W}}_{j+1} - \overline{\mathbf{W}}_j \overline{\mathbf{W}}_j^T$ remains constant, i.e., $$\overline{\mathbf{W}}_{j+1}^T(t) \overline{\mathbf{W}}_{j+1}(t) - \overline{\mathbf{W}}_j(t) \overline{\mathbf{W}}_j^T(t) = \mathbf{C}_j^0 \equiv (\overline{\mathbf{W}}_{j+1}^T \overline{\mathbf{W}}_{j+1} - \overline{\mathbf{W}}_j \overline{\mathbf{W}}_j^T) \Big|_{t=0}, \quad \forall t \geq 0.$$",
            Flow,
            ["Ξ(t) solves (4)."],
            "Symbolic: d/dt(W̄ⱼ₊₁ᵀW̄ⱼ₊₁ − W̄ⱼW̄ⱼᵀ) = 0 after substituting (4) (all depths, trace-free matrix identity). "
            + "Trajectory check: RK4 run of (4) on random Gaussian instances, H ∈ {1,2,3}, max over t of "
            + "‖Cⱼ(t) − Cⱼ⁰‖_F at the integrator's error level. Negative controls: the reversed expression "
            + "W̄ⱼ₊₁W̄ⱼ₊₁ᵀ − W̄ⱼᵀW̄ⱼ must drift; along discrete GD the invariant must change by O(η²) (not a flow)."),

        E("lcc/lemma1#h1", "Lemma 1 (case H = 1)", ClaimKind.Lemma,
            @"In particular, in the case of $H = 1$ we get $\overline{\mathbf{W}}_2^T \overline{\mathbf{W}}_2 - \overline{\mathbf{W}}_1 \overline{\mathbf{W}}_1^T = \mathbf{C}^0 \equiv (\overline{\mathbf{W}}_2^T \overline{\mathbf{W}}_2 - \overline{\mathbf{W}}_1 \overline{\mathbf{W}}_1^T) \Big|_{t=0}$.",
            Flow,
            ["H = 1."],
            "Same symbolic identity instantiated at depth 2 and the same trajectory check on H = 1 runs."),

        E("lcc/lemma1#flow", "Lemma 1 (along integrated flows, computable part)", ClaimKind.Lemma,
            @"Consider any trajectory of the gradient system given by (4). Then, for $j = 1, \dots, H$, the value of $\overline{\mathbf{W}}_{j+1}^T \overline{\mathbf{W}}_{j+1} - \overline{\mathbf{W}}_j \overline{\mathbf{W}}_j^T$ remains constant",
            Flow,
            ["Ξ(t) solves (4) (integrated by the engine, Dormand–Prince, rtol 10⁻¹⁰)."],
            "Trajectory check next to the symbolic proofs of lcc/lemma1 and lcc/lemma1#h1: engine flows for H ∈ {1, 2, 3} from "
            + "seeded Gaussian starts; relative drift of Cⱼ(t) at most 10⁻⁶. Negative control (tests): the reversed expression "
            + "W̄ⱼ₊₁W̄ⱼ₊₁ᵀ − W̄ⱼᵀW̄ⱼ must drift (refuted)."),

        E("lcc/text6", "Section 2.2 (stratification of Crit(L))", ClaimKind.Text,
            @"we stratify the set of critical points $\text{Crit}(L)$ in d_y subsets, one of them corresponding to the set of global minima and the $d_y - 1$ others, $\text{Crit}_r(L)$, with $r = 1, \dots, d_y - 1$, corresponding to the set of saddle points.",
            OneHidden,
            ["Assumptions 1–3."],
            "Numeric at constructed critical points (H = 1): the rank-0 points Ξ = (A = 0, B arbitrary, C = 0) satisfy "
            + "(6) and belong to none of the d_y listed strata (rank r = 0). REFUTATION CANDIDATE: the stratification "
            + "has d_y + 1 strata (r = 0, …, d_y), the extra one consisting of saddles with L = ½‖S_Y‖²_F. Check: "
            + "‖∇L‖ = 0 exactly at the constructed point and rank(A) = rank(C) = 0."),

        E("lcc/text7", "Section 2.2 (no local maximum)", ClaimKind.Text,
            @"(it turns out that there is no local maximum [13])",
            OneHidden,
            ["Assumptions 1–3."],
            "Numeric: at constructed critical points of every rank r = 0, …, d_y and every index set, the Hessian "
            + "(exact quadratic form H_Ξ assembled as a matrix) has at least one strictly positive eigenvalue. "
            + "Negative control: −L must be rejected (it has local maxima at the global minima of L)."),

        E("lcc/text8", "Section 2.2 (dimension budget of the proof)", ClaimKind.Text,
            @"we next derive an upper bound D_C^r for the ``dimension'' of $\text{Crit}_r(L)$ and then show that the sum $D_S^r + D_C^r$ is smaller than the dimension of the state space \mathcal{X} minus two.",
            OneHidden,
            ["1 ≤ r ≤ d_y − 1; D_S^r ≤ dim 𝒳 − U_S^r with U_S^r from (12)."],
            "Not checkable: D_S^r bounds dimensions of basins of attraction. Its computable parts: the printed arithmetic "
            + "(lcc/text17, proved), (11) and (12) (lcc/eq11 proved, lcc/eq12 refuted) and the inertia proxy of the codimension "
            + "(lcc/text18#negative-eigenvalues, refuted). Note: the later proof shows '≤ dim 𝒳 − 2', not 'smaller than'."),

        E("lcc/text9", "Section 2.2 (degree of the loss)", ClaimKind.Text,
            @"Since the loss function $L(\Xi)$ is a polynomial of degree $(H + 1)^2$ in the components of Ξ",
            Flow,
            ["Reduced loss (2) with H hidden layers."],
            "Symbolic: expand L at H = 1, 2, 3 as a polynomial over ℚ in the entries and read its total degree. "
            + "REFUTATION CANDIDATE: the degree is 2(H+1) (the product of H+1 factors is squared), which equals (H+1)² only "
            + "for H = 1; for H = 2 the degree is 6, not 9. Negative control: the check must accept 2(H+1)."),

        E("lcc/prop1", "Proposition 1 (Global Convergence of GDD to Critical Points)", ClaimKind.Prop,
            @"Let (\mathbf{X}, \mathbf{Y}) be a data-target pair satisfying Assumptions 1 and 2. Then, every trajectory of the corresponding gradient flow (4) converges to a critical point as $t \rightarrow \infty$, at rate at least $t^{-\alpha}$, for some fixed $\alpha > 0$ only depending on the dimensions of the problem.",
            Flow,
            ["Assumptions 1 and 2.", "Ξ(0) arbitrary."],
            "Not checkable as stated: 'every trajectory' and t → ∞, and α is an unspecified constant ('for some fixed "
            + "α > 0'). Computable parts are separate sub-claims: lcc/prop1#bounded (trajectory bounded), "
            + "lcc/prop1#critical (gradient norm tends to 0 along long runs)."),

        E("lcc/prop1#bounded", "Proposition 1 (boundedness, computable part)", ClaimKind.Prop,
            @"every trajectory of the corresponding gradient flow (4) [is bounded] (proof: ``the sum $\|\bar{\mathbf{W}}_1\|_F^2 + \|\bar{\mathbf{W}}_2\|_F^2$ is uniformly bounded for all $t \geq 0$'')",
            Flow,
            ["Assumptions 1 and 2."],
            "Trajectory check: RK4 runs of (4) from seeded Gaussian starts of scales 0.01, 1, 10 (H ∈ {1, 2}); "
            + "F(t) = Σⱼ‖W̄ⱼ‖²_F stays below max(F(0), c₁/c₂) with the explicit c₁, c₂ of lcc/prop1#proof-logistic (H = 1)."),

        E("lcc/prop1#critical", "Proposition 1 (convergence to a critical point, computable part)", ClaimKind.Prop,
            @"every trajectory of the corresponding gradient flow (4) converges to a critical point as $t \rightarrow \infty$",
            Flow,
            ["Assumptions 1 and 2."],
            "Trajectory check: along long RK4 runs ‖∇L(Ξ(t))‖_F decreases below 1e-8 and the increments ‖Ξ(t₂) − Ξ(t₁)‖ "
            + "become Cauchy; includes starts at constructed saddles (which stay put). The rate t^{−α} is not checked "
            + "(α unspecified)."),

        E("lcc/thm1", "Theorem 1 (GDD Converges to a Global Minimum for Almost All Initializations)", ClaimKind.Thm,
            @"Let Assumptions 1-3 hold. Then there exists an open and dense subset $\overline{\mathcal{P}}$ of the parameter (data) space \mathcal{P} so that, for every pair (\mathbf{X}, \mathbf{Y}) in $\overline{\mathcal{P}}$, there exists an open and dense subset $\overline{\mathcal{X}}$ of the state space \mathcal{X} such that every trajectory of the GDD in (4) corresponding to (\mathbf{X}, \mathbf{Y}) and starting in $\overline{\mathcal{X}}$ converges to a global minimum with $L(\Xi) = 0$.",
            Flow + " Proof given only for H = 1; H > 1 deferred to an extended version.",
            ["Assumptions 1–3.", "(X, Y) generic (unspecified open dense set).", "Ξ(0) generic (unspecified open dense set)."],
            "Monte Carlo (MonteCarloEvidence): seeded Gaussian data reduced to Σ_Y as in (2), Gaussian initialisations of "
            + "the reduced coordinates (H ∈ {1, 2}), the GDD (4) integrated to t = 80; success when L is below the smallest "
            + "nonzero critical value ½s_min² (then the limit is a global minimum). Stated bound 0.95 (fast, 100 trials) or 0.99 "
            + "(thorough, 600 trials) for 'almost all'. Negative control: starts on {Aeᵢ = 0, Cᵀeᵢ = 0} are refuted. "
            + "Exceptions: lcc/thm1#exceptions."),

        E("lcc/thm1#exceptions", "Theorem 1 (measure-zero exceptions, negative test)", ClaimKind.Thm,
            @"[trajectories] starting in $\overline{\mathcal{X}}$ converge to a global minimum (the complement of $\overline{\mathcal{X}}$ is nonempty)",
            OneHidden,
            ["Start on the invariant set {A eᵢ = 0, eᵢᵀC = 0} for some i, or at a constructed saddle of rank r < d_y."],
            "Negative test (must NOT reach L = 0): starts with A eᵢ = 0 and Cᵀeᵢ = 0 stay on that invariant subspace "
            + "(d/dt(A eᵢ) = Cᵀ M eᵢ = sᵢCᵀeᵢ = 0, d/dt(eᵢᵀC) = sᵢ(A eᵢ)ᵀ = 0), so L(t) ≥ ½sᵢ² for all t; "
            + "starts at constructed saddles stay at L = ½‖E_Y‖²_F. Control: a tiny generic perturbation of the same start "
            + "must reach L < 1e-8."),
    ];
}
