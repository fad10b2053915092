using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Acgh;

/// <content>Appendix D.3–D.7 of acgh: proof of Theorem 2 (38)–(42), Lemmas 8–18 with (43)–(51), Claims 2–5 proofs.</content>
public static partial class AcghInventory
{
    private static InventoryEntry[] AppendixDThreeToSeven() =>
    [
        .. TheoremTwoProof(),
        .. ClaimTwoThreeProofs(),
        .. ClaimFourFiveProofs(),
    ];

    private static InventoryEntry[] TheoremTwoProof() =>
    [
        E("acgh/lemma8", "Lemma 8", ClaimKind.Lemma,
            @"Let $d \in \mathbb{N}, d \geq 20; b_2 > b_1 \geq 1$ be real numbers (possibly depending on $d$); and $\Phi \in \mathbb{R}^d$ be a vector. Suppose that $\mu$ is a rotation-invariant distribution over $\mathbb{R}^d$ with a well-defined density, such that, for some $0 < \epsilon < 1$, $$\mathbb{P}_{V \sim \mu} \left[ \frac{\|\Phi\|_2}{\sqrt{b_2 d}} \leq \|V\|_2 \leq \frac{\|\Phi\|_2}{\sqrt{b_1 d}} \right] \geq 1 - \epsilon.$$ Then, with probability at least $(1 - \epsilon) \cdot \frac{3-4F(2/\sqrt{b_1})}{2}$, $V$ will have deficiency margin $\|\Phi\|_2/(b_2 d)$ with respect to $\Phi$.",
            Scalar + " F = standard normal CDF.",
            ["d ≥ 20.", "b₂ > b₁ ≥ 1.", "μ rotation-invariant with density.", "Norm-concentration hypothesis with ε."],
            "Monte Carlo (same statement as acgh/lemma16): μ = Gaussian N(0, s²I_d) and μ = uniform-direction × log-normal "
            + "radius, d ∈ {20, 50, 100}, (b₁, b₂) from the proof of Theorem 2; ε estimated from the same draws; "
            + "frequency of the margin event ≥ bound (Clopper–Pearson). Negative control: a non-rotation-invariant μ "
            + "concentrated on the half-space ⟨V, Φ⟩ < 0 violates the bound."),

        E("acgh/text15", "Appendix D.3 (the origin is a saddle)", ClaimKind.Text,
            @"we note that the matrices $W_1(0), \dots, W_N(0)$ are very close to 0, and the point at which $W_j(0) = 0$ for all $j$ is a saddle.",
            Whitened,
            ["N ≥ 2, Φ ≠ 0."],
            "Numeric: the gradient of L^N vanishes at 0; L^N(εWⱼ) < L^N(0) along a Procedure-1 direction with "
            + "⟨W_{1:N}, Φ⟩ > 0 and > L^N(0) along one with ⟨W_{1:N}, Φ⟩ < 0 (so neither a minimum nor a maximum)."),

        E("acgh/lemma9", "Lemma 9 (Laurent and Massart (2000), Lemma 1)", ClaimKind.Lemma,
            @"Suppose that $d \in \mathbb{N}$ and $V \in \mathbb{R}^d$ is a vector whose entries are i.i.d. Gaussians with mean 0 and standard deviation $s$. Then, for any $k > 0$, $$\mathbb{P}\left[\|V\|_2^2 \geq s^2(d + 2k + 2\sqrt{kd})\right] \leq \exp(-k), \quad \mathbb{P}\left[\|V\|_2^2 \leq s^2(d - 2\sqrt{kd})\right] \leq \exp(-k).$$",
            "V ~ N(0, s²I_d).",
            ["k > 0."],
            "Exact χ²_d tail probabilities (regularised incomplete gamma, MathNet) compared with e^{−k} over a grid of "
            + "(d, k); Monte Carlo as a second route. Negative control: e^{−2k} in place of e^{−k} must fail somewhere."),

        E("acgh/text16", "Proof of Theorem 2 (norm concentration with k = d₀/16)", ClaimKind.Text,
            @"By Lemma 9 with $k = d_0/16$, we have that $$\mathbb{P}\left[\frac{s^2 d_0}{2} \leq \|V\|_2^2 \leq 2s^2 d_0\right] \geq 1 - 2\exp(-d_0/16).$$",
            Scalar,
            ["Entries of W_{1:N}(0) i.i.d. N(0, s²)."],
            "Exact: d + 2k + 2√(kd) = 13d/8 ≤ 2d and d − 2√(kd) = d/2 at k = d/16; then the χ² probability computed exactly "
            + "for d₀ ∈ {20, …, 400}."),

        E("acgh/text17", "Proof of Theorem 2 (choice of b₁, b₂)", ClaimKind.Text,
            @"We next use Lemma 8, with $b_1 = \|\Phi\|_2^2/(2s^2 d_0^2)$, $b_2 = 2\|\Phi\|_2^2/(s^2 d_0^2)$; note that since $a \geq 2$, $b_1 \geq 1$, as required by the lemma.",
            Scalar,
            ["s ≤ ‖Φ‖₂/√(ad₀²), a ≥ 2."],
            "Exact: b₁ ≥ a/2 ≥ 1, b₂ > b₁; the Lemma-8 radii become s²d₀/2 and 2s²d₀ (matching acgh/text16); the margin "
            + "‖Φ‖₂/(b₂d₀) = s²d₀/(2‖Φ‖₂); and F(2/√b₁) ≤ F(2/√(a/2)) gives (38). Symbolic in (s, d₀, ‖Φ‖₂)."),

        E("acgh/eq38", "Equation (38) (success probability of Theorem 2)", ClaimKind.Eq,
            @"(1 - 2\exp(-d_0/16)) \frac{3 - 4F\left(2/\sqrt{a/2}\right)}{2},",
            Scalar + " Procedure 1 with 𝒟 = i.i.d. N(0, s²), s ≤ ‖Φ‖₂/√(ad₀²); event: W_{1:N}(0) has deficiency margin s²d₀/(2‖Φ‖₂).",
            ["a ≥ 2, d₀ ≥ 20."],
            "Closed-form evaluation (F via MathNet Normal.CDF) and Monte Carlo: sub-claim acgh/eq38#monte-carlo. Note: the "
            + "value is negative (vacuous) for small a, e.g. a = 2 gives 3 − 4F(2) < 0."),

        E("acgh/eq38#monte-carlo", "Equation (38) (Monte Carlo of the event)", ClaimKind.Eq,
            @"with probability at least (38), $W_{1:N}(0)$ will have deficiency margin $s^2 d_0/2\|\Phi\|_2$ with respect to $\Phi$.",
            Scalar,
            ["a ≥ 2, d₀ ≥ 20, s = ‖Φ‖₂/√(ad₀²) (the largest admissible s) and s/2."],
            "Monte Carlo, seeded: (a, d₀) ∈ {(100, 100), (400, 64), (10⁴, 20)}, 10⁴ draws of A with i.i.d. N(0, s²) entries "
            + "(the end-to-end of Procedure 1 equals A exactly), fixed random Φ with ‖Φ‖₂ = 1; the frequency's 99% upper "
            + "confidence bound must be ≥ (38) and the frequency itself is reported next to (38). Negative control: the "
            + "claimed margin multiplied by d₀ (i.e. ‖Φ‖₂·s²d₀²/2) must occur with frequency below (38)."),

        E("acgh/eq39", "Equation (39)", ClaimKind.Eq,
            @"\eta \leq \frac{(s^2 d_0)^{4-2/N}}{2^4 \cdot 6144 N^3 \|\Phi\|_2^{10-6/N}},",
            Scalar,
            ["η ≤ (s²d₀)^{4−2/N}/(10⁵N³‖Φ‖₂^{10−6/N}) (Theorem 2)."],
            "Exact: 2⁴·6144 = 98304 < 10⁵; and (39) implies (7) with c = s²d₀/(2‖Φ‖₂) (since 2^{4−2/N} ≤ 2⁴ and ‖Φ‖_F = ‖Φ‖₂), "
            + "and with c = ‖Φ‖₂/2 (using s²d₀ ≤ ‖Φ‖₂²/a) — both checked in real arithmetic over a grid."),

        E("acgh/eq40", "Equation (40)", ClaimKind.Eq,
            @"t_0 \geq \eta^{-1} \left( \frac{2\|\Phi\|_2}{s^2 d_0} \right)^{2-2/N} \ln(4), then $L^1(W_{1:N}(t_0)) \leq \frac{1}{8}\|\Phi\|_2^2$, meaning that $\|W_{1:N}(t_0) - \Phi\|_2 \leq \frac{1}{2}\|\Phi\|_2 = \|\Phi\|_2 - \frac{1}{2}\sigma_{\min}(\Phi)$.",
            Scalar,
            ["Theorem 1 with c = s²d₀/(2‖Φ‖₂), ℓ(0) ≤ ½‖Φ‖₂², ε = ⅛‖Φ‖₂²."],
            "Exact: (8) with these values gives (40); σ_min(Φ) = ‖Φ‖₂ for a row vector. Trajectory check on successful "
            + "draws in a reduced instance (larger s within the hypothesis, N = 2) that ℓ(t₀) ≤ ⅛‖Φ‖₂²."),

        E("acgh/eq41", "Equation (41)", ClaimKind.Eq,
            @"\|W_{j+1}^T(t_0)W_{j+1}(t_0) - W_j(t_0)W_j^T(t_0)\|_F \leq \frac{2s^4 d_0^2}{(2\|\Phi\|_2)^2 \cdot 256 N^3 \|\Phi\|_2^{2-2/N}} = \frac{s^4 d_0^2}{512 N^3 \|\Phi\|_2^{4-2/N}}.",
            Scalar,
            ["Lemma 2 𝒜(t₀) with δ of Theorem 1 at c = s²d₀/(2‖Φ‖₂)."],
            "Symbolic equality (exponent arithmetic) and trajectory check of the inequality at t₀."),

        E("acgh/text18", "Proof of Theorem 2 (δ-balancedness at t₀)", ClaimKind.Text,
            @"$$\frac{s^4 d_0^2}{512N^3 \|\Phi\|_2^{4-2/N}} \leq \frac{\|\Phi\|_2^{2/N}}{(a^2 d_0^2) \cdot 512N^3} \leq \frac{\|\Phi\|_2^{2/N} (1/2)^2}{256N^3}$$ for $d_0 \geq 2$, by Equation (41), the matrices $W_1(t_0), \dots, W_N(t_0)$ are $\delta$-balanced with $\delta = \frac{\|\Phi\|_2^{2/N} (1/2)^2}{256N^3}$.",
            Scalar,
            ["s ≤ ‖Φ‖₂/√(ad₀²), a ≥ 2, d₀ ≥ 2."],
            "Exact arithmetic (a²d₀² ≥ 2 suffices); the resulting δ equals Theorem 1's δ at c = ‖Φ‖₂/2 (symbolic)."),

        E("acgh/eq42", "Equation (42)", ClaimKind.Eq,
            @"T - t_0 \geq \eta^{-1} \cdot 2^{2-2/N} \cdot \|\Phi\|_2^{2/N-2} \ln \left( \frac{\|\Phi\|_2^2}{8\epsilon} \right),",
            Scalar,
            ["Theorem 1 restarted at t₀ with c = ‖Φ‖₂/2 and ℓ(t₀) ≤ ⅛‖Φ‖₂²."],
            "Exact: (8) with c = ‖Φ‖₂/2 gives (42)."),

        E("acgh/text19", "Proof of Theorem 2 (final iteration count)", ClaimKind.Text,
            @"Therefore, by Equations (40) and (42), to ensure that $\ell(T) \leq \epsilon$, we may take $$T \geq 4\eta^{-1} \left( \ln(4) \left( \frac{\|\Phi\|_2}{s^2 d_0} \right)^{2-2/N} + \|\Phi\|_2^{2/N-2} \ln(\|\Phi\|_2^2/(8\epsilon)) \right).$$",
            Scalar,
            ["ε < ⅛‖Φ‖₂² (otherwise the logarithm is negative and the second phase is void)."],
            "Exact: 2^{2−2/N} ≤ 4 bounds both (40) and (42), so the printed T ≥ t₀ + (T − t₀); checked in real arithmetic."),

        E("acgh/text20", "Proof of Theorem 2 (limits and the numerical example)", ClaimKind.Text,
            @"As $\lim_{d \rightarrow \infty} (1 - 2 \exp(-d/16)) = 1$ and $\lim_{a \rightarrow \infty} (3 - 4F(2\sqrt{2/a}))/2 = 1/2$, for any $0 < p < 1/2$, there exist $a, d'_0 > 0$ such that for $d_0 \geq d'_0$, the probability given in Equation (38) is at least $p$. [...] For instance, to obtain a probability of greater than 0.25 of the initialization conditions being met, we may take $d_0 \geq 100, a \geq 100$.",
            Scalar,
            [],
            "Exact evaluation: at d₀ = a = 100, (1 − 2e^{−6.25})·(3 − 4F(0.2828))/2 ≈ 0.996·0.277 ≈ 0.276 > 0.25, and (38) is "
            + "increasing in both d₀ and a; the limits are checked numerically (a = 10⁸ gives 0.49999…). Note: 2/√(a/2) = 2√(2/a)."),

        E("acgh/lemma10", "Lemma 10", ClaimKind.Lemma,
            @"Suppose $a, b, d \in \mathbb{N}$ and $A \in \mathbb{R}^{a \times d}, B \in \mathbb{R}^{d \times b}$ are matrices whose entries are distributed as i.i.d. Gaussians with mean 0 and standard deviation $s$. Then for $k \geq 1$, $$\mathbb{P} \left[ \|A^T A - BB^T\|_F \geq ks^2 \sqrt{2d(a+b)^2 + d^2(a+b)} \right] \leq 1/k^2. \quad (43)$$",
            Gaussian,
            ["k ≥ 1."],
            "Monte Carlo: seeded draws for (a, b, d) over small grids and k ∈ {1, 1.5, 2, 3}; frequency ≤ 1/k² (upper "
            + "confidence bound). Also the second moment E‖AᵀA − BBᵀ‖²_F = s⁴(d(a−b)² + 2d(a+b) + d(d−1)(a+b)) computed "
            + "exactly and compared with the proof's bound s⁴(2d(a+b)² + d²(a+b))."),

        E("acgh/eq43", "Equation (43)", ClaimKind.Eq,
            @"\mathbb{P} \left[ \|A^T A - BB^T\|_F \geq ks^2 \sqrt{2d(a+b)^2 + d^2(a+b)} \right] \leq 1/k^2.",
            Gaussian,
            ["k ≥ 1."],
            "As acgh/lemma10 (Chebyshev–Markov from the second moment)."),

        E("acgh/text21", "Proof of Lemma 10 (second moments of the entries)", ClaimKind.Text,
            @"If $i \neq j$, then $$\mathbb{E}[X^2] = \sum_{1 \leq \ell \leq a} \mathbb{E}[A_{\ell i}^2 A_{\ell j}^2] + \sum_{1 \leq r \leq b} \mathbb{E}[B_{ir}^2 B_{jr}^2] = (a+b)s^4.$$ [...] Then if $i = j$, $$\mathbb{E}[X^2] = s^4 \cdot (3(a+b) + a(a-1) + b(b-1) - ab) \leq s^4((a+b)^2 + 2(a+b)).$$",
            Gaussian + " X_{ij} = (AᵀA − BBᵀ)_{ij}.",
            [],
            "Exact moment computation and Monte Carlo. The off-diagonal value (a+b)s⁴ is correct. REFUTATION CANDIDATE "
            + "(mis-print) for the diagonal equality: E[X_{ii}²] = s⁴(3(a+b) + a(a−1) + b(b−1) − 2ab) = s⁴((a−b)² + 2(a+b)) "
            + "(the cross term is −2ab, not −ab); e.g. a = b = 10 gives 40s⁴, not 140s⁴. The printed upper bound "
            + "s⁴((a+b)² + 2(a+b)) still holds, so (43) is unaffected."),

        E("acgh/text22", "Proof of Lemma 10 (Frobenius second moment)", ClaimKind.Text,
            @"\mathbb{E}[\|A^T A - BB^T\|_F^2] \leq s^4(d((a+b)^2 + 2(a+b)) + d(d-1)(a+b)) \leq s^4(2d(a+b)^2 + d^2(a+b)).",
            Gaussian,
            [],
            "Exact polynomial inequalities in (a, b, d) (the second reduces to d(a+b) ≤ d(a+b)²) and comparison with the exact moment."),

        E("acgh/text23", "Proof of Claim 2 (union bound)", ClaimKind.Text,
            @"$$\mathbb{P} \left[ \|W_{j+1}^T W_{j+1} - W_j W_j^T\|_F \geq k s^2 \sqrt{10 d_{\max}^3} \right] \leq 1/k^2.$$ By the union bound, $$\mathbb{P} \left[ \forall 1 \leq j \leq N-1, \|W_{j+1}^T W_{j+1} - W_j W_j^T\|_F \leq k s^2 \sqrt{10 d_{\max}^3} \right] \geq 1 - N/k^2,$$ and the claim follows with $\delta = k s^2 \sqrt{10 d_{\max}^3}$.",
            Gaussian,
            [],
            "Exact: 2d(a+b)² + d²(a+b) ≤ 10d_max³ when a, b, d ≤ d_max (8 + 2); the union over N − 1 pairs gives "
            + "1 − (N−1)/k² ≥ 1 − N/k²; substituting k gives Claim 2's bound. Monte Carlo shared with acgh/claim2."),
    ];

