using System.Globalization;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// Proofs at a given depth N for all dimensions at once (mode <c>free</c>): symbols <c>W_j ∈ ℝ^{d_j×d_{j−1}}</c>,
/// <c>X ∈ ℝ^{d₀×m}</c>, <c>Y ∈ ℝ^{d_N×m}</c> with symbolic sizes, <c>L^N = ½tr(RᵀR)</c>, <c>R = W_N⋯W₁X − Y</c> (nrt §3);
/// every identity is decided by noncommutative canonical forms (<see cref="CanonicalForm"/>), so it holds for all
/// dimensions d₀, …, d_N, m at the given depth. Depths 1 to <see cref="MaxDepth"/>.
/// </summary>
public static class FreeProofs
{
    /// <summary>The largest depth accepted, as for <c>dlv derive --depth</c> (the Hessian form at N = 64 has about 16 000 terms and takes seconds).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// nrt (3.2) for each j = 1, …, N at depth N: the gradient of L^N in W_j obtained by trace cyclicity equals
    /// <c>W_{j+1}ᵀ⋯W_Nᵀ(WX − Y)XᵀW₁ᵀ⋯W_{j−1}ᵀ</c>.
    /// </summary>
    /// <param name="depth">N, in [1, <see cref="MaxDepth"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="depth"/> is outside [1, <see cref="MaxDepth"/>].</exception>
    public static Derivation Gradient(int depth) => Gradient(depth, ClosedForm);

    /// <summary>The gradient proof against a claimed closed form <c>(W₁…W_N, j) ↦ ∇_{W_j}</c> (tests pass mutated formulas).</summary>
    internal static Derivation Gradient(int depth, Func<FreeExpr[], int, FreeExpr> closedForm)
    {
        var (env, w) = Setup(depth);
        var steps = new List<DerivationStep>();
        var loss = Loss(env, w);
        steps.Add(new DerivationStep("canonical-form", $"expand L^N for N = {depth} ({loss.Terms.Count} terms)", loss.ToLatex(), loss.ToString()));
        bool proved = true;
        for (int j = 1; j <= depth; j++)
        {
            var gradient = loss.Gradient(Name(j));
            var closed = CanonicalForm.Of(closedForm(w, j), env);
            var difference = gradient - closed;
            proved &= difference.IsZero;
            steps.Add(new DerivationStep("trace-cyclicity", $"∇_{{W_{j}}}L^N by trace cyclicity, compared with nrt (3.2): difference {difference}", gradient.ToLatex(), gradient.ToString()));
        }

        return new Derivation($"Gradient formula nrt (3.2), N = {depth}, all dimensions", @"\nabla_{W_j} L^N = W_{j+1}^T\cdots W_N^T (WX - Y)X^T W_1^T\cdots W_{j-1}^T", "grad_{W_j} L^N = closed form (3.2)", ProofScope.AllDimensions, proved, steps);
    }

    /// <summary>
    /// The flow invariant nrt (2.3) for every j = 1, …, N − 1 at depth N: along <c>Ẇ_k = −∇_{W_k}L^N</c> (closed form (3.2)),
    /// <c>d/dt(W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) = 0</c>. For N = 1 there is nothing to prove (no pairs).
    /// </summary>
    /// <param name="depth">N, in [1, <see cref="MaxDepth"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="depth"/> is outside [1, <see cref="MaxDepth"/>].</exception>
    public static Derivation FlowInvariant(int depth) => FlowInvariant(depth, ClosedForm);

    /// <summary>The flow-invariant proof with velocities <c>Ẇ_j = −gradient(W, j)</c> (tests pass mutated gradients).</summary>
    internal static Derivation FlowInvariant(int depth, Func<FreeExpr[], int, FreeExpr> gradient)
    {
        var (env, w) = Setup(depth);
        var steps = new List<DerivationStep>();
        var gradients = Enumerable.Range(1, depth).Select(j => CanonicalForm.Of(gradient(w, j), env)).ToArray();
        bool proved = true;
        if (depth == 1)
        {
            steps.Add(VacuousStep());
        }

        for (int j = 1; j < depth; j++)
        {
            var invariant = CanonicalForm.Of((w[j].T * w[j]) - (w[j - 1] * w[j - 1].T), env);
            var derivative = invariant.Derivative(new Dictionary<string, string> { [Name(j)] = "D" + j, [Name(j + 1)] = "D" + (j + 1) })
                .Substitute(new Dictionary<string, CanonicalForm> { ["D" + j] = CanonicalForm.FromTerms([]) - gradients[j - 1], ["D" + (j + 1)] = CanonicalForm.FromTerms([]) - gradients[j] });
            proved &= derivative.IsZero;
            steps.Add(new DerivationStep("product-rule", string.Create(CultureInfo.InvariantCulture, $"d/dt(W_{j + 1}ᵀW_{j + 1} − W_{j}W_{j}ᵀ) along Ẇ = −∇L^N (closed form (3.2)), canonical form"), derivative.ToLatex(), derivative.ToString()));
        }

        return new Derivation($"Flow invariant, N = {depth}, all dimensions", @"\frac{d}{dt}(W_{j+1}^TW_{j+1} - W_jW_j^T) = 0", "d/dt (W_{j+1}^T W_{j+1} - W_j W_j^T) = 0", ProofScope.AllDimensions, proved, steps);
    }

