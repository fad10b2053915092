using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Trbw;

/// <content>Appendix of trbw: experiments for general supervised learning (A) and autoencoders (B), conclusion.</content>
public static partial class TrbwInventory
{
    private static InventoryEntry[] ExperimentalAppendix() =>
    [
        E("trbw/text10", "Appendix A (supervised instance family)", ClaimKind.Text,
            @"$Y = \widetilde{W}X$, where $\widetilde{W} = \widetilde{W}_N \cdots \widetilde{W}_1$, with $\widetilde{W}_j \in \mathbb{R}^{d_j \times d_{j-1}}$ for $j = 1, \dots, N$ with $d_N = d_0 = d_x = d$ and $d_1 = r$ is the rank of \widetilde{W} . The entries of \widetilde{W}_j are randomly generated independently from a Gaussian distribution with standard deviation $\sigma = 1/\sqrt{d_j}$. The dimensions [...] $d_j = \lceil r + (d_x - r)(j - 1)/(N - 1) \rceil$",
            Appendix,
            ["N ∈ {2, 5, 10, 20}; (dₓ, r) ∈ {(20, 2), (200, 20)}."],
            "Instance family for the numeric engine (seeded). Checks: d₁ = r and d_N = dₓ from the ceiling grid (exact "
            + "integer check for all N, r < dₓ ≤ 200), rank W̃ = r almost surely. Note: 'standard deviation 1/√dⱼ' uses the "
            + "output width dⱼ of W̃ⱼ (as printed)."),

        E("trbw/text11", "Appendix A (critical points U_kΣ_kV_k(XXᵀ)^{−1/2})", ClaimKind.Text,
            @"In these plots k is the rank of $Q := YX^T(XX^T)^{-\frac{1}{2}} \in \mathbb{R}^{d_y \times d_x}$, and $Q = U_k \Sigma_k V_k$ is the (reduced) singular value decomposition of Q , i.e., $U_k \in \mathbb{R}^{d_x \times k}$ and $V_k \in \mathbb{R}^{d_y \times k}$ have orthonormal columns and $\Sigma_k \in \mathbb{R}^{k \times k}$ is a diagonal matrix containing the non-zero singular values of Q .",
            Appendix,
            ["XXᵀ full rank."],
            "Shape check. MIS-PRINT (refutation candidate as printed): Q = U_kΣ_kV_k ∈ ℝ^{d_y×dₓ} requires U_k ∈ ℝ^{d_y×k} and "
            + "V_k ∈ ℝ^{k×dₓ} (rows orthonormal, i.e. V_kᵀ ∈ ℝ^{dₓ×k}); the printed shapes only type-check when dₓ = d_y (as in "
            + "the experiments, d_N = d₀). Numeric: the product with the printed shapes is undefined for dₓ ≠ d_y; with the "
            + "corrected shapes Q = U_kΣ_kV_k to round-off."),

        E("trbw/text11~fixed", "Appendix A (reduced SVD of Q, shapes corrected)", ClaimKind.Text,
            @"In these plots k is the rank of $Q := YX^T(XX^T)^{-\frac{1}{2}} \in \mathbb{R}^{d_y \times d_x}$, and $Q = U_k \Sigma_k V_k$ is the (reduced) singular value decomposition of Q , i.e., $U_k \in \mathbb{R}^{d_x \times k}$ and $V_k \in \mathbb{R}^{d_y \times k}$ have orthonormal columns and $\Sigma_k \in \mathbb{R}^{k \times k}$ is a diagonal matrix containing the non-zero singular values of Q .",
            Appendix + " Correction: Q = U_kΣ_kV_kᵀ with U_k ∈ ℝ^{d_y×k}, V_k ∈ ℝ^{dₓ×k} (the printed shapes are swapped and the transpose is missing).",
            ["XXᵀ full rank."],
            "Numeric: for Q of every shape and rank, U_k, V_k from the SVD have orthonormal columns and U_kΣ_kV_kᵀ = Q to round-off."),

        E("trbw/text12", "Appendix A (convergence to U_kΣ_kV_k(XXᵀ)^{−1/2})", ClaimKind.Text,
            @"With balanced initial conditions the plots of Figure 1 show convergence rates of the flow to critical points $U_k \Sigma_k V_k (XX^T)^{-\frac{1}{2}}$ (as explicitly stated in [1, Proposition 32]). Similarly, with non-balanced initial conditions the plots of Figure 2 show convergence rates to these critical points.",
            Appendix,
            ["Instance family trbw/text10; balanced (B.1 construction) and Gaussian starts."],
            "Trajectory check: RK4 (or small-step GD as a proxy with the step recorded) until ‖∇‖ < 1e-8; the limit "
            + "equals [Q]_{k}(XXᵀ)^{−1/2} with k the rank of the limit (expected k = r). Reduced sizes (dₓ = 20, r = 2; "
            + "N ∈ {2, 5}) to respect the test budget; the (200, 20) and N = 20 runs only in benchmarks."),

        E("trbw/text13", "Appendix A (the critical points equal W̃)", ClaimKind.Text,
            @"Note that to critical points $U_k \Sigma_k V_k (XX^T)^{-\frac{1}{2}}$ (as explicitly stated in [1, Proposition 32]) are the same as the true parameters \widetilde{W} .",
            Appendix,
            ["Y = W̃X exactly, XXᵀ full rank, k = rank Q = r."],
            "Exact/numeric: Q = W̃(XXᵀ)^{1/2} has rank r, so [Q]_r(XXᵀ)^{−1/2} = W̃ (relative 1e-12). Negative control: "
            + "noisy Y = W̃X + E must give a different matrix."),

        E("trbw/text14", "Appendix A (dependence on N and on the initialisation)", ClaimKind.Text,
            @"Convergence is slower for larger N , and it seems not to depend on the initial conditions, balanced or non-balanced [...] There is much stronger dependence on N in this setting than in the autoencoder setting.",
            Appendix,
            ["Figures 1, 2, 4 (not available in the extraction)."],
            "Empirical trend read off lost figures, with no stated measure: not-checkable."),

        E("trbw/text15", "Appendix B (Theorems 5 and 6 cover autoencoders)", ClaimKind.Text,
            @"The results of this paper (precisely Theorems 5 and 6) also hold for the autoencoder setting, where $Y = X \in \mathbb{R}^{d_x \times m}$ in (3).",
            Autoencoder,
            ["XXᵀ full rank."],
            "Special case Y = X of the hypotheses (only XXᵀ full rank is needed): q = rank((XXᵀ)^{1/2}) = dₓ. Checked by "
            + "instantiating trbw/thm5#a and trbw/thm6 on autoencoder instances."),

        E("trbw/text16", "Appendix B (limit U_rU_rᵀ)", ClaimKind.Text,
            @"we show that with balanced initial conditions, the solutions of the gradient flow converges to $U_r U_r^T$, where the columns of U_r are the r eigenvectors corresponding to the r largest eigenvalues of XX^T .",
            Autoencoder,
            ["Y = X; W(0) of rank r = d₁; XXᵀ with distinct eigenvalues λ_r > λ_{r+1}."],
            "Closed form: for Y = X, Q = (XXᵀ)^{1/2} and [Q]_r(XXᵀ)^{−1/2} = U_rU_rᵀ (exact, checked numerically). "
            + "Trajectory check from the B.1 balanced start: ‖W(t) − U_rU_rᵀ‖_F → 0 (below 1e-6) for N ∈ {2, 5}, d ∈ {2N, 4N}. "
            + "Negative control: a balanced start whose row space is orthogonal to U_r (measure-zero) converges elsewhere."),

        E("trbw/text17", "Appendix B (convergence rate decreases with d and N)", ClaimKind.Text,
            @"The convergence rates decrease with an increase in either d or N or both.",
            Autoencoder,
            [],
            "Empirical trend, 'convergence rate' undefined: not-checkable."),

        E("trbw/text18", "Appendix B.1 (dimension grid)", ClaimKind.Text,
            @"Random realization of X with sizes $d_x = d$ and $m = 3d$ are varied [...] with $2N \leq d \leq 20N$. [...] We set $d_1 = r = \lfloor d/2 \rfloor$, where $\lfloor \cdot \rfloor$ rounds to the nearest integer, and put $d_j = \lfloor r + (d - r)(j - 1)/(N - 1) \rfloor$, $j = 2, \dots, N$",
            Autoencoder,
            [],
            "Exact integer check: d_N = d and d₁ ≤ d₂ ≤ … ≤ d_N for all N ≤ 20 and 2N ≤ d ≤ 20N with either rounding. "
            + "Notation ambiguity recorded: ⌊·⌋ is described as 'rounds to the nearest integer' (floor vs round differ for odd "
            + "d); the generator implements floor and records the choice. B.3 uses the ceiling ⌈·⌉ for j = 1, …, N instead."),

        E("trbw/text19", "Appendix B.1 (balanced initialisation)", ClaimKind.Text,
            @"We randomly generate $d_j \times d_j$ orthogonal matrices V_j and then form $W_j(0) = V_j I_{d_j d_1} U_{j-1}^T$ for $j = 1, \dots, N$, where $U_j \in \mathbb{R}^{d_j \times d_1}$ is composed of the d_1 columns of V_j , and I_{ab} is the (rectangular) $a \times b$ identity matrix.",
            Autoencoder + " V₀ (d₀×d₀) is needed for U₀ although the index range of Vⱼ is not stated.",
            ["Vⱼ orthogonal for j = 0, …, N."],
            "Symbolic/numeric: Wⱼ(0) = UⱼUⱼ₋₁ᵀ, hence Wⱼ₊₁ᵀWⱼ₊₁ = UⱼUⱼᵀ = WⱼWⱼᵀ (balanced, Definition 2) and "
            + "W(0) = U_NU₀ᵀ has rank d₁ = r with all nonzero singular values 1. Negative control: independent orthogonal "
            + "factors without the shared Uⱼ are not balanced."),

        E("trbw/text20", "Appendix B.1 (limit of the balanced flow)", ClaimKind.Text,
            @"For all the values of N and the different ranks of W considered, Figure 5 shows that the limit of $W(t)$ as $t \rightarrow \infty$ is $U_r U_r^T$ [...] This agrees with the theoretical results in Theorems 5 and 6 for the autoencoder setting.",
            Autoencoder,
            ["B.1 balanced start."],
            "Same trajectory check as trbw/text16 (balanced starts)."),

        E("trbw/text21", "Appendix B.1 (residual norm limit)", ClaimKind.Text,
            @"In addition, when $W(t)$ converges to $U_r U_r^T$ then $\|X - W(t)X\|_F$ converges to $\sqrt{\sum_{i>r} \sigma_i^2}$.",
            Autoencoder,
            ["W(t) → U_rU_rᵀ."],
            "Exact: ‖X − U_rU_rᵀX‖_F = (Σ_{i>r} σᵢ²)^{1/2} (σᵢ singular values of X); numeric along the B.1 runs "
            + "(relative 1e-6 at the end). Negative control: Σ_{i>r} σᵢ (no squares) must fail."),

        E("trbw/text22", "Appendix B.1 (the loss L¹ converges to the square root)", ClaimKind.Text,
            @"This depicts convergence of the functional $L^1(W(t))$ to the optimal error, which is the square-root of the sum of the tail eigenvalues of XX^T of order greater than r .",
            Autoencoder,
            ["W(t) → U_rU_rᵀ."],
            "Numeric. REFUTATION CANDIDATE as printed: L¹(W) = ½‖X − WX‖²_F converges to ½Σ_{i>r}σᵢ² = ½Σ_{i>r}λᵢ(XXᵀ), not to "
            + "its square root; the square root is the limit of ‖X − WX‖_F (trbw/text21), not of L¹. Check both values "
            + "at the end of the B.1 runs."),

        E("trbw/text22~fixed", "Appendix B.1 (the loss L¹ converges to half the tail sum)", ClaimKind.Text,
            @"This depicts convergence of the functional $L^1(W(t))$ to the optimal error, which is the square-root of the sum of the tail eigenvalues of XX^T of order greater than r .",
            Autoencoder + " Correction: L¹(W(t)) = ½‖X − W(t)X‖²_F converges to ½Σ_{i>r}σᵢ² = ½Σ_{i>r}λᵢ(XXᵀ); the square root of the tail sum is the limit of ‖X − W(t)X‖_F (trbw/text21).",
            ["W(t) → U_rU_rᵀ."],
            "End values of autoencoder runs of (5) from the B.1 construction (N ∈ {2, 3}) against ½Σ_{i>r}σᵢ², relative 1e-8."),

        E("trbw/text23", "Appendix B.2 (non-balanced limit)", ClaimKind.Text,
            @"For $W_j(0)$, $j = 1, \dots, N$, we randomly generate Gaussian matrices. As in the balanced case we see that $W(t)$ converges to $U_r U_r^T$.",
            Autoencoder,
            ["Gaussian starts (scale not stated; the checks use entries N(0, 1/dⱼ₋₁))."],
            "Monte Carlo: from seeded Gaussian starts the RK4 flow converges to U_rU_rᵀ (N ∈ {2, 5}); fraction reported, "
            + "must be 1. Note: Figure 7's caption says N = 5 and N = 10 while the text says N = 2 and N = 20 are shown "
            + "(inconsistency, not a mathematical claim)."),

        E("trbw/text24", "Appendix B.3 (balanced slightly faster)", ClaimKind.Text,
            @"These plots also show a slightly faster convergence for the balanced case than for the non-balanced case.",
            Autoencoder + " B.3 grid: dⱼ = ⌈r + (d − r)(j − 1)/(N − 1)⌉, j = 1, …, N; errors between W(t) and W(T).",
            ["Figures 8, 9 (lost)."],
            "Monte Carlo on small B.3 instances (d ∈ {4, 6}, r ∈ {1, 2}, N ∈ {2, 3}): paired balanced (B.1) and Gaussian "
            + "(N(0, 1/dⱼ₋₁); scale not printed) starts on the same data; event 'balanced reaches ‖W − U_rU_rᵀ‖_F ≤ 1e-4 no "
            + "later'; 'slightly faster' read as P(event) ≥ 1/2 with a Wilson 95% interval."),

        E("trbw/text25", "Conclusion", ClaimKind.Text,
            @"In conclusion, in the autoencoder case we confirmed that the solutions of the gradient flow converges to $U_r U_r^T$, while in the general supervised learning case we confirmed convergence of the flow to critical points explicitly defined in [1, Proposition 32]. Such convergence occurs with either balanced or non-balanced initial conditions albeit a slight faster convergence in the balanced than in the non-balanced. Moreover, in both the autoencoder and the general supervised learning setting we see that as the size (N, d_x, r) of the problem instance increases the convergence rates decrease.",
            Appendix,
            [],
            "Summary of trbw/text12, trbw/text16, trbw/text23, trbw/text24 (checked separately); the size trend has no "
            + "stated measure: not-checkable."),
    ];
}
