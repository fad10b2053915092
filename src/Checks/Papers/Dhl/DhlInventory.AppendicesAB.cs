using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Dhl;

/// <content>Appendices A and B of dhl: (10)–(22), Lemma B.1, the induction of Lemma 3.1 (Claims B.1–B.3), Lemma B.2
/// and the proof of Lemma 3.2 (Claims B.4–B.5).</content>
public static partial class DhlInventory
{
    private static InventoryEntry[] AppendicesAB() =>
    [
        E("dhl/text15", "Appendix A (gradients when φ_h is linear)", ClaimKind.Text,
            @"\frac{\partial L(\boldsymbol{w})}{\partial \boldsymbol{W}^{(h)}} = \frac{\partial L(\boldsymbol{w})}{\partial \boldsymbol{x}^{(h)}} \boldsymbol{u}^{\top} = (\boldsymbol{W}^{(h+1)})^{\top} \frac{\partial L(\boldsymbol{w})}{\partial \boldsymbol{x}^{(h+1)}} \boldsymbol{u}^{\top}, \quad \frac{\partial L(\boldsymbol{w})}{\partial \boldsymbol{W}^{(h+1)}} = \frac{\partial L(\boldsymbol{w})}{\partial \boldsymbol{x}^{(h+1)}} (\boldsymbol{W}^{(h)} \boldsymbol{u})^{\top}",
            NetworkFlow + " φ_h = identity, u = φ_{h−1}(x^{(h−1)}).",
            ["φ_h is the identity.", "One sample."],
            "Symbolic (entry-wise, small widths, symbolic ∂L/∂x^{(h+1)}) and numeric against backpropagation."),

        E("dhl/eq10", "Equation (10) (proof of Theorem 2.3)", ClaimKind.Eq,
            @"\frac{d}{dt} \|\boldsymbol{v}^{(h+1)}\|^2 = -2 \left\langle \boldsymbol{v}^{(h+1)}, \frac{\partial L(\boldsymbol{v})}{\partial \boldsymbol{v}^{(h+1)}} \right\rangle = -2 \sum_{(k,i)} \frac{\partial L(\boldsymbol{v})}{\partial \boldsymbol{x}^{(h+1)}[k]} \cdot \boldsymbol{W}^{(h+1)}[k, i] \cdot \phi_h(\boldsymbol{x}^{(h)}[i]) = -2 \left\langle \frac{\partial L(\boldsymbol{v})}{\partial \boldsymbol{x}^{(h+1)}}, \boldsymbol{x}^{(h+1)} \right\rangle. \tag{10}",
            NetworkFlow + " Shared/sparse parameters v.",
            ["No bias terms.", "One sample."],
            "Symbolic (entry-wise with tied weights) and numeric on random convolutional ReLU networks: "
            + "⟨v^{(h+1)}, ∂L/∂v^{(h+1)}⟩ = ⟨∂L/∂x^{(h+1)}, x^{(h+1)}⟩ to 1e-12 relative. Negative control: with a bias "
            + "in layer h+1 the identity fails."),

        E("dhl/eq11", "Equation (11) (proof of Theorem 2.3)", ClaimKind.Eq,
            @"\frac{d}{dt} \|\mathbf{v}^{(h)}\|^2 = -2 \left\langle \frac{\partial L(\mathbf{v})}{\partial \mathbf{x}^{(h)}}, \mathbf{x}^{(h)} \right\rangle = -2 \sum_k \frac{\partial L(\mathbf{v})}{\partial \mathbf{x}^{(h+1)}[k]} \sum_i \mathbf{W}^{(h+1)}[k, i] \cdot \phi_h(\mathbf{x}^{(h)}[i]) = -2 \left\langle \frac{\partial L(\mathbf{v})}{\partial \mathbf{x}^{(h+1)}}, \mathbf{x}^{(h+1)} \right\rangle. \tag{11}",
            NetworkFlow,
            ["Homogeneous φ_h.", "One sample."],
            "Symbolic (fixed pattern) and numeric: ⟨∂L/∂x^{(h)}, x^{(h)}⟩ = ⟨∂L/∂x^{(h+1)}, x^{(h+1)}⟩ on random "
            + "ReLU/Leaky/linear networks (this is where homogeneity enters). Negative control: tanh."),

        E("dhl/eq12", "Equation (12) (Hessian quadratic form of f)", ClaimKind.Eq,
            @"[\nabla^2 f(U, V)](\Delta, \Delta) = 2 \langle UV^\top - M^*, \Delta_U \Delta_V^\top \rangle + \|U \Delta_V^\top + \Delta_U V^\top\|_F^2, \forall \Delta = \left(\frac{\Delta_U}{\Delta_V}\right), \Delta_U \in \mathbb{R}^{d_1 \times r}, \Delta_V \in \mathbb{R}^{d_2 \times r}. \tag{12}",
            Factorization,
            [],
            "Symbolic proof (entry-wise for small d₁, d₂, r: second directional derivative of the quartic polynomial f). "
            + "Numeric against the numeric engine's Hessian. Negative control: without the factor 2 must be rejected."),

        E("dhl/lemmab.1", "Lemma B.1 (smoothness over a bounded set)", ClaimKind.Lemma,
            @"For any $c > 0$, constrained on the set $S = \{(U,V) : U \in \mathbb{R}^{d_1 \times r}, V \in \mathbb{R}^{d_2 \times r}, \|U\|_F^2 \leqslant c\|M^*\|_F, \|V\|_F^2 \leqslant c\|M^*\|_F\}$, the function f is $\left(\left(6c+2\right)\|M^*\|_F\right)$ -smooth.",
            Factorization + " The proof bounds λ_max(∇²f) on S; S is convex (a product of two balls), so a Hessian "
            + "bound on S gives a Lipschitz gradient on S.",
            ["c > 0.", "(U, V) ∈ S."],
            "Numeric: λ_max(∇²f(U, V)) (dense eigen-solve, numeric engine Hessian) ≤ (6c + 2)‖M*‖_F on random points of "
            + "S (on the boundary, rank-one aligned with M*, c ∈ [1e-3, 1e3]); tightness search (restarts + Nelder–Mead "
            + "inside S) reports the largest λ_max/((6c+2)‖M*‖_F). Also the gradient-Lipschitz form on random pairs in S. "
            + "Negative control: (2c + 2)‖M*‖_F must be exceeded for some c."),

        E("dhl/lemmab.1#proof", "Lemma B.1, proof (chain of bounds)", ClaimKind.Lemma,
            @"[\nabla^2 f(\boldsymbol{U},\boldsymbol{V})] (\boldsymbol{\Delta},\boldsymbol{\Delta}) \leqslant 2\left\|\boldsymbol{U}\boldsymbol{V}^\top - \boldsymbol{M}^*\right\|_F \left\|\boldsymbol{\Delta}_U\boldsymbol{\Delta}_V^\top\right\|_F + \left\|\boldsymbol{U}\boldsymbol{\Delta}_V^\top + \boldsymbol{\Delta}_U\boldsymbol{V}^\top\right\|_F^2 \leqslant \dots \leq 2 (c \| {\boldsymbol M}^* \|_F + \| {\boldsymbol M}^* \|_F) \| {\boldsymbol \Delta} \|^2_F + \left(2 \sqrt{c \| {\boldsymbol M}^* \|_F} \cdot \| {\boldsymbol \Delta} \|_F \right)^2 = (6c+2) \| {\boldsymbol M}^* \|_F \| {\boldsymbol \Delta} \|^2_F.",
            Factorization,
            ["(U, V) ∈ S."],
            "Numeric: each inequality of the chain on random points of S and random directions Δ; the final equality "
            + "2(c+1) + 4c = 6c + 2 exactly."),

        E("dhl/text16", "Appendix B.1 (initialization conditions hold with high probability)", ClaimKind.Text,
            @"For $t = 0$, we can make the Gaussian variance in the initialization sufficiently small such that with high probability we have $$\left\|\boldsymbol{U}_0\right\|_F^2 \leqslant \epsilon, \qquad \left\|\boldsymbol{V}_0\right\|_F^2 \leqslant \epsilon, \qquad \left\|\boldsymbol{U}_0^\top \boldsymbol{U}_0 - \boldsymbol{V}_0^\top \boldsymbol{V}_0\right\|_F \leqslant \frac{\epsilon}{2}$$",
            TheoremThreeOneRun,
            ["Entries i.i.d. N(0, s) with s small."],
            "Not checkable as printed ('sufficiently small', 'high probability' unspecified). Monte Carlo exploration: "
            + "P(all three conditions) for s = ε/(100·d²·r) (the concrete poly(d) of dhl/thm3.1#run) with a Wilson 95% "
            + "interval; E‖U₀‖²_F = d₁rs ≤ ε/100 makes the first two events likely (Markov)."),

        E("dhl/text17", "Appendix B.1 (base case B(0))", ClaimKind.Text,
            @"$\mathcal{B}(0)$ can be verified by $f(U_0, V_0) = \frac{1}{2} \|U_0 V_0^\top - M^*\|_F^2 \le \|U_0 V_0^\top\|_F^2 + \|M^*\|_F^2 \le \|U_0\|_F^2 \|V_0\|_F^2 + \|M^*\|_F^2 \le \epsilon^2 + \|M^*\|_F^2 \le 2\|M^*\|_F^2$.",
            TheoremThreeOneRun + " Extraction damage: the chain is printed twice, partly garbled; read as above.",
            ["‖U₀‖²_F ≤ ε, ‖V₀‖²_F ≤ ε, ε < ‖M*‖_F."],
            "Numeric: each step on random (U₀, V₀) meeting the conditions; the first step is ½‖a − b‖² ≤ ‖a‖² + ‖b‖²."),

        E("dhl/text18", "Appendix B.1 (statement C(t) as extracted)", ClaimKind.Text,
            @"\mathcal{C}(t): \qquad \left\| \boldsymbol{U}_t \right\|_F^2 \leq \frac{5\sqrt{r}}{|\boldsymbol{M}^*|_F, \left\| \boldsymbol{V}_t \right\|_F^2} \leq \frac{5\sqrt{r}}{|\boldsymbol{M}^*|_F}.",
            TheoremThreeOneRun + " Extraction damage: the fraction layout is an artefact; Lemma 3.1 (iii) and the "
            + "proofs use ‖U_t‖²_F ≤ 5√r‖M*‖_F, ‖V_t‖²_F ≤ 5√r‖M*‖_F.",
            [],
            "Not checkable as extracted (a garbled formula); the intended statement is dhl/lemma3.1#iii, checked there."),

        E("dhl/claimb.1", "Claim B.1 (B(0…t), C(0…t) ⇒ A(t+1))", ClaimKind.Claim,
            @"\mathcal{B}(0), \ldots, \mathcal{B}(t), \mathcal{C}(0), \ldots, \mathcal{C}(t) \implies \mathcal{A}(t+1).",
            TheoremThreeOneRun,
            ["B(s) and C(s) for all s ≤ t."],
            "Trajectory (runs of dhl/lemma3.1#i, also from starts that violate A(0) mildly but meet B and C): whenever "
            + "B(0…t) and C(0…t) hold, ‖U_{t+1}ᵀU_{t+1} − V_{t+1}ᵀV_{t+1}‖_F ≤ ε; iterates where the premise fails are "
            + "counted as not meeting the hypotheses."),

        E("dhl/claimb.1#identity", "Claim B.1, proof (one-step identity, as printed)", ClaimKind.Claim,
            @"\bm{U}_{t+1}^{\top} \bm{U}_{t+1} - \bm{V}_{t+1}^{\top} \bm{V}_{t+1} = \bm{U}_{t}^{\top} \bm{U}_{t} - \bm{V}_{t}^{\top} \bm{V}_{t} + \eta_{t}^{2} \left(\bm{V}_{t}^{\top} \bm{R}_{t}^{\top} \bm{R}_{t} \bm{V}_{t} - \bm{U}_{t}^{\top} \bm{R}_{t}^{\top} \bm{R}_{t} \bm{U}_{t} \right)",
            FactorizationDescent,
            [],
            "Shape error as printed: R_tᵀR_t ∈ ℝ^{d₂×d₂} cannot multiply U_t ∈ ℝ^{d₁×r} unless d₁ = d₂ (refuted by exact "
            + "arithmetic on the dimensions); and for d₁ = d₂ the printed term is wrong in value (numeric witness). "
            + "The expansion gives U_tᵀR_tR_tᵀU_t: dhl/claimb.1#identity~fixed."),

        E("dhl/claimb.1#identity~fixed", "Claim B.1, proof (one-step identity), corrected", ClaimKind.Claim,
            @"\bm{U}_{t+1}^{\top} \bm{U}_{t+1} - \bm{V}_{t+1}^{\top} \bm{V}_{t+1} = \bm{U}_{t}^{\top} \bm{U}_{t} - \bm{V}_{t}^{\top} \bm{V}_{t} + \eta_{t}^{2} \left(\bm{V}_{t}^{\top} \bm{R}_{t}^{\top} \bm{R}_{t} \bm{V}_{t} - \bm{U}_{t}^{\top} \bm{R}_{t} \bm{R}_{t}^{\top} \bm{U}_{t} \right)",
            FactorizationDescent + " Correction: R_tR_tᵀ (d₁×d₁) in the U-term, from V_{t+1} = V_t − η_tR_tᵀU_t.",
            [],
            "Symbolic proof (entry-wise, small d₁ ≠ d₂, r; and dimension-free): the η_t-linear terms cancel. Numeric "
            + "on random instances. Negative control: the printed U_tᵀR_tᵀR_tU_t on d₁ = d₂ instances must fail."),

        E("dhl/eq13", "Equation (13)", ClaimKind.Eq,
            @"\|U_{t+1}^{\top}U_{t+1} - V_{t+1}^{\top}V_{t+1}\|_{F} \leq \|U_{t}^{\top}U_{t} - V_{t}^{\top}V_{t}\|_{F} + \eta_{t}^{2} \left(\|V_{t}^{\top}R_{t}^{\top}R_{t}V_{t}\|_{F} + \|U_{t}^{\top}R_{t}^{\top}R_{t}U_{t}\|_{F}\right) \leq \dots = \|U_{t}^{\top}U_{t} - V_{t}^{\top}V_{t}\|_{F} + 2\eta_{t}^{2} \left(\|V_{t}\|_{F}^{2} + \|U_{t}\|_{F}^{2}\right) f(U_{t}, V_{t}) \leq \|U_{t}^{\top}U_{t} - V_{t}^{\top}V_{t}\|_{F} + 2\eta_{t}^{2} \cdot 10\sqrt{r} \|M^{*}\|_{F} \cdot 2 \|M^{*}\|_{F}^{2}, \tag{13}",
            TheoremThreeOneRun + " The first line inherits the R_tᵀR_t of the printed identity; read with R_tR_tᵀ "
            + "(the norm bound ‖U_t‖²_F‖R_t‖²_F is the same).",
            ["B(t) and C(t)."],
            "Trajectory (runs of dhl/lemma3.1#i): every inequality of the chain at every step (with the corrected "
            + "U-term); the last step uses ‖U‖² + ‖V‖² ≤ 10√r‖M*‖ and f ≤ 2‖M*‖²."),

        E("dhl/claimb.1#sum", "Claim B.1, proof (summation bound)", ClaimKind.Claim,
            @"\big\| \bm{U}_{t+1}^{\top} \bm{U}_{t+1} - \bm{V}_{t+1}^{\top} \bm{V}_{t+1} \big\|_F \leq \frac{\epsilon}{2} + 40\sqrt{r} \left\| \boldsymbol{M}^* \right\|_F^3 \sum_{i=0}^t \frac{1}{(i+1)^2} \cdot \frac{\epsilon/r}{100^2 \left\| \boldsymbol{M}^* \right\|_F^3} \leq \epsilon.",
            TheoremThreeOneRun,
            ["t ≥ 0, r ≥ 1, ε > 0."],
            "Exact (engine-free): Σ_{i=0}^{t} 1/(i+1)² < 2 (telescoping 1/n² ≤ 1/(n−1) − 1/n for n ≥ 2) and 1/√r ≤ 1, so "
            + "the added term is < 40·2·ε/10⁴ = ε/125 ≤ ε/2 for every t and r."),

        E("dhl/claimb.2", "Claim B.2 (B(0…t), C(t) ⇒ B(t+1))", ClaimKind.Claim,
            @"\mathcal{B}(0), \ldots, \mathcal{B}(t), \mathcal{C}(t) \implies \mathcal{B}(t + 1).",
            TheoremThreeOneRun,
            ["B(s) for s ≤ t and C(t)."],
            "Trajectory (runs of dhl/lemma3.1#i): whenever the premise holds, f(U_{t+1}, V_{t+1}) ≤ f(U_t, V_t)."),

        E("dhl/claimb.2#norm", "Claim B.2, proof (bound on ‖U_{t+1}‖²_F, as printed)", ClaimKind.Claim,
            @"\|U_{t+1}\|_{F}^{2} \leq 2\|U_{t}\|_{F}^{2} + 2\eta_{t}^{2}\|U_{t}V_{t}^{\top} - M^{*}\|_{F}^{2}\|V_{t}\|_{F}^{2} \leq \dots \leq 10\sqrt{r}\|M^{*}\|_{F} + \frac{\epsilon}{100} \leq 11\sqrt{r}\|M^{*}\|_{F} + \frac{\epsilon}{100} \leq 11\sqrt{r}\|M^{*}\|_{F}. \quad (\text{using } \epsilon < \|M^{*}\|_{F})",
            TheoremThreeOneRun + " The middle line of the printed chain may be an extraction artefact (a duplicated "
            + "line); it is encoded as extracted.",
            ["C(t), B(t), ε < ‖M*‖_F."],
            "The printed last step 11√r‖M*‖_F + ε/100 ≤ 11√r‖M*‖_F is false for every ε > 0: refuted by exact "
            + "arithmetic (witness r = 1, ‖M*‖_F = 1, ε = 1/2). The intended step 10√r‖M*‖_F + ε/100 ≤ "
            + "11√r‖M*‖_F (ε < ‖M*‖_F) is dhl/claimb.2#norm~fixed."),

        E("dhl/claimb.2#norm~fixed", "Claim B.2, proof (bound on ‖U_{t+1}‖²_F), corrected", ClaimKind.Claim,
            @"\|U_{t+1}\|_{F}^{2} \leq 10\sqrt{r}\|M^{*}\|_{F} + \frac{\epsilon}{100} \leq 11\sqrt{r}\|M^{*}\|_{F}",
            TheoremThreeOneRun + " Correction: the spurious middle line is dropped.",
            ["C(t), B(t), ε < ‖M*‖_F."],
            "Exact for the scalar steps (engine-free: 2·(ε/r)·4·5√r/(10⁴(t+1)²) = 40ε/(10⁴√r(t+1)²) ≤ ε/250 ≤ ε/100 and "
            + "ε/100 < ‖M*‖ ≤ √r‖M*‖); trajectory check of ‖U_{t+1}‖²_F, ‖V_{t+1}‖²_F ≤ 11√r‖M*‖_F on the runs of "
            + "dhl/lemma3.1#i."),

        E("dhl/claimb.2#beta", "Claim B.2, proof (β and η_t < 1/β)", ClaimKind.Claim,
            @"Let $\beta = (66\sqrt{r} + 2) \|M^*\|_F$. From Lemma B.1, f is β -smooth over $S = \{(\boldsymbol{U}, \boldsymbol{V}) : \|\boldsymbol{U}\|_F^2 \le 11\sqrt{r} \|\boldsymbol{M}^*\|_F, \|\boldsymbol{V}\|_F^2 \le 11\sqrt{r} \|\boldsymbol{M}^*\|_F\}$. Also note that $\eta_t < \frac{1}{\beta}$ by our choice.",
            TheoremThreeOneRun,
            ["0 < ε < ‖M*‖_F, r ≥ 1."],
            "Exact (engine-free): Lemma B.1 with c = 11√r gives 6c + 2 = 66√r + 2; and η_t ≤ η₀ = √(ε/r)/(100‖M*‖^{3/2}) "
            + "with η₀β = √(ε/‖M*‖)(66 + 2/√r)/100 < 68/100 < 1."),

        E("dhl/eq14", "Equation (14) (descent lemma)", ClaimKind.Eq,
            @"f(U_{t+1}, V_{t+1}) \leq f(U_t, V_t) + \left\langle \nabla f(U_t, V_t), \left(\frac{U_{t+1}}{V_{t+1}} \right) - \left(\frac{U_t}{V_t} \right) \right\rangle + \frac{\beta}{2} \left\| \left(\frac{U_{t+1}}{V_{t+1}} \right) - \left(\frac{U_t}{V_t} \right) \right\|_F^2 = f(U_t, V_t) - \eta_t \left\| \nabla f(U_t, V_t) \right\|_F^2 + \frac{\beta}{2} \eta_t^2 \left\| \nabla f(U_t, V_t) \right\|_F^2 \leq f(U_t, V_t) - \frac{\eta_t}{2} \left\| \nabla f(U_t, V_t) \right\|_F^2. \tag{14}",
            TheoremThreeOneRun,
            ["(U_t, V_t), (U_{t+1}, V_{t+1}) ∈ S, η_t ≤ 1/β."],
            "Trajectory (runs of dhl/lemma3.1#i): every member of the chain at every step."),

        E("dhl/claimb.3", "Claim B.3 (A(t), B(t) ⇒ C(t))", ClaimKind.Claim,
            @"\mathcal{A}(t), \mathcal{B}(t) \implies \mathcal{C}(t). \quad \|UV^{\top}\|_{F} \leq 3\|M^{*}\|_{F},\|U^{\top}U-V^{\top}V\|_{F} \leq \epsilon \implies \|U\|_{F}^{2} \leq 5\sqrt{r}\|M^{*}\|_{F},\|V\|_{F}^{2} \leq 5\sqrt{r}\|M^{*}\|_{F}. \tag{15}",
            Factorization + " 0 < ε < ‖M*‖_F.",
            ["‖UVᵀ‖_F ≤ 3‖M*‖_F.", "‖UᵀU − VᵀV‖_F ≤ ε < ‖M*‖_F."],
            "Numeric: random (U, V) meeting both premises (rejection and projection sampling: balanced U = ΦΣ^{1/2}, "
            + "V = ΨΣ^{1/2} scaled to the boundary ‖UVᵀ‖_F = 3‖M*‖_F, plus perturbations within ε), r ≤ 6; evidence "
            + "with worst ratio ‖U‖²_F/(5√r‖M*‖_F); tightness search (the proof's bound √(19r)/5 ≈ 0.87·5√r). Negative "
            + "control: without the balance premise ‖U‖²_F is unbounded."),

        E("dhl/eq15", "Equation (15)", ClaimKind.Eq,
            @"\|UV^{\top}\|_{F} \leq 3\|M^{*}\|_{F},\|U^{\top}U-V^{\top}V\|_{F} \leq \epsilon \implies \|U\|_{F}^{2} \leq 5\sqrt{r}\|M^{*}\|_{F},\|V\|_{F}^{2} \leq 5\sqrt{r}\|M^{*}\|_{F}. \tag{15}",
            Factorization + " 0 < ε < ‖M*‖_F.",
            ["As for dhl/claimb.3."],
            "The display of Claim B.3; checked by dhl/claimb.3 (same instances)."),

        E("dhl/claimb.3#final", "Claim B.3, proof (final bound, as printed)", ClaimKind.Claim,
            @"||U||_F^2 = \sum_{i=1}^r \sigma_i^2 \le \sqrt{r \sum_{i=1}^r \sigma_i^4} \le \sqrt{r \cdot 19 ||M^*||_F^2} \le 5\sqrt{r} ||M^*||_F^2.",
            Factorization,
            ["Σσᵢ⁴ ≤ 19‖M*‖²_F."],
            "The printed last step √(19r)‖M*‖_F ≤ 5√r‖M*‖²_F fails whenever ‖M*‖_F < √19/5 ≈ 0.87: refuted by exact "
            + "arithmetic (witness r = 1, ‖M*‖_F = 1/2: 19/4 > 25/16 after squaring). dhl/claimb.3#final~fixed ends in "
            + "5√r‖M*‖_F, as the claim states."),

        E("dhl/claimb.3#final~fixed", "Claim B.3, proof (final bound), corrected", ClaimKind.Claim,
            @"||U||_F^2 \le \sqrt{r \cdot 19 ||M^*||_F^2} \le 5\sqrt{r} ||M^*||_F",
            Factorization + " Correction: ‖M*‖_F, not ‖M*‖²_F (√19 < 5).",
            ["Σσᵢ⁴ ≤ 19‖M*‖²_F."],
            "Exact (engine-free): √19 < 5 since 19 < 25; Cauchy–Schwarz step numeric on random singular values."),

        E("dhl/claimb.3#proof-sigma", "Claim B.3, proof (Σσᵢ⁴ ≤ 19‖M*‖²_F)", ClaimKind.Claim,
            @"\sum_{i=1}^{r} \sigma_i^4 \le \sum_{i=1}^{r} \left(\sigma_i^4 + \left\| \tilde{V}[:,i] \right\|^4 \right) = \sum_{i=1}^{r} \left(\sigma_i^2 - \left\| \tilde{V}[:,i] \right\|^2 \right)^2 + 2 \sum_{i=1}^{r} \sigma_i^2 \left\| \tilde{V}[:,i] \right\|^2 \le \epsilon^2 + 2 \left(3 \left\| M^* \right\|_F \right)^2 \le 19 \left\| M^* \right\|_F^2.",
            Factorization + " SVD U = ΦΣΨᵀ, Ṽ = VΨ.",
            ["Premises of (15).", "ε ≤ ‖M*‖_F."],
            "Numeric on the instances of dhl/claimb.3: each member of the chain (including the two printed "
            + "lower/upper bounds via ‖ΣṼᵀ‖_F and ‖ΣᵀΣ − ṼᵀṼ‖_F ≥ the diagonal part); 1 + 18 = 19 exactly."),

        E("dhl/lemmab.2", "Lemma B.2 (convergence to a stationary point)", ClaimKind.Lemma,
            @"Under the setting of Theorem 3.1, with high probability $\lim_{t\to\infty} (U_t, V_t) = (\bar{U}, \bar{V})$ exists, and (\bar{U}, \bar{V}) is a stationary point of f. Furthermore, (\bar{U}, \bar{V}) satisfies $\|\bar{U}^{\top}\bar{U} - \bar{V}^{\top}\bar{V}\| \leq \epsilon$.",
            TheoremThreeOneRun,
            ["Setting of Theorem 3.1."],
            "Not checkable as printed (a limit, 'with high probability'). Computable part: dhl/eq16 along runs; the "
            + "balance of the last iterate is part of dhl/lemma3.1#i."),

        E("dhl/eq16", "Equation (16)", ClaimKind.Eq,
            @"f(\boldsymbol{U}_{t+1}, \boldsymbol{V}_{t+1}) \leq f(\boldsymbol{U}_t, \boldsymbol{V}_t) - \frac{\eta_t}{2} \|\nabla f(\boldsymbol{U}_t, \boldsymbol{V}_t)\|_F^2 = f(\boldsymbol{U}_t, \boldsymbol{V}_t) - \frac{1}{2} \|\nabla f(\boldsymbol{U}_t, \boldsymbol{V}_t)\|_F \left\| \begin{pmatrix} \boldsymbol{U}_{t+1} \\ \boldsymbol{V}_{t+1} \end{pmatrix} - \begin{pmatrix} \boldsymbol{U}_t \\ \boldsymbol{V}_t \end{pmatrix} \right\|_F. \tag{16}",
            TheoremThreeOneRun,
            ["Lemma 3.1 (i)–(iii) hold."],
            "Trajectory (runs of dhl/lemma3.1#i): the inequality at every step and the equality (‖step‖ = η_t‖∇f‖) to "
            + "round-off."),

        E("dhl/text19", "Appendix B.3 (global minimum (U*, V*))", ClaimKind.Text,
            @"Take the SVD $M^* = \Phi^* \Sigma^* \Psi^{*\top}$ [...] Denote $U^* = \Phi^* (\Sigma^*)^{1/2}$ and $V^* = \Psi^*(\Sigma^*)^{1/2}$. Then we have $U^*V^{*\top} = M^*$ (i.e., (U^*,V^*) is a global minimum) and $\boldsymbol{U}^{*\top}\boldsymbol{U}^* = \boldsymbol{V}^{*\top}\boldsymbol{V}^*.$",
            Factorization,
            ["rank(M*) = r."],
            "Numeric (SVD of random rank-r M*): both identities to 1e-12 relative; f(U*, V*) = 0."),

        E("dhl/eq17", "Equation (17)", ClaimKind.Eq,
            @"[\nabla^2 f(\boldsymbol{U}, \boldsymbol{V})](\boldsymbol{\Delta}, \boldsymbol{\Delta}) = 2 \langle \boldsymbol{M} - \boldsymbol{M}^*, \boldsymbol{\Delta}_{\boldsymbol{U}} \boldsymbol{\Delta}_{\boldsymbol{V}}^\top \rangle + \left\| \boldsymbol{U} \boldsymbol{\Delta}_{\boldsymbol{V}}^\top + \boldsymbol{\Delta}_{\boldsymbol{U}} \boldsymbol{V}^\top \right\|_F^2, \tag{17}",
            Factorization + " M = UVᵀ; (17) restates (12).",
            [],
            "Same identity as dhl/eq12 with M = UVᵀ (same symbolic proof and numeric check)."),

        E("dhl/claimb.4", "Claim B.4", ClaimKind.Claim,
            @"\langle M - M^*, \Delta_U \Delta_V^\top \rangle = -\left\Vert \boldsymbol{M}-\boldsymbol{M}^{*}\right\Vert _{F}^{2}.",
            Factorization + " (U, V) stationary, M = UVᵀ, Δ_U = U − U*R, Δ_V = V − V*R with R the orthogonal Procrustes "
            + "solution. Extraction: Δ_Vᵀ is printed Δ_V^†.",
            ["(U, V) stationary (18).", "R orthogonal."],
            "Numeric on the stationary points of dhl/lemma3.2 (any orthogonal R, not only the minimizer): equality to "
            + "1e-10 relative, plus the three orthogonality consequences of (18). Negative control: at non-stationary "
            + "points the identity fails."),

        E("dhl/eq18", "Equation (18) (first-order optimality)", ClaimKind.Eq,
            @"\frac{\partial f(\boldsymbol{U}, \boldsymbol{V})}{\partial \boldsymbol{U}} = (\boldsymbol{M} - \boldsymbol{M}^*)\boldsymbol{V} = \boldsymbol{0}, \qquad \frac{\partial f(\boldsymbol{U}, \boldsymbol{V})}{\partial \boldsymbol{V}} = (\boldsymbol{M} - \boldsymbol{M}^*)^{\top} \boldsymbol{U} = \boldsymbol{0}. \tag{18}",
            Factorization,
            ["(U, V) stationary."],
            "Predicate (stationarity, tolerance 1e-12 relative) used by dhl/lemma3.2 and dhl/claimb.4; the constructed "
            + "stationary points satisfy it."),

        E("dhl/claimb.5", "Claim B.5 (as printed)", ClaimKind.Claim,
            @"||U\Delta_V + \Delta_U V||_F^2 \le ||M - M^*||_F^2 + \frac{1}{2}\epsilon^2.",
            Factorization,
            ["(U, V) stationary.", "‖UᵀU − VᵀV‖_F ≤ ε."],
            "Transposes are missing both in the claim and in its proof as extracted (possibly extraction damage). "
            + "Shape error as printed: UΔ_V multiplies d₁×r by d₂×r (defined only if r = d₂) and Δ_UV likewise: refuted "
            + "by exact arithmetic on the dimensions. The proof and (17) use UΔ_Vᵀ + Δ_UVᵀ: dhl/claimb.5~fixed."),

        E("dhl/claimb.5~fixed", "Claim B.5, corrected", ClaimKind.Claim,
            @"\|U\Delta_V^\top + \Delta_U V^\top\|_F^2 \le \|M - M^*\|_F^2 + \frac{1}{2}\epsilon^2",
            Factorization + " Correction: transposes as in (17).",
            ["(U, V) stationary.", "‖UᵀU − VᵀV‖_F ≤ ε.", "R the orthogonal Procrustes minimizer."],
            "Numeric on the stationary points of dhl/lemma3.2 with ε = the point's own balance defect (and larger), "
            + "tightness search over the rotation Q and the scaling c."),

        E("dhl/eq19", "Equation (19)", ClaimKind.Eq,
            @"U\Delta_V^{\top} + \Delta_U V^{\top} = \Delta_U \Delta_V^{\top} + M - M^*,\tag{19}",
            Factorization + " Δ_U = U − U*R, Δ_V = V − V*R, R orthogonal.",
            ["R orthogonal (RRᵀ = I)."],
            "Symbolic proof (entry-wise for small dims with R a symbolic matrix and the relation RRᵀ = I, or numeric "
            + "with random orthogonal R). Negative control: a non-orthogonal R must fail."),

        E("dhl/eq20", "Equation (20)", ClaimKind.Eq,
            @"\left\| \Delta \Delta^{\top} \right\|_{F}^{2} = 4 \left\| \Delta_{U} \Delta_{V}^{\top} \right\|_{F}^{2} + \left\| \Delta_{U}^{\top} \Delta_{U} - \Delta_{V}^{\top} \Delta_{V} \right\|_{F}^{2},\tag{20}",
            Factorization + " Δ = (Δ_U; Δ_V) stacked.",
            [],
            "Symbolic proof (entry-wise polynomial identity for small dims; dimension-free by trace cyclicity). "
            + "Negative control: factor 2 in place of 4 must be rejected."),

        E("dhl/eq21", "Equation (21) (as printed)", ClaimKind.Eq,
            @"\|WW^{\top} - W^*W^{*\top}\|_F^2 = 4\|M - M^*\|_F^2 - 2\|U^{\top}U^* - V^{\top}V^*\|_F^2 + \|U^{\top}U - V^{\top}V\|_F^2 + \|U^*U^* - V^{*\top}V^*\|_F^2.\tag{21}",
            Factorization + " W = (U; V), W* = (U*; V*). The last term is printed U*U* (no transpose); the transpose "
            + "may have been lost in extraction (the proof's last line has U*ᵀU*).",
            [],
            "Shape error as printed: U*U* multiplies d₁×r by d₁×r (defined only if d₁ = r): refuted by exact arithmetic "
            + "on the dimensions; dhl/eq21~fixed reads U*ᵀU*."),

        E("dhl/eq21~fixed", "Equation (21), corrected", ClaimKind.Eq,
            @"\|WW^{\top} - W^*W^{*\top}\|_F^2 = 4\|M - M^*\|_F^2 - 2\|U^{\top}U^* - V^{\top}V^*\|_F^2 + \|U^{\top}U - V^{\top}V\|_F^2 + \|U^{*\top}U^* - V^{*\top}V^*\|_F^2",
            Factorization + " Correction: U*ᵀU* as in the last line of the proof.",
            [],
            "Symbolic proof (entry-wise polynomial identity in the entries of U, V, U*, V* for small dims). Numeric on "
            + "random instances. Negative control: coefficient 2 in place of 4 on ‖M − M*‖² must be rejected."),

        E("dhl/eq22", "Equation (22) ([Ge et al., 2017a, Lemma 6])", ClaimKind.Eq,
            @"\left\| \Delta \Delta^{\top} \right\|_{F}^{2} \leqslant 2 \left\| WW^{\top} - W^* W^{* \top} \right\|_{F}^{2}. \tag{22}",
            Factorization + " Δ = W − W*R with R the orthogonal Procrustes minimizer of ‖W − W*R'‖_F. Quoted.",
            ["R minimizes ‖W − W*R'‖_F over orthogonal R'."],
            "Numeric: random W, W* (d₁ + d₂ ≤ 10, r ≤ 4, near-degenerate singular values), R from the SVD of W*ᵀW; "
            + "tightness search. Negative control: with a random orthogonal R instead of the minimizer the "
            + "inequality must fail on some instance."),

        E("dhl/lemma3.2#proof-chain", "Lemma 3.2, proof (chain for Claim B.5 and the final bound)", ClaimKind.Lemma,
            @"\|U\Delta_V + \Delta_U V\|_F^2 = \|\Delta_U \Delta_V^{\top} + M - M^*\|_F^2 = \|\Delta_U \Delta_V^{\top}\|_F^2 - \|M - M^*\|_F^2 \leqslant \frac{1}{4}\|\Delta \Delta^{\top}\|_{F}^{2} - \|M - M^*\|_{F}^{2} \leqslant \frac{1}{2} \|WW^{\top} - W^*W^{*\top}\|_{F}^{2} - \|M - M^*\|_{F}^{2} \leqslant \|M - M^*\|_F^2 + \frac{1}{2}\epsilon^2, \quad [\nabla^2 f(\boldsymbol{U}, \boldsymbol{V})](\boldsymbol{\Delta}, \boldsymbol{\Delta}) \leq -\|\boldsymbol{M} - \boldsymbol{M}^*\|_F^2 + \frac{1}{2}\epsilon^2.",
            Factorization + " Transposes read as in (17).",
            ["(U, V) stationary.", "‖UᵀU − VᵀV‖_F ≤ ε.", "R the Procrustes minimizer."],
            "Numeric on the stationary points of dhl/lemma3.2: each member of the chain and the final Hessian bound; "
            + "'either ‖M − M*‖_F ≤ ε or [∇²f](Δ, Δ) ≤ −ε²/2' follows (reported)."),
    ];
}