    private static InventoryEntry[] ClaimTwoThreeProofs() =>
    [
        E("acgh/lemma11", "Lemma 11 (Carbery and Wright (2001))", ClaimKind.Lemma,
            @"There is an absolute constant $C_0$ such that the following holds. Suppose that $h$ is a multilinear polynomial of $K$ variables $X_1, \dots, X_K$ and of degree $N$. Suppose that $X_1, \dots, X_K$ are i.i.d. Gaussian. Then, for any $\epsilon > 0$: $$\mathbb{P}[|h(X_1, \dots, X_K)| \leq \epsilon \cdot \sqrt{\text{Var}[h(X_1, \dots, X_K)]}] \leq C_0 N \epsilon^{1/N}.$$",
            "i.i.d. standard Gaussians; h multilinear of degree N.",
            [],
            "Not checkable: a cited theorem with an absolute constant C₀ that neither this paper nor the statement gives; "
            + "no finite computation can refute 'there is a constant'. Computable proxy (reported, no verdict): Monte Carlo "
            + "of P[|g| ≤ ε√Var g] for the path polynomials g_{i₀} of Lemma 12, fitting the implied lower bound on C₀."),

        E("acgh/lemma12", "Lemma 12", ClaimKind.Lemma,
            @"For any constant $0 < C_2 < 1$, there is an absolute constant $C_1 > 0$ such that the following holds. Let $N, d_0, \dots, d_{N-1} \in \mathbb{N}$. Set $d_N = 1$. Suppose that for $1 \leq j \leq N$, $W_j \in \mathbb{R}^{d_j \times d_{j-1}}$ are matrices whose entries are i.i.d. Gaussians of standard deviation $s$ and mean 0. Then $$\mathbb{P} \left[ s^{2N} d_1 \cdots d_{N-1} \left( \frac{1}{C_1 N} \right)^{2N} \leq \|W_{1:N}\|_2^2 \leq C_1 d_0^2 d_1 \cdots d_{N-1} s^{2N} \right] \geq C_2.$$",
            Gaussian + " d_N = 1.",
            ["0 < C₂ < 1."],
            "Not checkable as stated: C₁ = max{2/(1−C₂), 2C₀/(1−C₂)} depends on the unspecified C₀ of Lemma 11. Computable "
            + "parts: acgh/lemma12#variance, acgh/eq44 (upper tail, constant-free), and a Monte Carlo report of the smallest "
            + "C₁ for which the empirical probability reaches C₂ (an empirical lower bound on the needed constant)."),

        E("acgh/lemma12#variance", "Proof of Lemma 12 (variance of the path sums)", ClaimKind.Lemma,
            @"\text{Var}[g_i(W_1, \dots, W_N)] = \mathbb{E}[g_i(W_1, \dots, W_N)^2] = \sum_{i_1=1}^{d_1} \cdots \sum_{i_{N-1}=1}^{d_{N-1}} \mathbb{E} \left[ (W_N)_{1, i_{N-1}}^2 (W_{N-1})_{i_{N-1}, i_{N-2}}^2 \cdots (W_1)_{i_1, i_0}^2 \right] = d_1 d_2 \cdots d_{N-1} s^{2N}.",
            Gaussian + " g_{i₀} = (W_{1:N})_{1,i₀}; f = ‖W_{1:N}‖²₂ = Σ g_{i₀}², a polynomial of degree 2N.",
            [],
            "Exact (symbolic expectation of a multilinear polynomial: cross terms vanish) and Monte Carlo; also "
            + "E[g] = 0 and deg f = 2N (symbolic)."),

        E("acgh/eq44", "Equation (44) (proof of Lemma 12)", ClaimKind.Eq,
            @"\mathbb{P}[f(W_1, \dots, W_N) \geq B_1 d_0^2 d_1 d_2 \cdots d_{N-1} s^{2N}] = \mathbb{P}\left[\sum_{i_0=1}^{d_0} g_{i_0}(W_1, \dots, W_N)^2 \geq B_1 d_0^2 d_1 d_2 \cdots d_{N-1} s^{2N}\right] \leq d_0 \cdot \mathbb{P}[g_1(W_1, \dots, W_N)^2 \geq B_1 d_0 d_1 \cdots d_{N-1} s^{2N}] \leq 1/B_1.",
            Gaussian + " d_N = 1.",
            ["B₁ ≥ 1 (any constant; no unspecified constant involved)."],
            "Monte Carlo for B₁ ∈ {2, 10, 2000} (the proof's B₁ = 2/(1 − C₂) = 2000 at C₂ = 999/1000): frequency ≤ 1/B₁. "
            + "Negative control: 1/B₁² in place of 1/B₁ fails for B₁ = 2 on small d₀."),

        E("acgh/eq45", "Equation (45) (proof of Lemma 12)", ClaimKind.Eq,
            @"\mathbb{P}[f(W_1, \dots, W_N) \geq \epsilon^{2N} s^{2N} d_1 \cdots d_{N-1}] \geq 1 - C_0 N \epsilon.",
            Gaussian + " d_N = 1.",
            ["ε > 0."],
            "Not checkable: depends on the unspecified C₀ (Lemma 11). Monte Carlo reports the frequency as a function of "
            + "ε (evidence on the ε-dependence only). MIS-PRINT recorded in the preceding sentence: 'Since f² ≥ g_{i₀}²' "
            + "should read f ≥ g_{i₀}² (f = Σ g²; f² ≥ g² fails when f < 1)."),

        E("acgh/lemma12#proof-constants", "Proof of Lemma 12 (choice of ε, B₁, C₁)", ClaimKind.Lemma,
            @"given $0 < C_2 < 1$, choose $\epsilon = (1 - C_2)/(2C_0 N)$, and $B_1 = 2/(1 - C_2)$. Then by (44) and (45) and a union bound, [...] $\geq C_2$. The result of the lemma then follows by taking $C_1 = \max\left\{\frac{2}{1 - C_2}, \frac{2C_0}{1 - C_2}\right\}$.",
            Gaussian,
            ["C₀ from Lemma 11."],
            "Symbolic in C₀, C₂: 1 − C₀Nε − 1/B₁ = C₂ and both printed bounds are implied by C₁'s definition "
            + "((1/(C₁N))^{2N} ≤ ((1−C₂)/(2C₀N))^{2N} and C₁ ≥ 2/(1−C₂)); exact rational check for sample C₀, C₂."),

        E("acgh/lemma13", "Lemma 13", ClaimKind.Lemma,
            @"Let $N, d_0, \dots, d_{N-1} \in \mathbb{N}$, and set $d_N = 1$. Suppose $W_j \in \mathbb{R}^{d_j \times d_{j-1}}$ for $1 \leq j \leq N$, are matrices whose entries are i.i.d. Gaussians with mean 0 and standard deviation $s$. Then, the distribution of $W_{1:N}$ is rotation-invariant.",
            Gaussian + " d_N = 1.",
            [],
            "Monte Carlo: for fixed orthogonal O (seeded Haar), the empirical distributions of ⟨W_{1:N}, u⟩ and "
            + "⟨W_{1:N}O, u⟩ agree (two-sample Kolmogorov–Smirnov, 10⁴ draws, fixed α); negative control: a layer with "
            + "non-identical column variances breaks invariance and is detected. MIS-PRINT recorded in the proof: 'for any "
            + "matrix O ∈ ℝ^{d₀×d₀}' must read 'for any orthogonal matrix O'."),

        E("acgh/lemma14", "Lemma 14", ClaimKind.Lemma,
            @"For $d \geq 20$, choose any $0 \leq h \leq 1$. Then, the area of a $(d, 1)$-hyperspherical cap of height $h$ is at least $$\frac{3 - 4F((1 - h)\sqrt{d - 1})}{2}.$$",
            "Normalised Haar measure on the unit sphere of ℝ^d; cap {x : ⟨x, u⟩ ≥ 1 − h}; F standard normal CDF.",
            ["d ≥ 20.", "0 ≤ h ≤ 1."],
            "Exact numerics: the cap area is I_{1−(1−h)²}((d−1)/2, ½)/2 (regularised incomplete beta, MathNet), compared "
            + "with the bound on a grid of d ∈ [20, 2000], h ∈ [0, 1]; also Monte Carlo on the sphere. Note: the proof "
            + "ends with √(d − 3), a stronger bound than the statement's √(d − 1) (F increasing), so the statement follows; "
            + "both versions are checked (acgh/lemma14#proof-final)."),

        E("acgh/text24", "Proof of Lemma 14 (Chudnov's cap formula)", ClaimKind.Text,
            @"In Chudnov (1986), it is shown that the area of a $(d, 1)$-hyperspherical cap of height $h$ is given by $\frac{1 - C_{d-2}(h)/C_{d-2}(0)}{2}$, where $$C_d(h) := \int_0^{1-h} (1 - t^2)^{(d-1)/2} dt.$$ Next, by the inequality $1 - t^2 \geq \exp(-2t^2)$ for $0 \leq t \leq 1/2$",
            "Unit sphere in ℝ^d; the first coordinate of a uniform point has density ∝ (1 − t²)^{(d−3)/2}.",
            [],
            "Numeric quadrature vs the incomplete-beta cap area (identity), and the scalar inequality 1 − t² ≥ e^{−2t²} on [0, ½] (sampled + endpoint)."),

        E("acgh/eq46", "Equation (46) (proof of Lemma 14)", ClaimKind.Eq,
            @"\int_0^1 (1 - t^2)^{(d-3)/2} dt \geq \int_0^{1/2} \exp\left(2 \cdot \frac{-t^2(d-3)}{2}\right) dt = \sqrt{\pi/(d-3)} \cdot \frac{2F(\sqrt{(d-3)/2}) - 1}{2} \geq \sqrt{\pi/(d-3)} \cdot \frac{1 - 2\exp(-(d-3)/4)}{2},",
            "Real analysis; F standard normal CDF; uses F(x) ≥ 1 − exp(−x²/2) for x ≥ 1.",
            ["d ≥ 20."],
            "Quadrature for each member, d ∈ [20, 2000]; the middle equality exact by substitution (checked numerically to 1e-12)."),

        E("acgh/eq47", "Equation (47) (proof of Lemma 14)", ClaimKind.Eq,
            @"\int_0^{1-h} (1 - t^2)^{(d-3)/2} dt \leq \int_0^{1-h} \exp\left(\frac{-t^2(d-3)}{2}\right) dt = \sqrt{2\pi/(d-3)} \cdot \frac{2F((1-h)\sqrt{d-3}) - 1}{2}.",
            "Real analysis; 1 − t² ≤ e^{−t²}.",
            ["d ≥ 20, 0 ≤ h ≤ 1."],
            "Quadrature for each member on a grid of (d, h)."),

        E("acgh/lemma14#proof-final", "Proof of Lemma 14 (final chain)", ClaimKind.Lemma,
            @"\frac{1 - C_{d-2}(h)/C_{d-2}(0)}{2} \geq \frac{1 - \frac{\sqrt{2} \cdot (2F((1-h)\sqrt{d-3}) - 1)}{1 - 2\exp(-(d-3)/4)}}{2} \geq \frac{1 - \sqrt{2} \cdot (2F((1-h)\sqrt{d-3}) - 1) \cdot (1 + 4\exp(-(d-3)/4))}{2} \geq \frac{3 - 4F((1-h)\sqrt{d-3})}{2},",
            "Real analysis; uses 1/(1 − y) ≤ 1 + 2y for 0 < y < ½ and 1 + 4exp(−(d−3)/4) ≤ √2 for d ≥ 20.",
            ["d ≥ 20."],
            "Grid evaluation of every member (d ∈ [20, 2000], h ∈ [0, 1]); the auxiliary scalar facts checked exactly "
            + "(2e^{−17/4} < ½, 1 + 4e^{−17/4} ≈ 1.057 ≤ √2)."),

        E("acgh/lemma15", "Lemma 15", ClaimKind.Lemma,
            @"Let $d \in \mathbb{N}$, $d \geq 20$; $a \geq 1$ be a real number (possibly depending on $d$); and $\Phi \in \mathbb{R}^d$ be some vector. Set $r = \|\Phi\|_2/\sqrt{ad}$, and suppose that $V \in S^d(r)$ is drawn according to the uniform measure. Then, with probability at least $\frac{3-4F(2/\sqrt{a})}{2}$, $V$ will have deficiency margin $\|\Phi\|_2/(ad)$ with respect to $\Phi$.",
            Scalar + " V uniform on the sphere of radius r in ℝ^d.",
            ["d ≥ 20.", "a ≥ 1."],
            "Exact: the event ‖V − Φ‖ ≤ ‖Φ‖(1 − 1/(ad)) is a spherical cap; its probability is computed exactly with the "
            + "incomplete beta function and compared with the bound over a grid of (d, a); Monte Carlo as a second route. "
            + "Negative control: the bound ½ (F evaluated at 0) must fail, since a positive margin needs ⟨V, Φ⟩ > ‖V‖²/2 > 0."),

        E("acgh/text25", "Proof of Lemma 15 (law of cosines)", ClaimKind.Text,
            @"(1 - 1/(ad))^2 = r^2 + 1^2 - 2r \cos \theta = 1/(ad) + 1 - 2/\sqrt{ad} \cdot \cos(\theta), so $$d(P, Q) = r \cos \theta - 1/(ad) = \frac{1}{2}(1/(ad) - 1/(a^2 d^2)) < 1/(ad),$$",
            "‖Φ‖₂ = 1, r = 1/√(ad); cap 𝒞 of height r − 2/(ad).",
            [],
            "Symbolic: solving for r cos θ gives (3/(ad) − 1/(a²d²))/2, so d(P, Q) as printed (rational-function identity "
            + "in x = 1/(ad)); the inclusion 𝒞 ⊆ 𝒟 (cap begins at 2/(ad) ≥ r cos θ) checked numerically."),

        E("acgh/lemma16", "Lemma 16 (Lemma 8 restated)", ClaimKind.Lemma,
            @"Let $d \in \mathbb{N}, d \geq 20$; $b_2 > b_1 \geq 1$ be real numbers (possibly depending on $d$); and $\Phi \in \mathbb{R}^d$ be a vector. Suppose that $\mu$ is a rotation-invariant distribution over $\mathbb{R}^d$ with a well-defined density, such that, for some $0 < \epsilon < 1$, [...] Then, with probability at least $(1 - \epsilon) \cdot \frac{3-4F(2/\sqrt{b_1})}{2}$, $V$ will have deficiency margin $\|\Phi\|_2/(b_2 d)$ with respect to $\Phi$.",
            Scalar,
            ["As in Lemma 8."],
            "Identical statement to acgh/lemma8 (checked once, reported under both ids); the proof's integral step uses "
            + "Lemma 15 at a = 1/(r²d) ∈ [b₁, b₂] (exact check that a ≥ 1 and F(2r√d) ≤ F(2/√b₁))."),

        E("acgh/eq48", "Equation (48) (proof of Claim 3)", ClaimKind.Eq,
            @"s = \left( \frac{\|\Phi\|_2^2}{ad_0^3 d_1 \cdots d_{N-1} C_1} \right)^{1/(2N)}.",
            Gaussian + " d_N = 1; C₁ from Lemma 12 with C₂ = 999/1000; a ≥ 10⁵.",
            ["C₁ (unspecified)."],
            "Definition of s in the proof; symbolic consequences: Lemma 12's interval becomes [‖Φ‖²/(ad₀³C₁)(1/(C₁N))^{2N}, "
            + "‖Φ‖²/(ad₀)] (exact in C₁)."),

        E("acgh/claim3#proof-probability", "Proof of Claim 3 (probability 0.49)", ClaimKind.Claim,
            @"Lemma 16, with $d = d_0$, $b_1 = a$ and $b_2 = ad_0^2 C_1 \cdot (C_1 N)^{2N}$, implies that with probability at least $\frac{999}{1000} \cdot \frac{3 - 4F(2/\sqrt{a})}{2}$, $W$ has deficiency margin $\|\Phi\|_2 / (ad_0^3 C_1^{2N+1} N^{2N})$ with respect to $\Phi$. But $a \geq 10^5$ implies that this probability is at least 0.49",
            Gaussian + " d_N = 1.",
            ["a ≥ 10⁵."],
            "Exact: at a = 10⁵, 0.999·(3 − 4F(2/√10⁵))/2 ≈ 0.4945 ≥ 0.49 and the expression increases with a; the margin "
            + "‖Φ‖₂/(b₂d₀) = ‖Φ‖₂/(ad₀³C₁^{2N+1}N^{2N}) symbolic in C₁."),

        E("acgh/eq49", "Equation (49) (proof of Claim 3)", ClaimKind.Eq,
            @"\frac{\|\Phi\|_2}{ad_0^3 C_1^{2N+1} N^{2N}} = \frac{s^{2N} d_1 \cdots d_{N-1}}{\|\Phi\|_2 (C_1 N)^{2N}}.",
            Gaussian + " s from (48).",
            [],
            "Symbolic identity after substituting (48) (exact for symbolic C₁, a, d's)."),

        E("acgh/claim3#proof-final", "Proof of Claim 3 (margin at least c)", ClaimKind.Claim,
            @"Next recall the assumption in the hypothesis that $s \geq C_1 N (c \cdot \|\Phi\|_2 / (d_1 \cdots d_{N-1}))^{1/2N}$. Then the deficiency margin in (49) is at least $\frac{(C_1 N (c \cdot \|\Phi\|_2 / (d_1 \cdots d_{N-1}))^{1/(2N)})^{2N} d_1 \cdots d_{N-1}}{\|\Phi\|_2 (C_1 N)^{2N}} = c$",
            Gaussian + " d_N = 1.",
            [],
            "Symbolic: monotonicity of (49) in s and the equality at the threshold (exact). Consistent with the statement's "
            + "threshold c^{1/(2N)}·C₁N‖Φ‖^{1/(2N)}/(d₁⋯d_{N−1})^{1/(2N)}."),
    ];

