using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Lcc;

/// <content>Section 3 of lcc (H = 1): proof of Proposition 1, (5)–(8), Lemma 2, Proposition 2, Remark 1, (9).</content>
public static partial class LccInventory
{
    private static InventoryEntry[] SectionThree() =>
    [
        E("lcc/text10", "Proof of Proposition 1 for H = 1 (degree four)", ClaimKind.Text,
            @"First note that for $H = 1$ the loss function L is a polynomial of degree four in the elements of Ξ .",
            OneHidden,
            ["H = 1."],
            "Symbolic: total degree of the expanded reduced loss at depth 2 equals 4 (consistent with 2(H+1); see lcc/text9)."),

        E("lcc/prop1#proof-ddt", "Proof of Proposition 1 (derivative of the squared norms)", ClaimKind.Prop,
            @"\begin{cases} \frac{d\bar{\mathbf{W}}_1}{dt} = \bar{\mathbf{W}}_2^T \bar{\mathbf{M}} \\ \frac{d\bar{\mathbf{W}}_2}{dt} = \bar{\mathbf{M}} \bar{\mathbf{W}}_1^T \end{cases} \Rightarrow \frac{d \operatorname{tr} (\bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_1 + \bar{\mathbf{W}}_2^T \bar{\mathbf{W}}_2)}{dt} = 4 \operatorname{tr} (\bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_2^T \bar{\mathbf{M}})",
            OneHidden + " M̄ ≡ Σ_Y − W̄₂W̄₁.",
            ["Flow (4) with H = 1."],
            "Shape check first: tr(W̄₁ᵀW̄₁ + W̄₂ᵀW̄₂) adds a dₓ×dₓ and a d₁×d₁ matrix, a shape error for dₓ ≠ d₁ (the engine's "
            + "shape checker with symbolic sizes). The intended identity with ‖W̄₁‖²_F + ‖W̄₂‖²_F is lcc/prop1#proof-ddt~fixed (proved, all "
            + "dimensions; negative control: the factor 2 instead of 4 is not proved)."),

        E("lcc/prop1#proof-ddt~fixed", "Proof of Proposition 1 (derivative of the squared norms, sum of traces)", ClaimKind.Prop,
            @"\frac{d (\operatorname{tr} \bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_1 + \operatorname{tr} \bar{\mathbf{W}}_2^T \bar{\mathbf{W}}_2)}{dt} = 4 \operatorname{tr} (\bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_2^T \bar{\mathbf{M}})",
            OneHidden + " M̄ ≡ Σ_Y − W̄₂W̄₁.",
            ["Flow (4) with H = 1."],
            "Correction: the printed tr(W̄₁ᵀW̄₁ + W̄₂ᵀW̄₂) adds a dₓ×dₓ and a d₁×d₁ matrix (shape error unless dₓ = d₁); "
            + "meant is ‖W̄₁‖²_F + ‖W̄₂‖²_F. Symbolic identity for all dimensions (canonical form); negative control factor 2."),

        E("lcc/prop1#proof-chain-eq", "Proof of Proposition 1 (first two lines of the chain)", ClaimKind.Prop,
            @"\frac{d (\|\bar{\mathbf{W}}_1\|_F^2 + \|\bar{\mathbf{W}}_2\|_F^2)}{dt} = 4 \operatorname{tr} \bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_2^T \Sigma_Y - 2 \operatorname{tr} \bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_2^T \bar{\mathbf{W}}_2 \bar{\mathbf{W}}_1 - 2 \operatorname{tr} \bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_2^T \bar{\mathbf{W}}_2 \bar{\mathbf{W}}_1 = 4 \operatorname{tr} \bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_2^T \Sigma_Y - \operatorname{tr} \bar{\mathbf{W}}_2^T \bar{\mathbf{W}}_2 (\bar{\mathbf{W}}_2^T \bar{\mathbf{W}}_2 - \mathbf{C}^0) - \operatorname{tr} \bar{\mathbf{W}}_1 \bar{\mathbf{W}}_1^T (\bar{\mathbf{W}}_1 \bar{\mathbf{W}}_1^T + \mathbf{C}^0) - 2 \|\bar{\mathbf{W}}_2 \bar{\mathbf{W}}_1\|_F^2",
            OneHidden + " C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ (Lemma 1, H = 1).",
            ["C⁰ equals W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ at the current time (Lemma 1)."],
            "Symbolic identity after substituting C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ (both lines reduce to 4tr(W̄₁ᵀW̄₂ᵀΣ_Y) − 4‖W̄₂W̄₁‖²_F). "
            + "Negative control: C⁰ with the opposite sign must be rejected."),

        E("lcc/prop1#proof-chain-ineq", "Proof of Proposition 1 (third line of the chain)", ClaimKind.Prop,
            @"\leq 4 \operatorname{tr} \bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_2^T \Sigma_Y - \frac{1}{d_1} (\|\bar{\mathbf{W}}_1\|_F^4 + \|\bar{\mathbf{W}}_2\|_F^4) - 2 \|\bar{\mathbf{W}}_2 \bar{\mathbf{W}}_1\|_F^2 + \lambda_{\max}(\mathbf{C}^0) (\|\bar{\mathbf{W}}_1\|_F^2 + \|\bar{\mathbf{W}}_2\|_F^2)",
            OneHidden,
            ["C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ."],
            "Numeric inequality at points (W̄₁, W̄₂). REFUTATION CANDIDATE: the bound −tr(W̄₁W̄₁ᵀC⁰) ≤ λ_max(C⁰)‖W̄₁‖²_F "
            + "fails when C⁰ has a dominant negative part. Counterexample: W̄₂ = 0, W̄₁ of full row rank: the left side "
            + "is 0 while the right side is −‖W̄₁‖⁴_F/d₁ − σ_min(W̄₁)²‖W̄₁‖²_F < 0. Fixed version lcc/prop1#proof-chain-ineq~fixed."),

        E("lcc/prop1#proof-chain-ineq~fixed", "Proof of Proposition 1 (third line, corrected)", ClaimKind.Prop,
            @"\leq 4 \operatorname{tr} \bar{\mathbf{W}}_1^T \bar{\mathbf{W}}_2^T \Sigma_Y - \frac{1}{d_1} (\|\bar{\mathbf{W}}_1\|_F^4 + \|\bar{\mathbf{W}}_2\|_F^4) - 2 \|\bar{\mathbf{W}}_2 \bar{\mathbf{W}}_1\|_F^2 + \|\mathbf{C}^0\|_2 (\|\bar{\mathbf{W}}_1\|_F^2 + \|\bar{\mathbf{W}}_2\|_F^2)",
            OneHidden,
            ["C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ; ‖C⁰‖₂ = max |λ(C⁰)|."],
            "Numeric inequality on seeded random points including the counterexample of the printed version "
            + "(FsCheck over scales; negative control: the printed λ_max version must be found false)."),

        E("lcc/prop1#proof-trace-bound", "Proof of Proposition 1 (cited trace inequality)", ClaimKind.Prop,
            @"$|\operatorname{tr} \mathbf{A} \mathbf{A}^T \mathbf{B}| \leq \lambda_{\max}(\mathbf{B}) \operatorname{tr} \mathbf{A} \mathbf{A}^T$",
            "Any real A, symmetric B of matching size (used with B = ±C⁰).",
            ["B symmetric."],
            "Numeric: REFUTATION CANDIDATE as printed for indefinite or negative B: B = −I gives ‖A‖²_F ≤ −‖A‖²_F, false. "
            + "True with max |λ(B)| = ‖B‖₂, or without absolute value for B ⪰ 0. Check both the printed (must fail) and the "
            + "‖B‖₂ version (must hold)."),

        E("lcc/prop1#proof-cs", "Proof of Proposition 1 (Cauchy–Schwarz step)", ClaimKind.Prop,
            @"$(\operatorname{tr} \mathbf{A} \mathbf{A}^T)^2 \leq \operatorname{tr}(\mathbf{A} \mathbf{A}^T)^2 \cdot \operatorname{tr} \mathbf{I}$",
            "A ∈ ℝ^{d₁×k}; I = I_{d₁} (the proof applies it with AAᵀ = W̄₁W̄₁ᵀ and W̄₂ᵀW̄₂, both d₁×d₁).",
            ["I is the identity of the size of AAᵀ."],
            "Numeric inequality (FsCheck, random A) giving ‖W̄‖⁴_F ≤ d₁ tr((W̄W̄ᵀ)²); negative control: tr I replaced by 1 must fail."),

        E("lcc/prop1#proof-logistic", "Proof of Proposition 1 (logistic bound)", ClaimKind.Prop,
            @"\leq c_1 (\|\bar{\mathbf{W}}_1\|_F^2 + \|\bar{\mathbf{W}}_2\|_F^2) - c_2 (\|\bar{\mathbf{W}}_1\|_F^2 + \|\bar{\mathbf{W}}_2\|_F^2)^2 \text{ for some } c_1, c_2 > 0 [...] \frac{dF}{dt} \leq c_1 F - c_2 F^2",
            OneHidden,
            ["F ≡ ‖W̄₁‖²_F + ‖W̄₂‖²_F."],
            "Constants are existential in the paper; the check supplies explicit ones: c₁ = 2σ_max(Σ_Y) + ‖C⁰‖₂, "
            + "c₂ = 1/(2d₁), and verifies dF/dt ≤ c₁F − c₂F² at random points and along flows. Negative control: c₂ = 1 "
            + "must be violated somewhere."),

        E("lcc/prop1#proof-difference", "Proof of Proposition 1 (bounded difference)", ClaimKind.Prop,
            @"With Lemma 1 we know that the difference $\|\bar{\mathbf{W}}_2\|_F^2 - \|\bar{\mathbf{W}}_1\|_F^2$ is also uniformly bounded",
            OneHidden,
            ["Flow (4) with H = 1."],
            "Exact: ‖W̄₂‖²_F − ‖W̄₁‖²_F = tr C⁰ is constant (trace of Lemma 1); trajectory check of constancy."),

        E("lcc/eq5", "Equation (5)", ClaimKind.Eq,
            @"L(\bar{\mathbf{W}}_1, \bar{\mathbf{W}}_2) = \frac{1}{2} \|\Sigma_Y - \bar{\mathbf{W}}_2 \bar{\mathbf{W}}_1\|_F^2 = \frac{1}{2} \|\mathbf{S}_Y - \mathbf{C} \mathbf{A}\|_F^2 + \frac{1}{2} \|\mathbf{C} \mathbf{B}\|_F^2",
            OneHidden,
            ["Σ_Y = [S_Y | 0], W̄₁ = [A | B], C = W̄₂."],
            "Symbolic block identity (entry-wise at small sizes: d_y ∈ {1,2}, dₓ ∈ {2,3}, d₁ ∈ {2,3}). Negative control: "
            + "dropping the ½‖CB‖² term must be rejected."),

        E("lcc/text11#delta", "Section 3.2 (differential Δ_Ξ for H = 1)", ClaimKind.Text,
            @"L(\mathbf{A} + \mathbf{a}, \mathbf{B} + \mathbf{b}, \mathbf{C} + \mathbf{c}) = L(\Xi) + \Delta_\Xi(\xi) + H_\Xi(\xi) + O(\|\xi\|^3), \quad \Delta_{\Xi}(\xi) \equiv -\text{tr}(\mathbf{M}^T(\mathbf{C}\mathbf{a} + \mathbf{c}\mathbf{A})) + \text{tr}(\mathbf{B}^T\mathbf{C}^T(\mathbf{C}\mathbf{b} + \mathbf{c}\mathbf{B}))",
            OneHidden,
            ["ξ = (a, b, c) of the shapes of (A, B, C)."],
            "Symbolic: the ε¹ coefficient of L(Ξ + εξ) equals Δ_Ξ(ξ) exactly (entry-wise over ℚ and dimension-free). "
            + "Negative control: the sign of the second trace flipped must be rejected."),

        E("lcc/text11#hessian", "Section 3.2 (second-order term H_Ξ for H = 1)", ClaimKind.Text,
            @"H_{\Xi}(\xi) \equiv -\text{tr}(\mathbf{M}^T\mathbf{c}\mathbf{a}) + \frac{1}{2}\|\mathbf{C}\mathbf{a} + \mathbf{c}\mathbf{A}\|_F^2 + \text{tr}(\mathbf{B}^T\mathbf{C}^T\mathbf{c}\mathbf{b}) + \frac{1}{2}\|\mathbf{C}\mathbf{b} + \mathbf{c}\mathbf{B}\|_F^2 = O(\|\xi\|^2)",
            OneHidden + " H_Ξ is the quadratic form ½ξᵀ∇²Lξ (the paper calls it 'the Hessian').",
            ["ξ = (a, b, c)."],
            "Symbolic: the ε² coefficient of L(Ξ + εξ) equals H_Ξ(ξ) exactly, and the remainder is exactly the ε³, ε⁴ "
            + "terms. Numeric: the matrix of H_Ξ equals ½ of a finite-difference Hessian. Negative control: the "
            + "coefficient 1 instead of ½ on a squared norm must be rejected."),

        E("lcc/eq6", "Equation (6)", ClaimKind.Eq,
            @"\begin{cases} \frac{d\mathbf{A}}{dt} &\equiv -\nabla_{\mathbf{A}}L(\Xi) = \mathbf{C}^T\mathbf{M} = \mathbf{0} \\ \frac{d\mathbf{B}}{dt} &\equiv -\nabla_{\mathbf{B}}L(\Xi) = -\mathbf{C}^T\mathbf{C}\mathbf{B} = \mathbf{0} \\ \frac{d\mathbf{C}}{dt} &\equiv -\nabla_{\mathbf{C}}L(\Xi) = \mathbf{M}\mathbf{A}^T - \mathbf{C}\mathbf{B}\mathbf{B}^T = \mathbf{0} \end{cases} \Leftrightarrow \begin{cases} \mathbf{C}^T\mathbf{S}_Y = \mathbf{C}^T\mathbf{C}\mathbf{A} \\ \mathbf{C}\mathbf{B} = \mathbf{0} \\ \mathbf{A}\mathbf{S}_Y = \mathbf{A}\mathbf{A}^T\mathbf{C}^T. \end{cases}",
            OneHidden,
            ["S_Y diagonal (symmetric)."],
            "Split into lcc/eq6#gradient (symbolic: the three gradients of (5)) and lcc/eq6#equivalence (numeric: at "
            + "constructed critical points both systems hold; at random points where one fails the other fails too)."),

        E("lcc/eq6#gradient", "Equation (6) (gradients)", ClaimKind.Eq,
            @"-\nabla_{\mathbf{A}}L = \mathbf{C}^T\mathbf{M},\quad -\nabla_{\mathbf{B}}L = -\mathbf{C}^T\mathbf{C}\mathbf{B},\quad -\nabla_{\mathbf{C}}L = \mathbf{M}\mathbf{A}^T - \mathbf{C}\mathbf{B}\mathbf{B}^T",
            OneHidden,
            ["M = S_Y − CA."],
            "Symbolic gradient of (5) (dimension-free and entry-wise); negative control: ∇_C without the −CBBᵀ term fails."),

        E("lcc/eq6#equivalence", "Equation (6) (critical-point equations)", ClaimKind.Eq,
            @"\{\mathbf{C}^T\mathbf{M} = 0, \mathbf{C}^T\mathbf{C}\mathbf{B} = 0, \mathbf{M}\mathbf{A}^T - \mathbf{C}\mathbf{B}\mathbf{B}^T = 0\} \Leftrightarrow \{\mathbf{C}^T\mathbf{S}_Y = \mathbf{C}^T\mathbf{C}\mathbf{A}, \mathbf{C}\mathbf{B} = \mathbf{0}, \mathbf{A}\mathbf{S}_Y = \mathbf{A}\mathbf{A}^T\mathbf{C}^T\}",
            OneHidden,
            ["S_Y symmetric."],
            "Proof by hand is short (CᵀCB = 0 ⇔ CB = 0; then MAᵀ = 0 ⇔ AS_Y = AAᵀCᵀ); numeric check at constructed "
            + "critical points of every rank and at perturbed (non-critical) points, residuals of both systems vanish together."),

        E("lcc/lemma2", "Lemma 2 (Same Kernel for A and Cᵀ)", ClaimKind.Lemma,
            @"Let Assumption 1 and 2 hold. Then for all $\Xi \in \text{Crit}(L)$, $\text{Ker } \mathbf{A} = \text{Ker } \mathbf{C}^T$ [...] Moreover, denote r the common rank of \mathbf{A} and \mathbf{C} with $0 < r \leq d_y$. Then there exists some orthogonal matrix $\mathbf{U}$ [...] such that (7) [...] Moreover, if \mathbf{S}_Y has distinct eigenvalues [...], then \mathbf{U} is a permutation matrix.",
            OneHidden,
            ["Assumptions 1 and 2.", "Ξ ∈ Crit(L)."],
            "Split into lcc/lemma2#kernel, lcc/lemma2#rank, lcc/eq7 (with lcc/eq7~fixed) and lcc/lemma2#permutation."),

        E("lcc/lemma2#kernel", "Lemma 2 (Same Kernel for A and Cᵀ)", ClaimKind.Lemma,
            @"Let Assumption 1 and 2 hold. Then for all $\Xi \in \text{Crit}(L)$, $$\text{Ker } \mathbf{A} = \text{Ker } \mathbf{C}^T, \text{ with } \text{Ker } \mathbf{A} \equiv \{\mathbf{x}, \mathbf{A}\mathbf{x} = \mathbf{0}\}.$$",
            OneHidden,
            ["Assumptions 1 and 2.", "Ξ ∈ Crit(L)."],
            "Numeric at critical points: both constructed ones and limits of long flows; compare the kernels through the "
            + "principal angles (sin θ_max < 1e-8). Hand proof: S_Y maps Ker A onto Ker Cᵀ and back, so Ker A is S_Y²- "
            + "hence S_Y-invariant (S_Y ≻ 0). Negative control: a non-critical point with different kernels must be "
            + "reported as such."),

        E("lcc/lemma2#rank", "Lemma 2 (common rank r > 0)", ClaimKind.Lemma,
            @"Moreover, denote r the common rank of \mathbf{A} and \mathbf{C} with $0 < r \leq d_y$.",
            OneHidden,
            ["Ξ ∈ Crit(L)."],
            "Numeric: rank(A) = rank(C) at critical points. REFUTATION CANDIDATE for '0 < r': Ξ = (A = 0, B arbitrary, "
            + "C = 0) satisfies (6) with r = 0 (see lcc/text6). Check both parts separately."),

        E("lcc/eq7", "Equation (7)", ClaimKind.Eq,
            @"Then there exists some orthogonal matrix $\mathbf{U} \in \mathbb{R}^{d_y \times d_y}$ such that $$\begin{cases} \mathbf{A}\mathbf{U} = [\bar{\mathbf{A}} \mid \mathbf{0}_{d_1 \times (d_y-r)}] \\ \mathbf{C}^T\mathbf{U} = [\bar{\mathbf{C}}^T \mid \mathbf{0}_{d_1 \times (d_y-r)}] \\ \mathbf{U}^{-1}\mathbf{S}_Y\mathbf{U} = \mathbf{S}_Y \end{cases}$$ with $\bar{\mathbf{A}}, \bar{\mathbf{C}}^T \in \mathbb{R}^{d_1 \times r}$.",
            OneHidden,
            ["Ξ ∈ Crit_r(L).", "Assumptions 1 and 2."],
            "Numeric search over the finitely many signed permutations when S_Y has distinct entries. REFUTATION "
            + "CANDIDATE as printed: with distinct diagonal entries, U⁻¹S_YU = S_Y forces U = diag(±1), and then "
            + "AU = [Ā | 0] needs Ker A = span of the LAST d_y − r coordinates. Counterexample: d_y = 2, r = 1, critical "
            + "point learning the second singular value (Ker A = span e₁). Fixed reading lcc/eq7~fixed."),

        E("lcc/eq7~fixed", "Equation (7) (corrected third line)", ClaimKind.Eq,
            @"\mathbf{A}\mathbf{U} = [\bar{\mathbf{A}} \mid \mathbf{0}],\quad \mathbf{C}^T\mathbf{U} = [\bar{\mathbf{C}}^T \mid \mathbf{0}],\quad \mathbf{U}^{T}\mathbf{S}_Y\mathbf{U} \text{ diagonal (a re-ordering of } \mathbf{S}_Y)",
            OneHidden,
            ["Ξ ∈ Crit_r(L).", "S_Y with distinct entries (Assumption 3) for U to be a permutation."],
            "Numeric at every constructed critical point: find the permutation from the zero columns of A and verify the three lines."),

        E("lcc/lemma2#permutation", "Lemma 2 (U is a permutation)", ClaimKind.Lemma,
            @"Moreover, if \mathbf{S}_Y has distinct eigenvalues (i.e., $\bar{\mathbf{Y}}$ has d_y distinct singular values, as demanded in Assumption 3), then \mathbf{U} is a permutation matrix.",
            OneHidden,
            ["Assumption 3."],
            "Depends on the reading of (7): with the printed third line U must be diagonal ±1 (not a general permutation); "
            + "with lcc/eq7~fixed, U can be taken a permutation matrix (up to signs). Checked as part of lcc/eq7~fixed."),

        E("lcc/text12", "Section 3.2 (number of choices of U)", ClaimKind.Text,
            @"Using Assumption 3, \mathbf{U} only takes a finite number of values (the 2^{d_y} permutation matrices) for a given $\Xi \in \text{Crit}_r(L)$",
            OneHidden,
            ["Assumption 3."],
            "Exact count: there are d_y! permutation matrices of size d_y, not 2^{d_y}; 2^{d_y} is the number of index sets "
            + "(or of sign matrices). REFUTATION CANDIDATE (mis-print); checked by enumeration for d_y ≤ 5 at constructed points "
            + "(number of valid U in the fixed reading)."),

        E("lcc/eq8", "Equation (8)", ClaimKind.Eq,
            @"\begin{cases} \bar{\mathbf{C}}\bar{\mathbf{A}} = \mathbf{D}_Y \\ \bar{\mathbf{C}}\mathbf{B} = \mathbf{0} \end{cases}, \quad \mathbf{M} = \begin{bmatrix} \mathbf{0} & \mathbf{0} \\ \mathbf{0} & \mathbf{E}_Y \end{bmatrix}",
            Critical + " Written in the basis of (7), i.e. M is UᵀMU in general.",
            ["Ξ ∈ Crit_r(L), 0 < r ≤ d_y.", "S_Y = diag(D_Y, E_Y) in the basis of (7)."],
            "Numeric at constructed critical points and at limits of flows: both equations and the block form of UᵀMU. "
            + "Negative control: a point with C̄Ā = D_Y but C̄B ≠ 0 must be rejected as non-critical."),

        E("lcc/text13", "Section 3.2 (loss at critical points)", ClaimKind.Text,
            @"with the fact that $\bar{\mathbf{C}}^T, \bar{\mathbf{A}}$ are both of full rank (equal to r). The loss $L(\Xi)$ (at critical points) can thus be simplified as $L(\Xi) = \frac{1}{2}\|\mathbf{E}_Y\|_F^2$",
            Critical,
            ["Ξ ∈ Crit_r(L)."],
            "Numeric at constructed critical points of every rank and index set: L(Ξ) = ½‖E_Y‖²_F to 1e-12 relative."),

        E("lcc/text14", "Section 3.2 (decomposition of Crit(L))", ClaimKind.Text,
            @"For $1 \leq r \leq d_y$, let $\text{Crit}_r(L)$ be the subset of $\text{Crit}(L)$ such that the rank of \mathbf{A} and of \mathbf{C} is equal to r . Then, one has the following disjoint union $$\text{Crit}(L) = \cup_{r=1}^{d_y} \text{Crit}_r(L).$$",
            OneHidden,
            ["Assumptions 1–3."],
            "Numeric membership test at constructed critical points. REFUTATION CANDIDATE: the critical points with "
            + "A = 0, C = 0 (any B) have rank 0 and are in no Crit_r, r ≥ 1; the correct union runs over r = 0, …, d_y."),

        E("lcc/prop2", "Proposition 2 (Landscape of Single-hidden-layer Linear Network)", ClaimKind.Prop,
            @"Under Assumptions 1-3, the loss function $L(\Xi)$ has the following properties: i) [...] ii) [...] iii) [...]",
            Critical,
            ["Assumptions 1–3."],
            "Split into lcc/prop2#i (with lcc/prop2#i~fixed), lcc/prop2#ii, lcc/prop2#iii, lcc/prop2#iii-variety and the "
            + "proof steps lcc/prop2#proof-no-max, lcc/prop2#proof-negative."),

        E("lcc/prop2#i", "Proposition 2 i)", ClaimKind.Prop,
            @"The set of possible limits of L along the GDD given by (3) is equal to the finite set made of the sum of the squares of any subset of the singular values of $\bar{\mathbf{Y}}$.",
            Critical,
            ["Assumptions 1–3."],
            "Numeric: for every index set J ⊆ {1..d_y} build a critical point whose unlearned set is J (trajectory starting "
            + "there is constant) and compare L with the printed value Σ_{j∈J} s_j². REFUTATION CANDIDATE: the value is "
            + "½Σ_{j∈J} s_j² (L carries the factor ½; see lcc/text13); the printed set is off by a factor 2. Fixed version "
            + "lcc/prop2#i~fixed. Also Monte Carlo: limits of long flows from random starts land in the fixed set."),

        E("lcc/prop2#i~fixed", "Proposition 2 i) (with the factor ½)", ClaimKind.Prop,
            @"\{\lim_{t\to\infty} L(\Xi(t))\} = \{\tfrac{1}{2}\sum_{j \in J} s_j^2 : J \subseteq \{1, \dots, d_y\}\}",
            Critical,
            ["Assumptions 1–3.", "J = ∅ gives 0 (global minima), J = all gives ½‖S_Y‖²_F (rank-0 critical points)."],
            "Numeric as for lcc/prop2#i: every value attained at a constructed critical point (constant trajectory) and "
            + "every observed flow limit belongs to the set."),

        E("lcc/prop2#ii", "Proposition 2 ii)", ClaimKind.Prop,
            @"The set $\text{Crit}_{d_y}(L)$ is in fact the set of local (and global) minima, with $L = 0$ and $\mathbf{M} = \mathbf{0}$.",
            Critical,
            ["Assumptions 1–3."],
            "Numeric at constructed points: r = d_y gives L = 0, M = 0 and a positive semidefinite Hessian; all r < d_y "
            + "(including r = 0) have a negative Hessian eigenvalue (so no other local minima). Negative control: an "
            + "r = d_y − 1 point must be classified as non-minimum."),

        E("lcc/prop2#iii", "Proposition 2 iii)", ClaimKind.Prop,
            @"Every critical point in $\text{Crit}_r(L)$ with $1 \leq r \leq d_y - 1$ is a saddle point such that the Hessian has at least one negative eigenvalue.",
            Critical,
            ["Assumptions 1–3.", "1 ≤ r ≤ d_y − 1."],
            "Numeric: Hessian (matrix of 2H_Ξ) inertia at constructed critical points for every r and every index set, "
            + "several random (Ā, B) per set; λ_min < −1e-8 and λ_max > 1e-8. Also reports the number of negative "
            + "eigenvalues, needed by lcc/lemma4."),

        E("lcc/prop2#iii-variety", "Proposition 2 iii) (variety of positive dimension)", ClaimKind.Prop,
            @"In particular, the set of saddle points is an algebraic variety of positive dimension, i.e., (up to a permutation matrix) the zero set of the polynomial functions given in (8), with $\mathbf{E}_{\mathbf{Y}} \neq \mathbf{0}$.",
            Critical,
            ["1 ≤ r ≤ d_y − 1."],
            "Numeric: at constructed saddles the solution set of (8) has tangent dimension (rank-nullity of the Jacobian "
            + "of (8)) equal to D_C^r > 0 (see lcc/eq11). 'Algebraic variety' is by construction (polynomial equations)."),

        E("lcc/prop2#proof-no-max", "Proof of Proposition 2 (no local maximum)", ClaimKind.Prop,
            @"The fact that no critical point is a local maximum is easily checked by taking $\xi \equiv (\mathbf{a}, \mathbf{b}, \mathbf{c})$ such that $\mathbf{C} \mathbf{b} + \mathbf{c} \mathbf{B} \neq \mathbf{0}$ and $\mathbf{a} \mathbf{M}^T = \mathbf{0}$. [...] Such ξ always exists for at least one of \mathbf{B}, \mathbf{C} away from $\mathbf{0}$",
            Critical + " At critical points H_Ξ(ξ) = −tr(Mᵀca) + ½‖Ca + cA‖² + ½‖Cb + cB‖² (the tr(BᵀCᵀcb) term vanishes since CB = 0).",
            ["Ξ ∈ Crit(L).", "B ≠ 0 or C ≠ 0."],
            "Exact at constructed critical points: ξ = (0, b, c) with Cb + cB ≠ 0 gives H_Ξ(ξ) > 0 (exact Hessian). The sentence "
            + "'such ξ always exists for at least one of B, C away from 0' fails when dₓ = d_y (B, b empty, Cb + cB ∈ ℝ^{d_y×0}): "
            + "refuted at such a point; the conclusion 'no local maximum' is lcc/text7 (verified)."),

        E("lcc/prop2#proof-negative", "Proof of Proposition 2 (negative direction)", ClaimKind.Prop,
            @"Taking $\mathbf{a} = c_0 \mathbf{c}^T \mathbf{M}$ results in $H_{\Xi}(\xi) = -c_0 \text{tr}(\mathbf{M}^T \mathbf{c} \mathbf{c}^T \mathbf{M}) + \frac{1}{2} \|c_0 \mathbf{C} \mathbf{c}^T \mathbf{M} + \mathbf{c} \mathbf{A}\|_F^2 = -c_0 \|\mathbf{c}^T \mathbf{M}\|_F^2 + \frac{1}{2} \|\mathbf{c} \mathbf{A}\|_F^2$, where we recall from (6) that $\mathbf{C}^T \mathbf{M} = \mathbf{0}$.",
            Critical,
            ["C cᵀ = 0 (the chosen c), Cb + cB = 0 (the chosen b)."],
            "Numeric with the construction of (10): the second equality needs C cᵀ = 0 (not CᵀM = 0 as cited). Proof gap "
            + "recorded: 'we first take b such that Cb + cB = 0' is impossible when c₂B ≠ 0, e.g. when the columns of B "
            + "span Ker C̄; the statement iii) survives because the residual ½‖c₂B‖² does not grow with c₀. Check: "
            + "H_Ξ(ξ) < 0 for c₀ large, with and without an exact b."),

        E("lcc/prop2#proof-negative~fixed", "Proof of Proposition 2 (negative direction, with c from (10))", ClaimKind.Prop,
            @"\mathbf{c}\ \text{satisfying (10)},\ \mathbf{a} = c_0 \mathbf{c}^T \mathbf{M},\ \mathbf{b} = \mathbf{0}:\quad H_{\Xi}(\xi) = -c_0 \|\mathbf{c}^T \mathbf{M}\|_F^2 + \tfrac{1}{2} \|\mathbf{c} \mathbf{A}\|_F^2 + \tfrac{1}{2} \|\mathbf{c} \mathbf{B}\|_F^2 < 0 \text{ for } c_0 \text{ large}",
            Critical,
            ["Ξ ∈ Crit_r(L), 1 ≤ r ≤ d_y − 1.", "Ccᵀ = 0 (the c of Proof 1)."],
            "Correction: the printed second equality needs Ccᵀ = 0 (not CᵀM = 0), and b with Cb + cB = 0 need not exist; with "
            + "b = 0 the residual ½‖cB‖²_F does not grow with c₀. Exact check at every constructed saddle: H_Ξ(ξ) from the "
            + "exact Hessian equals the formula and is negative for c₀ = 1 + (½‖cA‖² + ½‖cB‖²)/‖cᵀM‖²."),

        E("lcc/text15", "End of proof of Theorem 1 (transversality)", ClaimKind.Text,
            @"by standard transversality arguments [10], one has 1) the basin of attraction of any $\Xi \in \text{Crit}_r(L)$ is contained in a set of dimension $D_S^r \leq \dim \mathcal{X} - U_S^r$, and 2) the set of initializations with corresponding trajectories of the GDD converge to an element of $\text{Crit}_r(L)$ is contained in a subset of \mathcal{X} of dimension $D_C^r + D_S^r$.",
            OneHidden,
            ["1 ≤ r ≤ d_y − 1."],
            "Not checkable: a dimension statement about basins of attraction obtained by an uncited transversality argument. "
            + "Computable proxies are lcc/eq11, lcc/eq12 and the Hessian inertia of lcc/prop2#iii."),

        E("lcc/remark1", "Remark 1 (Exponential Convergence of GDD)", ClaimKind.Remark,
            @"Let Assumptions 1 and 2 hold. Then, every trajectory of the GDD such that $\mathbf{C}^0 \equiv (\overline{\mathbf{W}}_2^\top \overline{\mathbf{W}}_2 - \overline{\mathbf{W}}_1 \overline{\mathbf{W}}_1^\top)|_{t=0}$ has at least d_y strictly positive eigenvalues, converges to a global minimum at the rate of $e^{-2\alpha t}$ with α the d_y -th smallest eigenvalue of \mathbf{C}^0 .",
            OneHidden + " 'Converges at the rate e^{−2αt}' read as L(t) ≤ L(0)e^{−2αt} (equivalently for ‖M̄‖²_F).",
            ["Assumptions 1 and 2.", "C⁰ ∈ ℝ^{d₁×d₁} has at least d_y strictly positive eigenvalues."],
            "Trajectory check of L(t) ≤ L(0)e^{−2αt} with α as printed (d_y-th SMALLEST eigenvalue). REFUTATION CANDIDATE: "
            + "when 2d_y ≥ d₁ + 1 the d_y-th smallest eigenvalue exceeds the d_y-th largest. Counterexample: d_y = d₁ = 2, "
            + "W̄₁ = 0, W̄₂ = diag(1, 3) (C⁰ = diag(1, 9) ≻ 0, α = 9), Σ_Y = [diag(1, ½) | 0]: dL/dt(0) = −3.25 while the "
            + "claimed bound has slope −18·L(0) = −11.25, so the bound fails for small t. Fixed: lcc/remark1~fixed."),

        E("lcc/remark1~fixed", "Remark 1 (with the d_y-th largest eigenvalue)", ClaimKind.Remark,
            @"L(t) \leq L(0)\, e^{-2\lambda_{d_y}^{\downarrow}(\mathbf{C}^0) t}, \quad \lambda_{d_y}^{\downarrow}(\mathbf{C}^0) > 0 \text{ the } d_y\text{-th largest eigenvalue}",
            OneHidden,
            ["Assumptions 1 and 2.", "λ_{d_y}↓(C⁰) > 0."],
            "Trajectory check along RK4 runs from seeded starts satisfying the hypothesis (including the counterexample "
            + "start of lcc/remark1): log L(t) − log L(0) + 2λt ≤ integrator tolerance for all sampled t."),

        E("lcc/eq9", "Equation (9)", ClaimKind.Eq,
            @"\frac{d\|\overline{\mathbf{M}}\|_F^2}{dt} = \frac{d\text{tr}(\overline{\mathbf{M}}^\top \overline{\mathbf{M}})}{dt} = -2\text{tr}(\overline{\mathbf{M}}^\top \overline{\mathbf{M}} \overline{\mathbf{W}}_1^\top \overline{\mathbf{W}}_1 + \overline{\mathbf{W}}_2 \overline{\mathbf{W}}_2^\top \overline{\mathbf{M}} \overline{\mathbf{M}}^\top) \leq -2c_0 \|\overline{\mathbf{M}}\|_F^2",
            OneHidden + " M̄ ≡ Σ_Y − W̄₂W̄₁; c₀ = λ_min(W̄₁ᵀW̄₁) + λ_min(W̄₂W̄₂ᵀ).",
            ["Flow (4), H = 1."],
            "Shape check first: the trace adds M̄ᵀM̄W̄₁ᵀW̄₁ ∈ ℝ^{dₓ×dₓ} and W̄₂W̄₂ᵀM̄M̄ᵀ ∈ ℝ^{d_y×d_y}, a shape error for dₓ ≠ d_y. "
            + "The sum-of-traces reading is lcc/eq9~fixed: equality proved symbolically (all dimensions; negative control +2), "
            + "inequality tr(PQ) ≥ λ_min(Q)tr P by FsCheck instances with tightness search."),

        E("lcc/eq9~fixed", "Equation (9) (sum of two traces)", ClaimKind.Eq,
            @"\frac{d\|\overline{\mathbf{M}}\|_F^2}{dt} = -2\text{tr}(\overline{\mathbf{M}}^\top \overline{\mathbf{M}} \overline{\mathbf{W}}_1^\top \overline{\mathbf{W}}_1) - 2\text{tr}(\overline{\mathbf{W}}_2 \overline{\mathbf{W}}_2^\top \overline{\mathbf{M}} \overline{\mathbf{M}}^\top) \leq -2c_0 \|\overline{\mathbf{M}}\|_F^2",
            OneHidden + " M̄ ≡ Σ_Y − W̄₂W̄₁; c₀ = λ_min(W̄₁ᵀW̄₁) + λ_min(W̄₂W̄₂ᵀ).",
            ["Flow (4), H = 1."],
            "Correction: the printed trace adds a dₓ×dₓ and a d_y×d_y matrix (shape error unless dₓ = d_y). Symbolic proof of "
            + "the equality (all dimensions) and FsCheck instances with tightness search for the inequality."),

        E("lcc/remark1#proof-w1", "Proof of Remark 1 (λ_min(W̄₁ᵀW̄₁) = 0)", ClaimKind.Remark,
            @"Since $\overline{\mathbf{W}}_1^\top \overline{\mathbf{W}}_1 \in \mathbb{R}^{d_x \times d_x}$ is of maximum rank d_1 (with $d_1 \leq d_x$ from Assumption 1), we have $\lambda_{\min}(\overline{\mathbf{W}}_1^\top \overline{\mathbf{W}}_1) = 0$.",
            OneHidden,
            ["d₁ ≤ dₓ."],
            "Numeric; true only when d₁ < dₓ (for d₁ = dₓ and W̄₁ invertible λ_min > 0). Checked with both cases; recorded "
            + "as an imprecision, harmless for the bound (dropping a nonnegative term)."),

        E("lcc/remark1#proof-interlacing", "Proof of Remark 1 (inclusion-principle step)", ClaimKind.Remark,
            @"we decompose $\overline{\mathbf{W}}_2 = [\overline{\mathbf{W}}_{21} \mid \overline{\mathbf{W}}_{22}]$, with $\overline{\mathbf{W}}_{21} \in \mathbb{R}^{d_y \times d_y}$. Then with the inclusion principle of Hermitian matrices [...] we deduce $\lambda_{\min}(\overline{\mathbf{W}}_{21}^\top \overline{\mathbf{W}}_{21}) \geq \lambda_{d_y}(\overline{\mathbf{W}}_2 \overline{\mathbf{W}}_2^\top)$. [...] $\lambda_{\min}(\overline{\mathbf{W}}_2 \overline{\mathbf{W}}_2^\top) \geq \lambda_{\min}(\overline{\mathbf{W}}_{21} \overline{\mathbf{W}}_{21}^\top) \geq \lambda_{d_y}(\overline{\mathbf{W}}_2 \overline{\mathbf{W}}_2^\top) \geq \lambda_{d_y}(\mathbf{C}^0)$",
            OneHidden + " Eigenvalue ordering of λ_{d_y} not stated (ambiguous).",
            ["W̄₂ ∈ ℝ^{d_y×d₁}."],
            "Numeric. REFUTATION CANDIDATE: the middle inequality is reversed for either ordering: W̄₂W̄₂ᵀ = W̄₂₁W̄₂₁ᵀ + W̄₂₂W̄₂₂ᵀ ⪰ "
            + "W̄₂₁W̄₂₁ᵀ. Counterexample d_y = 1, d₁ = 2, W̄₂ = [1, 1]: λ_min(W̄₂₁ᵀW̄₂₁) = 1 < 2 = λ(W̄₂W̄₂ᵀ). The end result "
            + "λ_min(W̄₂W̄₂ᵀ) ≥ λ_{d_y}↓(C⁰) is true by another route: λ_min(W̄₂W̄₂ᵀ) = λ_{d_y}↓(W̄₂ᵀW̄₂) and W̄₂ᵀW̄₂ = W̄₁W̄₁ᵀ + C⁰ ⪰ C⁰ "
            + "(Weyl); that chain is lcc/remark1#proof-weyl."),

        E("lcc/remark1#proof-weyl", "Proof of Remark 1 (corrected eigenvalue chain)", ClaimKind.Remark,
            @"\lambda_{\min}(\overline{\mathbf{W}}_2 \overline{\mathbf{W}}_2^\top) = \lambda^{\downarrow}_{d_y}(\overline{\mathbf{W}}_2^\top \overline{\mathbf{W}}_2) \geq \lambda^{\downarrow}_{d_y}(\mathbf{C}^0)",
            OneHidden,
            ["C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ."],
            "Numeric at random points and along flows (FsCheck; negative control: λ_{d_y}↑ (ascending) must fail for d₁ > d_y)."),
    ];
}
