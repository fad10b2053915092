using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>Section 3.1 of nrt: gradients (3.1)–(3.2), Lemma 3.1 with (3.3)–(3.4), Proposition 3.2 and the displays
/// (3.5)–(3.12) of its proof.</content>
public static partial class NrtInventory
{
    private const string Tuple =
        Loss + " A single tuple W⃗ = (W₁, …, W_N) with balancedness constant δ ≥ 0 (2.7); no data or dynamics involved.";

    private static InventoryEntry[] SectionThreeOne() =>
    [
        E("nrt/eq3.1", "Equation (3.1) (gradient of L¹)", ClaimKind.Eq,
            @"\nabla L^1(W) = WXX^T - YX^T, \tag{3.1}",
            Loss,
            [],
            "Symbolic proof: entry-wise for small dimensions (dₓ, d_y, m ≤ 3) via the engine's entry-wise calculus, "
            + "and dimension-free by trace-cyclicity. Numeric: central differences on random data (1e-6 relative). "
            + "Negative control: WXXᵀ − XYᵀ (shape error) and YXᵀ − WXXᵀ (sign) must be rejected."),

        E("nrt/eq3.2", "Equation (3.2) (gradient of L^N)", ClaimKind.Eq,
            @"\nabla_{W_j} L^N(W_1, \dots, W_N) = W_{j+1}^T \cdots W_N^T \nabla L^1(W) W_1^T \cdots W_{j-1}^T. \tag{3.2}",
            Loss,
            ["j = 1, …, N (empty products are identities)."],
            "Symbolic proof: entry-wise for N ∈ {2, 3} and small dimensions, and for all depths with the "
            + "dimension-free prover. Numeric: central differences, N ≤ 6. Negative control: the factor order "
            + "W_{j−1}ᵀ⋯W₁ᵀ (reversed) must be rejected."),

        E("nrt/lemma3.1#shape", "Lemma 3.1 (domain of W)", ClaimKind.Lemma,
            @"Assume that XX^T has full rank. Then $W \in \mathbb{R}^{d_x \times d_y}$ satisfies [...] (3.3)",
            Loss,
            ["XXᵀ full rank."],
            "Shape check: WX with X ∈ ℝ^{dₓ×m} needs W to have dₓ columns and Y − WX needs d_y rows, so W ∈ ℝ^{d_y×dₓ}; "
            + "the printed ℝ^{dₓ×d_y} is a shape error unless dₓ = d_y: refuted by exact arithmetic on the printed "
            + "dimensions. nrt/lemma3.1#shape~fixed states W ∈ ℝ^{d_y×dₓ}; the inequality parts #1–#5 are checked in "
            + "that domain (on dₓ = d_y instances both readings coincide)."),

        E("nrt/lemma3.1#shape~fixed", "Lemma 3.1 (domain of W), corrected", ClaimKind.Lemma,
            @"W \in \mathbb{R}^{d_y \times d_x}",
            Loss + " Correction: W has the shape of the product W_N⋯W₁.",
            [],
            "Shape check of ‖Y − WX‖ and WXXᵀ(XXᵀ)⁻¹ with W ∈ ℝ^{d_y×dₓ} (symbolic shape checker)."),

        E("nrt/lemma3.1#1", "Lemma 3.1, (3.3) first inequality", ClaimKind.Lemma,
            @"\|W\| \leq (\|Y - WX\| + \|Y\|)\sigma_{\min}^{-1}(X)",
            Loss + " Spectral norms throughout; W ∈ ℝ^{d_y×dₓ}.",
            ["XXᵀ full rank (σ_min(X) > 0, m ≥ dₓ)."],
            "Numeric: random (X, Y, W) with dims ≤ 8, m ≥ dₓ, scales 1e-3 … 1e3, ill-conditioned X (σ_min down to "
            + "1e-6·σ_max), rank-deficient W, Y = WX exactly (zero residual); reports instances, min slack, worst ratio, "
            + "seed; tightness: adversarial search over (X, Y, W) (equality when X has orthonormal rows scaled and "
            + "Y = 0). Negative control: the same check with σ_max(X) in place of σ_min(X) must find a violation."),

        E("nrt/lemma3.1#2", "Lemma 3.1, (3.3) second inequality", ClaimKind.Lemma,
            @"(\|Y - WX\| + \|Y\|)\sigma_{\min}^{-1}(X) \leq \left(\sqrt{2L^1(W)} + \|Y\|\right)\sigma_{\min}^{-1}(X)",
            Loss,
            ["XXᵀ full rank."],
            "Numeric on the instance family of nrt/lemma3.1#1: ‖R‖ ≤ ‖R‖_F = √(2L¹(W)); tightness 1 at rank-one "
            + "residuals. Negative control: √(L¹(W)) in place of √(2L¹(W)) must be violated."),

        E("nrt/eq3.3", "Equation (3.3)", ClaimKind.Eq,
            @"\|W\| \leq (\|Y - WX\| + \|Y\|)\sigma_{\min}^{-1}(X) \leq \left(\sqrt{2L^1(W)} + \|Y\|\right)\sigma_{\min}^{-1}(X). \tag{3.3}",
            Loss,
            ["XXᵀ full rank.", "W ∈ ℝ^{d_y×dₓ} (see nrt/lemma3.1#shape)."],
            "The chain of nrt/lemma3.1#1 and #2 checked jointly on the same instances (both inequalities must hold)."),

        E("nrt/lemma3.1#3", "Lemma 3.1 (consequence along descent)", ClaimKind.Lemma,
            @"Consequently, if $L^N(\vec{W}(j+1)) \leq L^N(\vec{W}(j))$ for all $j \in \{0, \dots, k-1\}$, then $$\|W(j)\| = \|W_N(j) \cdots W_1(j)\| \leq \left(\sqrt{2L^N(\vec{W}(0))} + \|Y\|\right)\sigma_{\min}^{-1}(X) \quad \text{for all } j \in \{0, \dots, k\}.$$",
            Descent,
            ["XXᵀ full rank.", "The loss is non-increasing up to iterate k."],
            "Trajectory: gradient descent (numeric engine) on seeded data, N ∈ {2, 3, 5}, step sizes meeting (2.8); at "
            + "every recorded iterate up to the first loss increase the product norm is ≤ M; iterates after a loss "
            + "increase are counted as not meeting the hypothesis. Negative control: a step 100× above (2.8) produces "
            + "loss increases, which must be reported as hypothesis failures, not as verified."),

        E("nrt/lemma3.1#4", "Lemma 3.1, (3.4) first inequality", ClaimKind.Lemma,
            @"\|\nabla L^1(W)\| \leq \|WX - Y\|\|X\|",
            Loss,
            [],
            "Numeric on the instance family of nrt/lemma3.1#1 (submultiplicativity); tightness search (equality for "
            + "rank-one aligned residuals)."),

        E("nrt/lemma3.1#5", "Lemma 3.1, (3.4) second inequality", ClaimKind.Lemma,
            @"\|WX - Y\|\|X\| \leq \sqrt{2L^1(W)}\|X\|",
            Loss,
            [],
            "Numeric on the instance family of nrt/lemma3.1#1; negative control √(L¹) in place of √(2L¹)."),

        E("nrt/eq3.4", "Equation (3.4)", ClaimKind.Eq,
            @"\|\nabla L^1(W)\| \leq \|WX - Y\|\|X\| \leq \sqrt{2L^1(W)}\|X\|. \tag{3.4}",
            Loss,
            [],
            "The chain of nrt/lemma3.1#4 and #5 checked jointly on the same instances."),

        E("nrt/lemma3.1#proof-first", "Lemma 3.1, proof (first display)", ClaimKind.Lemma,
            @"\|W\| = \|WXX^T(XX^T)^{-1}\| \leq \|WX\|\|X^T(XX^T)^{-1}\| \leq (\|Y - WX\| + \|Y\|)\sigma_{\min}^{-1}(X)",
            Loss,
            ["XXᵀ full rank."],
            "Numeric: the identity W = WXXᵀ(XXᵀ)⁻¹ to 1e-10 relative and ‖Xᵀ(XXᵀ)⁻¹‖ = σ_min(X)⁻¹ (pseudo-inverse "
            + "norm) on random full-row-rank X; both inequalities on the instance family of nrt/lemma3.1#1."),

        E("nrt/text12", "Section 3.1 (rescaling leaves the product invariant)", ClaimKind.Text,
            @"For instance, multiplying one factor $W_j(k)$ by a constant $\alpha > 0$ and another factor $W_\ell(k)$ by α^{-1} leaves the product $W(k)$ invariant but changes the norm of $W_j(k)$ and $W_\ell(k)$. In particular, letting $\alpha \rightarrow \infty$ shows that a bound for $W(k)$ alone does not imply boundedness for $W_j(k)$",
            Loss,
            ["α > 0, j ≠ ℓ."],
            "Symbolic: the product is multilinear, so scaling Wⱼ by α and W_ℓ by α⁻¹ leaves W unchanged (entry-wise, "
            + "N ≤ 3); numeric: ‖αWⱼ‖ = α‖Wⱼ‖ grows without bound while the balancedness constant grows too."),

        E("nrt/prop3.2", "Proposition 3.2 (factor norm bound)", ClaimKind.Prop,
            @"Let $\vec{W} = (W_1, \dots, W_N) \in \mathbb{R}^{d_0 \times d_1} \times \dots \times \mathbb{R}^{d_{N-1} \times d_N}$ with balancedness constant $\delta \geq 0$ and let $W = W_N \cdots W_1$. Then $$\|W_j\|^2 \leq \|W\|^{\frac{2}{N}} + N^2 \delta \quad \text{for all } j = 1, \dots, N.$$",
            Tuple + " The factor spaces are printed transposed (nrt/text11); the check uses Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁}.",
            ["δ ≥ 0 is a balancedness constant of W⃗ (δ = the tuple's own max spectral defect, and larger δ)."],
            "Numeric: tuples of many balancedness scales (balanced constructions perturbed by ε ∈ {0, 1e-8, 1e-4, 1e-2, "
            + "1, 10}, Gaussian tuples, diagonal tuples with tiny singular values, rank-deficient products W = 0), "
            + "depths N = 1 … 8, shapes with narrow and wide hidden layers, scales 1e-3 … 1e3; δ = the tuple's own "
            + "constant; reports instances, min slack, worst ratio ‖Wⱼ‖²/(‖W‖^{2/N} + N²δ), seed; tightness search "
            + "(restarts + Nelder–Mead on the entries, projecting onto the hypothesis by recomputing δ). Negative "
            + "control: the bound without the N²δ term must be violated on unbalanced tuples."),

        E("nrt/eq3.5", "Equation (3.5)", ClaimKind.Eq,
            @"\|W_1\|^{2N} \leq \|W\|^2 + Q_{N,\delta}(\|W_1\|^2), \quad (3.5) \quad Q_{N,\delta}(x) = x(x + \delta)(x + 2\delta) \cdots (x + (N - 1)\delta) - x^N.",
            Tuple,
            ["δ = balancedness constant of W⃗."],
            "Numeric on the instance family of nrt/prop3.2 with tightness search (equality for balanced tuples, "
            + "δ = 0, where Q ≡ 0 and ‖W₁‖^{2N} = ‖W‖²)."),

        E("nrt/text13", "Section 3.1 (degree of Q_{N,δ})", ClaimKind.Text,
            @"where $Q_{N,\delta}$ is the polynomial of degree $N - 1$ defined as $$Q_{N,\delta}(x) = x(x + \delta)(x + 2\delta) \cdots (x + (N - 1)\delta) - x^N.$$",
            Tuple,
            ["δ > 0.", "N ≥ 2 (for N = 1, Q ≡ 0 has no degree 0)."],
            "Exact: expand the product with integer coefficients (δ = 1, δ a symbol) for N = 2 … 40; the x^N terms "
            + "cancel and the x^{N−1} coefficient is δN(N−1)/2 ≠ 0, so the degree is N − 1. For N = 1 the polynomial "
            + "is zero (noted in the evidence)."),

        E("nrt/eq3.6", "Equation (3.6)", ClaimKind.Eq,
            @"\|W_j\|^2 = \|W_j^T W_j\| = \|W_{j-1}W_{j-1}^T - D_j\| \leq \|W_{j-1}\|^2 + \delta, \quad \text{for all } j = 2, \dots, N, \quad (3.6)",
            Tuple + " D_j := W_{j−1}W_{j−1}ᵀ − WⱼᵀWⱼ, ‖D_j‖ ≤ δ.",
            ["δ = balancedness constant of W⃗."],
            "Numeric on the instance family of nrt/prop3.2 (the equalities to 1e-12 relative, the inequality with "
            + "slack and tightness)."),

        E("nrt/eq3.7", "Equation (3.7)", ClaimKind.Eq,
            @"\|W_j\|^2 \leq \|W_1\|^2 + (j - 1)\delta \quad \text{for } j = 1, \dots, N. \quad (3.7)",
            Tuple,
            ["δ = balancedness constant of W⃗."],
            "Numeric on the instance family of nrt/prop3.2 with tightness search (tight on diagonal tuples with "
            + "geometric growth of the defect)."),

        E("nrt/eq3.8", "Equation (3.8)", ClaimKind.Eq,
            @"\|W_1\|^{2N} = \|(W_1^T W_1)^N\| = \|W_1^T (W_1 W_1^T)^{N-1} W_1\| = \|W_1^T (W_2^T W_2 + D_2)^{N-1} W_1\| \leq \|W_1^T (W_2^T W_2)^{N-1} W_1\| + \sum_{k=0}^{N-2} \binom{N-1}{k} \|W_1\| \|W_2^T W_2\|^k \|D_2\|^{N-k-1} \|W_1\| \leq \dots = \|W_1^T W_2^T (W_2 W_2^T)^{N-2} W_2 W_1\| + \|W_1\|^2 \left((\|W_2\|^2 + \delta)^{N-1} - \|W_2\|^{2(N-1)} \right). \quad (3.8)",
            Tuple + " The middle lines of the printed chain are elided here as \\dots.",
            ["δ = balancedness constant of W⃗.", "N ≥ 2."],
            "Numeric on the instance family of nrt/prop3.2: each equality of the chain to 1e-10 relative and each "
            + "inequality with slack; the binomial-sum step is a separate sub-check (the matrix binomial bound for "
            + "non-commuting W₂ᵀW₂ and D₂ via the triangle inequality over all 2^{N−1} words)."),

        E("nrt/prop3.2#proof-induction", "Proposition 3.2, proof (step j of the recursion)", ClaimKind.Prop,
            @"\|W_1^T \cdots W_j^T (W_j W_j^T)^{N-j} W_j \cdots W_1\| \leq \|W_1^T \cdots W_{j+1}^T (W_{j+1} W_{j+1}^T)^{N-j-1} W_{j+1} \cdots W_1\| + \|W_1\|^2 (\|W_1\|^2 + \delta) \cdots (\|W_1\|^2 + (j - 1)\delta) \left((\|W_1\|^2 + j\delta)^{N-j} - (\|W_1\|^2 + (j - 1)\delta)^{N-j} \right)",
            Tuple,
            ["δ = balancedness constant.", "j = 2, …, N−1."],
            "Exact witness first: the second inequality replaces ‖W_{j+1}‖² by ‖W₁‖² + (j−1)δ, which (3.7) does not give; "
            + "for N = 4, 1×1 factors with w₁² = 1, w₂² = 2, w₃² = 3, w₄² = 4 (δ = 1) and j = 2 the middle term is "
            + "2·(4² − 3²) = 14 > 2·(3² − 2²) = 10 (exact integers), so the printed chain fails; nrt/prop3.2#proof-induction~fixed "
            + "uses (x + (j+1)δ)^{N−j} − (x + jδ)^{N−j}. Otherwise numeric on the instance family of nrt/prop3.2."),

        E("nrt/prop3.2#proof-induction~fixed", "Proposition 3.2, proof (step j of the recursion), corrected", ClaimKind.Prop,
            @"\|W_1^T \cdots W_j^T (W_j W_j^T)^{N-j} W_j \cdots W_1\| \leq \|W_1^T \cdots W_{j+1}^T (W_{j+1} W_{j+1}^T)^{N-j-1} W_{j+1} \cdots W_1\| + \|W_j\|^2 \cdots \|W_1\|^2 \left((\|W_{j+1}\|^2 + \delta)^{N-j} - \|W_{j+1}\|^{2(N-j)}\right) \leq \|W_1^T \cdots W_{j+1}^T (W_{j+1} W_{j+1}^T)^{N-j-1} W_{j+1} \cdots W_1\| + \|W_1\|^2 (\|W_1\|^2 + \delta) \cdots (\|W_1\|^2 + (j - 1)\delta) \left((\|W_1\|^2 + (j+1)\delta)^{N-j} - (\|W_1\|^2 + j\delta)^{N-j} \right)",
            Tuple + " Correction: (3.7) bounds ‖W_{j+1}‖² by ‖W₁‖² + jδ, not ‖W₁‖² + (j−1)δ, so the last factor is "
            + "(x + (j+1)δ)^{N−j} − (x + jδ)^{N−j} (x = ‖W₁‖²); the printed sum then no longer telescopes to Q_{N,δ}, so "
            + "(3.5) is not derived by the printed argument (it is checked numerically on its own, nrt/eq3.5).",
            ["δ = balancedness constant.", "j = 2, …, N−1."],
            "Numeric on the instance family of nrt/prop3.2 (including diagonal tuples with maximal growth "
            + "‖Wⱼ‖² = ‖W₁‖² + (j−1)δ) for every j: both inequalities."),

        E("nrt/prop3.2#proof-telescoping", "Proposition 3.2, proof (telescoping sum)", ClaimKind.Prop,
            @"\|W_1\|^{2N} \leq \|W_N \cdots W_1\|^2 + \sum_{j=1}^{N-1} \|W_1\|^2 (\|W_1\|^2 + \delta) \cdots (\|W_1\|^2 + (j-1)\delta) ((\|W_1\|^2 + j\delta)^{N-j} - (\|W_1\|^2 + (j-1)\delta)^{N-j}) = \|W\|^2 + \|W_1\|^2 (\|W_1\|^2 + \delta) \cdots (\|W_1\|^2 + (N-1)\delta) - \|W_1\|^{2N}",
            Tuple,
            ["δ = balancedness constant."],
            "Symbolic: the telescoping identity Σⱼ x(x+δ)⋯(x+(j−1)δ)[(x+jδ)^{N−j} − (x+(j−1)δ)^{N−j}] = "
            + "x(x+δ)⋯(x+(N−1)δ) − x^N as polynomials in (x, δ) for N = 2 … 12 (exact over ℚ). Note: for j = 1 the "
            + "empty product convention makes the summand x[(x+δ)^{N−1} − x^{N−1}]."),

        E("nrt/eq3.9", "Equation (3.9)", ClaimKind.Eq,
            @"x(x + \delta) \cdots (x + (N-1)\delta) = (x(x + (N-1)\delta)) \cdot (x + \delta)(x + (N-2)\delta) \cdots \leq \left(x + \frac{N-1}{2}\delta\right)^N. \quad (3.9)",
            "Scalar inequality, x ≥ 0, δ ≥ 0, N ≥ 1 (pairing factors and z(z + α) ≤ (z + α/2)²).",
            ["x ≥ 0, δ ≥ 0."],
            "Numeric (scalar): random and adversarial (x, δ, N ≤ 60), log-scale sampling over 1e-8 … 1e8; tightness "
            + "(ratio → 1 as δ/x → 0). Symbolic for N ≤ 8: the difference is a polynomial with non-negative "
            + "coefficients in (x, δ)? (checked, else reported)."),

        E("nrt/eq3.10", "Equation (3.10)", ClaimKind.Eq,
            @"x^N \leq a + (x + b)^N - x^N. \quad (3.10) \quad x = \|W_1\|^2,\ a = \|W\|^2,\ b = \frac{N-1}{2}\delta",
            Tuple,
            ["δ = balancedness constant."],
            "Numeric on the instance family of nrt/prop3.2 with the substitutions."),

        E("nrt/prop3.2#proof-mvt", "Proposition 3.2, proof (mean-value step)", ClaimKind.Prop,
            @"(x + b)^N = x^N + N\xi^{N-1}b \quad \text{for some } \xi \in [x, x + b]. \quad x^N \leq a + N\xi^{N-1}b \leq a + N(x + b)^{N-1}b.",
            "Scalar, x ≥ 0, b ≥ 0, a ≥ 0, N ≥ 1. Typo: the map is printed x ↦ X^N.",
            ["x, a, b ≥ 0."],
            "Numeric (scalar): (x+b)^N − x^N ≤ N(x+b)^{N−1}b on random (x, b, N ≤ 60); the existence of ξ is "
            + "not checked separately (a standard theorem)."),

        E("nrt/eq3.11", "Equation (3.11)", ClaimKind.Eq,
            @"\left(\frac{x}{a^{\frac{1}{N}}}\right)^N \leq 1 + N \left(\frac{x}{a^{\frac{1}{N}}} + \frac{b}{a^{\frac{1}{N}}}\right)^{N-1} \frac{b}{a^{\frac{1}{N}}}. \quad (3.11) \quad z^N \leq 1 + Nc(z + c)^{N-1}",
            "Scalar, a > 0, z = a^{−1/N}x, c = a^{−1/N}b.",
            ["a > 0."],
            "Symbolic: (3.11) is x^N ≤ a + N(x+b)^{N−1}b divided by a (exact rescaling identity); numeric on random "
            + "(x, a, b, N)."),

        E("nrt/prop3.2#proof-claim", "Proposition 3.2, proof (z ≤ 1 + 2Nc)", ClaimKind.Prop,
            @"We claim that $z \leq 1 + 2Nc$. Assume on the contrary that $z > 1 + 2Nc$. Then (3.11) gives $$z \leq \frac{1}{z^{N-1}} + Nc \left(1 + \frac{c}{z}\right)^{N-1} < 1 + Nc \left(1 + \frac{c}{1 + 2Nc}\right)^{N-1} \leq 1 + Nc \left(1 + \frac{1/2}{N}\right)^N \leq 1 + Nce^{\frac{1}{2}}.$$",
            "Scalar, z > 0, c ≥ 0, N ≥ 1, z^N ≤ 1 + Nc(z + c)^{N−1}.",
            ["z^N ≤ 1 + Nc(z + c)^{N−1} (3.11)."],
            "Numeric (scalar): for random (c, N ≤ 60) the largest root z* of z^N = 1 + Nc(z+c)^{N−1} (bisection) "
            + "satisfies z* ≤ 1 + 2Nc; each step of the chain checked at z = 1 + 2Nc(1 + u), u > 0; tightness of "
            + "z* /(1 + 2Nc) reported. The final step (1 + 1/(2N))^N ≤ e^{1/2} exactly for N ≤ 300."),

        E("nrt/eq3.12", "Equation (3.12)", ClaimKind.Eq,
            @"x \leq a^{\frac{1}{N}} + 2Nb. \quad (3.12) \quad \text{(also for } a = 0\text{)}",
            Tuple,
            ["x, a, b as in (3.10), from a tuple with balancedness constant δ."],
            "Numeric on the instance family of nrt/prop3.2 including W = 0 (a = 0), with tightness search."),

        E("nrt/prop3.2#proof-final", "Proposition 3.2, proof (bound on ‖W₁‖²)", ClaimKind.Prop,
            @"\|W_1\|^2 \leq \|W\|^{\frac{2}{N}} + N(N-1)\delta. \quad \|W_j\|^2 \leq \|W_1\|^2 + (j-1)\delta \leq \|W\|^{\frac{2}{N}} + N(N-1)\delta + (j-1)\delta \leq \|W\|^{\frac{2}{N}} + N^2\delta.",
            Tuple,
            ["δ = balancedness constant."],
            "Numeric on the instance family of nrt/prop3.2; the sharper intermediate bound N(N−1)δ for W₁ is checked "
            + "with its own tightness search."),
    ];
}
