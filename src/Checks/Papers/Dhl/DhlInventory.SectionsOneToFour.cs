using DeepLinear.Checks.Catalog;

namespace DeepLinear.Checks.Papers.Dhl;

/// <content>Sections 1–4 of dhl: (1)–(3), the invariants (Theorems 2.1–2.3, Corollary 2.1, (4)–(7)), the
/// factorization results (8)–(9), Theorem 3.1, Lemmas 3.1–3.2, Theorem 3.2 and the experiment of Section 4.</content>
public static partial class DhlInventory
{
    private static InventoryEntry[] SectionsOneToFour() =>
    [
        E("dhl/text1", "Section 1 (homogeneity of the prediction function)", ClaimKind.Text,
            @"if we multiply a layer by a positive scalar c and divide another layer by c, the prediction function remains the same, e.g. $f(x; cW^{(1)}, \dots, \frac{1}{c}W^{(N)}) =$ $f(\boldsymbol{x};\boldsymbol{W}^{(1)},\dots,\boldsymbol{W}^{(N)}).$",
            Network,
            ["c > 0.", "φ positively homogeneous (ReLU, Leaky ReLU, linear)."],
            "Numeric (numeric engine homogeneous network): outputs agree to 1e-12 relative for random ReLU/Leaky/linear "
            + "networks, c ∈ [1e-3, 1e3], any pair of layers. Negative controls: c < 0 with ReLU, and tanh, must change "
            + "the output."),

        E("dhl/eq1", "Equation (1)", ClaimKind.Eq,
            @"\min_{\bm{U}\in\mathbb{R}^{d_1\times r}, \bm{V}\in\mathbb{R}^{d_2\times r}} f\left(\bm{U},\bm{V}\right) = \frac{1}{2} \left\| \bm{U}\bm{V}^{\top} - \bm{M}^* \right\|_F^2, \tag{1}",
            Factorization,
            [],
            "Definition of the objective (numeric engine asymmetric factorization); its value checked against an "
            + "independent evaluation on random instances."),

        E("dhl/eq2", "Equation (2) (gradient of f)", ClaimKind.Eq,
            @"\frac{\partial f(\boldsymbol{U}, \boldsymbol{V})}{\partial \boldsymbol{U}} = (\boldsymbol{U}\boldsymbol{V}^\top - \boldsymbol{M}^*) \boldsymbol{V}, \qquad \frac{\partial f(\boldsymbol{U}, \boldsymbol{V})}{\partial \boldsymbol{V}} = (\boldsymbol{U}\boldsymbol{V}^\top - \boldsymbol{M}^*)^\top \boldsymbol{U}. \tag{2}",
            Factorization,
            [],
            "Symbolic proof (entry-wise for small d₁, d₂, r; dimension-free by trace cyclicity). Numeric: central "
            + "differences. Negative control: (UVᵀ − M*)ᵀV for ∂f/∂U (shape error unless d₁ = d₂) must be rejected."),

        E("dhl/text2", "Section 1 (f is not smooth near a global optimum)", ClaimKind.Text,
            @"We observe that due to the homogeneity of f , it is not smooth even in the neighborhood of a globally optimum point. [...] consider a globally optimal solution (U, V) such that $||U||_F$ is of order ϵ and $||V||_F$ is of order $1/\epsilon$ (ϵ being very small). A small perturbation on U can lead to dramatic change to the gradient of U .",
            Factorization + " 'Smooth' means β-Lipschitz gradient (footnote 6).",
            ["(U, V) = (εU*, V*/ε) with U*V*ᵀ = M*."],
            "Numeric: λ_max(∇²f) at (εU*, V*/ε) grows like ‖V*‖²/ε² (fitted log–log slope −2 over ε ∈ [1e-4, 1]), so no "
            + "single β works in any neighbourhood of the optimal set; negative control: at balanced optima λ_max stays "
            + "bounded (≈ 2σ₁ for rank 1)."),

        E("dhl/eq3", "Equation (3) (regularized objective)", ClaimKind.Eq,
            @"\min_{\bm{U}\in\mathbb{R}^{d_1\times r},\bm{V}\in\mathbb{R}^{d_2\times r}}\frac{1}{2}\left\|\bm{U}\bm{V}^{\top}-\bm{M}\right\|_{F}^{2}+\frac{1}{8}\left\|\bm{U}^{\top}\bm{U}-\bm{V}^{\top}\bm{V}\right\|_{F}^{2}. \tag{3}",
            Factorization + " Quoted from Tu et al. 2015 and Ge et al. 2017a, with the properties (i)–(iii) cited from Ge et al.",
            [],
            "Definition (a comparison objective). The cited landscape properties (no spurious local minima, strict "
            + "saddles, smoothness) are not checkable here (quoted results about all critical points)."),

        E("dhl/text3", "Section 1 (Figure 1b: ratio of norms constant)", ClaimKind.Text,
            @"A more interesting phenomenon is shown in Figure 1b in which we track the Frobenius norms of U and V in all iterations. The plot shows that the ratio between norms remains a constant in all iterations. Thus the unbalancedness does not occur at all!",
            FactorizationDescent + " The experiment's dimensions, rank, initialization and step size are not stated.",
            [],
            "Not checkable as printed (an unspecified experiment read off a figure). Exploration: GD on (1) with small "
            + "random initialization and constant small step (seeded) — ‖U_t‖²_F/‖V_t‖²_F is reported over the run; "
            + "Theorem 2.2 predicts an invariant difference, not a constant ratio."),

        E("dhl/eq4", "Equation (4) (training loss)", ClaimKind.Eq,
            @"L(\boldsymbol{w}) = \frac{1}{m} \sum_{i=1}^{m} \ell \left(f_{\boldsymbol{w}}(\boldsymbol{x}_i), \boldsymbol{y}_i \right). \tag{4}",
            Network,
            [],
            "Definition (numeric engine homogeneous network loss, factor 1/m)."),

        E("dhl/eq5", "Equation (5) (gradient flow inclusion)", ClaimKind.Eq,
            @"\frac{\mathrm{d} \boldsymbol{W}^{(h)}}{\mathrm{d} t} \in -\frac{\partial L(\boldsymbol{w})}{\partial \boldsymbol{W}^{(h)}}, \qquad h = 1, \dots, N, \tag{5}",
            NetworkFlow,
            [],
            "Definition of the dynamics integrated by the numeric engine for the flow claims (RK4 on the a.e. "
            + "gradient; kink crossings counted)."),

        E("dhl/text4", "Section 2.1 (examples of homogeneous activations)", ClaimKind.Text,
            @"We assume that each ϕ_h ($h \in [N-1]$) is homogeneous, namely, $\phi_h(x) = \phi'_h(x) \cdot x$ for all x and all elements of the sub-differential $\phi'_h(\cdot)$ when ϕ_h is non-differentiable at x. This property is satisfied by functions like ReLU $\phi(x) = \max\{x, 0\}$, Leaky ReLU $\phi(x) = \max\{x, \alpha x\}$ $(0 < \alpha < 1)$, and linear function $\phi(x) = x$. [Footnote 10: ϕ′(x)x = ϕ(x) holds at x = 0 for any choice of sub-differential.]",
            Network,
            ["0 < α < 1 for Leaky ReLU."],
            "Exact (engine-free): φ(x) = g·x for every element g of the sub-differential, on a grid of dyadic x "
            + "(exactly representable, including x = 0 with g ∈ {0, ½, 1} resp. {α, 1}) for ReLU, Leaky ReLU "
            + "(α ∈ {1/4, 1/2}) and the identity. Negative control: tanh and softplus violate φ(x) = φ′(x)x."),

        E("dhl/thm2.1#pattern", "Theorem 2.1 (per-neuron invariant, fixed activation pattern)", ClaimKind.Thm,
            @"For any $h \in [N-1]$ and $i \in [n_h]$, we have $$\frac{\mathrm{d}}{\mathrm{d}t}\left(\|\mathbf{W}^{(h)}[i,:]\|^2 - \|\mathbf{W}^{(h+1)}[:,i]\|^2\right) = 0. \tag{6}$$",
            NetworkFlow + " Fixed activation pattern: each φ_h acts as a fixed diagonal matrix D_h of slopes (1/0 for "
            + "ReLU, 1/α for Leaky ReLU, I for linear), so f_w(x) = W^{(N)}D_{N−1}⋯D₁W^{(1)}x is multilinear.",
            ["The activation pattern is constant on the interval considered."],
            "Symbolic proof (entry-wise, N ∈ {2, 3}, widths ≤ 3, one sample, a symbolic output gradient g = ∂ℓ/∂f): "
            + "⟨W^{(h)}[i,:], ∂L/∂W^{(h)}[i,:]⟩ = ⟨W^{(h+1)}[:,i], ∂L/∂W^{(h+1)}[:,i]⟩ as polynomials for every 0/1 (and "
            + "α) pattern, hence d/dt of the difference is −2(lhs − rhs) = 0. Negative control: the same identity with "
            + "a non-homogeneous slope (D_h entries ≠ φ(x)/x) must fail."),

        E("dhl/thm2.1#flow", "Theorem 2.1 (per-neuron invariant along flows)", ClaimKind.Thm,
            @"\|\mathbf{W}^{(h)}[i,:](t)\|^2 - \|\mathbf{W}^{(h+1)}[:,i](t)\|^2 = \text{const}",
            NetworkFlow,
            ["Gradient flow (5) of a ReLU, Leaky ReLU or linear network with a differentiable loss."],
            "Numeric: RK4 flows (numeric engine) of small ReLU/Leaky/linear networks (N ≤ 4, widths ≤ 6, square "
            + "loss, seeded data), each integrated with h and h/2 — at every recorded time the drift of the fine run must "
            + "be explained by the integrator (at most 4·|drift(h) − drift(h/2)| + 10⁻⁶ relative; a kink crossed or slid "
            + "along gives an O(h) error, a genuine drift does not shrink); kink crossings counted. Negative control: tanh "
            + "activation must show drift."),

        E("dhl/eq6", "Equation (6)", ClaimKind.Eq,
            @"\frac{\mathrm{d}}{\mathrm{d}t}\left(\|\mathbf{W}^{(h)}[i,:]\|^2 - \|\mathbf{W}^{(h+1)}[:,i]\|^2\right) = 0. \tag{6}",
            NetworkFlow,
            ["As for Theorem 2.1."],
            "The display of Theorem 2.1; checked by dhl/thm2.1#pattern (symbolic) and dhl/thm2.1#flow (numeric)."),

        E("dhl/cor2.1#pattern", "Corollary 2.1 (layer-wise invariant, fixed activation pattern)", ClaimKind.Cor,
            @"For any $h \in [N - 1]$, we have $$\frac{\mathrm{d}}{\mathrm{d}t}\left(\|\mathbf{W}^{(h)}\|_F^2 - \|\mathbf{W}^{(h+1)}\|_F^2\right) = 0.$$",
            NetworkFlow,
            ["The activation pattern is constant on the interval considered."],
            "Symbolic: the sum over i of the identities of dhl/thm2.1#pattern (entry-wise, N ∈ {2, 3}); negative "
            + "control as there."),

        E("dhl/cor2.1#flow", "Corollary 2.1 (layer-wise invariant along flows)", ClaimKind.Cor,
            @"\|\mathbf{W}^{(h)}(t)\|_F^2 - \|\mathbf{W}^{(h+1)}(t)\|_F^2 = \text{const}",
            NetworkFlow,
            ["Gradient flow (5)."],
            "Numeric along the RK4 flows of dhl/thm2.1#flow: the layer differences drift by at most the integrator "
            + "tolerance; negative control: tanh."),

        E("dhl/text5", "Section 2.1 (small initialization keeps the layers balanced)", ClaimKind.Text,
            @"if we use a small initialization, $\|\mathbf{W}^{(h)}\|_F^2 - \|\mathbf{W}^{(h+1)}\|_F^2$ is very small at the beginning, and Corollary 2.1 implies this difference remains small at all time.",
            NetworkFlow,
            ["Small initialization."],
            "Consequence of Corollary 2.1 (exact under the flow); checked as part of dhl/cor2.1#flow from small "
            + "initializations (differences stay at their initial size while norms grow)."),

        E("dhl/thm2.2#pattern", "Theorem 2.2 (linear activation, layer-wise matrix invariant)", ClaimKind.Thm,
            @"If for some $h \in [N - 1]$ we have $\phi_h(x) = x$, then $$\frac{\mathrm{d}}{\mathrm{d} t}\left(\boldsymbol{W}^{(h)}(\boldsymbol{W}^{(h)})^\top - (\boldsymbol{W}^{(h+1)})^\top \boldsymbol{W}^{(h+1)}\right) = \boldsymbol{0}.$$",
            NetworkFlow + " The other activations may be nonlinear; fixed activation pattern elsewhere.",
            ["φ_h is the identity.", "The activation pattern of the other layers is constant on the interval."],
            "Symbolic proof (entry-wise, N ∈ {2, 3}, widths ≤ 3, symbolic output gradient): "
            + "W^{(h)}(∂L/∂W^{(h)})ᵀ + (∂L/∂W^{(h)})W^{(h)ᵀ} = W^{(h+1)ᵀ}∂L/∂W^{(h+1)} + (∂L/∂W^{(h+1)})ᵀW^{(h+1)} as matrices "
            + "of polynomials; all depths for deep linear networks with the dimension-free prover (nrt/eq2.3~fixed). "
            + "Negative control: with φ_h = ReLU the matrix identity must fail (only the trace survives)."),

        E("dhl/thm2.2#flow", "Theorem 2.2 (matrix invariant along flows)", ClaimKind.Thm,
            @"\boldsymbol{W}^{(h)}(\boldsymbol{W}^{(h)})^\top - (\boldsymbol{W}^{(h+1)})^\top \boldsymbol{W}^{(h+1)} = \text{const}",
            NetworkFlow,
            ["φ_h is the identity."],
            "Numeric: RK4 flows of networks whose layer h is linear and the rest ReLU (and fully linear ones): the "
            + "matrix difference drifts by at most the integrator tolerance; negative control: ReLU at layer h."),

        E("dhl/text6", "Section 2.2 (free parameters of a convolutional layer)", ClaimKind.Text,
            @"Here $v^{(h)}$ consists of the actual free parameters in this layer and d_h is the number of free parameters (e.g. if there are k convolutional filters in layer h each with size r, we have $d_h = r \cdot k$).",
            Network + " Sparse/shared layers: W^{(h)}[i, j] = 0 if g_h(i, j) = 0, else v^{(h)}[g_h(i, j)].",
            ["1-D convolution, k filters of size r."],
            "Exact count (engine-free once the sharing map is built by the numeric engine): the image of g_h minus {0} "
            + "has r·k elements for stride-1 1-D convolutions with k filters of size r."),

        E("dhl/thm2.3#pattern", "Theorem 2.3 (shared/sparse weights, fixed activation pattern)", ClaimKind.Thm,
            @"For any $h \in [N - 1]$, we have $$\frac{\mathrm{d}}{\mathrm{d}t}\left(\|\boldsymbol{v}^{(h)}\|^2-\|\boldsymbol{v}^{(h+1)}\|^2\right)=0.$$",
            NetworkFlow + " Parameters v^{(h)} ∈ ℝ^{d_h} with a sharing/sparsity map g_h; gradient flow on v.",
            ["The activation pattern is constant on the interval considered."],
            "Symbolic proof (entry-wise, N ∈ {2, 3}, small shared patterns such as a 1-D convolution with tied "
            + "weights): ⟨v^{(h)}, ∂L/∂v^{(h)}⟩ = ⟨v^{(h+1)}, ∂L/∂v^{(h+1)}⟩ = ⟨∂L/∂x^{(h+1)}, x^{(h+1)}⟩. Negative "
            + "control: a bias term in layer h+1 breaks the identity."),

        E("dhl/thm2.3#flow", "Theorem 2.3 (shared/sparse weights along flows)", ClaimKind.Thm,
            @"\|\boldsymbol{v}^{(h)}(t)\|^2-\|\boldsymbol{v}^{(h+1)}(t)\|^2 = \text{const}",
            NetworkFlow,
            ["Gradient flow on the free parameters v."],
            "Numeric: RK4 flows of small convolutional ReLU networks (numeric engine sharing maps); drift within the "
            + "integrator tolerance. Negative control: per-entry (untied) norms of a shared layer are not conserved "
            + "pairwise with the next layer's entries."),

        E("dhl/eq7", "Equation (7) (proof of Theorem 2.1)", ClaimKind.Eq,
            @"\frac{\mathrm{d}}{\mathrm{d}t} \|\mathbf{W}^{(h+1)}[:,i]\|^2 = 2 \left\langle \mathbf{W}^{(h+1)}[:,i],\frac{\mathrm{d}}{\mathrm{d}t} \mathbf{W}^{(h+1)}[:,i] \right\rangle = -2 \left\langle \mathbf{W}^{(h+1)}[:,i],\frac{\partial L(\mathbf{w})}{\partial \mathbf{W}^{(h+1)}[:,i]} \right\rangle = -2\phi_h(\mathbf{x}^{(h)}[i]) \cdot \left\langle \mathbf{W}^{(h+1)}[:,i],\frac{\partial L(\mathbf{w})}{\partial \mathbf{x}^{(h+1)}} \right\rangle. \tag{7}",
            NetworkFlow + " One sample (x, y); x^{(h)} = f^{(h)}_w(x).",
            ["One data sample (the average over samples follows by linearity)."],
            "Symbolic (fixed pattern) and numeric (backpropagation of the numeric engine vs the formula on random "
            + "networks): ∂L/∂W^{(h+1)}[:,i] = φ_h(x^{(h)}[i])·∂L/∂x^{(h+1)} and the inner-product identity."),

        E("dhl/text7", "Section 2.3 (the second chain of the proof of Theorem 2.1)", ClaimKind.Text,
            @"\frac{\mathrm{d}}{\mathrm{d}t} \|\mathbf{W}^{(h)}[i, :] \|^2 = -2 \left\langle \frac{\partial L(\mathbf{w})}{\partial \mathbf{x}^{(h+1)}}, \mathbf{W}^{(h+1)}[:, i] \right\rangle \cdot \phi'_h(\mathbf{x}^{(h)}[i]) \cdot \mathbf{x}^{(h)}[i] = -2 \left\langle \frac{\partial L(\mathbf{w})}{\partial \mathbf{x}^{(h+1)}}, \mathbf{W}^{(h+1)}[:, i] \right\rangle \cdot \phi_h(\mathbf{x}^{(h)}[i]).",
            NetworkFlow,
            ["One sample."],
            "Numeric: both sides via the numeric engine's backpropagation on random ReLU/Leaky/linear networks "
            + "(1e-12 relative), including pre-activations exactly 0 with every sub-gradient choice."),

        E("dhl/eq8", "Equation (8)", ClaimKind.Eq,
            @"\min_{\bm{U} \in \mathbb{R}^{d_1 \times r}, \bm{V} \in \mathbb{R}^{d_2 \times r}} f(\bm{U}, \bm{V}) = \frac{1}{2} \left\| \bm{U}\bm{V}^\top - \bm{M}^* \right\|_F^2, \tag{8}",
            Factorization,
            ["rank(M*) = r."],
            "Definition (same objective as (1), with rank(M*) = r); instance generators build M* of exact rank r."),

        E("dhl/eq9", "Equation (9) (gradient descent)", ClaimKind.Eq,
            @"U_{t+1} = U_t - \eta_t (U_t V_t^\top - M^*) V_t, \qquad V_{t+1} = V_t - \eta_t (U_t V_t^\top - M^*)^\top U_t. \tag{9}",
            FactorizationDescent,
            ["η_t > 0."],
            "Definition of the iteration run by the numeric engine; one engine step equals (9) computed independently "
            + "to 1e-12 relative."),

        E("dhl/thm3.1", "Theorem 3.1", ClaimKind.Thm,
            @"Let $0 < \epsilon < \|M^*\|_F$. Suppose we initialize the entries in U_0 and V_0 i.i.d. from $\mathcal{N}(0,\frac{\epsilon}{\text{poly}(d)})$ ($d=\max\{d_1,d_2\}$), and run (9) with step sizes $\eta_t=\frac{\sqrt{\epsilon/r}}{100(t+1)\|\mathbf{M}^*\|_F^{3/2}}$ $(t = 0, 1, \ldots)$. Then with high probability over the initialization, $\lim_{t\to\infty} (U_t, V_t) = (\tilde{U}, \tilde{V})$ exists and satisfies $\left\| \bar{U} \bar{V}^\top - M^* \right\|_F \leqslant \epsilon.$",
            TheoremThreeOneRun + " Footnote 11: η_t = Θ(t^{−(1/2+δ)}) for any δ ∈ (0, 1/2] is also allowed. The limit is "
            + "printed both as (Ũ, Ṽ) and (Ū, V̄).",
            ["0 < ε < ‖M*‖_F.", "Initialization N(0, ε/poly(d)) with poly(d) unspecified."],
            "Not checkable as printed (unspecified poly(d), 'with high probability', a limit). Computable parts: "
            + "dhl/thm3.1#run and Lemma 3.1 (dhl/lemma3.1#i–#iii)."),

        E("dhl/thm3.1#run", "Theorem 3.1 (finite-horizon run with concrete constants)", ClaimKind.Thm,
            @"\left\| U_T V_T^\top - M^* \right\|_F \leqslant \epsilon \text{ for the printed schedule and a concrete } \text{poly}(d)",
            TheoremThreeOneRun,
            ["poly(d) := 100·d²·r (a concrete choice recorded in the evidence).", "Finite iteration budget T."],
            "Monte Carlo over seeded initializations: fraction of runs (numeric engine) with ‖U_TV_Tᵀ − M*‖_F ≤ ε at the "
            + "budget, Wilson 95% interval. Expected inconclusive: the printed schedule has Σ_{t<T} η_t ≈ "
            + "√(ε/r)ln T/(100‖M*‖^{3/2}), too small to leave the small initialization within any feasible T; the "
            + "evidence reports the reached error and also runs footnote 11's η_t ∝ (t+1)^{−3/4} as information."),

        E("dhl/lemma3.1#i", "Lemma 3.1 (i) (balancedness)", ClaimKind.Lemma,
            @"With high probability over the initialization (U_0, V_0), for all t we have: (i) Balancedness: $\big\| \boldsymbol{U}_t^\top \boldsymbol{U}_t - \boldsymbol{V}_t^\top \boldsymbol{V}_t \big\|_F \leqslant \epsilon;$",
            TheoremThreeOneRun,
            ["0 < ε < ‖M*‖_F.", "Initialization conditions of B.1 (the 'high probability' event), checked and counted."],
            "Trajectory: gradient descent (numeric engine) with the printed schedule on seeded instances (d₁, d₂ ≤ 8, "
            + "r ≤ 3, ‖M*‖_F ∈ [0.5, 20], ε ∈ {0.01, 0.1, 0.9}·‖M*‖_F), initializations scaled to meet the B.1 "
            + "conditions (non-meeting draws counted as rejected); at every iterate ‖U_tᵀU_t − V_tᵀV_t‖_F ≤ ε; evidence: "
            + "iterates, min slack, worst ratio, seed. Also with footnote 11's schedule. Negative controls: a constant "
            + "step far above 1/β and an unbalanced start (‖U₀ᵀU₀ − V₀ᵀV₀‖_F > ε) must be reported as not meeting the "
            + "hypotheses."),

        E("dhl/lemma3.1#ii", "Lemma 3.1 (ii) (decreasing objective)", ClaimKind.Lemma,
            @"(ii) Decreasing objective: $f(U_t, V_t) \leqslant f(U_{t-1}, V_{t-1}) \leqslant \cdots \leqslant f(U_0, V_0) \leqslant 2 \|M^*\|_F^2$;",
            TheoremThreeOneRun,
            ["As for dhl/lemma3.1#i."],
            "Trajectory (runs of dhl/lemma3.1#i): f(U_t, V_t) ≤ f(U_{t−1}, V_{t−1}) at every step (round-off tolerance "
            + "1e-14·f) and f(U₀, V₀) ≤ 2‖M*‖²_F. Negative controls as for #i."),

        E("dhl/lemma3.1#iii", "Lemma 3.1 (iii) (boundedness)", ClaimKind.Lemma,
            @"(iii) Boundedness: $||U_t||_F^2 \le 5\sqrt{r} ||M^*||_F$, $||V_t||_F^2 \le 5\sqrt{r} ||M^*||_F$.",
            TheoremThreeOneRun,
            ["As for dhl/lemma3.1#i."],
            "Trajectory (runs of dhl/lemma3.1#i): both norms at every iterate, worst ratio ‖U_t‖²_F/(5√r‖M*‖_F) "
            + "reported. Negative controls as for #i."),

        E("dhl/lemma3.2", "Lemma 3.2 (strict saddles)", ClaimKind.Lemma,
            @"Suppose (U, V) is a stationary point of f such that $\left\|U^{\top}U - V^{\top}V\right\|_F \leq \epsilon$. Then either $\left\| UV^\top - M^* \right\|_F \leq \epsilon$, or (U, V) is a strict saddle point of f.",
            Factorization + " Extraction: the statement is printed twice, garbled ('either a 5.2. Suppose …'); read as above.",
            ["(U, V) stationary: (UVᵀ − M*)V = 0 and (UVᵀ − M*)ᵀU = 0.", "‖UᵀU − VᵀV‖_F ≤ ε."],
            "Numeric (numeric engine Hessian of f): stationary points built from subsets S of the singular triplets of "
            + "M* (U = Φ_SΣ_S^{1/2}Q, V = Ψ_SΣ_S^{1/2}Q, Q orthogonal, optionally rescaled U·c, V/c to use the balance "
            + "budget ε), including degenerate M* with repeated singular values; whenever ‖UVᵀ − M*‖_F > ε the Hessian "
            + "has a negative eigenvalue (dense eigen-solve), and the paper's direction Δ = W − W*R gives "
            + "[∇²f](Δ, Δ) ≤ −‖M − M*‖²_F + ε²/2. Negative control: dropping the balance hypothesis admits stationary "
            + "points (c large) whose Hessian has no negative eigenvalue along Δ."),

        E("dhl/text8", "Section 3.2 (rank-1 dynamics)", ClaimKind.Text,
            @"\boldsymbol{u}_{t+1} = \boldsymbol{u}_t - \eta (\boldsymbol{u}_t \boldsymbol{v}_t^\top - \boldsymbol{M}^*) \boldsymbol{v}_t, \qquad \boldsymbol{v}_{t+1} = \boldsymbol{v}_t - \eta \left(\boldsymbol{v}_t \boldsymbol{u}_t^\top - \boldsymbol{M}^{*\top}\right) \boldsymbol{u}_t.",
            RankOne,
            [],
            "Symbolic: (v_tu_tᵀ − M*ᵀ)u_t = (u_tv_tᵀ − M*)ᵀu_t, so this is (9) with r = 1 and constant step "
            + "(entry-wise, small dims)."),

        E("dhl/thm3.2", "Theorem 3.2", ClaimKind.Thm,
            @"Suppose $u_0 \sim \mathcal{N}(0, \delta I)$, $v_0 \sim \mathcal{N}(0, \delta I)$ with $\delta = c_{init} \sqrt{\frac{\sigma_1}{d}}$ ($d = \max\{d_1, d_2\}$) for some sufficiently small constant $c_{init} > 0$, and $\eta = \frac{c_{step}}{\sigma_1}$ for some sufficiently small constant $c_{step} > 0$. Then with constant probability over the initialization, for all t we have $c_0 \leq \frac{|u_t^\top u^*|}{|v_t^\top v^*|} \leq C_0$ for some universal constants $c_0, C_0 > 0$. Furthermore, for any $0 < \epsilon < 1$, after $t = O\left(\log \frac{d}{\epsilon}\right)$ iterations, we have $\| \bm{u}_t \bm{v}_t^{\top} - \bm{M^*}\|_F \leq \epsilon \sigma_1.$",
            RankOne + " Extraction damage in the printed statement (the ratio and the O(·) are garbled); read as above.",
            ["c_init, c_step sufficiently small (unspecified).", "Constant probability (unspecified)."],
            "Not checkable as printed (unspecified constants c_init, c_step, c₀, C₀, 'constant probability', O(·)). "
            + "Computable parts: dhl/thm3.2#ratio, dhl/thm3.2#linear."),

        E("dhl/thm3.2#ratio", "Theorem 3.2 (bounded ratio with concrete constants)", ClaimKind.Thm,
            @"c_0 \leq \frac{|u_t^\top u^*|}{|v_t^\top v^*|} \leq C_0 \quad \text{for all } t",
            RankOne,
            ["c_init = c_step = 10⁻² (concrete choice recorded in the evidence).", "α₀β₀ > 0."],
            "Monte Carlo + trajectory (numeric engine): over seeded initializations (d ≤ 50, σ₁ ∈ [0.1, 10]), the "
            + "observed range of |α_t|/|β_t| over all iterates is reported; the event 'range within [1/100, 100]' "
            + "(the constants implied by Lemma C.1 (iv)) is estimated with a Wilson 95% interval."),

        E("dhl/thm3.2#linear", "Theorem 3.2 (linear convergence with concrete constants)", ClaimKind.Thm,
            @"\| \bm{u}_t \bm{v}_t^{\top} - \bm{M^*}\|_F \leq \epsilon \sigma_1 \text{ after } t = O\left(\log \frac{d}{\epsilon}\right) \text{ iterations}",
            RankOne,
            ["c_init = c_step = 10⁻².", "α₀β₀ > 0."],
            "Trajectory (numeric engine): iterations needed to reach ‖u_tv_tᵀ − M*‖_F ≤ εσ₁ for ε ∈ {10⁻², …, 10⁻⁸} and "
            + "d ∈ {10, 100, 1000}; a least-squares fit of t against log(d/ε) must have bounded residuals (the O(·) "
            + "constant is reported, not asserted)."),

        E("dhl/text9", "Section 4 (network shapes)", ClaimKind.Text,
            @"We consider a 3-layer fully connected network of the form $f(x) = W_3\phi(W_2\phi(W_1x))$ where $x \in \mathbb{R}^{1,000}$ is the input, $W_1 \in \mathbb{R}^{100 \times 1,000}$, $W_2 \in \mathbb{R}^{100 \times 100}$, $W_3 \in \mathbb{R}^{10 \times 100}$",
            Experiment,
            [],
            "Exact arithmetic on the printed dimensions (engine-free): every product in W₃φ(W₂φ(W₁x)) is defined "
            + "(1000 = 1000, 100 = 100, 100 = 100) and the output is in ℝ^{10}."),

        E("dhl/text10", "Section 4 (balanced initialization: equal expected norms)", ClaimKind.Text,
            @"We first test a balanced initialization: $W_1[i, j] \sim N(0, \frac{10^{-4}}{100})$, $W_2[i, j] \sim N(0, \frac{10^{-4}}{10})$ and $W_3[i, j] \sim N(0, 10^{-4})$, which ensures $||W_1||_F^2 \approx ||W_2||_F^2 \approx ||W_3||_F^2$.",
            Experiment + " N(0, s) read as variance s.",
            [],
            "Exact arithmetic on the printed numbers (engine-free): E‖W_h‖²_F = (#entries)·(variance) = "
            + "10⁵·10⁻⁶ = 10⁴·10⁻⁵ = 10³·10⁻⁴ = 0.1 for h = 1, 2, 3; the relative standard deviations √(2/#entries) "
            + "are ≤ 4.5% (so '≈' holds with high probability)."),

        E("dhl/text11", "Section 4 (balanced run: printed norms vs stated bound 0.14)", ClaimKind.Text,
            @"After 10,000 iterations we have $||W_1||_F^2 = 42.90$, $||W_2||_F^2 = 43.76$ and $||W_3||_F^2 = 43.68$. Figure 2a shows that in all iterations $||W_1||_F^2 - ||W_2||_F^2$ and $\|W_2\|_F^2 - \|W_3\|_F^2$ are bounded by 0.14 which is much smaller than the magnitude of each $||W_h||_F^2$.",
            Experiment + " 'bounded by 0.14' read as |difference| ≤ 0.14 (Figure 2a plots the differences); under a "
            + "one-sided reading (difference ≤ 0.14) the printed numbers are consistent. The extraction prints the "
            + "sentence twice, once with ‖W₂‖ for ‖W₃‖.",
            ["'In all iterations' includes iteration 10,000."],
            "Exact arithmetic on the printed numbers (engine-free): at iteration 10,000, |42.90 − 43.76| = 0.86 > 0.14 "
            + "while |43.76 − 43.68| = 0.08 ≤ 0.14; the first difference contradicts the stated bound (refuted under "
            + "the absolute reading)."),

        E("dhl/text12", "Section 4 (balanced run: ratios approach 1)", ClaimKind.Text,
            @"Figures 2b shows that the ratios between norms approach 1.",
            Experiment,
            [],
            "Not checkable (read off a figure; 'approach' is not quantified). The printed final norms give ratios "
            + "42.90/43.76 ≈ 0.980 and 43.76/43.68 ≈ 1.002 (computed exactly, reported as information)."),

        E("dhl/text13", "Section 4 (unbalanced run: differences bounded by 9)", ClaimKind.Text,
            @"We then test an unbalanced initialization: $W_1[i, j] \sim N(0, 10^{-4}), W_2[i, j] \sim N(0, 10^{-4})$ and $W_3[i, j] \sim N(0, 10^{-4})$. After 10,000 iterations we have $||W_1||_F^2 = 55.50$, $||W_2||_F^2 = 45.65$ and $||\tilde{W_3}||_F^2 = 45.46$. Figure 2c shows that $\left\|W_1\right\|_F^2 - \left\|W_2\right\|_F^2$ and $\left\|W_2\right\|_F^2 - \left\|W_3\right\|_F^2$ are bounded by 9 (and indeed change very little throughout the process)",
            Experiment + " 'bounded by 9' read as |difference| ≤ 9 in all iterations, iteration 10,000 included.",
            ["'Throughout the process' includes iteration 10,000."],
            "Exact arithmetic on the printed numbers (engine-free): 55.50 − 45.65 = 9.85 > 9 at iteration 10,000 "
            + "(refuted); 45.65 − 45.46 = 0.19 ≤ 9. Also: the expected initial difference E‖W₁‖² − E‖W₂‖² = "
            + "10⁵·10⁻⁴ − 10⁴·10⁻⁴ = 9 exactly, so 'bounded by 9' fails with probability ≈ ½ already at t = 0."),

        E("dhl/text14", "Section 4 (unbalanced run: ratios close to 1 after about 1,000 iterations)", ClaimKind.Text,
            @"and Figures 2d shows that the ratios become close to 1 after about 1,000 iterations.",
            Experiment,
            [],
            "Not checkable (read off a figure; 'close' not quantified). The printed final norms give 55.50/45.65 ≈ 1.216 "
            + "at iteration 10,000 (computed exactly, reported as information)."),
    ];
}