    /// <summary>
    /// The exact change of every invariant under one gradient-descent step <c>W_k⁺ = W_k − ηG_k</c> at depth N:
    /// <c>η²(G_{j+1}ᵀG_{j+1} − G_jG_jᵀ)</c> with <c>G_k = ∇_{W_k}L^N</c> (acgh proof of Lemma 2, eq. (35); dhl Claim B.1).
    /// </summary>
    /// <param name="depth">N, in [1, <see cref="MaxDepth"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="depth"/> is outside [1, <see cref="MaxDepth"/>].</exception>
    public static Derivation GradientStepChange(int depth) => GradientStepChange(depth, 2, Rational.One);

    /// <summary>The one-step proof against the claimed change <c>c·η^p(G_{j+1}ᵀG_{j+1} − G_jG_jᵀ)</c> (tests pass wrong p or c).</summary>
    internal static Derivation GradientStepChange(int depth, int etaPower, Rational coefficient)
    {
        var (env, w) = Setup(depth);
        env = env.DeclareScalar("eta");
        var eta = new FreeSymbol("eta");
        var g = Enumerable.Range(1, depth).Select(j => ClosedForm(w, j)).ToArray();
        var plus = Enumerable.Range(0, depth).Select(k => w[k] - (eta * g[k])).ToArray();
        var steps = new List<DerivationStep>();
        bool proved = true;
        if (depth == 1)
        {
            steps.Add(VacuousStep());
        }

        for (int j = 1; j < depth; j++)
        {
            var change = CanonicalForm.Of(((plus[j].T * plus[j]) - (plus[j - 1] * plus[j - 1].T)) - ((w[j].T * w[j]) - (w[j - 1] * w[j - 1].T)), env);
            FreeExpr factor = new FreeScale(coefficient, new FreePower(eta, etaPower));
            var claimed = CanonicalForm.Of(factor * ((g[j].T * g[j]) - (g[j - 1] * g[j - 1].T)), env);
            var difference = change - claimed;
            proved &= difference.IsZero;
            steps.Add(new DerivationStep("canonical-form", $"pair j = {j}: change − η²(G_{j + 1}ᵀG_{j + 1} − G_{j}G_{j}ᵀ) = {difference}", difference.ToLatex(), difference.ToString()));
        }

        return new Derivation($"One-step change of the invariant, N = {depth}, all dimensions", @"\Delta(W_{j+1}^TW_{j+1} - W_jW_j^T) = \eta^2(G_{j+1}^TG_{j+1} - G_jG_j^T)", "change = eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T)", ProofScope.AllDimensions, proved, steps);
    }

