using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Dhl;

/// <content>Appendix C of dhl: the rank-1 dynamics (23)–(25), Lemma C.1 (stage 1) and Lemma C.2 (stage 2).</content>
public static partial class DhlInventory
{
    private const string RankOneRuns =
        "Trajectory (numeric engine, rank-1 GD at constant step): seeded u*, v*, σ₁ ∈ [0.1, 10], d ≤ 100, concrete "
        + "c_init = c_step = 10⁻² (recorded in the evidence; the paper's 'sufficiently small' constants are "
        + "unspecified, so a failure at these constants is reported as inconclusive and retried at 10⁻³), starts "
        + "meeting the Appendix C initialization conditions with α₀, β₀ > 0 (others counted as rejected); ";

    private static InventoryEntry[] AppendixC() =>
    [
        E("dhl/eq23", "Equation (23) (dynamics of the signal strengths)", ClaimKind.Eq,
            @"\alpha_{t+1} = \left(1 - \eta \left(\beta_t^2 + \beta_{t,\perp}^2\right)\right) \alpha_t + \eta \sigma_1 \beta_t, \qquad \beta_{t+1} = \left(1 - \eta \left(\alpha_t^2 + \alpha_{t,\perp}^2\right)\right) \beta_t + \eta_1 \sigma_1 \alpha_t, \n\alpha_{t+1,\perp} = \left(1 - \eta \left(\beta_t^2 + \beta_{t,\perp}^2\right)\right) \alpha_{t,\perp}, \qquad \beta_{t+1,\perp} = \left(1 - \eta \left(\alpha_t^2 + \alpha_{t,\perp}^2\right)\right) \beta_{t,\perp}. \tag{23}",
            RankOne + " 'η₁' in the β-update is read as the constant step η (η_t ≡ η).",
            [],
            "α and β updates: symbolic proof (entry-wise, small d, with u*, v* unit vectors) and numeric along runs. "
            + "The ⊥-updates are norms, so they hold only when 1 − η‖v_t‖² ≥ 0 (resp. 1 − η‖u_t‖² ≥ 0); as printed, "
            + "without absolute values, they fail otherwise: dhl/eq23#perp."),

        E("dhl/eq23#perp", "Equation (23), ⊥-updates without absolute values", ClaimKind.Eq,
            @"\alpha_{t+1,\perp} = \left(1 - \eta \left(\beta_t^2 + \beta_{t,\perp}^2\right)\right) \alpha_{t,\perp}",
            RankOne,
            ["None beyond the definitions (the display is stated for every t)."],
            "Refuted by an exact integer witness (engine-free): d₁ = d₂ = 2, u* = v* = e₁, σ₁ = 1, η = 1, u_t = (0, 1), "
            + "v_t = (0, 2): u_{t+1} = (0, −3), so α_{t+1,⊥} = 3 while the printed right-hand side is (1 − 4)·1 = −3. "
            + "dhl/eq23#perp~fixed uses |1 − η‖v_t‖²|."),

        E("dhl/eq23#perp~fixed", "Equation (23), ⊥-updates with absolute values", ClaimKind.Eq,
            @"\alpha_{t+1,\perp} = \left|1 - \eta \left(\beta_t^2 + \beta_{t,\perp}^2\right)\right| \alpha_{t,\perp}, \qquad \beta_{t+1,\perp} = \left|1 - \eta \left(\alpha_t^2 + \alpha_{t,\perp}^2\right)\right| \beta_{t,\perp}",
            RankOne + " Correction: absolute values (equal to the printed form whenever η‖v_t‖², η‖u_t‖² ≤ 1, as in "
            + "the paper's regime).",
            [],
            "Symbolic/numeric: U*_⊥u_{t+1} = (1 − η‖v_t‖²)U*_⊥u_t exactly (U*_⊥M* v_t = 0), hence the norm identity; "
            + "numeric along runs including η‖v_t‖² > 1."),

        E("dhl/text20", "Appendix C (norm decomposition)", ClaimKind.Text,
            @"Notice that $||u_t||_2^2 = \alpha_t^2 + \alpha_{t,\perp}^2$ and $||v_t||_2^2 = \beta_t^2 + \beta_{t,\perp}^2$.",
            RankOne,
            ["‖u*‖ = ‖v*‖ = 1."],
            "Numeric (Pythagoras for the orthogonal projection onto u*) on random vectors, 1e-14 relative."),

        E("dhl/eq24", "Equation (24) (dynamics of h_t and ξ_t)", ClaimKind.Eq,
            @"h_{t+1} = \left(1 - \eta \left(\alpha_t^2 + \beta_t^2\right) + \eta^2 \left(\alpha_t \beta_t h_t + \alpha_t^2 \beta_{t,\perp}^2 + \beta_t^2 \alpha_{t,\perp}^2 + \alpha_{t,\perp}^2 \beta_{t,\perp}^2\right)\right) h_t - \eta \alpha_t \beta_t \xi_t + \eta^2 \sigma_1 \alpha_{t,\perp}^2 \beta_{t,\perp}^2, \quad \xi_{t+1} = \left(1 - \eta \left(\beta_t^2 + \beta_{t,\perp}^2\right)\right)^2 \alpha_{t,\perp}^2 + \left(1 - \eta \left(\alpha_t^2 + \alpha_{t,\perp}^2\right)\right)^2 \beta_{t,\perp}^2. \tag{24}",
            RankOne,
            ["(23) for α, β (and the squares of the ⊥-updates, valid without absolute values)."],
            "Symbolic proof: both identities as polynomial identities over ℚ in (α, β, α_⊥, β_⊥, η, σ₁) after "
            + "substituting (23) (engine polynomials). Numeric along runs. Negative control: dropping the η²σ₁α²_⊥β²_⊥ "
            + "term must be rejected."),

        E("dhl/text21", "Appendix C (initialization with high probability)", ClaimKind.Text,
            @"According to our initialization scheme, with high probability we have $|\alpha_0|, |\beta_0| \in [0.1 c_{init}\sqrt{\frac{\sigma_1}{d}}, 10 c_{init}\sqrt{\frac{\sigma_1}{d}}]$ and $|\alpha_{0,\perp}|, |\beta_{0,\perp}| \leq 10 c_{init}\sqrt{\sigma_1}$.",
            RankOne + " Ambiguity: with u₀ ~ N(0, δI) read as covariance δI (variance δ), |α₀| is of order √δ, not δ, and "
            + "the interval [0.1δ, 10δ] has probability → 0 as c_init → 0; the printed ranges fit the reading 'standard "
            + "deviation δ'.",
            ["'High probability' unspecified."],
            "Not checkable as printed (no probability stated). Monte Carlo exploration (seeded Gaussian draws from the "
            + "numeric engine): the probability of the event under both readings of N(0, δI), with Wilson "
            + "95% intervals, for d ∈ {10, 100, 1000} and c_init = 10⁻²; under the standard-deviation reading "
            + "P(|α₀|/δ ∈ [0.1, 10]) = P(|Z| ∈ [0.1, 10]) ≈ 0.92 per coordinate."),

        E("dhl/text22", "Appendix C (positive signal with probability 1/2)", ClaimKind.Text,
            @"We also assume that the signal at the beginning is positive: $\alpha_0\beta_0 > 0$, which holds with probability 1/2.",
            RankOne,
            ["u₀, v₀ independent, centred, isotropic Gaussian."],
            "Monte Carlo: P(α₀β₀ > 0) over seeded draws with a Wilson 95% interval that must contain 1/2 (two-sided: "
            + "verified when it does, refuted when it excludes 1/2; exact by symmetry, α₀ and β₀ being independent "
            + "symmetric non-degenerate); a biased generator (negative control) must be refuted."),

        E("dhl/lemmac.1#i", "Lemma C.1 (i) (positive signal strengths)", ClaimKind.Lemma,
            @"Let $T_1 = \min \{ t \in \mathbb{N} : \alpha_t^2 + \beta_t^2 \geq \frac{1}{2}\sigma_1 \}$. Then for $t = 0, 1, \ldots, T_1 - 1$, the followings hold: (i) Positive signal strengths: α_t , $\beta_t > 0$;",
            RankOne,
            ["Initialization conditions of Appendix C with α₀, β₀ > 0.", "c_init, c_step sufficiently small."],
            RankOneRuns + "α_t, β_t > 0 for all t < T₁."),

        E("dhl/lemmac.1#ii", "Lemma C.1 (ii) (small complement)", ClaimKind.Lemma,
            @"(ii) Small magnitudes in complement space: $\xi_t \le \xi_0 \le 100c_{init}^2\sigma_1$;",
            RankOne,
            ["As for dhl/lemmac.1#i."],
            RankOneRuns + "ξ_t ≤ ξ₀ for t < T₁, and ξ₀ ≤ 100c²_init σ₁ (an initialization condition, counted)."),

        E("dhl/lemmac.1#iii", "Lemma C.1 (iii) (growth in signal space)", ClaimKind.Lemma,
            @"(iii) Growth of magnitude in signal space: $\left(1 + \frac{c_{step}}{3}\right) (\alpha_t + \beta_t) \leq \alpha_{t+1} + \beta_{t+1} \leq (1 + c_{step}) (\alpha_t + \beta_t);$",
            RankOne,
            ["As for dhl/lemmac.1#i."],
            RankOneRuns + "both inequalities for t < T₁ (worst ratios reported)."),

        E("dhl/lemmac.1#iv", "Lemma C.1 (iv) (bounded ratio)", ClaimKind.Lemma,
            @"(iv) Bounded ratio between two layers: $|\alpha_t - \beta_t| \leq \frac{99}{101}(\alpha_t + \beta_t)$.",
            RankOne,
            ["As for dhl/lemmac.1#i."],
            RankOneRuns + "the inequality for t < T₁."),

        E("dhl/lemmac.1#t1", "Lemma C.1 (T₁ = O(log d))", ClaimKind.Lemma,
            @"Furthermore, we have $T_1 = O(\log d)$.",
            RankOne,
            ["As for dhl/lemmac.1#i."],
            "Not checkable as printed (an O(·) without constant). Exploration: T₁ measured for d ∈ {10, 10², 10³, 10⁴} "
            + "and the fitted slope of T₁ against log d reported."),

        E("dhl/text23", "Appendix C (ratio bound implies α_t/β_t ∈ [1/100, 100])", ClaimKind.Text,
            @"Furthermore, $|\alpha_t - \beta_t| \leq \frac{99}{101}(\alpha_t + \beta_t)$ implies $\frac{\alpha_t}{\beta_t} \in \left[\frac{1}{100}, 100\right]$",
            RankOne,
            ["α_t, β_t > 0."],
            "Exact (engine-free): 101(α − β) ≤ 99(α + β) ⟺ α ≤ 100β and 101(β − α) ≤ 99(α + β) ⟺ β ≤ 100α, so "
            + "α/β ∈ [1/100, 100]; checked by exact rational arithmetic at the boundary ratios and beyond them."),

        E("dhl/lemmac.1#proof-f", "Lemma C.1, proof (D(t), E(t) ⇒ F(t))", ClaimKind.Lemma,
            @"\alpha_{t+1} + \beta_{t+1} = (1 + \eta \sigma_1) (\alpha_t + \beta_t) - \eta (\alpha_t^2 + \alpha_{t,\perp}^2) \beta_t - \eta (\beta_t^2 + \beta_{t,\perp}^2) \alpha_t \geq (1 + \eta \sigma_1 - \eta (\alpha_t^2 + \beta_t^2 + \xi_t)) (\alpha_t + \beta_t) \geq (1 + \eta \sigma_1 - \eta (\frac{\sigma_1}{2} + 100c_{init}^2 \sigma_1)) (\alpha_t + \beta_t) \geq (1 + \frac{\eta \sigma_1}{3}) (\alpha_t + \beta_t)",
            RankOne,
            ["D(t), E(t), t < T₁."],
            "Symbolic: the first equality is (23) summed; numeric along runs for the inequalities; the last step "
            + "holds iff 100c²_init ≤ 1/6 (exact scalar condition, reported for the chosen c_init)."),

        E("dhl/lemmac.1#proof-h", "Lemma C.1, proof (E(t) ⇒ H(t), H(t) ⇒ E(t+1), D(t), H(t) ⇒ D(t+1))", ClaimKind.Lemma,
            @"\|\mathbf{u}_t\|^2 + \|\mathbf{v}_t\|^2 = \alpha_t^2 + \beta_t^2 + \xi_t \le \frac{1}{2}\sigma_1 + 100c_{init}^2\sigma_1 \le \sigma_1, \quad \alpha_{t+1} \geqslant \left(1 - c_{step}\right) \alpha_t > 0, \quad \xi_{t+1} \leq \xi_t.",
            RankOne,
            ["t < T₁, c_step ≤ 1, 100c²_init ≤ 1/2."],
            "Numeric along the runs of dhl/lemmac.1#i (each implication at every t < T₁)."),

        E("dhl/lemmac.1#proof-g", "Lemma C.1, proof (G(t+1))", ClaimKind.Lemma,
            @"|\alpha_{t+1} - \beta_{t+1}| \leq (1 - \frac{3}{4} \eta \sigma_1) |\alpha_t - \beta_t| + \eta \xi_t (\alpha_t + \beta_t) \leq \left(1 - \eta\sigma_1\left(\frac{3}{4} - 100c_{init}^2 \cdot \frac{101}{99}\right)\right) \cdot \frac{99}{101}(\alpha_t + \beta_t) \leq \frac{99}{101}(\alpha_{t+1} + \beta_{t+1}).",
            RankOne,
            ["D(t), E(t), F(t), G(t), t < T₁."],
            "Numeric along the runs of dhl/lemmac.1#i; the identity α_{t+1} − β_{t+1} = (1 − ησ₁ + ηα_tβ_t)(α_t − β_t) "
            + "− ηβ²_{t,⊥}α_t + ηα²_{t,⊥}β_t symbolically (polynomial identity after substituting (23))."),

        E("dhl/lemmac.2#a", "Lemma C.2 (a) (non-vanishing signal)", ClaimKind.Lemma,
            @"Let T_1 be as defined in Lemma C.1. Then there exists a universal constant $c_1 > 0$ such that the followings hold for all $t \geq T_1$: (a) Non-vanishing signal strengths in both layers: $\alpha_t, \beta_t \ge \sqrt{c_1 \sigma_1}$;",
            RankOne + " c₁ is defined in the proof by min{α_{T₁}, β_{T₁}} ≥ 2√(c₁σ₁).",
            ["As for dhl/lemmac.1#i."],
            RankOneRuns + "with c₁ := min{α_{T₁}, β_{T₁}}²/(4σ₁) from the run (the proof's definition), α_t, β_t ≥ "
            + "√(c₁σ₁) for all t ≥ T₁ within the budget; the smallest c₁ over runs is reported (universality is not "
            + "checkable)."),

        E("dhl/lemmac.2#b", "Lemma C.2 (b) (bounded signal, h_t ≤ 0)", ClaimKind.Lemma,
            @"(b) Bounded signal strengths: $\alpha_t \beta_t \leq \sigma_1$, i.e., $h_t \leq 0$;",
            RankOne,
            ["As for dhl/lemmac.1#i."],
            RankOneRuns + "h_t ≤ 0 for all t ≥ T₁ (no unspecified constant in the conclusion)."),

        E("dhl/lemmac.2#c", "Lemma C.2 (c) (shrinking complement)", ClaimKind.Lemma,
            @"(c) Shrinking magnitudes in complement spaces: $\xi_t \leq (1 - c_1c_{step})^{t-T_1}\xi_0 \leq (1 - c_1c_{step})^{t-T_1} \cdot 100c_{init}^2 \sigma_1$;",
            RankOne,
            ["As for dhl/lemmac.2#a."],
            RankOneRuns + "with c₁ from the run, ξ_t ≤ (1 − c₁c_step)^{t−T₁}ξ₀ for all t ≥ T₁."),

        E("dhl/lemmac.2#d", "Lemma C.2 (d) (convergence in signal space)", ClaimKind.Lemma,
            @"(d) Convergence in signal space: $|h_{t+1}| \leq (1 - c_1 c_{step})|h_t| + c_{step} \xi_t$.",
            RankOne,
            ["As for dhl/lemmac.2#a."],
            RankOneRuns + "with c₁ from the run, the recursion at every t ≥ T₁."),

        E("dhl/text24", "Appendix C (consequences of Lemma C.2 for Theorem 3.2)", ClaimKind.Text,
            @"Note that properties (a) and (b) in Lemma C.2 imply $c_0 \le \frac{\alpha_t}{\beta_t} \le C_0$ for all $t \ge T_1$, where c_0 , $C_0 > 0$ are universal constants. Property (c) implies that for all $t \ge T_1 + T_2$ where $T_2 = \Theta(\log \frac{1}{\epsilon})$, we have $\xi_t = O(\epsilon \sigma_1)$. Then property (d) tells us that after another $T_3 = O(\log \frac{1}{\epsilon})$ iterations, we can ensure $|h_t| = O(\epsilon \sigma_1)$ [...] after $t = T_1 + T_2 + T_3 = O(\log \frac{d}{\epsilon})$ iterations",
            RankOne,
            [],
            "Not checkable as printed (the O/Θ statements have unspecified constants). Computable parts: the ratio "
            + "bound c₀ = c₁, C₀ = 1/c₁ along runs (dhl/text24#ratio) and the iteration counts (dhl/thm3.2#linear)."),

        E("dhl/text24#ratio", "Appendix C (ratio bound from Lemma C.2 (a), (b))", ClaimKind.Text,
            @"c_1 \le \frac{\alpha_t}{\beta_t} \le \frac{1}{c_1} \quad \text{for all } t \ge T_1",
            RankOne + " The computable part of dhl/text24: from α_t, β_t ≥ √(c₁σ₁) and α_tβ_t ≤ σ₁, α/β = αβ/β² ≤ 1/c₁ and α/β = α²/(αβ) ≥ c₁, so c₀ = c₁, C₀ = 1/c₁.",
            ["As for dhl/lemmac.2#a."],
            RankOneRuns + "with c₁ from the run, c₁ ≤ α_t/β_t ≤ 1/c₁ for all t ≥ T₁."),

        E("dhl/lemmac.2#proof-base", "Lemma C.2, proof (base case K(T₁))", ClaimKind.Lemma,
            @"\alpha_{T_1} \beta_{T_1} \leq \frac{1}{4} \left(\alpha_{T_1} + \beta_{T_1} \right)^2 \leq \frac{1}{4} \left(1 + c_{step} \right)^2 \left(\alpha_{T_1 - 1} + \beta_{T_1 - 1} \right)^2 \leq \frac{1}{4} \left(1 + c_{step} \right)^2 \cdot 2 \left(\alpha_{T_1 - 1}^2 + \beta_{T_1 - 1}^2 \right) \leq \frac{1}{4} \left(1 + c_{step} \right)^2 \cdot 2 \cdot \frac{1}{2} \sigma_1 \leq \sigma_1.",
            RankOne,
            ["c_step ≤ 1."],
            "Numeric along runs at t = T₁; the last step (1 + c_step)²/4 ≤ 1 ⟺ c_step ≤ 1 exact."),

        E("dhl/lemmac.2#proof-exp", "Lemma C.2, proof (1 − x ≥ e^{−2x} and the product bound)", ClaimKind.Lemma,
            @"\alpha_{t} \geq \alpha_{T_{1}} \cdot \prod_{i=0}^{\infty} \exp \left(-2\eta \xi_{0} \left(1 - c_{1} c_{step} \right)^{i} \right) = \alpha_{T_1} \cdot \exp\left(-\frac{2\eta \xi_0}{c_1 c_{step}}\right) \geq 2\sqrt{c_1 \sigma_1} \cdot \exp\left(-\frac{200 c_{init}^2}{c_1}\right) \geq \sqrt{c_1 \sigma_1}. \quad (1 - x \geq e^{-2x}, \forall 0 \leq x \leq 1/2)",
            RankOne,
            ["ηξ₀ ≤ 100c_step c²_init < 1/2."],
            "Scalar: 1 − x ≥ e^{−2x} on [0, ½] (numeric on a fine grid with the exact derivative-sign argument: "
            + "g(x) = ln(1−x) + 2x has g(0) = 0 and g′ = 2 − 1/(1−x) ≥ 0); geometric series identity exact; the last "
            + "step needs 200c²_init/c₁ ≤ ln 2 (reported for the run's c₁)."),

        E("dhl/eq25", "Equation (25)", ClaimKind.Eq,
            @"h_{t+1} \leq \left(1 - \eta \left(\alpha_t^2 + \beta_t^2\right)\right) h_t + \eta^2 \alpha_t \beta_t h_t^2 - \eta \alpha_t \beta_t \xi_t + \eta^2 \sigma_1 \alpha_{t,\perp}^2 \beta_{t,\perp}^2, (25)",
            RankOne,
            ["h_t ≤ 0 (K(t))."],
            "Numeric along the runs of dhl/lemmac.2#b (every t ≥ T₁); from (24) by dropping non-positive terms when "
            + "h_t ≤ 0 (symbolic sign argument)."),

        E("dhl/lemmac.2#proof-k", "Lemma C.2, proof (K(t+1), with O(σ₁))", ClaimKind.Lemma,
            @"\eta^2 \sigma_1 \alpha_{t,\perp}^2 \beta_{t,\perp}^2 \leq \eta^2 \sigma_1 \cdot \frac{1}{4} \xi_t^2 \leq \frac{1}{4} \eta \xi_t \cdot \eta \sigma_1 \xi_0 \leq \eta \xi_t \cdot c_1 \sigma_1 \leq \eta \xi_t \cdot \alpha_t \beta_t, \quad h_{t+1} \leq (1 - \eta \cdot O(\sigma_1)) h_t + \eta^2 \alpha_t \beta_t h_t^2 \leq \dots \leq 0",
            RankOne,
            ["J(t), K(t), L(t).", "ηξ₀ ≤ 4c₁."],
            "The first chain: numeric along runs (with c₁ from the run). The O(σ₁) steps are not checkable as printed "
            + "(unspecified constant); the conclusion h_{t+1} ≤ 0 is dhl/lemmac.2#b."),

        E("dhl/lemmac.2#proof-l", "Lemma C.2, proof (L(t+1))", ClaimKind.Lemma,
            @"\xi_{t+1} = \left(1 - \eta \left(\beta_t^2 + \beta_{t,\perp}^2\right)\right)^2 \alpha_{t,\perp}^2 + \left(1 - \eta \left(\alpha_t^2 + \alpha_{t,\perp}^2\right)\right)^2 \beta_{t,\perp}^2 \leq \left(1 - \eta \beta_t^2\right)^2 \alpha_{t,\perp}^2 + \left(1 - \eta \alpha_t^2\right) \beta_{t,\perp}^2 \leq \left(1 - \eta c_1 \sigma_1\right) \xi_t = \left(1 - c_1 c_{step}\right) \xi_t.",
            RankOne + " The second term lacks its square as printed; it is still an upper bound since 0 ≤ 1 − ηα² ≤ 1.",
            ["J(t), K(t), L(t).", "η(α² + α²_⊥) < 1, η(β² + β²_⊥) < 1."],
            "Numeric along runs (each inequality at every t ≥ T₁, with c₁ from the run)."),

        E("dhl/lemmac.2#proof-m", "Lemma C.2, proof (M(t))", ClaimKind.Lemma,
            @"|h_{t+1}| = (1 - \eta \left(\alpha_t^2 + \beta_t^2\right) + \eta^2 \left(\alpha_t \beta_t h_t + \alpha_t^2 \beta_{t,\perp}^2 + \beta_t^2 \alpha_{t,\perp}^2 + \alpha_{t,\perp}^2 \beta_{t,\perp}^2\right)) |h_t| + \eta \alpha_t \beta_t \xi_t - \eta^2 \sigma_1 \alpha_{t,\perp}^2 \beta_{t,\perp}^2 \leq \left(1 - \frac{1}{2} \eta \left(\alpha_t^2 + \beta_t^2\right)\right) |h_t| + \eta \alpha_t \beta_t \xi_t \leq (1 - c_1 c_{step}) |h_t| + c_{step} \xi_t.",
            RankOne,
            ["h_t ≤ 0, h_{t+1} ≤ 0.", "η ≤ (α² + β²)/(2|α_tβ_th_t + α²β²_⊥ + β²α²_⊥ + α²_⊥β²_⊥|)."],
            "Numeric along runs: the equality (from (24) with h_t, h_{t+1} ≤ 0) to round-off and both inequalities; "
            + "the step-size side condition is counted as a hypothesis."),
    ];
}
