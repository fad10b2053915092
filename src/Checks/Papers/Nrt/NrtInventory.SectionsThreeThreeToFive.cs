using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>Sections 3.3–5 of nrt: Definition 3.4 with (3.21)–(3.22), Theorem 3.5, (3.23), Theorem 4.1, the proof
/// of Theorem 2.6, and the experiments of Section 5 with (5.1)–(5.3) and the printed numbers.</content>
public static partial class NrtInventory
{
    private static InventoryEntry[] SectionsThreeThreeToFive() =>
    [
        E("nrt/def3.4", "Definition 3.4 (strong descent conditions)", ClaimKind.Def,
            @"We say that a sequence $x_k \in \mathbb{R}^n$ satisfies the strong descent conditions (for a differentiable function $f : \mathbb{R}^n \rightarrow \mathbb{R}$) if $$f(x_k) - f(x_{k+1}) \geq \sigma \|\nabla f(x_k)\| \|x_{k+1} - x_k\| \tag{3.21}$$ $$\text{and } f(x_{k+1}) = f(x_k) \implies x_{k+1} = x_k \tag{3.22}$$ hold for some $\sigma > 0$ and for all k larger than some K .",
            "A sequence x_k ∈ ℝⁿ and a differentiable f; quoted from [1] (Absil, Mahony, Andrews).",
            ["σ > 0."],
            "Predicate on a recorded trajectory (with the tuple Frobenius norm for ‖·‖); used by nrt/eq3.23. "
            + "'for all k larger than some K' is not decidable on a finite run: the predicate is evaluated on all "
            + "recorded k and the scope says so."),

        E("nrt/eq3.21", "Equation (3.21)", ClaimKind.Eq,
            @"f(x_k) - f(x_{k+1}) \geq \sigma \|\nabla f(x_k)\| \|x_{k+1} - x_k\| \tag{3.21}",
            "Display of Definition 3.4.",
            ["σ > 0."],
            "Predicate of nrt/def3.4; checked along gradient descent on L^N as nrt/eq3.23."),

        E("nrt/eq3.22", "Equation (3.22)", ClaimKind.Eq,
            @"f(x_{k+1}) = f(x_k) \implies x_{k+1} = x_k \tag{3.22}",
            "Display of Definition 3.4.",
            [],
            "Predicate of nrt/def3.4; along gradient descent runs: every step with equal loss (to round-off) has a "
            + "zero gradient (stationary iterate), checked on runs started at a critical point."),

        E("nrt/thm3.5", "Theorem 3.5 ([1, Theorem 3.2])", ClaimKind.Thm,
            @"Let $f : \mathbb{R}^n \rightarrow \mathbb{R}$ be an analytic cost function. Let the sequence $\{x_k\}_{k=1,2,\dots}$ satisfy the strong descent conditions (Definition 3.4). Then, either $\lim_{k \rightarrow \infty} \|x_k\| = +\infty$, or there exists a single point $x^* \in \mathbb{R}$ such that $$\lim_{k \rightarrow \infty} x_k = x^*$$",
            "Quoted from Absil, Mahony, Andrews (2005). Typo: x* ∈ ℝ should read x* ∈ ℝⁿ.",
            ["f analytic.", "x_k satisfies (3.21)–(3.22)."],
            "Not checkable: a quoted theorem about limits of infinite sequences (a Łojasiewicz-type argument)."),

        E("nrt/eq3.23", "Equation (3.23)", ClaimKind.Eq,
            @"L^N(\vec{W}(k)) - L^N(\vec{W}(k+1)) \geq \sigma \|\nabla L^N(\vec{W}(k))\|_F \|\vec{W}(k+1) - \vec{W}(k)\|_F, \quad (3.23)",
            Preservation,
            ["As for nrt/prop3.3#1."],
            "Trajectory (runs of nrt/prop3.3#1): at every step, with ‖W⃗(k+1) − W⃗(k)‖_F = η_k‖∇L^N(W⃗(k))‖_F checked "
            + "to round-off."),

        E("nrt/text18", "Section 3.3 (proof of Theorem 2.4: summability)", ClaimKind.Text,
            @"L^N(\vec{W}(0)) \geq \sigma \sum_{k=0}^{\infty} \eta_k \|\nabla L^N(\vec{W}(k))\|_F^2.",
            Preservation,
            ["As for nrt/prop3.3#1."],
            "Trajectory: partial sums up to the iteration budget (checked as part of nrt/thm2.4#gradient); the "
            + "infinite sum is not checkable, the partial sums are."),

        E("nrt/thm4.1", "Theorem 4.1 ([14, Proposition 1], [15, Theorem 5.1])", ClaimKind.Thm,
            @"Let $f : \mathbb{R}^p \rightarrow \mathbb{R}$ be a twice continuously differentiable function and consider the gradient descent scheme $$z(k+1) = z(k) - \eta_k \nabla f(z(k)),$$ where (η_k) satisfies one of the following conditions. (1) The sequence (η_k) is constant [...] (2) It holds $$\eta_k \geq C \frac{1}{k} \quad \text{for some } C > 0 \quad \text{and} \quad \lim_{k \rightarrow \infty} \eta_k = 0.$$ Then the set of initializations $z(0) \in \mathbb{R}^p$ such that $(z(k))_k$ converges to a strict saddle point of f has measure zero.",
            "Quoted theorem on gradient descent for a C² function f.",
            ["f ∈ C².", "Step sizes (1) or (2)."],
            "Not checkable: a measure-zero statement about limits (quoted). Note: (1) with an arbitrary constant η "
            + "needs a Lipschitz-gradient step bound in the cited source; as printed no bound on η is stated."),

        E("nrt/text19", "Section 4 (non-strict saddles for N ≥ 3)", ClaimKind.Text,
            @"(Note that for $N \geq 3$ and $k < \min\{r, q\}$ a global minimizer of L^1 restricted to \mathcal{M}_k may correspond to a non-strict saddle point \vec{W} of L^N , see [5, Proposition 6.10].) If $N = 2$, then by [5, Proposition 6.11] any critical point $\vec{W} = (W_1, W_2)$ such that $W = W_2 W_1$ is a global minimum of L^1 restricted to \mathcal{M}_k for some $k < \bar{r}$ is a strict saddle point of L^2",
            Loss,
            ["XXᵀ full rank.", "k < r̄."],
            "Numeric (Hessian inertia, numeric engine): construct balanced critical tuples whose product is the best "
            + "rank-k approximation (k < r̄) for N = 2 and N = 3; for N = 2 the Hessian has a negative eigenvalue "
            + "(strict saddle) on every instance; for N = 3 an instance without negative eigenvalue (zero factors "
            + "beyond rank k) exhibits a non-strict saddle. 'may correspond' is an existence statement: one witness suffices."),

        E("nrt/text20", "Section 5 (hidden dimensions)", ClaimKind.Text,
            @"d_0 = d, \quad d_1 = r, \quad d_j = \text{round} \left( r + (j-1) \frac{d-r}{N-1} \right), \quad j = 2, \dots, N,",
            Experiment,
            ["d = 70, r = 2, N ∈ {2, 3, 5}."],
            "Exact arithmetic on the printed numbers (engine-free): the formula gives d_N = d = 70 = d_y (Y ∈ ℝ^{d×m}) "
            + "for every N ≥ 2, the widths are non-decreasing, and for N = 2, 3, 5 they are (70, 2, 70), (70, 2, 36, 70), "
            + "(70, 2, 19, 36, 53, 70)."),

        E("nrt/text21", "Section 5 (balanced construction)", ClaimKind.Text,
            @"We then set $$W_j = V_j I_{d_j, d_1} U_j^T,$$ [...] $U_1 \in \mathbb{R}^{d \times d}$ [...] $$W_{j+1}^T W_{j+1} = U_{j+1} I_{d_1, d_{j+1}} V_{j+1}^T V_{j+1} I_{d_{j+1}, d_1} U_{j+1}^T = U_{j+1} U_{j+1}^T = V_j I_{d_j, d_1} U_j^T U_j I_{d_1, d_j} V_j^T = W_j W_j^T$$ so that the tuple (W_1, \dots, W_N) is balanced.",
            Experiment + " U₁ ∈ ℝ^{d×d}, Vⱼ ∈ ℝ^{dⱼ×dⱼ} Haar-orthogonal, Uⱼ (j ≥ 2) the first d₁ columns of Vⱼ₋₁.",
            [],
            "Shape error as printed for j = 1: I_{d₁,d₁}U₁ᵀ multiplies a d₁×d₁ by a d×d matrix (2×2 by 70×70), and "
            + "U₁ᵀU₁ = I_d in the chain is d×d: refuted by exact arithmetic on the printed dimensions. nrt/text21~fixed "
            + "uses W₁ = V₁I_{d₁,d₀}U₁ᵀ."),

        E("nrt/text21~fixed", "Section 5 (balanced construction), corrected", ClaimKind.Text,
            @"W_1 = V_1 I_{d_1, d_0} U_1^T, \quad W_j = V_j I_{d_j, d_1} U_j^T \ (j \geq 2), \quad W_{j+1}^T W_{j+1} = U_{j+1} U_{j+1}^T = W_j W_j^T",
            Experiment + " Correction: for j = 1 the rectangular identity is I_{d₁,d₀} (U₁ is square d×d).",
            [],
            "Numeric (numeric engine's balanced initialization): the construction is balanced to 1e-12 relative for "
            + "N ∈ {2, 3, 5} and scaled-down dims, every W_j has d₁ singular values equal to 1, and the product has "
            + "rank d₁. Negative control: with Uⱼ₊₁ taken from the last columns of Vⱼ the tuple is not balanced."),

        E("nrt/text22", "Section 5 (rank-2 targets, global minimum 0)", ClaimKind.Text,
            @"The random matrix $Y \in \mathbb{R}^{d \times m}$ of rank 2 is generated as $Y = \widetilde{W}_N \cdots \widetilde{W}_1 X$ with matrices \widetilde{W}_j generated in the same way as the matrices W_j . (We decided to choose a matrix Y of rank 2 so that the global minimizer of L^1 is also of rank 2 and convergence to it means that L^N converges to zero, which is simple to check.)",
            Experiment,
            [],
            "Numeric: rank(Y) = 2 (SVD tolerance) on seeded draws; min L^N = 0 is attained by W⃗ = W̃⃗ (exact zero "
            + "residual up to round-off), and the minimizer of L¹ (full rank X) is W̃_N⋯W̃₁ of rank 2."),

        E("nrt/eq5.1", "Equation (5.1)", ClaimKind.Eq,
            @"\eta \leq \frac{2\delta}{4L^N(\vec{W}(0)) + \delta B_\delta}, \quad (5.1)",
            Experiment + StepConstants,
            ["α = 0 (balanced start)."],
            "Symbolic: (5.1) is (2.8) at α = 0 (exact substitution). Used to compute the step of the Section 5 "
            + "reproduction (nrt/text23)."),

        E("nrt/text23", "Section 5 (step sizes meeting (5.1))", ClaimKind.Text,
            @"For the plot 1a the stepsize is chosen to exactly meet the upper bound in (5.1) (with $\delta = M^{2/N}/N^3$), resulting for this experiment in the values $\eta = 7.73 \cdot 10^{-4}$, $\eta = 1.29 \cdot 10^{-4}$ and $\eta = 3.91 \cdot 10^{-5}$ for depth 2, 3 and 5, respectively.",
            Experiment,
            ["The authors' draw of X, Y and W⃗(0) is not published."],
            "Monte Carlo (numeric engine): the bound (5.1) with δ = M^{2/N}/N³ over seeded draws of the Section 5 "
            + "setup (d = 70, m = 210), per depth; the printed value is compared with the empirical 2.5–97.5% range "
            + "of the draws (the exact printed value is not reproducible without the authors' seed)."),

        E("nrt/text24", "Section 5 (plot 1b step below the bound)", ClaimKind.Text,
            @"For the plot 1b, the step size η is chosen somewhat smaller than the upper bound in (5.1), while for plots 1c and 1d the bound (5.1) is not satisfied. [(B) Constant step size $\eta = 10^{-5}$ (C) Constant step size $\eta = 10^{-3}$ (D) Constant step size $\eta = 0.05$]",
            Experiment,
            ["The printed bounds 7.73·10⁻⁴, 1.29·10⁻⁴, 3.91·10⁻⁵ (nrt/text23)."],
            "Exact arithmetic on the printed numbers (engine-free): 10⁻⁵ is below all three printed bounds, while "
            + "10⁻³ and 0.05 are above all three."),

        E("nrt/text25", "Section 5 (plot 1c converges although the bound fails)", ClaimKind.Text,
            @"Since we observe convergence in plot 1c, this suggests that the bound of Theorem 2.4 may not be entirely sharp.",
            Experiment,
            ["η = 10⁻³ (above the bound (5.1))."],
            "Trajectory (numeric engine, Section 5 setup with seeded draws, scaled iteration budget): gradient descent "
            + "with η = 10⁻³ for N = 2, 3, 5 drives L^N below 1e-6·L^N(W⃗(0)) within the budget; fraction of draws "
            + "reported. A 'suggestion' is not a theorem: the verdict is about the observed convergence."),

        E("nrt/text26", "Section 5 (plot 1d diverges)", ClaimKind.Text,
            @"But increasing the step size beyond a certain value leads to divergence as suggested by plot 2d, so that some bound on the step size is necessary",
            Experiment + " The text cites 'plot 2d' where the constant-step figure is 1d (η = 0.05).",
            ["η = 0.05."],
            "Trajectory (numeric engine, Section 5 setup scaled to d = 16): the printed sentence claims a step size beyond "
            + "which descent diverges; it is located by bisection on log η for N = 2, 3, 5 and steps 2× and 4× above it "
            + "must diverge (the engine's run result says 'diverged'). Whether plot 1d's η = 0.05 diverges is reported: "
            + "on our draws it converges (also at d = 70), so the figure's value depends on the authors' draw."),

        E("nrt/eq5.2", "Equation (5.2) (decreasing step sizes)", ClaimKind.Eq,
            @"\eta_k = \min \left\{ a_1, \frac{a_2}{(k+1)^\gamma} \right\} \quad \gamma \geq 0, \quad \text{for all } k \in \mathbb{N}. \quad (5.2)",
            Experiment,
            ["γ ≥ 0, a₁, a₂ > 0."],
            "Definition of the schedule used by the trajectory checks (numeric engine step schedule); checked against "
            + "an independent evaluation for k = 0 … 10⁴."),

        E("nrt/eq5.3", "Equation (5.3)", ClaimKind.Eq,
            @"a_1 = a_2 = \frac{2(1-\sigma)}{B_\delta}, \quad \sigma = \frac{4L^N(\vec{W}(0))}{4L^N(\vec{W}(0)) + \delta B_\delta}. \quad (5.3)",
            Experiment + StepConstants,
            ["α = 0."],
            "Symbolic: 2(1−σ)/B_δ with this σ equals 2δ/(4L + δB_δ), the bound (5.1) (rational-function identity); "
            + "hence (5.2) with (5.3) satisfies the condition of Theorem 2.4 for every γ ≥ 0. Negative control: "
            + "a₁ = 2σ/B_δ must be rejected."),

        E("nrt/text27", "Section 5 (a₁ = a₂ equals the plot-1a steps)", ClaimKind.Text,
            @"(In these experiments, the resulting values of $a_1 = a_2$ are $a_1 = 7.73 \cdot 10^{-4}$ for $N = 2$, $a_1 = 1.29 \cdot 10^{-4}$ for $N = 3$ and $a_1 = 3.91 \cdot 10^{-5}$ for $N = 5$.)",
            Experiment,
            ["(5.3) equals (5.1) (nrt/eq5.3)."],
            "Exact arithmetic on the printed numbers (engine-free): since (5.3) is algebraically the bound (5.1), the "
            + "printed a₁ must equal the printed plot-1a steps of nrt/text23 for each depth."),

        E("nrt/text28", "Section 5 (faster decay, slower convergence)", ClaimKind.Text,
            @"Comparing the two plots, as well as with the plots for constant step size in Figure 1, shows that fast decay of the step size leads to slower convergence of gradient descent, as expected.",
            Experiment,
            ["Schedules (5.2) with (5.3), γ ∈ {0, 0.2, 0.4}."],
            "Trajectory (numeric engine, Section 5 setup, seeded): after the same number of iterations the loss is "
            + "ordered L(γ = 0) ≤ L(γ = 0.2) ≤ L(γ = 0.4) (the schedule with γ = 0 is the constant step of Figure 1a)."),

        E("nrt/text29", "Section 5 (plot 2c: bound violated, still converges)", ClaimKind.Text,
            @"Plot 2c shows convergence for a decay rate of $y = 0.2$ even though the constants a_1 and a_2 are such that η_k does not satisfy the bound of Theorem 2.4 for all k , while further increasing the value of a_2 leads to divergence as illustrated in Plot 2d. [(C) γ = 0.2, a_1 = 0.1, a_2 = 0.01; (D) γ = 0.2, a_1 = 0.05, a_2 = 0.1]",
            Experiment + " 'y = 0.2' is an extraction of γ = 0.2.",
            ["Printed bounds of nrt/text23."],
            "Exact arithmetic on the printed numbers (engine-free): for (C), η₀ = min{0.1, 0.01} = 0.01 exceeds every "
            + "printed bound (so the bound fails at k = 0); for (D), η₀ = min{0.05, 0.1} = 0.05 > 0.01. The "
            + "convergence/divergence observations are trajectory checks (numeric engine) reported with this entry's "
            + "handling once wired."),
    ];
}
