using System.Globalization;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.DepthGeneric;

/// <summary>
/// The Hessian of <c>L^N(W⃗) = ½‖W_N⋯W₁X − Y‖²_F</c> for every depth N, every pair of layers and all dimensions at once
/// (nrt §3.2 "Q_i, P_{i,j}", its quadratic-form display and the identity steps of the Hessian bound in the proof of
/// Proposition 3.3).
/// <para>
/// The Hessian as a bilinear form is <c>∇²L^N(W⃗)(Δ⃗, Γ⃗) = Σ_{i,j} H_{ij}(Δᵢ, Γⱼ)</c> with the blocks
/// <c>H_{ij}(Δᵢ, Γⱼ) = ⟨Δᵢ, ∂_{Wⱼ}(∇_{Wᵢ}L^N)[Γⱼ]⟩</c>, obtained by differentiating the all-depths gradient (3.2)
/// <c>∇_{Wᵢ}L^N = S_{i+1,N}ᵀ ∇L¹(W) S_{1,i−1}ᵀ</c> in the direction Γⱼ of layer j. Main results, each for all N ≥ 1 and
/// all 1 ≤ i, j ≤ N:
/// <list type="bullet">
/// <item><description>diagonal blocks <c>H_{ii}(Δᵢ, Γᵢ) = ⟨Qᵢ(Δᵢ), Qᵢ(Γᵢ)⟩</c>, hence <c>‖Qᵢ(Δᵢ)‖²_F</c> at Γ = Δ (nrt text after (3.16)'s notation);</description></item>
/// <item><description>mixed blocks <c>H_{ij}(Δᵢ, Γⱼ) = ⟨Qᵢ(Δᵢ), Qⱼ(Γⱼ)⟩ + ⟨WXXᵀ − YXᵀ, P_{i,j}(Δᵢ, Γⱼ)⟩</c> for i ≠ j (the
/// printed <c>⟨L^N(W⃗), P_{i,j}⟩</c> is a shape error and is refuted);</description></item>
/// <item><description>symmetry <c>H_{ij}(Δᵢ, Γⱼ) = H_{ji}(Γⱼ, Δᵢ)</c>, hence <c>∇²L^N(Δ⃗, Γ⃗) = ∇²L^N(Γ⃗, Δ⃗)</c>;</description></item>
/// <item><description>the double sum: <c>∇²L^N(Δ⃗, Δ⃗) = Σᵢ‖Qᵢ‖²_F + Σ_{i≠j}⟨Qᵢ, Qⱼ⟩ + Σ_{i≠j}⟨WXXᵀ − YXᵀ, P_{i,j}⟩</c>.</description></item>
/// </list>
/// Each block identity is a canonical-form identity (<see cref="CanonicalForm"/>) in opaque segment symbols
/// (<see cref="SegmentProducts"/>) with symbolic sizes, so it holds for every depth and all dimensions; the boundary cases
/// (first layer, last layer, empty middle segment j = i ± 1, and their combinations) substitute I for the empty
/// segments and are proved as their own steps; a coverage step checks that every (N, i, j) falls in a proved case.
/// </para>
/// </summary>
public static partial class DepthGenericHessian
{
    // Symbol names (sizes: W_k ∈ ℝ^{d_k×d_{k−1}}; u the upper, l the lower layer of a pair, i the layer of a diagonal block).
    private const string Suffix = "S";  // S_{u+1,N} ∈ ℝ^{d_N×d_u}
    private const string Upper = "U";   // W_u ∈ ℝ^{d_u×d_{u−1}}
    private const string Middle = "M";  // S_{l+1,u−1} ∈ ℝ^{d_{u−1}×d_l}
    private const string Lower = "L";   // W_l ∈ ℝ^{d_l×d_{l−1}}
    private const string Prefix = "P";  // S_{1,l−1} ∈ ℝ^{d_{l−1}×d₀} (diagonal block: S_{1,i−1} ∈ ℝ^{d_{i−1}×d₀})
    private const string DeltaUpper = "Du";
    private const string DeltaLower = "Dl";
    private const string GammaUpper = "Eu";
    private const string GammaLower = "El";

    private static readonly FreeExpr X = new FreeSymbol("X");
    private static readonly FreeExpr Y = new FreeSymbol("Y");

