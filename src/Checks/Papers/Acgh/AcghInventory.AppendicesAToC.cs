using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Acgh;

/// <content>Appendices A–C of acgh: whitening derivation, Claims 2–5 (statements).</content>
public static partial class AcghInventory
{
    private static InventoryEntry[] AppendicesAToC() =>
    [
        E("acgh/text11", "Appendix A (derivation of (1))", ClaimKind.Text,
            @"L(W) = \frac{1}{2m} \text{Tr}((WX - Y)(WX - Y)^\top) = \frac{1}{2m} \text{Tr}(WXX^\top W^\top) - \frac{1}{m} \text{Tr}(WXY^\top) + \frac{1}{2m} \text{Tr}(YY^\top) = \frac{1}{2} \text{Tr}(W\Lambda_{xx}W^\top) - \text{Tr}(W\Lambda_{yx}^\top) + \frac{1}{2} \text{Tr}(\Lambda_{yy}) [...] = \frac{1}{2} \|W - \Lambda_{yx}\|_F^2 + c, where $c := -\frac{1}{2} \text{Tr}(\Lambda_{yx}\Lambda_{yx}^\top) + \frac{1}{2} \text{Tr}(\Lambda_{yy})$",
            "Raw loss (1/(2m))‖WX − Y‖²_F; Λ_xx = (1/m)XXᵀ, Λ_yy = (1/m)YYᵀ, Λ_yx = (1/m)YXᵀ.",
            ["Λ_xx = I for the last two lines."],
            "Symbolic: each line is a trace-polynomial identity (dimension-free prover), the last two with Λ_xx = I. "
            + "Negative control: c without the ½ on Tr(Λ_yy) must be rejected."),

        E("acgh/claim2", "Claim 2", ClaimKind.Claim,
            @"Assume all entries in the matrices $W_j \in \mathbb{R}^{d_j \times d_{j-1}}$, $j = 1, \dots, N$, are drawn independently at random from a Gaussian distribution with mean zero and standard deviation $s > 0$. Then, for any $\delta > 0$, the probability of $W_1, \dots, W_N$ being $\delta$-balanced is at least $\max\{0, 1 - 10\delta^{-2}Ns^4d_{\max}^3\}$, where $d_{\max} := \max\{d_0, \dots, d_N\}$.",
            Gaussian,
            ["s > 0, δ > 0."],
            "Monte Carlo: seeded draws (10⁴ per setting) for N ∈ {2, 3, 5}, several widths and (s, δ) with the bound in "
            + "(0.2, 0.95); the empirical frequency of δ-balancedness must be ≥ the bound (Clopper–Pearson 99% upper "
            + "confidence limit ≥ bound suffices for 'not refuted'). Negative control: the bound with 10 replaced by 10⁻³ "
            + "must be violated at some setting."),

        E("acgh/claim3", "Claim 3", ClaimKind.Claim,
            @"There is a constant $C_1 > 0$ such that the following holds. Consider the case where $d_N = 1$, $d_0 \geq 20$, and suppose all entries in the matrices $W_j \in \mathbb{R}^{d_j \times d_{j-1}}$, $j = 1, \dots, N$, are drawn independently at random from a Gaussian distribution with mean zero, whose standard deviation $s > 0$ is small with respect to the target, i.e. $s \leq \|\Phi\|_F^{1/N} / (10^5 d_0^3 d_1 \cdots d_{N-1} C_1)^{1/(2N)}$. Then, for any $c$ with $0 < c \leq \|\Phi\|_F / (10^5 d_0^3 C_1 (C_1 N)^{2N})$, the probability of the end-to-end matrix $W_{1:N}$ having deficiency margin $c$ with respect to $\Phi$ is at least 0.49 if: $$s \geq c^{1/(2N)} \cdot (C_1 N \|\Phi\|_F^{1/(2N)} / (d_1 \cdots d_{N-1})^{1/(2N)}).$$",
            Gaussian + " d_N = 1.",
            ["d_N = 1, d₀ ≥ 20.", "s and c in the printed ranges (which depend on C₁)."],
            "Not checkable as stated: C₁ is never given. It comes from Lemma 12 (C₁ = max{2/(1−C₂), 2C₀/(1−C₂)} with "
            + "C₂ = 999/1000) and therefore from the absolute constant C₀ of the Carbery–Wright inequality (Lemma 11), "
            + "which the paper does not quantify; the hypotheses on s and c cannot be instantiated without it. Computable "
            + "parts are separate: acgh/claim3#small-s (probability near ½ for small s), acgh/claim3#footnote9 (the s-range "
            + "is nonempty for every C₁), acgh/lemma15, acgh/lemma16, acgh/lemma13, acgh/lemma12#variance, acgh/eq44, "
            + "and the arithmetic of the proof (acgh/eq49, acgh/claim3#proof-probability)."),

        E("acgh/claim3#small-s", "Claim 3 (computable part: probability of a margin for small s)", ClaimKind.Claim,
            @"if the standard deviation of initialization is sufficiently small, with probability close to 0.5, a deficiency margin will be met.",
            Gaussian + " d_N = 1.",
            ["d_N = 1, d₀ ≥ 20.", "c > 0 tiny relative to ‖Φ‖₂ (the event is 'positive margin')."],
            "Monte Carlo with explicit small s (s^N·√(d₀d₁⋯d_{N−1}) = 10⁻³‖Φ‖₂, N ∈ {2, 3}, d₀ ∈ {20, 64}): the frequency "
            + "of 'W_{1:N} has positive deficiency margin' is within 0.02 of ½ and ≥ 0.49 (the claim's number); reported "
            + "with Clopper–Pearson bounds. Negative control: large s (s^N·√(d₀⋯d_{N−1}) = 3‖Φ‖₂) gives a frequency far below ½."),

        E("acgh/claim3#footnote8", "Claim 3, footnote 8", ClaimKind.Claim,
            @"The probability 0.49 can be increased to any $p < 1/2$ by increasing the constant $10^5$ in the upper bounds for $s$ and $c$.",
            Gaussian,
            [],
            "Exact arithmetic on the proof's bound (999/1000)·(3 − 4F(2/√a))/2: its limit as a → ∞ is 0.4995, so with "
            + "C₂ = 999/1000 fixed, p ∈ [0.4995, ½) is NOT reachable by increasing 10⁵ alone; C₂ (hence C₁) must also "
            + "change. Recorded as an imprecision (REFUTATION CANDIDATE in the literal reading)."),

        E("acgh/claim3#footnote9", "Claim 3, footnote 9 (the s-range is nonempty)", ClaimKind.Claim,
            @"It is not difficult to see that the latter threshold is never greater than the upper bound for $s$, thus sought-after standard deviations always exist.",
            Gaussian + " d_N = 1.",
            ["0 < c ≤ ‖Φ‖_F/(10⁵d₀³C₁(C₁N)^{2N})."],
            "Symbolic/exact: raising both sides to the power 2N, threshold^{2N} = (C₁N)^{2N}c‖Φ‖/(d₁⋯d_{N−1}) ≤ "
            + "‖Φ‖²/(10⁵d₀³d₁⋯d_{N−1}C₁) = bound^{2N} at the largest admissible c, for every C₁ > 0 (checked as a "
            + "polynomial inequality in C₁ with c at its maximum, plus random Rational instances)."),

        E("acgh/claim4", "Claim 4", ClaimKind.Claim,
            @"Assume gradient descent with some learning rate $\eta > 0$ is applied to a network whose depth $N$ is even, and whose input, output and hidden dimensions $d_0, \dots, d_N$ are all equal to some $d \in \mathbb{N}$. Then, there exist target matrices $\Phi$ such that the following holds. For any $c$ with $0 < c < \sigma_{\min}(\Phi)$, there are initializations for which the end-to-end matrix $W_{1:N}(0)$ has deficiency margin $c$ with respect to $\Phi$, and yet convergence will fail — objective will never go beneath a positive constant.",
            Descent + " Explicit construction of Appendix D.6: Φ = I_d, first diagonal entries of the Wⱼ(0) from (50)–(51), other diagonal entries 1.",
            ["N even.", "d₀ = … = d_N = d.", "η > 0 arbitrary."],
            "Trajectory check of the explicit construction for N ∈ {2, 4, 6}, d ∈ {1, 3}, η ∈ {10⁻³, 10⁻², 1, 10}, "
            + "c ∈ {0.75, 0.9, 0.99} (c < σ_min(Φ) = 1; smaller c covered by monotonicity of the margin): margin c at t = 0 "
            + "exactly, and ℓ(t) ≥ ½(2^N − 1)² for t = 1, …, 30. Entries grow doubly exponentially (|W(t+1)| ≈ η|W(t)|^{2N−1}) "
            + "and overflow doubles after a few steps: the scalar recursion is run in exact Rational arithmetic for the "
            + "first steps and then in (sign, log₂|·|) form, so overflow is reported as 'diverged, ℓ ≥ bound' with the "
            + "step index, never as NaN. Pre-check with 50-digit decimals: N = 2, η = 1, c = 0.99 gives ℓ(1) ≈ 7.8e8, "
            + "ℓ(5) ≈ 2.9e744. Negative control: the same start with η inside (7) for a 0-balanced start converges."),

        E("acgh/claim5", "Claim 5", ClaimKind.Claim,
            @"Consider a network whose depth $N$ is even, and whose input, output and hidden dimensions $d_0, \dots, d_N$ are all equal to some $d \in \mathbb{N}$. Then, there exist target matrices $\Phi$ for which there are non-stationary initializations $W_1(0), \dots, W_N(0)$ that are 0-balanced, and yet lead gradient descent, under any learning rate, to fail — objective will never go beneath a positive constant.",
            Descent + " Explicit construction of Appendix D.7: Φ symmetric with an eigenvalue −λ < 0, Wⱼ(0) = I_d.",
            ["N even.", "d₀ = … = d_N = d."],
            "Trajectory check of the construction for N ∈ {2, 4}, d ∈ {1, 2, 3}, η over a log grid 10⁻⁴ … 10: start is "
            + "0-balanced and non-stationary (gradient I − Φ ≠ 0), and ℓ(t) ≥ ½λ² at every step (Lemma 18 structure "
            + "monitored). Diverging runs (large η) are handled as in acgh/claim4 (log magnitudes, no NaN). Negative "
            + "control: the same identity start with a positive definite symmetric target (Φ = 1.5·I) converges for small η."),
    ];
}