    /// <summary>
    /// The Hessian quadratic form of nrt §3.1 at depth N for all dimensions: the second directional derivative of
    /// <c>L^N</c> along Δ equals <c>Σ_{i,j}⟨Q_i, Q_j⟩ + Σ_{i≠j}⟨WXXᵀ − YXᵀ, P_{i,j}⟩</c>.
    /// Here <c>Q_i = W_N⋯W_{i+1}E_iW_{i−1}⋯W₁X</c> and <c>P_{i,j}</c> is W with <c>W_i, W_j</c> replaced by <c>E_i, E_j</c>;
    /// the left side is the second directional derivative <c>d²/dt² L^N(W + tE)</c> at t = 0 (product rule twice).
    /// </summary>
    /// <param name="depth">N, in [1, <see cref="MaxDepth"/>].</param>
    /// <exception cref="ArgumentOutOfRangeException">If <paramref name="depth"/> is outside [1, <see cref="MaxDepth"/>].</exception>
    public static Derivation Hessian(int depth)
    {
        var (env, w) = Setup(depth);
        for (int j = 1; j <= depth; j++)
        {
            env = env.Declare("E" + j, "d" + j, "d" + (j - 1));
        }

        var directions = Enumerable.Range(1, depth).ToDictionary(Name, j => "E" + j);
        var loss = Loss(env, w);
        var second = loss.Derivative(directions).Derivative(directions);
        FreeExpr Replace(params int[] layers)
        {
            FreeExpr p = layers.Contains(1) ? new FreeSymbol("E1") : w[0];
            for (int k = 2; k <= depth; k++)
            {
                p = (layers.Contains(k) ? new FreeSymbol("E" + k) : w[k - 1]) * p;
            }

            return p;
        }

        var x = new FreeSymbol("X");
        var y = new FreeSymbol("Y");
        var sumQ = Enumerable.Range(1, depth).Select(i => Replace(i) * x).Aggregate((a, b) => a + b);
        FreeExpr formula = new FreeTrace(sumQ.T * sumQ);
        var outer = ((Replace() * x) - y) * x.T;
        for (int i = 1; i <= depth; i++)
        {
            for (int j = 1; j <= depth; j++)
            {
                if (i != j)
                {
                    formula += new FreeTrace(outer.T * Replace(i, j));
                }
            }
        }

        var expected = CanonicalForm.Of(formula, env);
        var difference = second - expected;
        var steps = new List<DerivationStep>
        {
            new("second-directional-derivative", $"differentiate L^N twice in the direction Δ = (E₁,…,E_N) ({second.Terms.Count} terms)", second.ToLatex(), second.ToString()),
            new("canonical-form", "compare with Σ_{i,j}⟨Q_i,Q_j⟩ + Σ_{i≠j}⟨WXXᵀ − YXᵀ, P_{i,j}⟩ (the paper prints ⟨L^N(W), P_{i,j}⟩ in the display of the mixed derivatives, a scalar paired with a matrix; its next display uses A_ξXXᵀ − YXᵀ)", difference.ToLatex(), difference.ToString()),
        };
        return new Derivation($"Hessian quadratic form of nrt §3.1, N = {depth}, all dimensions", @"\nabla^2L^N(W)(\Delta,\Delta) = \sum_{i,j}\langle Q_i,Q_j\rangle + \sum_{i\ne j}\langle WXX^T - YX^T, P_{i,j}\rangle", "Hess L^N (D,D) = sum <Q_i,Q_j> + sum_{i!=j} <W X X^T - Y X^T, P_ij>", ProofScope.AllDimensions, difference.IsZero, steps);
    }

    private static DerivationStep VacuousStep() => new(
        "vacuous: N = 1",
        "a network of depth 1 has no pair of adjacent layers, so there is no invariant W_{j+1}ᵀW_{j+1} − W_jW_jᵀ (1 ≤ j < N) to check",
        string.Empty,
        string.Empty);

    private static string Name(int j) => "W" + j.ToString(CultureInfo.InvariantCulture);

    private static (ShapeEnvironment Env, FreeExpr[] W) Setup(int depth)
    {
        if (depth < 1 || depth > MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, string.Create(CultureInfo.InvariantCulture, $"FreeProofs: argument 'depth' is {depth}; it must lie in [1, {MaxDepth}]."));
        }

        var env = new ShapeEnvironment();
        var w = new FreeExpr[depth];
        for (int j = 1; j <= depth; j++)
        {
            env = env.Declare(Name(j), "d" + j, "d" + (j - 1));
            w[j - 1] = new FreeSymbol(Name(j));
        }

        env = env.Declare("X", "d0", "m").Declare("Y", "d" + depth, "m");
        return (env, w);
    }

    private static CanonicalForm Loss(ShapeEnvironment env, FreeExpr[] w)
    {
        var product = w.Skip(1).Aggregate(w[0], (p, f) => f * p);
        var r = (product * new FreeSymbol("X")) - new FreeSymbol("Y");
        return CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r.T * r)), env);
    }

    private static FreeExpr ClosedForm(FreeExpr[] w, int j)
    {
        int n = w.Length;
        var x = new FreeSymbol("X");
        var product = w.Skip(1).Aggregate(w[0], (p, f) => f * p);
        FreeExpr result = ((product * x) - new FreeSymbol("Y")) * x.T;
        for (int k = n; k >= j + 1; k--)
        {
            result = w[k - 1].T * result; // W_{j+1}ᵀ⋯W_Nᵀ on the left
        }

        for (int k = 1; k <= j - 1; k++)
        {
            result = result * w[k - 1].T; // W₁ᵀ⋯W_{j−1}ᵀ on the right
        }

        return result;
    }
}