    private static InventoryEntry[] ClaimFourFiveProofs() =>
    [
        E("acgh/claim4#proof-scalar-start", "Proof of Claim 4 (scalar target and margin)", ClaimKind.Claim,
            @"The target matrices $\Phi$ that will be used to prove the claim satisfy $\sigma_{\min}(\Phi) = 1$. We may assume without loss of generality that $c \geq 3/4$ [...] $\Phi = 1$. For all choices of $\eta$, we will set the initializations $W_1(0), \dots, W_N(0)$ so that $W_{1:N}(0) = c$. Then $\|W_{1:N}(0) - \Phi\|_F = |W_{1:N}(0) - \Phi| = 1 - c = \sigma_{\min}(\Phi) - c$",
            Descent + " d = 1 (scalars).",
            ["3/4 ≤ c < 1."],
            "Exact (Rational): (51) has product c and margin exactly c; monotonicity of the margin in c (smaller c is implied)."),

        E("acgh/eq50", "Equation (50) (proof of Claim 4)", ClaimKind.Eq,
            @"A = \max \left\{ \sqrt{\eta N}, \frac{2}{\eta(1-c)c^{(N-1)/N}}, 2000, 20/\eta, \left( \frac{20 \cdot 10^{2N-1}}{\eta^{2N}} \right)^{1/(2N-2)} \right\}.",
            Descent + " d = 1.",
            ["η > 0, 3/4 ≤ c < 1, N ≥ 2 even."],
            "Definition (evaluated in double; the later overflow is handled in the recursion, not here)."),

        E("acgh/eq51", "Equation (51) (proof of Claim 4)", ClaimKind.Eq,
            @"W_j(0) = \begin{cases} Ac^{1/N} & : 1 \leq j \leq N/2 \\ c^{1/N}/A & : N/2 < j \leq N, \end{cases} so that $W_{1:N}(0) = c$.",
            Descent + " d = 1.",
            ["N even."],
            "Exact: the product is (Ac^{1/N})^{N/2}(c^{1/N}/A)^{N/2} = c."),

        E("acgh/claim4#proof-update", "Proof of Claim 4 (scalar GD update and first step)", ClaimKind.Claim,
            @"W_j(t+1) = W_j(t) - \eta(W_{1:N}(t) - 1) \cdot W_{1:j-1}(t)W_{j+1:N}(t), [...] W_j(1) = \begin{cases} c^{1/N}A - \eta(c-1)c^{(N-1)/N}/A & : 1 \leq j \leq N/2 \\ c^{1/N}/A - \eta(c-1)c^{(N-1)/N}A & : N/2 < j \leq N. \end{cases}",
            Descent + " d = 1.",
            [],
            "Symbolic (scalar gradient of ½(1 − ∏W)²) and exact Rational evaluation of the first step."),

        E("acgh/claim4#proof-w1-bounds", "Proof of Claim 4 (bounds on W_j(1))", ClaimKind.Claim,
            @"we have that $A/2 \leq 3A/4 \leq W_j(1)$ for $1 \leq j \leq N/2$. [...] Thus $W_j(1) \leq A$ for $N/2 < j \leq N$. Similarly, using the same bound $3/4 \leq c < 1$ and the fact that $\eta(1-c)c^{(N-1)/N}A \geq 2$ we get $\frac{3}{16}\eta A \leq W_j(1) \leq \eta A$ for $N/2 < j \leq N$. In particular, for all $1 \leq j \leq N$, we have that $\frac{\min\{\eta, 1\}}{10}A \leq W_j(1) \leq \max\{\eta, 1\}A$.",
            Descent + " d = 1.",
            ["3/4 ≤ c < 1, A from (50)."],
            "Exact evaluation over a grid of (N, η, c). REFUTATION CANDIDATES in the proof: (a) 'W_j(1) ≤ A for N/2 < j ≤ N' "
            + "is derived from c^{1/N}A + η(1−c)/A ≤ A, which bounds the FIRST half (index-range mis-print); (b) the lower "
            + "bound (3/16)ηA ≤ W_j(1) for the second half needs (1 − c)c^{(N−1)/N} ≳ 3/16, false for c close to 1. "
            + "Counterexample: N = 2, η = 1, c = 0.99: A = 2000, W₂(1) ≈ 19.9 < B(1) = min{η,1}A/10 = 200 (checked with "
            + "50-digit decimals). Claim 4 itself still holds on these instances (the run diverges), so the base case of "
            + "Lemma 17 needs another B(1) (acgh/lemma17#base)."),

        E("acgh/lemma17", "Lemma 17", ClaimKind.Lemma,
            @"For each $t \geq 1$, the real numbers $W_1(t), \dots, W_N(t)$ all have the same sign and this sign alternates for each integer $t$. Moreover, there are real numbers $2 \leq B(t) < C(t)$ for $t \geq 1$ such that for $1 \leq j \leq N$, $B(t) \leq |W_j(t)| \leq C(t)$ and $\eta B(t)^{2N-1} \geq 20C(t)$.",
            Descent + " d = 1; the Claim-4 construction (50)–(51).",
            ["N even, 3/4 ≤ c < 1, A from (50)."],
            "Trajectory check along the exact/log-magnitude recursion of acgh/claim4: same sign, alternating, "
            + "2 ≤ min|Wⱼ(t)| and existence of B(t), C(t) with ηB^{2N−1} ≥ 20C using B(t) = minⱼ|Wⱼ(t)|, C(t) = maxⱼ|Wⱼ(t)| "
            + "(the weakest witnesses). The printed recursion B(t+1) = 9C(t), C(t+1) = ηC(t)^{2N−1} checked as a sub-claim."),

        E("acgh/lemma17#base", "Lemma 17 (base case B(1), C(1))", ClaimKind.Lemma,
            @"First we claim that we may take $B(1) = \frac{\min\{\eta, 1\}}{10}A$ and $C(1) = \max\{\eta, 1\}A$. We have shown above that $B(1) \leq W_j(1) \leq C(1)$ for all $j$. Next we establish that $\eta B(1)^{2N-1} \geq 20C(1)$.",
            Descent + " d = 1.",
            ["N even, 3/4 ≤ c < 1."],
            "Exact evaluation. REFUTATION CANDIDATE: B(1) ≤ Wⱼ(1) fails for c close to 1 (see acgh/claim4#proof-w1-bounds; "
            + "also N = 4, η = 0.01, c = 0.99: W₃(1) = W₄(1) ≈ 2.0 < B(1) ≈ 20.15). The inequality ηB(1)^{2N−1} ≥ 20C(1) itself "
            + "holds by (50) (checked)."),

        E("acgh/lemma17#step", "Lemma 17 (inductive step)", ClaimKind.Lemma,
            @"W_j(t+1) \leq C(t) - \eta \cdot (B(t)^N - 1) \cdot B(t)^{N-1} \leq C(t) - \frac{\eta}{2} B(t)^{2N-1} \leq -9C(t), [...] W_j(t+1) \geq -\eta(C(t)^N - 1) \cdot C(t)^{N-1} \geq -\eta C(t)^{2N-1}. Now set $B(t+1) = 9C(t)$ and $C(t+1) = \eta C(t)^{2N-1}$. [...] $\eta B(t+1)^{2N-1} = \eta(9C(t))^{2N-1} \geq \eta 9^3 C(t)^{2N-1} > 20\eta C(t)^{2N-1} = 20C(t+1)$.",
            Descent + " d = 1.",
            ["All Wⱼ(t) of one sign with B(t) ≤ |Wⱼ(t)| ≤ C(t), B(t) ≥ 2, ηB(t)^{2N−1} ≥ 20C(t)."],
            "Property test of the implication on sampled (B, C, η, N, W(t)) satisfying the premises (exact Rational "
            + "arithmetic; evenness of N is what makes ∏Wⱼ > 0 in the negative case). Negative control: odd N breaks the "
            + "sign pattern."),

        E("acgh/text26", "Proof of Claim 4 (loss bound and general d)", ClaimKind.Text,
            @"By Lemma 17, we have that for all $t \geq 1$, $L^N(W_1(t), \dots, W_N(t)) = \frac{1}{2}(W_{1:N}(t) - 1)^2 \geq \frac{1}{2}(2^N - 1)^2 > 0$ [...] For the general case where $d_0 = d_1 = \dots = d_N = d$ for some $d \geq 1$, we set $\Phi = I_d$, and given $c, \eta$, we set $W_j(0)$ to be the $d \times d$ diagonal matrix where all diagonal entries except the first one are equal to 1, and where the first diagonal entry is given by Equation (51) [...] all entries of $W_j(t)$ [...] except for the first diagonal element of each matrix, will remain constant for all $t \geq 0$",
            Descent,
            ["N even."],
            "Trajectory check with d ∈ {2, 3}: off-first entries stay exactly 1 and 0 (gradient vanishes there; exact "
            + "Rational for the first steps), the loss equals the scalar loss, and ℓ(t) ≥ ½(2^N − 1)²."),

        E("acgh/text27", "Appendix D.6 (loss grows at least exponentially)", ClaimKind.Text,
            @"We remark that the proof of Claim 4 establishes that the loss $\ell(t) := L^N(W_1(t), \dots, W_N(t))$ grows at least exponentially in $t$ for the chosen initialization.",
            Descent,
            ["Claim-4 construction."],
            "Trajectory check in log space: log ℓ(t) is at least linear in t (it is in fact ≈ (2N−1)^t growth: doubly "
            + "exponential); reported as log₁₀ℓ(t), no overflow."),

        E("acgh/claim5#proof-gradient", "Proof of Claim 5 (non-stationary start)", ClaimKind.Claim,
            @"\frac{\partial L^N(W_1(0), \dots, W_N(0))}{\partial W_j(0)} = W_{j+1:N}(0)^\top (W_{1:N}(0) - \Phi) W_{1:j-1}(0) = I_d - \Phi \neq \mathbf{0},",
            Descent + " Wⱼ(0) = I_d, Φ symmetric with a negative eigenvalue.",
            [],
            "Symbolic at identity (all partial products are I) and numeric. Note: the printed gradient has W_{1:j−1}(0) "
            + "where (14) has W_{1:j−1}ᵀ — immaterial at the identity."),

        E("acgh/lemma18", "Lemma 18 (Bartlett et al. (2018), Lemma 6)", ClaimKind.Lemma,
            @"If $W_1(0), \dots, W_N(0)$ are all initialized to identity, $\Phi$ is symmetric, $\Phi = UDU^\top$ is a diagonalization of $\Phi$, and gradient descent is performed with any learning rate, then for each $t \geq 0$ there is a diagonal matrix $\hat{D}(t)$ such that $W_j(t) = U\hat{D}(t)U^\top$ for each $1 \leq j \leq N$.",
            Descent + " d₀ = … = d_N = d.",
            ["Wⱼ(0) = I.", "Φ symmetric."],
            "Trajectory check: along GD from the identity with random symmetric Φ (N ∈ {2, 3, 4}, η on a log grid, runs "
            + "stopped at divergence), all Wⱼ(t) are equal, and UᵀWⱼ(t)U is diagonal to round-off; symbolic one-step "
            + "induction for diagonal Φ (the update keeps diagonal equal factors diagonal and equal). Negative control: a "
            + "non-symmetric Φ breaks the structure."),

        E("acgh/text28", "Proof of Claim 5 (loss lower bound)", ClaimKind.Text,
            @"By Lemma 18, for any choice of learning rate $\eta$, the end-to-end matrix at time $t$ is given by $W_{1:N}(t) = U\hat{D}(t)^N U^\top$. As long as some diagonal element of $D$ is negative, say equal to $-\lambda < 0$, then $$\ell(t) = L^N(W_1(t), \dots, W_N(t)) = \frac{1}{2} \|W_{1:N}(t) - \Phi\|_F^2 = \frac{1}{2} \|\hat{D}(t)^L - D\|_F^2 \geq \frac{1}{2} \lambda^2 > 0.$$",
            Descent,
            ["N even (so D̂(t)^N ⪰ 0)."],
            "Trajectory check of ℓ(t) ≥ ½λ² at every step. MIS-PRINT recorded: D̂(t)^L must read D̂(t)^N; the bound needs N "
            + "even (for odd N the N-th power can be negative), which is a hypothesis of Claim 5."),
    ];
}