    /// <summary>
    /// The full all-depths derivation: segment rules, the gradient (3.2), every block kind with its boundary cases and
    /// its quadratic (Γ = Δ) form, symmetry, coverage of all (N, i, j), the double sum, the identity steps of the
    /// Hessian bound of Proposition 3.3, and three negative controls that must be rejected.
    /// </summary>
    /// <returns>The derivation; <see cref="Derivation.Proved"/> is true and the scope is all depths and dimensions.</returns>
    public static Derivation Hessian()
    {
        var steps = new List<DerivationStep>();
        bool proved = Preliminaries(steps);
        var cases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in new[] { HessianBlockKind.Diagonal, HessianBlockKind.LowerUpper, HessianBlockKind.UpperLower })
        {
            proved &= Block(steps, kind, CorrectedBlock, "the corrected nrt formula", squareSizes: false, cases);
        }

        proved &= Symmetry(steps);
        proved &= CoverageStep(steps, cases, "every (N, i, j) with 1 ≤ i, j ≤ N");
        proved &= DoubleSum(steps);
        proved &= BoundIdentities(steps);
        proved &= NegativeControls(steps, cases);
        return new Derivation(
            "Hessian of L^N for all depths: blocks, bilinear and quadratic form, symmetry (nrt §3.2, corrected; Proposition 3.3 identities)",
            @"\nabla^2L^N(\vec W)(\vec\Delta,\vec\Gamma) = \sum_{i,j=1}^N \langle Q_i(\vec W,\Delta_i), Q_j(\vec W,\Gamma_j)\rangle + \sum_{i\ne j}\langle WXX^T - YX^T, P_{i,j}(\vec W,\Delta_i,\Gamma_j)\rangle = \nabla^2L^N(\vec W)(\vec\Gamma,\vec\Delta)",
            "Hess L^N (D,G) = sum_{i,j} <Q_i(D_i), Q_j(G_j)> + sum_{i!=j} <W X X^T - Y X^T, P_ij(D_i,G_j)> = Hess L^N (G,D), for all N, i, j",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// The diagonal blocks for all depths: <c>⟨Δᵢ, ∂²L^N/∂Wᵢ² Δᵢ⟩ = ‖Qᵢ(W⃗, Δᵢ)‖²_F</c> (nrt §3.2) with the bilinear form,
    /// the boundary cases i = 1, i = N, N = 1 and the coverage of every (N, i).
    /// </summary>
    /// <returns>The derivation; proved for all depths and dimensions.</returns>
    public static Derivation DiagonalBlocks()
    {
        var steps = new List<DerivationStep>();
        bool proved = Preliminaries(steps);
        var cases = new HashSet<string>(StringComparer.Ordinal);
        proved &= Block(steps, HessianBlockKind.Diagonal, CorrectedBlock, "the nrt formula", squareSizes: false, cases);
        proved &= CoverageStep(steps, cases, "every (N, i) with 1 ≤ i ≤ N", diagonalOnly: true);
        return new Derivation(
            "Diagonal Hessian blocks of L^N for all depths (nrt §3.2)",
            @"\left\langle \Delta_i, \frac{\partial^2 L^N}{\partial W_i^2}\Gamma_i\right\rangle = \langle Q_i(\vec W,\Delta_i), Q_i(\vec W,\Gamma_i)\rangle,\quad \left\langle \Delta_i, \frac{\partial^2 L^N}{\partial W_i^2}\Delta_i\right\rangle = \|Q_i(\vec W,\Delta_i)\|_F^2",
            "<D_i, d2L/dWi^2 G_i> = <Q_i(D_i), Q_i(G_i)>, so <D_i, d2L/dWi^2 D_i> = ||Q_i||_F^2, for all N, i",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// The mixed blocks for all depths, corrected as in nrt's next display:
    /// <c>⟨Δᵢ, ∂²L^N/∂Wᵢ∂Wⱼ Γⱼ⟩ = ⟨Qᵢ(Δᵢ), Qⱼ(Γⱼ)⟩ + ⟨WXXᵀ − YXᵀ, P_{i,j}(Δᵢ, Γⱼ)⟩</c> for i &lt; j and i &gt; j, with the
    /// boundary cases, symmetry and the coverage of every (N, i, j), i ≠ j.
    /// </summary>
    /// <returns>The derivation; proved for all depths and dimensions.</returns>
    public static Derivation MixedBlocks()
    {
        var steps = new List<DerivationStep>();
        bool proved = Preliminaries(steps);
        var cases = new HashSet<string>(StringComparer.Ordinal);
        proved &= Block(steps, HessianBlockKind.LowerUpper, CorrectedBlock, "the corrected nrt formula", squareSizes: false, cases);
        proved &= Block(steps, HessianBlockKind.UpperLower, CorrectedBlock, "the corrected nrt formula", squareSizes: false, cases);
        proved &= Symmetry(steps);
        proved &= CoverageStep(steps, cases, "every (N, i, j) with 1 ≤ i ≠ j ≤ N", mixedOnly: true);
        return new Derivation(
            "Mixed Hessian blocks of L^N for all depths (nrt §3.2, corrected)",
            @"\left\langle \Delta_i, \frac{\partial^2 L^N}{\partial W_i\partial W_j}\Gamma_j\right\rangle = \langle Q_i(\vec W,\Delta_i), Q_j(\vec W,\Gamma_j)\rangle + \langle WXX^T - YX^T, P_{i,j}(\vec W,\Delta_i,\Gamma_j)\rangle\quad(i\ne j)",
            "<D_i, d2L/dWi dWj G_j> = <Q_i(D_i), Q_j(G_j)> + <W X X^T - Y X^T, P_ij(D_i,G_j)>, i != j, for all N, i, j",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// The corrected block formula of nrt §3.2 in block symbols: <c>⟨Qᵢ(Δ), Qⱼ(Γ)⟩</c>, plus
    /// <c>⟨(WX − Y)Xᵀ, P_{i,j}⟩</c> when i ≠ j, where <c>P_{i,j} = S·(direction of u)·M·(direction of l)·P</c>.
    /// </summary>
    internal static FreeExpr CorrectedBlock(HessianBlockKind kind, HessianBlockSymbols s)
    {
        var (qi, qj, mixed) = QAndP(kind, s);
        FreeExpr block = new FreeTrace(qi.T * qj);
        return mixed is null ? block : block + new FreeTrace(s.OuterGradient(kind).T * mixed);
    }

    /// <summary>Qᵢ(Δ), Qⱼ(Γ) and P_{i,j}(Δ, Γ) (null for a diagonal block) in block symbols.</summary>
    internal static (FreeExpr Qi, FreeExpr Qj, FreeExpr? Mixed) QAndP(HessianBlockKind kind, HessianBlockSymbols s) => kind switch
    {
        HessianBlockKind.Diagonal => (s.S * s.Delta * s.P * s.X, s.S * s.Gamma * s.P * s.X, null),
        HessianBlockKind.LowerUpper => (s.S * s.U * s.M * s.Delta * s.P * s.X, s.S * s.Gamma * s.M * s.L * s.P * s.X, s.S * s.Gamma * s.M * s.Delta * s.P),
        _ => (s.S * s.Delta * s.M * s.L * s.P * s.X, s.S * s.U * s.M * s.Gamma * s.P * s.X, s.S * s.Delta * s.M * s.Gamma * s.P),
    };

    /// <summary>
    /// The all-depths block formula instantiated at depth N: <c>Σ_{i,j} H_{ij}</c> written with W1…WN, the directions
    /// <paramref name="delta"/>1…N and <paramref name="gamma"/>1…N, X and Y, by substituting the segment products
    /// <c>S_{a,b} = W_b⋯W_a</c> (I when empty) for the block symbols of every pair (i, j).
    /// </summary>
    /// <param name="depth">N ≥ 1.</param>
    /// <param name="delta">Name prefix of the directions Δ⃗ (layer k gets <c>delta + k</c>).</param>
    /// <param name="gamma">Name prefix of the directions Γ⃗ (equal to <paramref name="delta"/> for the quadratic form).</param>
    /// <param name="block">The block formula (default <see cref="CorrectedBlock"/>).</param>
    internal static FreeExpr Instantiate(int depth, string delta, string gamma, Func<HessianBlockKind, HessianBlockSymbols, FreeExpr>? block = null)
    {
        block ??= CorrectedBlock;
        var w = Enumerable.Range(1, depth).Select(k => (FreeExpr)new FreeSymbol("W" + k.ToString(CultureInfo.InvariantCulture))).ToArray();
        FreeExpr Dir(string prefix, int k) => new FreeSymbol(prefix + k.ToString(CultureInfo.InvariantCulture));
        FreeExpr? sum = null;
        for (int i = 1; i <= depth; i++)
        {
            for (int j = 1; j <= depth; j++)
            {
                var kind = i == j ? HessianBlockKind.Diagonal : i < j ? HessianBlockKind.LowerUpper : HessianBlockKind.UpperLower;
                int u = Math.Max(i, j), l = Math.Min(i, j);
                var identity = new FreeIdentity();
                var s = kind == HessianBlockKind.Diagonal
                    ? new HessianBlockSymbols(SegmentProducts.Of(w, i + 1, depth), w[i - 1], identity, identity, SegmentProducts.Of(w, 1, i - 1), X, Y, Dir(delta, i), Dir(gamma, j))
                    : new HessianBlockSymbols(SegmentProducts.Of(w, u + 1, depth), w[u - 1], SegmentProducts.Of(w, l + 1, u - 1), w[l - 1], SegmentProducts.Of(w, 1, l - 1), X, Y, Dir(delta, i), Dir(gamma, j));
                var b = block(kind, s);
                sum = sum is null ? b : sum + b;
            }
        }

        return sum!;
    }

    /// <summary>
    /// One block kind against a claimed formula: the gradient (3.2) in block symbols, its derivative in the direction Γ
    /// of layer j paired with Δ, the comparison, the boundary substitutions and the quadratic (Γ = Δ) form. A claimed
    /// formula that is ill-typed raises <see cref="ShapeException"/>.
    /// </summary>
    /// <param name="steps">Steps are appended here.</param>
    /// <param name="kind">The block kind.</param>
    /// <param name="claimed">The claimed formula in block symbols.</param>
    /// <param name="claimedText">What the claim is, in words.</param>
    /// <param name="squareSizes">All sizes equal (so that shape-breaking mutations are well-typed and refuted by value).</param>
    /// <param name="cases">The proved case keys are added here.</param>
    /// <returns>Whether the generic case and every boundary case are proved.</returns>
    internal static bool Block(List<DerivationStep> steps, HessianBlockKind kind, Func<HessianBlockKind, HessianBlockSymbols, FreeExpr> claimed, string claimedText, bool squareSizes, ISet<string> cases)
    {
        var env = Env(squareSizes, kind);
        var s = Symbols(kind, Gamma(kind));
        string layerI = kind == HessianBlockKind.LowerUpper ? Lower : Upper;
        string name = KindText(kind);
        var r = (s.Product(kind) * X) - Y;
        var loss = CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r.T * r)), env);
        var gradientI = GradientOfLayerI(kind, s);
        var gradient = CanonicalForm.Of(gradientI, env);
        var check = loss.Gradient(layerI) - gradient;
        steps.Add(new DerivationStep(
            $"{name}: gradient (3.2) with segment composition",
            kind switch
            {
                HessianBlockKind.Diagonal => "W = S_{i+1,N}W_iS_{1,i−1} (S = S_{i+1,N}, U = W_i, P = S_{1,i−1}); (3.2): ∇_{W_i}L^N = S_{i+1,N}ᵀ∇L¹(W)S_{1,i−1}ᵀ; the trace-cyclicity gradient of ½tr(RᵀR) in these symbols minus it is " + check,
                HessianBlockKind.LowerUpper => "W = S_{j+1,N}W_jS_{i+1,j−1}W_iS_{1,i−1} (S = S_{j+1,N}, U = W_j, M = S_{i+1,j−1}, L = W_i, P = S_{1,i−1}); (3.2) with S_{i+1,N} = S_{j+1,N}W_jS_{i+1,j−1} (composition): ∇_{W_i}L^N = (S_{j+1,N}W_jS_{i+1,j−1})ᵀ∇L¹(W)S_{1,i−1}ᵀ; the trace-cyclicity gradient minus it is " + check,
                _ => "W = S_{i+1,N}W_iS_{j+1,i−1}W_jS_{1,j−1} (S = S_{i+1,N}, U = W_i, M = S_{j+1,i−1}, L = W_j, P = S_{1,j−1}); (3.2) with S_{1,i−1} = S_{j+1,i−1}W_jS_{1,j−1} (composition): ∇_{W_i}L^N = S_{i+1,N}ᵀ∇L¹(W)(S_{j+1,i−1}W_jS_{1,j−1})ᵀ; the trace-cyclicity gradient minus it is " + check,
            },
            gradient.ToLatex(),
            gradient.ToString()));
        bool proved = check.IsZero;
        var derived = Derived(kind, s, env);
        steps.Add(new DerivationStep(
            $"{name}: directional derivative of (3.2)",
            "H_{ij}(Δ_i, Γ_j) = ⟨Δ_i, ∂_{W_j}(∇_{W_i}L^N)[Γ_j]⟩: replace each occurrence of W_j in ⟨Δ_i, ∇_{W_i}L^N⟩ by Γ_j in turn (product rule; the segments S, M, P do not contain W_j), then canonical form (Du, Dl = Δ on the upper, lower layer; Eu, El = Γ on the upper, lower layer)",
            derived.ToLatex(),
            derived.ToString()));
        var claim = CanonicalForm.Of(claimed(kind, s), env);
        proved &= Compare(steps, $"{name}: generic case", derived, claim, claimedText);
        string[] boundary = kind == HessianBlockKind.Diagonal ? [Prefix, Suffix] : [Prefix, Suffix, Middle];
        bool genericOk = proved;
        if (genericOk)
        {
            cases.Add(CaseKey(kind, []));
        }

        for (int mask = 1; mask < (1 << boundary.Length); mask++)
        {
            var set = boundary.Where((_, k) => (mask & (1 << k)) != 0).ToArray();
            bool ok = BoundaryStep(steps, name + ": boundary " + BoundaryText(kind, set), derived, claim, set, env);
            proved &= ok;
            if (ok && genericOk)
            {
                cases.Add(CaseKey(kind, set));
            }
        }

        // The quadratic form: Γ = Δ in both sides (the direction of layer j is Δ_j).
        var toDelta = new Dictionary<string, CanonicalForm>
        {
            [GammaUpper] = CanonicalForm.Of(new FreeSymbol(DeltaUpper), env),
            [GammaLower] = CanonicalForm.Of(new FreeSymbol(DeltaLower), env),
        };
        var quadratic = derived.Substitute(toDelta);
        var printed = CanonicalForm.Of(claimed(kind, Symbols(kind, Delta(kind, forLayerJ: true))), env);
        proved &= Compare(steps, $"{name}: quadratic form (Γ = Δ)", quadratic, printed, kind == HessianBlockKind.Diagonal ? "‖Q_i(W⃗, Δ_i)‖²_F as printed" : "⟨Q_i, Q_j⟩ + ⟨WXXᵀ − YXᵀ, P_{i,j}(W⃗, Δ_i, Δ_j)⟩ (P_{i,j} as printed for " + (kind == HessianBlockKind.LowerUpper ? "j > i" : "j < i") + ")");
        return proved;
    }

    /// <summary>
    /// Coverage: every (N, i, j) (N = 1…<paramref name="maxDepth"/>, which reaches every class) falls into a proved case;
    /// a case is the block kind and the set of empty segments, which depends only on [i = 1], [j = N], [j = i + 1] (and
    /// their mirror images), so the classes are finite and the same for all N ≥ 5.
    /// </summary>
    /// <returns>Null when covered, otherwise the first (N, i, j) whose case is not proved and the case key.</returns>
    internal static string? FirstUncovered(IReadOnlySet<string> cases, int maxDepth, bool diagonalOnly = false, bool mixedOnly = false)
    {
        for (int n = 1; n <= maxDepth; n++)
        {
            for (int i = 1; i <= n; i++)
            {
                for (int j = 1; j <= n; j++)
                {
                    if ((diagonalOnly && i != j) || (mixedOnly && i == j))
                    {
                        continue;
                    }

                    string key = Classify(n, i, j);
                    if (!cases.Contains(key))
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"N = {n}, i = {i}, j = {j} (case {key})");
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The case key of (N, i, j): block kind and which of P = S_{1,l−1}, S = S_{u+1,N}, M = S_{l+1,u−1} are empty.</summary>
    internal static string Classify(int n, int i, int j)
    {
        var kind = i == j ? HessianBlockKind.Diagonal : i < j ? HessianBlockKind.LowerUpper : HessianBlockKind.UpperLower;
        int u = Math.Max(i, j), l = Math.Min(i, j);
        var empty = new List<string>();
        if (l == 1)
        {
            empty.Add(Prefix);
        }

        if (u == n)
        {
            empty.Add(Suffix);
        }

        if (kind != HessianBlockKind.Diagonal && u == l + 1)
        {
            empty.Add(Middle);
        }

        return CaseKey(kind, empty);
    }

    private static string CaseKey(HessianBlockKind kind, IEnumerable<string> empty) =>
        kind + ":" + string.Join(",", empty.OrderBy(x => x, StringComparer.Ordinal));

    private static bool Preliminaries(List<DerivationStep> steps)
    {
        steps.AddRange(SegmentProducts.Rules(out bool rules));
        var gradient = DepthGenericProofs.Gradient();
        steps.Add(new DerivationStep(
            "gradient (3.2), all depths",
            "∇_{W_i}L^N = S_{i+1,N}ᵀ(WX − Y)XᵀS_{1,i−1}ᵀ for every N and i is " + (gradient.Proved ? "proved" : "NOT proved") + " (dlv derive --what gradient --mode all-depths); the blocks below differentiate it",
            @"\nabla_{W_i}L^N = S_{i+1,N}^T\,(WX - Y)X^T\,S_{1,i-1}^T",
            "grad_{W_i} L^N = S_{i+1,N}^T (W X - Y) X^T S_{1,i-1}^T"));
        steps.Add(new DerivationStep(
            "rule: second derivative as a double sum of blocks",
            "L^N is a polynomial in (W_1, …, W_N); d/ds d/dt L^N(W⃗ + tΔ⃗ + sΓ⃗) at 0 equals Σ_i D_{Γ⃗}⟨Δ_i, ∇_{W_i}L^N⟩ (definition of the gradient) = Σ_i Σ_j ⟨Δ_i, ∂_{W_j}(∇_{W_i}L^N)[Γ_j]⟩ (the derivative in direction Γ⃗ is the sum of the partial derivatives in Γ_1, …, Γ_N); each block H_{ij} is proved below for symbolic i, j",
            @"\nabla^2L^N(\vec W)(\vec\Delta,\vec\Gamma) = \sum_{i=1}^N\sum_{j=1}^N H_{ij}(\Delta_i,\Gamma_j),\quad H_{ij}(\Delta_i,\Gamma_j) = \left\langle\Delta_i, \partial_{W_j}\left(\nabla_{W_i}L^N\right)[\Gamma_j]\right\rangle",
            "Hess(D,G) = sum_i sum_j H_ij(D_i, G_j)"));
        return rules && gradient.Proved;
    }

    private static bool Symmetry(List<DerivationStep> steps)
    {
        bool proved = true;
        foreach (var kind in new[] { HessianBlockKind.Diagonal, HessianBlockKind.LowerUpper })
        {
            var env = Env(squareSizes: false, kind);
            var forward = Derived(kind, Symbols(kind, Gamma(kind)), env);
            var backward = kind == HessianBlockKind.Diagonal
                ? Derived(kind, Symbols(kind, new FreeSymbol(GammaUpper)) with { Delta = new FreeSymbol(GammaUpper), Gamma = new FreeSymbol(DeltaUpper) }, env)
                : Derived(HessianBlockKind.UpperLower, Symbols(HessianBlockKind.UpperLower, new FreeSymbol(DeltaLower)) with { Delta = new FreeSymbol(GammaUpper) }, env);
            proved &= Compare(
                steps,
                kind == HessianBlockKind.Diagonal ? "symmetry: H_{ii}(Δ_i, Γ_i) = H_{ii}(Γ_i, Δ_i)" : "symmetry: H_{ij}(Δ_i, Γ_j) = H_{ji}(Γ_j, Δ_i), i < j",
                forward,
                backward,
                kind == HessianBlockKind.Diagonal ? "the block with Δ_i and Γ_i exchanged (both derived from (3.2))" : "the (j, i) block with the directions exchanged (derived from (3.2) of layer j)");
        }

        steps.Add(new DerivationStep(
            "rule: symmetry of the double sum",
            "∇²L^N(Δ⃗, Γ⃗) = Σ_{i,j}H_{ij}(Δ_i, Γ_j) = Σ_{i,j}H_{ji}(Γ_j, Δ_i) (the block symmetries above; the case i > j is the case i < j with the names exchanged) = Σ_{j,i}H_{ji}(Γ_j, Δ_i) (reindexing a finite double sum) = ∇²L^N(Γ⃗, Δ⃗)",
            @"\nabla^2L^N(\vec W)(\vec\Delta,\vec\Gamma) = \nabla^2L^N(\vec W)(\vec\Gamma,\vec\Delta)",
            "Hess(D,G) = Hess(G,D)"));
        return proved;
    }

    private static bool CoverageStep(List<DerivationStep> steps, IReadOnlySet<string> cases, string what, bool diagonalOnly = false, bool mixedOnly = false)
    {
        const int depths = 6;
        string? missing = FirstUncovered(cases, depths, diagonalOnly, mixedOnly);
        steps.Add(new DerivationStep(
            missing is null ? "case split: exhaustive" : "case split: NOT exhaustive",
            missing is null
                ? $"{what} falls in one of the {cases.Count} proved cases: the case of (N, i, j) is the block kind (i = j, i < j, i > j) and which segments are empty — the prefix when min(i, j) = 1, the suffix when max(i, j) = N, the middle when |i − j| = 1 — so there are at most 4 + 8 + 8 classes, all met by N ≤ 5 and checked for N ≤ {depths}. (A boundary case is also a substitution instance of the generic identity, which holds for all matrices of the declared sizes; it is checked as its own step so that the paper's convention that an empty product is Id is exercised.)"
                : $"the case of {missing} is not among the proved cases",
            string.Empty,
            missing is null ? string.Join("; ", cases.OrderBy(c => c, StringComparer.Ordinal)) : missing));
        return missing is null;
    }

    private static bool DoubleSum(List<DerivationStep> steps)
    {
        // The inductive step of Σ_{i,j≤n}⟨Q_i, Q_j⟩ = ‖Σ_{i≤n} Q_i‖²_F: with Z = Σ_{i≤n}Q_i and Q = Q_{n+1},
        // ‖Z + Q‖² = ‖Z‖² + ⟨Z, Q⟩ + ⟨Q, Z⟩ + ‖Q‖², where ⟨Z, Q⟩ = Σ_{i≤n}⟨Q_i, Q⟩ by linearity.
        var env = new ShapeEnvironment().Declare("Z", "dN", "m").Declare("Q", "dN", "m");
        var z = new FreeSymbol("Z");
        var q = new FreeSymbol("Q");
        var step = CanonicalForm.Of(new FreeTrace((z + q).T * (z + q)), env)
            - CanonicalForm.Of(new FreeTrace(z.T * z) + new FreeTrace(z.T * q) + new FreeTrace(q.T * z) + new FreeTrace(q.T * q), env);
        steps.Add(new DerivationStep(
            "rule: sum of the block identities",
            "summing the proved blocks over all (i, j) (each pair in exactly one proved case): ∇²L^N(Δ⃗, Γ⃗) = Σ_{i,j}⟨Q_i(Δ_i), Q_j(Γ_j)⟩ + Σ_{i≠j}⟨WXXᵀ − YXᵀ, P_{i,j}(Δ_i, Γ_j)⟩; at Γ⃗ = Δ⃗, splitting the diagonal off the finite double sum (Σ_{i,j} = Σ_{i=j} + Σ_{i≠j}) gives the printed display",
            @"\nabla^2L^N(\vec W)(\vec\Delta,\vec\Delta) = \sum_{i=1}^N\|Q_i\|_F^2 + \sum_{i\ne j}\langle Q_i,Q_j\rangle + \sum_{i\ne j}\langle WXX^T - YX^T, P_{i,j}\rangle",
            "Hess(D,D) = sum_i ||Q_i||^2 + sum_{i!=j} <Q_i,Q_j> + sum_{i!=j} <W X X^T - Y X^T, P_ij>"));
        steps.Add(new DerivationStep(
            "induction: Σ_{i,j}⟨Q_i, Q_j⟩ = ‖Σ_i Q_i‖²_F",
            "induction on the number of terms; the step with Z = Σ_{i≤n}Q_i, Q = Q_{n+1}: ‖Z + Q‖² − (‖Z‖² + ⟨Z, Q⟩ + ⟨Q, Z⟩ + ‖Q‖²) = " + step + " (canonical form), and ⟨Z, Q⟩ = Σ_{i≤n}⟨Q_i, Q⟩ by linearity",
            @"\sum_{i,j=1}^N\langle Q_i,Q_j\rangle = \Big\|\sum_{i=1}^N Q_i\Big\|_F^2",
            step.ToString()));
        return step.IsZero;
    }

    private static bool Compare(List<DerivationStep> steps, string rule, CanonicalForm a, CanonicalForm b, string what)
    {
        var difference = a - b;
        steps.Add(new DerivationStep(
            difference.IsZero ? rule : rule + " (mismatch)",
            difference.IsZero ? $"equal to {what}: the canonical difference is 0" : $"differs from {what}: the canonical difference is not 0",
            difference.ToLatex(),
            difference.ToString()));
        return difference.IsZero;
    }

    private static bool BoundaryStep(List<DerivationStep> steps, string rule, CanonicalForm a, CanonicalForm b, string[] symbols, ShapeEnvironment env)
    {
        var identity = CanonicalForm.Of(new FreeIdentity(), env);
        var substitution = symbols.ToDictionary(x => x, _ => identity);
        var difference = a.Substitute(substitution) - b.Substitute(substitution);
        steps.Add(new DerivationStep(
            difference.IsZero ? rule : rule + " (mismatch)",
            "substitute the empty segments " + string.Join(", ", symbols.Select(SegmentText)) + " = I in both sides: the canonical difference is " + (difference.IsZero ? "0" : "not 0"),
            difference.ToLatex(),
            difference.ToString()));
        return difference.IsZero;
    }

    /// <summary>(3.2) for layer i in block symbols: the suffix of layer i and the prefix of layer i are written with segment composition.</summary>
    private static FreeExpr GradientOfLayerI(HessianBlockKind kind, HessianBlockSymbols s)
    {
        var g = s.OuterGradient(kind);
        return kind switch
        {
            HessianBlockKind.Diagonal => s.S.T * g * s.P.T,
            HessianBlockKind.LowerUpper => (s.S * s.U * s.M).T * g * s.P.T,
            _ => s.S.T * g * (s.M * s.L * s.P).T,
        };
    }

    /// <summary>H_{ij}(Δ, Γ) = ⟨Δ, ∂_{W_j}(∇_{W_i}L^N)[Γ]⟩: every occurrence of W_j in ⟨Δ, (3.2)⟩ replaced by Γ in turn.</summary>
    private static CanonicalForm Derived(HessianBlockKind kind, HessianBlockSymbols s, ShapeEnvironment env)
    {
        string layerJ = kind == HessianBlockKind.UpperLower ? Lower : Upper;
        return CanonicalForm.Of(new FreeTrace(s.Delta.T * GradientOfLayerI(kind, s)), env).Derivative(new Dictionary<string, string> { [layerJ] = ((FreeSymbol)s.Gamma).Name });
    }

    private static HessianBlockSymbols Symbols(HessianBlockKind kind, FreeExpr gamma) => new(
        new FreeSymbol(Suffix),
        new FreeSymbol(Upper),
        new FreeSymbol(Middle),
        new FreeSymbol(Lower),
        new FreeSymbol(Prefix),
        X,
        Y,
        Delta(kind, forLayerJ: false),
        gamma);

    // The direction Δ of layer i (forLayerJ false) or of layer j (for the quadratic form Γ = Δ).
    private static FreeSymbol Delta(HessianBlockKind kind, bool forLayerJ)
    {
        bool lower = forLayerJ ? kind == HessianBlockKind.UpperLower : kind == HessianBlockKind.LowerUpper;
        return new FreeSymbol(lower ? DeltaLower : DeltaUpper);
    }

    private static FreeSymbol Gamma(HessianBlockKind kind) => new(kind == HessianBlockKind.UpperLower ? GammaLower : GammaUpper);

    // For a diagonal block P = S_{1,i−1} follows U = W_i directly (d_{i−1}×d₀); M and L are not used.
    private static ShapeEnvironment Env(bool squareSizes, HessianBlockKind kind)
    {
        string Size(string d) => squareSizes ? "n" : d;
        var env = new ShapeEnvironment();
        foreach (var (name, rows, columns) in new[]
        {
            (Suffix, "dN", "du"), (Upper, "du", "dum1"), (Middle, "dum1", "dl"), (Lower, "dl", "dlm1"), (Prefix, kind == HessianBlockKind.Diagonal ? "dum1" : "dlm1", "d0"),
            (DeltaUpper, "du", "dum1"), (GammaUpper, "du", "dum1"), (DeltaLower, "dl", "dlm1"), (GammaLower, "dl", "dlm1"),
            ("X", "d0", "m"), ("Y", "dN", "m"),
        })
        {
            env = env.Declare(name, Size(rows), columns == "m" ? "m" : Size(columns));
        }

        return env;
    }

    private static string KindText(HessianBlockKind kind) => kind switch
    {
        HessianBlockKind.Diagonal => "block i = j",
        HessianBlockKind.LowerUpper => "block i < j",
        _ => "block i > j",
    };

    private static string SegmentText(string symbol) => symbol switch
    {
        Prefix => "P (prefix segment)",
        Suffix => "S (suffix segment)",
        _ => "M (middle segment)",
    };

    private static string BoundaryText(HessianBlockKind kind, string[] empty)
    {
        var parts = new List<string>();
        foreach (var e in empty)
        {
            parts.Add((kind, e) switch
            {
                (HessianBlockKind.Diagonal, Prefix) => "i = 1 (S_{1,0} = I)",
                (HessianBlockKind.Diagonal, _) => "i = N (S_{N+1,N} = I)",
                (HessianBlockKind.LowerUpper, Prefix) => "i = 1 (S_{1,0} = I)",
                (HessianBlockKind.LowerUpper, Suffix) => "j = N (S_{N+1,N} = I)",
                (HessianBlockKind.LowerUpper, _) => "j = i + 1 (S_{i+1,i} = I)",
                (_, Prefix) => "j = 1 (S_{1,0} = I)",
                (_, Suffix) => "i = N (S_{N+1,N} = I)",
                _ => "i = j + 1 (S_{j+1,j} = I)",
            });
        }

        return string.Join(", ", parts);
    }
}
