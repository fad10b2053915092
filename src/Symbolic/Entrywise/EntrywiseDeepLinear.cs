using System.Globalization;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Entrywise;

/// <summary>
/// Exact entry-wise proofs for deep linear networks of given widths: the gradient formula nrt (3.2) derived by
/// differentiating the expanded <c>L^N</c>; the Hessian quadratic form of nrt §3.1; the flow invariant
/// <c>d/dt(W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) = 0</c> along <c>Ẇ_j = −∇_{W_j}L^N</c> (nrt (2.3), acgh/dhl); and the exact change of
/// the invariant under one gradient-descent step, <c>η²(G_{j+1}ᵀG_{j+1} − G_jG_jᵀ)</c> (acgh Lemma 2, dhl Claim B.1).
/// Each result is a <see cref="Derivation"/> whose <c>Proved</c> flag is the honest outcome of canonical-form comparison.
/// </summary>
public static class EntrywiseDeepLinear
{
    /// <summary>Derives <c>∇_{W_j}L^N</c> by entry-wise differentiation and proves it equal to nrt (3.2) for every j.</summary>
    public static Derivation ProveGradient(int[] dims, int samples, bool symbolicData)
    {
        var s = new DeepLinearSymbols(dims, samples, symbolicData);
        var steps = new List<DerivationStep> { Setup(s), Expand(s) };
        bool proved = true;
        for (int j = 1; j <= s.Depth; j++)
        {
            var derived = EntrywiseCalculus.Gradient(s.Loss, s.Factors[j - 1]);
            var closed = s.ClosedFormGradient(j);
            var outcome = EntrywiseIdentity.Check(derived, closed, s.Names);
            proved &= outcome.Proved;
            steps.Add(new DerivationStep("partial-derivatives", $"differentiate L^N with respect to each of the {dims[j] * dims[j - 1]} entries of W_{j} ({derived.TermCount} terms)", $@"\nabla_{{W_{j}}} L^N = \left(\frac{{\partial L^N}}{{\partial (W_{j})_{{ab}}}}\right)_{{ab}}", string.Empty));
            steps.Add(Compare(outcome, $@"\nabla_{{W_{j}}} L^N = {TransposedChain(j + 1, s.Depth)}\,\nabla L^1(W)\,{TransposedPrefix(j - 1)}", $"grad_W{j} L^N = closed form (3.2)", closed.TermCount));
        }

        return new Derivation(
            "Gradient of L^N equals nrt (3.2)",
            @"\nabla_{W_j} L^N(W_1,\dots,W_N) = W_{j+1}^T\cdots W_N^T\,(WXX^T - YX^T)\,W_1^T\cdots W_{j-1}^T,\quad j = 1,\dots,N",
            "grad_{W_j} L^N = W_{j+1}^T...W_N^T (W X X^T - Y X^T) W_1^T...W_{j-1}^T for all j",
            ProofScope.EntrywiseGivenDimensions,
            proved,
            steps);
    }

    /// <summary>Proves the flow invariant entry-wise for every pair j = 1..N−1.</summary>
    public static Derivation ProveFlowInvariant(int[] dims, int samples, bool symbolicData)
    {
        var s = new DeepLinearSymbols(dims, samples, symbolicData);
        var steps = new List<DerivationStep> { Setup(s), Expand(s) };
        var field = new Dictionary<int, Polynomial>();
        for (int j = 1; j <= s.Depth; j++)
        {
            var g = EntrywiseCalculus.Gradient(s.Loss, s.Factors[j - 1]);
            for (int a = 0; a < g.Rows; a++)
            {
                for (int b = 0; b < g.Columns; b++)
                {
                    field[s.Factors[j - 1].VariableAt(a, b)] = -g[a, b];
                }
            }
        }

        steps.Add(new DerivationStep("vector-field", "the gradient flow Ẇ_j = −∇_{W_j}L^N, with the gradient obtained by entry-wise differentiation", @"\dot W_j = -\nabla_{W_j} L^N", "dW_j/dt = -grad_{W_j} L^N"));
        bool proved = true;
        for (int j = 1; j < s.Depth; j++)
        {
            var invariant = (s.Factors[j].Transpose() * s.Factors[j]) - (s.Factors[j - 1] * s.Factors[j - 1].Transpose());
            var derivative = EntrywiseCalculus.TimeDerivative(invariant, field);
            var outcome = EntrywiseIdentity.Check(derivative, SymbolicMatrix.Zero(derivative.Rows, derivative.Columns), s.Names);
            proved &= outcome.Proved;
            steps.Add(new DerivationStep("chain-rule", $"d/dt of each entry of W_{j + 1}ᵀW_{j + 1} − W_jW_jᵀ as Σ_w ∂F/∂w · ẇ", $@"\frac{{d}}{{dt}}\left(W_{{{j + 1}}}^TW_{{{j + 1}}} - W_{j}W_{j}^T\right) = \sum_w \frac{{\partial F}}{{\partial w}}\,\dot w", string.Empty));
            steps.Add(Compare(outcome, $@"\frac{{d}}{{dt}}\left(W_{{{j + 1}}}^TW_{{{j + 1}}} - W_{j}W_{j}^T\right) = 0", $"d/dt (W{j + 1}^T W{j + 1} - W{j} W{j}^T) = 0", 0));
        }

        return new Derivation(
            "Flow invariant of gradient flow (nrt (2.3))",
            @"\frac{d}{dt}\left(W_{j+1}^TW_{j+1} - W_jW_j^T\right) = 0,\quad j = 1,\dots,N-1",
            "d/dt (W_{j+1}^T W_{j+1} - W_j W_j^T) = 0 along dW_j/dt = -grad_{W_j} L^N",
            ProofScope.EntrywiseGivenDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// Proves <c>(W⁺_{j+1})ᵀW⁺_{j+1} − W⁺_j(W⁺_j)ᵀ − (W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) = η²(G_{j+1}ᵀG_{j+1} − G_jG_jᵀ)</c> with
    /// <c>W⁺_j = W_j − ηG_j</c>, <c>G_j = ∇_{W_j}L^N</c>, η a variable.
    /// </summary>
    public static Derivation ProveGradientStepChange(int[] dims, int samples, bool symbolicData)
    {
        var s = new DeepLinearSymbols(dims, samples, symbolicData);
        int etaId = s.Names.Fresh("eta", @"\eta");
        var eta = Polynomial.Variable(etaId);
        var steps = new List<DerivationStep> { Setup(s), Expand(s) };
        var g = Enumerable.Range(1, s.Depth).Select(s.ClosedFormGradient).ToArray();
        var next = Enumerable.Range(0, s.Depth).Select(k => s.Factors[k] - (eta * g[k])).ToArray();
        steps.Add(new DerivationStep("gradient-step", "one step of gradient descent with symbolic step size η and G_j from nrt (3.2)", @"W_j^+ = W_j - \eta\,G_j,\quad G_j = \nabla_{W_j}L^N", "W_j+ = W_j - eta G_j"));
        bool proved = true;
        for (int j = 1; j < s.Depth; j++)
        {
            var before = (s.Factors[j].Transpose() * s.Factors[j]) - (s.Factors[j - 1] * s.Factors[j - 1].Transpose());
            var after = (next[j].Transpose() * next[j]) - (next[j - 1] * next[j - 1].Transpose());
            var claimed = eta.Pow(2) * ((g[j].Transpose() * g[j]) - (g[j - 1] * g[j - 1].Transpose()));
            var outcome = EntrywiseIdentity.Check(after - before, claimed, s.Names);
            proved &= outcome.Proved;
            steps.Add(Compare(outcome, $@"\left(W_{{{j + 1}}}^{{+T}}W_{{{j + 1}}}^+ - W_{j}^+W_{j}^{{+T}}\right) - \left(W_{{{j + 1}}}^TW_{{{j + 1}}} - W_{j}W_{j}^T\right) = \eta^2\left(G_{{{j + 1}}}^TG_{{{j + 1}}} - G_{j}G_{j}^T\right)", $"change of invariant {j} = eta^2 (G{j + 1}^T G{j + 1} - G{j} G{j}^T)", claimed.TermCount));
        }

        return new Derivation(
            "One-step change of the balancedness invariant under gradient descent (acgh Lemma 2, dhl Claim B.1)",
            @"W_{j+1}^{+T}W_{j+1}^+ - W_j^+W_j^{+T} = W_{j+1}^TW_{j+1} - W_jW_j^T + \eta^2\left(G_{j+1}^TG_{j+1} - G_jG_j^T\right)",
            "W_{j+1}+^T W_{j+1}+ - W_j+ W_j+^T = W_{j+1}^T W_{j+1} - W_j W_j^T + eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T)",
            ProofScope.EntrywiseGivenDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// Proves the Hessian quadratic form of nrt §3.1, <c>∇²L^N(W)(Δ,Δ) = ‖Σ_i Q_i‖_F² + Σ_{i≠j}⟨WXXᵀ − YXᵀ, P_{i,j}⟩</c>, equal to
    /// the second directional derivative of the expanded <c>L^N</c> along a symbolic direction Δ. (The paper's display for
    /// the mixed derivatives prints <c>⟨L^N(W), P_{i,j}⟩</c>, a scalar paired with a matrix; the next display uses
    /// <c>A_ξXXᵀ − YXᵀ</c>, which is what is proved here.)
    /// </summary>
    public static Derivation ProveHessian(int[] dims, int samples, bool symbolicData)
    {
        var s = new DeepLinearSymbols(dims, samples, symbolicData);
        var steps = new List<DerivationStep> { Setup(s), Expand(s) };
        var delta = Enumerable.Range(1, s.Depth).Select(j => SymbolicMatrix.Fresh(s.Names, $"D{j}", $@"\Delta^{{({j})}}", dims[j], dims[j - 1])).ToArray();
        var direction = new Dictionary<int, Polynomial>();
        for (int j = 0; j < s.Depth; j++)
        {
            for (int a = 0; a < dims[j + 1]; a++)
            {
                for (int b = 0; b < dims[j]; b++)
                {
                    direction[s.Factors[j].VariableAt(a, b)] = delta[j][a, b];
                }
            }
        }

        var second = EntrywiseCalculus.HessianBilinear(s.Loss, direction, direction);
        steps.Add(new DerivationStep("second-directional-derivative", $"differentiate L^N twice along Δ ({second.TermCount} terms)", @"\nabla^2 L^N(W)(\Delta,\Delta) = \frac{d^2}{d\varepsilon^2} L^N(W + \varepsilon\Delta)\big|_{\varepsilon=0}", string.Empty));
        SymbolicMatrix Replace(params int[] layers)
        {
            var p = layers.Contains(1) ? delta[0] : s.Factors[0];
            for (int k = 2; k <= s.Depth; k++)
            {
                p = (layers.Contains(k) ? delta[k - 1] : s.Factors[k - 1]) * p;
            }

            return p;
        }

        var sumQ = SymbolicMatrix.Zero(dims[^1], samples);
        for (int i = 1; i <= s.Depth; i++)
        {
            sumQ += Replace(i) * s.X;
        }

        var formula = SymbolicMatrix.FrobeniusInner(sumQ, sumQ);
        for (int i = 1; i <= s.Depth; i++)
        {
            for (int j = 1; j <= s.Depth; j++)
            {
                if (i != j)
                {
                    formula += SymbolicMatrix.FrobeniusInner(s.OuterGradient, Replace(i, j));
                }
            }
        }

        var outcome = EntrywiseIdentity.Check(
            SymbolicMatrix.Build(1, 1, (_, _) => second),
            SymbolicMatrix.Build(1, 1, (_, _) => formula),
            s.Names);
        steps.Add(Compare(outcome, @"\sum_{i,j}\langle Q_i, Q_j\rangle + \sum_{i\ne j}\langle WXX^T - YX^T, P_{i,j}\rangle", "sum <Q_i,Q_j> + sum_{i!=j} <W X X^T - Y X^T, P_ij>", formula.TermCount));
        return new Derivation(
            "Hessian quadratic form of L^N (nrt §3.1, with ∇L¹(W) in the mixed terms)",
            @"\nabla^2 L^N(W)(\Delta,\Delta) = \sum_{i,j=1}^N \langle Q_i(W,\Delta_i), Q_j(W,\Delta_j)\rangle + \sum_{i\ne j}\langle WXX^T - YX^T, P_{i,j}(W,\Delta_i,\Delta_j)\rangle",
            "Hess L^N (D,D) = sum_{i,j} <Q_i, Q_j> + sum_{i!=j} <W X X^T - Y X^T, P_ij>",
            ProofScope.EntrywiseGivenDimensions,
            outcome.Proved,
            steps);
    }

    private static DerivationStep Setup(DeepLinearSymbols s) => new(
        "setup",
        string.Create(CultureInfo.InvariantCulture, $"depth N = {s.Depth}, widths {string.Join(",", s.Dims)}, m = {s.Samples}, {s.Names.Count} variables"),
        string.Empty,
        string.Empty);

    private static DerivationStep Expand(DeepLinearSymbols s) => new(
        "expand",
        string.Create(CultureInfo.InvariantCulture, $"expand L^N = ½‖W_N⋯W₁X − Y‖_F² into a canonical polynomial of {s.Loss.TermCount} terms, degree {s.Loss.Degree}"),
        @"L^N = \tfrac12\,\|W_N\cdots W_1X - Y\|_F^2",
        "L^N = 1/2 ||W_N...W_1 X - Y||_F^2");

    private static DerivationStep Compare(EntrywiseOutcome outcome, string latex, string text, int terms) => new(
        outcome.Proved ? "canonical-form" : "refutation",
        outcome.Proved
            ? string.Create(CultureInfo.InvariantCulture, $"the difference of both sides is the zero polynomial in every entry (right side {terms} terms)")
            : outcome.Message + (outcome.Witness is null ? string.Empty : "; witness " + string.Join(", ", outcome.Witness.Select(kv => kv.Key + " = " + kv.Value))),
        latex,
        text);

    private static string TransposedChain(int from, int to) =>
        from > to ? "I" : string.Join(string.Empty, Enumerable.Range(from, to - from + 1).Select(k => $"W_{{{k}}}^T"));

    private static string TransposedPrefix(int upTo) =>
        upTo < 1 ? "I" : string.Join(string.Empty, Enumerable.Range(1, upTo).Select(k => $"W_{{{k}}}^T"));
}
