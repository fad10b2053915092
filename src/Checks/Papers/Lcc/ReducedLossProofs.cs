using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using FsCheck;
using FsCheck.Fluent;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// The exact symbolic identities of lcc's reduced loss L(Ξ) = ½‖Σ_Y − W̄_{H+1}⋯W̄₁‖²_F, proved by the symbolic engine:
/// the differential Δ_Ξ (Section 2.1) and the gradient (4) for all dimensions (fixed depths, and all depths), Lemma 1
/// (all depths, and H = 1), the total degree of L (text9, text10), the identities of the proof of Proposition 1, the
/// block form (5) with its expansions Δ_Ξ and H_Ξ (Section 3.2, exact O(‖ξ‖³) remainder), the gradients of (6) and the
/// degrees of the critical equations. Registered by name for the <c>code:</c> form of <c>catalog/lcc.yaml</c>.
/// </summary>
public static class ReducedLossProofs
{
    /// <summary>Δ_Ξ of Section 2.1 is the first-order term of L(Ξ + ξ), H + 1 = 2, 3, 4, all dimensions.</summary>
    /// <remarks>Negative control <c>mutation: plus-sign</c>: the printed sum with the sign flipped (refuted).</remarks>
    [ClaimCheck("first-order-expansion-of-the-reduced-loss", Parameters = ["mutation"])]
    internal static CheckResult FirstOrderExpansion(CheckContext context)
        => LccOutcomes.FromDerivation(DifferentialAtFixedDepths(ClaimMutation.Read(context, "plus-sign") == "plus-sign" ? 1 : -1), " (H + 1 = 2, 3, 4)");

    /// <summary>lcc (4): −∇_{W̄ⱼ}L = (W̄_{H+1}⋯W̄_{j+1})ᵀM̄(W̄_{j−1}⋯W̄₁)ᵀ for every layer and depth.</summary>
    /// <remarks>Negative control <c>mutation: factors-swapped</c>: (W̄_{j−1}⋯W̄₁)ᵀ on the left (refuted).</remarks>
    [ClaimCheck("reduced-loss-gradient-for-every-layer-and-depth", Parameters = ["mutation"])]
    internal static CheckResult GradientForEveryLayer(CheckContext context)
        => LccOutcomes.FromDerivation(GradientAllDepths(transposeOrderSwapped: ClaimMutation.Read(context, "factors-swapped") == "factors-swapped"));

    /// <summary>Lemma 1 for all depths: W̄ⱼ₊₁ᵀW̄ⱼ₊₁ − W̄ⱼW̄ⱼᵀ is constant along the flow (the depth-generic prover, with
    /// G = ∇L¹ = −M̄ for X = I, Y = Σ_Y).</summary>
    [ClaimCheck("layer-gram-difference-constant-along-the-flow")]
    internal static CheckResult LayerGramDifferenceConstant(CheckContext context) => SymbolicProof.FromDerivation(
        DepthGenericProofs.FlowInvariant(),
        "; applied with G = ∇L¹ = −M̄ (X = I, Y = Σ_Y), which turns the velocities into lcc (4)");

    /// <summary>The total degree of L in the entries of Ξ against the printed degree: <c>claimed-degree</c> is
    /// <c>depth-squared</c> ((H + 1)², text9, checked for H = 1, 2, 3) or <c>four</c> (text10, H = 1).</summary>
    [ClaimCheck("reduced-loss-total-degree", Parameters = ["claimed-degree"])]
    internal static CheckResult TotalDegree(CheckContext context) => LossDegree(context.Argument("claimed-degree") switch
    {
        "depth-squared" => true,
        "four" => false,
        var other => throw new InvalidOperationException($"claimed-degree '{other}' must be depth-squared or four."),
    });

    /// <summary>The first two lines of the chain in the proof of Proposition 1 (with C⁰ of Lemma 1), all dimensions.</summary>
    /// <remarks>Negative control <c>mutation: c0-negated</c>: −C⁰ substituted (refuted).</remarks>
    [ClaimCheck("squared-norm-derivative-chain-equalities", Parameters = ["mutation"])]
    internal static CheckResult SquaredNormChainEqualities(CheckContext context) => LccOutcomes.FromDerivation(ChainEqualities(negateC0: ClaimMutation.Read(context, "c0-negated") == "c0-negated"));

    /// <summary>(5): ½‖[S_Y | 0] − C[A | B]‖²_F = ½‖S_Y − CA‖²_F + ½‖CB‖²_F, entry-wise.</summary>
    /// <remarks>Negative control <c>mutation: drop-cb</c>: without ½‖CB‖²_F (refuted).</remarks>
    [ClaimCheck("block-form-of-the-one-hidden-loss", Parameters = ["mutation"])]
    internal static CheckResult BlockForm(CheckContext context) => LccOutcomes.FromDerivation(BlockLoss(dropCb: ClaimMutation.Read(context, "drop-cb") == "drop-cb"));

    /// <summary>Δ_Ξ (<c>order: first</c>) or H_Ξ (<c>order: second</c>) of Section 3.2, all dimensions.</summary>
    /// <remarks>Negative controls <c>mutation: unit-coefficient</c>: coefficient 1 instead of ½ on the squared norms of
    /// H_Ξ; <c>mutation: second-trace-negated</c>: Δ_Ξ with −tr(BᵀCᵀ(Cb + cB)) (both refuted).</remarks>
    [ClaimCheck("block-expansion-of-the-one-hidden-loss", Parameters = ["order", "mutation"])]
    internal static CheckResult BlockExpansionOfLoss(CheckContext context)
    {
        string mutation = ClaimMutation.Read(context, "unit-coefficient", "second-trace-negated");
        return LccOutcomes.FromDerivation(BlockExpansion(
            secondOrder: context.Argument("order") == "second",
            hessianHalf: mutation == "unit-coefficient" ? Rational.One : new Rational(1, 2),
            secondTraceSign: mutation == "second-trace-negated" ? -1 : 1));
    }

    /// <summary>The three gradients of (6), all dimensions.</summary>
    /// <remarks>Negative control <c>mutation: drop-cbb</c>: −∇_C L without −CBBᵀ (refuted).</remarks>
    [ClaimCheck("block-gradients-of-the-one-hidden-loss", Parameters = ["mutation"])]
    internal static CheckResult BlockGradientsOfLoss(CheckContext context) => LccOutcomes.FromDerivation(BlockGradients(withCbbTerm: ClaimMutation.Read(context, "drop-cbb") != "drop-cbb"));

    /// <summary>(6) as a whole: the gradients (proved) and the equivalence of the two systems at exact critical points
    /// (<see cref="ExactCriticalPointChecks.CriticalSystemsAgree"/>).</summary>
    [ClaimCheck("block-gradients-and-equivalent-critical-systems")]
    internal static CheckResult BlockGradientsAndCriticalSystems(CheckContext context)
        => LccOutcomes.Combine(BlockGradientsOfLoss(context), ExactCriticalPointChecks.CriticalSystemsAgree(context));

    /// <summary>The critical equations (6) are cubic and (8) quadric in the entries.</summary>
    [ClaimCheck("critical-equations-are-cubic")]
    internal static CheckResult CriticalEquationsAreCubic(CheckContext context) => CriticalEquationDegrees();

    /// <summary>The shape environment of the single-hidden-layer reduced loss: Σ_Y (dy×dx), W̄₂ (dy×d1), W̄₁ (d1×dx),
    /// their perturbations w2, w1 and velocities V2, V1.</summary>
    private static ShapeEnvironment OneHiddenShapes() => new ShapeEnvironment()
        .Declare("Sig", "dy", "dx").Declare("W2", "dy", "d1").Declare("W1", "d1", "dx")
        .Declare("w2", "dy", "d1").Declare("w1", "d1", "dx").Declare("V2", "dy", "d1").Declare("V1", "d1", "dx");

    /// <summary>The shape environment of (5): S (dy×dy), A (d1×dy), B (d1×db), C (dy×d1) and perturbations a, b, c.</summary>
    private static ShapeEnvironment BlockShapes() => new ShapeEnvironment()
        .Declare("S", "dy", "dy").Declare("A", "d1", "dy").Declare("B", "d1", "db").Declare("C", "dy", "d1")
        .Declare("a", "d1", "dy").Declare("b", "d1", "db").Declare("c", "dy", "d1")
        .Declare("Ad", "d1", "dy").Declare("Bd", "d1", "db").Declare("Cd", "dy", "d1");

    /// <summary>The shape environment of depth N = H + 1: Σ (d{N}×d0), W{j} (d{j}×d{j−1}), w{j}, V{j}.</summary>
    private static ShapeEnvironment DepthShapes(int n)
    {
        var e = new ShapeEnvironment().Declare("Sig", $"d{n}", "d0");
        for (int j = 1; j <= n; j++)
        {
            e = e.Declare($"W{j}", $"d{j}", $"d{j - 1}").Declare($"w{j}", $"d{j}", $"d{j - 1}").Declare($"V{j}", $"d{j}", $"d{j - 1}");
        }

        return e;
    }

    private const string OneHiddenVelocityW1 = "W2'*(Sig - W2*W1)";
    private const string OneHiddenVelocityW2 = "(Sig - W2*W1)*W1'";

    private static string Chain(int from, int to)
        => from < to ? string.Empty : string.Join("*", Enumerable.Range(to, from - to + 1).Reverse().Select(j => $"W{j}"));

    private static string Times(params string[] parts) => string.Join("*", parts.Where(p => p.Length > 0));

    /// <summary>
    /// Δ_Ξ of lcc text5 at depths n = H + 1 ∈ {2, 3, 4} for all dimensions: the product-rule derivative of
    /// L = ½tr((Σ − W_n⋯W₁)ᵀ(Σ − W_n⋯W₁)) in the direction (w₁, …, w_n) equals −Σⱼ tr(M̄ᵀW_n⋯W_{j+1}wⱼW_{j−1}⋯W₁), and
    /// L(Ξ + ξ) − L(Ξ) − Δ_Ξ(ξ) has only terms of degree ≥ 2 in ξ.
    /// </summary>
    /// <param name="sign">The sign in front of the printed sum (−1 as printed; a test passes +1).</param>
    /// <returns>The derivation.</returns>
    public static Derivation DifferentialAtFixedDepths(int sign = -1)
    {
        var steps = new List<DerivationStep>();
        bool proved = true;
        for (int n = 2; n <= 4; n++)
        {
            var free = new FreeDerivationBuilder(DepthShapes(n));
            string product = Chain(n, 1);
            var l = free.Scaled(new Rational(1, 2), $"tr((Sig - {product})'*(Sig - {product}))");
            free.Note("canonical-form", $"H + 1 = {n}: expand L = ½tr(M̄ᵀM̄), M̄ = Σ_Y − {product}", l);
            var directions = Enumerable.Range(1, n).ToDictionary(j => $"W{j}", j => $"w{j}", StringComparer.Ordinal);
            var derivative = l.Derivative(directions);
            string sum = string.Join(" + ", Enumerable.Range(1, n).Select(j => $"tr((Sig - {product})'*{Times(Chain(n, j + 1), $"w{j}", Chain(j - 1, 1))})"));
            var printed = free.Scaled(sign, sum);
            free.Compare($"H + 1 = {n}: the directional derivative (product rule) equals Δ_Ξ(ξ) = {(sign < 0 ? "−" : "+")}Σⱼ tr(M̄ᵀW_{{H+1}}⋯wⱼ⋯W₁)", derivative, printed);
            var shifted = Shift(free, l, directions);
            var remainder = shifted - l - printed;
            bool ok = MinimumDegree(remainder, directions.Values) >= 2;
            steps.AddRange(free.Steps);
            steps.Add(new DerivationStep(
                ok ? "degree-count" : "degree-count (mismatch)",
                $"H + 1 = {n}: L(Ξ + ξ) − L(Ξ) − Δ_Ξ(ξ) has {(ok ? "only terms with at least two perturbation letters, i.e. it is O(‖ξ‖²)" : "a term of degree < 2 in ξ")}",
                string.Empty,
                string.Empty));
            proved &= free.Proved && ok;
        }

        return new Derivation(
            "First-order expansion Δ_Ξ of lcc Section 2.1",
            @"L(\Xi+\xi) = L(\Xi) - \sum_{j=1}^{H+1}\operatorname{tr}(\bar M^T \bar W_{H+1}\cdots\bar W_{j+1}\bar w_j\bar W_{j-1}\cdots\bar W_1) + O(\|\xi\|^2)",
            "L(Xi + xi) = L(Xi) - sum_j tr(M^T W_{H+1}...W_{j+1} w_j W_{j-1}...W_1) + O(|xi|^2)",
            ProofScope.AllDimensions,
            proved,
            steps);
    }

    private static CanonicalForm Shift(FreeDerivationBuilder free, CanonicalForm form, IReadOnlyDictionary<string, string> directions)
        => form.Substitute(directions.ToDictionary(kv => kv.Key, kv => free.Form($"{kv.Key} + {kv.Value}"), StringComparer.Ordinal));

    private static int MinimumDegree(CanonicalForm form, IEnumerable<string> letters)
    {
        var set = letters.ToHashSet(StringComparer.Ordinal);
        int min = int.MaxValue;
        foreach (var t in form.Terms)
        {
            int count = t.Word.Count(l => set.Contains(l.Name)) + t.Scalars.Sum(s => s.Word.Count(l => set.Contains(l.Name)));
            min = Math.Min(min, count);
        }

        return min;
    }

    /// <summary>
    /// lcc (4) for all depths H + 1 and every layer j: writing the product as S_{j+1}W̄ⱼP_{j−1} (S = W̄_{H+1}⋯W̄_{j+1},
    /// P = W̄_{j−1}⋯W̄₁), the gradient of ½tr(M̄ᵀM̄) in W̄ⱼ by trace cyclicity is −Sᵀ M̄ Pᵀ, including the boundary layers
    /// (P = I, S = I); and, as a cross-check of the printed product form, at depths 2 and 3 layer by layer.
    /// </summary>
    /// <param name="transposeOrderSwapped">Negative control: the claimed gradient with the factors on the wrong sides
    /// (Pᵀ M̄ᵀ S… written as (W̄_{j−1}⋯W̄₁)ᵀ on the left); only used by tests.</param>
    /// <returns>The derivation.</returns>
    public static Derivation GradientAllDepths(bool transposeOrderSwapped = false)
    {
        var env = new ShapeEnvironment()
            .Declare("S", "dN", "dj").Declare("A", "dj", "djm1").Declare("P", "djm1", "d0").Declare("Sig", "dN", "d0")
            .Declare("T", "dN", "dj1").Declare("B", "dj1", "dj").Declare("Q", "djm2", "d0").Declare("C", "djm1", "djm2");
        var free = new FreeDerivationBuilder(env);
        var loss = free.Scaled(new Rational(1, 2), "tr((Sig - S*A*P)'*(Sig - S*A*P))");
        free.Note("canonical-form", "for every H and j write W̄_{H+1}⋯W̄₁ = S·W̄ⱼ·P with S = W̄_{H+1}⋯W̄_{j+1}, P = W̄_{j−1}⋯W̄₁ (neither contains W̄ⱼ) and expand L = ½tr(M̄ᵀM̄)", loss);
        var gradient = loss.Gradient("A");
        free.Note("trace-cyclicity", "∇_{W̄ⱼ}L by trace cyclicity (tr(ME) ↦ Mᵀ)", gradient);
        var claimed = transposeOrderSwapped ? free.Form("-(P*(Sig - S*A*P)'*S)'") : free.Form("-(S'*(Sig - S*A*P)*P')");
        free.Compare("−∇_{W̄ⱼ}L = Sᵀ M̄ Pᵀ = (W̄_{H+1}⋯W̄_{j+1})ᵀ M̄ (W̄_{j−1}⋯W̄₁)ᵀ", gradient, claimed);
        var id = free.Identity();
        free.Compare("boundary j = 1 (P = I)", gradient.Substitute(new Dictionary<string, CanonicalForm> { ["P"] = id }), claimed.Substitute(new Dictionary<string, CanonicalForm> { ["P"] = id }));
        free.Compare("boundary j = H + 1 (S = I)", gradient.Substitute(new Dictionary<string, CanonicalForm> { ["S"] = id }), claimed.Substitute(new Dictionary<string, CanonicalForm> { ["S"] = id }));
        free.Compare("unfolding: (S_{j+2}W̄_{j+1})ᵀ = W̄_{j+1}ᵀS_{j+2}ᵀ", free.Form("(T*B)'"), free.Form("B'*T'"));
        free.Compare("unfolding: (W̄_{j−1}P_{j−2})ᵀ = P_{j−2}ᵀW̄_{j−1}ᵀ", free.Form("(C*Q)'"), free.Form("Q'*C'"));
        bool fixedOk = true;
        var fixedSteps = new List<DerivationStep>();
        for (int n = 2; n <= 3; n++)
        {
            var f = new FreeDerivationBuilder(DepthShapes(n));
            string product = Chain(n, 1);
            var l = f.Scaled(new Rational(1, 2), $"tr((Sig - {product})'*(Sig - {product}))");
            for (int j = 1; j <= n; j++)
            {
                string left = Chain(n, j + 1), right = Chain(j - 1, 1);
                string claimText = transposeOrderSwapped
                    ? $"-({Times(right.Length > 0 ? $"({right})'" : string.Empty, $"(Sig - {product})", left.Length > 0 ? $"({left})'" : string.Empty)})"
                    : $"-({Times(left.Length > 0 ? $"({left})'" : string.Empty, $"(Sig - {product})", right.Length > 0 ? $"({right})'" : string.Empty)})";
                bool shapeOk = true;
                CanonicalForm? c = null;
                try
                {
                    c = f.Form(claimText);
                }
                catch (ShapeException)
                {
                    shapeOk = false;
                }

                if (!shapeOk || c is null)
                {
                    fixedOk = false;
                    fixedSteps.Add(new DerivationStep("shape-error", $"H + 1 = {n}, j = {j}: the claimed gradient is ill-shaped", string.Empty, claimText));
                    continue;
                }

                f.Compare($"H + 1 = {n}, j = {j}: ∇_{{W̄{j}}}L equals −(W̄_{{H+1}}⋯W̄_{{j+1}})ᵀM̄(W̄_{{j−1}}⋯W̄₁)ᵀ", l.Gradient($"W{j}"), c);
            }

            fixedOk &= f.Proved;
            fixedSteps.AddRange(f.Steps);
        }

        return new Derivation(
            "Gradient (4) of the reduced loss, all depths and all layers",
            @"-\nabla_{\bar W_j}L = (\bar W_{H+1}\cdots\bar W_{j+1})^T\bar M(\bar W_{j-1}\cdots\bar W_1)^T",
            "-grad_{W_j} L = (W_{H+1}...W_{j+1})^T M (W_{j-1}...W_1)^T",
            ProofScope.AllDepthsAllDimensions,
            free.Proved && fixedOk,
            [.. free.Steps, .. fixedSteps]);
    }

    private static Dictionary<string, (string, string)> OneHiddenFlow(string v1 = OneHiddenVelocityW1, string v2 = OneHiddenVelocityW2) => new(StringComparer.Ordinal)
    {
        ["W1"] = ("V1", v1),
        ["W2"] = ("V2", v2),
    };

    /// <summary>The first two lines of the chain in the proof of Proposition 1 with C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ substituted
    /// (Lemma 1); with <paramref name="negateC0"/> the opposite sign of C⁰ is used (negative control).</summary>
    /// <param name="negateC0">Whether to substitute −C⁰.</param>
    /// <returns>The derivation.</returns>
    public static Derivation ChainEqualities(bool negateC0)
    {
        var free = new FreeDerivationBuilder(OneHiddenShapes());
        var derivative = free.TimeDerivative(free.Form("tr(W1'*W1) + tr(W2'*W2)"), OneHiddenFlow());
        string c0 = negateC0 ? "(W1*W1' - W2'*W2)" : "(W2'*W2 - W1*W1')";
        var line1 = free.Combination((4, "tr(W1'*W2'*Sig)"), (-2, "tr(W1'*W2'*W2*W1)"), (-2, "tr(W1'*W2'*W2*W1)"));
        var line2 = free.Combination((4, "tr(W1'*W2'*Sig)"), (-1, $"tr(W2'*W2*(W2'*W2 - {c0}))"), (-1, $"tr(W1*W1'*(W1*W1' + {c0}))"), (-2, "tr((W2*W1)'*(W2*W1))"));
        free.Compare("d/dt(‖W̄₁‖²_F + ‖W̄₂‖²_F) equals the first line 4tr(W̄₁ᵀW̄₂ᵀΣ_Y) − 2tr(W̄₁ᵀW̄₂ᵀW̄₂W̄₁) − 2tr(W̄₁ᵀW̄₂ᵀW̄₂W̄₁)", derivative, line1);
        free.Compare("the first line equals the second line with C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ (Lemma 1)", line1, line2);
        return free.ToDerivation(
            "Proof of Proposition 1: first two lines of the chain",
            @"\frac{dF}{dt} = 4\operatorname{tr}\bar W_1^T\bar W_2^T\Sigma_Y - 4\|\bar W_2\bar W_1\|_F^2 = 4\operatorname{tr}\bar W_1^T\bar W_2^T\Sigma_Y - \operatorname{tr}\bar W_2^T\bar W_2(\bar W_2^T\bar W_2 - C^0) - \operatorname{tr}\bar W_1\bar W_1^T(\bar W_1\bar W_1^T + C^0) - 2\|\bar W_2\bar W_1\|_F^2",
            "dF/dt = line 1 = line 2 (C0 = W2^T W2 - W1 W1^T)",
            ProofScope.AllDimensions);
    }

    /// <summary>
    /// The total degree of the reduced loss L = ½‖Σ_Y − W̄_{H+1}⋯W̄₁‖²_F in the entries of Ξ, by exact expansion
    /// (widths 2, Σ_Y = [diag(3, 1) | 0]); text9 claims (H + 1)², text10 claims 4 for H = 1.
    /// </summary>
    private static CheckResult LossDegree(bool printedSquare)
    {
        var lines = new List<string>();
        int maxH = printedSquare ? 3 : 1;
        for (int h = 1; h <= maxH; h++)
        {
            int degree = ReducedLossDegree(h);
            int claimed = printedSquare ? (h + 1) * (h + 1) : 4;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"H = {h}: expanded L has total degree {degree} = 2(H + 1); printed {claimed}"));
            if (degree != claimed)
            {
                return LccOutcomes.Counterexample(
            string.Create(CultureInfo.InvariantCulture, $"H = {h}, all widths 2, Σ_Y = diag(3, 1): L = ½‖Σ_Y − W̄₃W̄₂W̄₁‖²_F expanded over ℚ"),
                    string.Create(CultureInfo.InvariantCulture, $"H = {h},\\ d_i = 2,\\ \\Sigma_Y = \\mathrm{{diag}}(3,1)"),
                    string.Create(CultureInfo.InvariantCulture, $"deg L = {degree} = 2(H + 1) ≠ (H + 1)² = {claimed}; the two agree only at H = 1"));
            }
        }

        return ExactCheck.Proved("entry-wise expansion over ℚ, H = 1, widths 2", lines, "expand", "total-degree");
    }

    /// <summary>The total degree of the expanded reduced loss with H hidden layers of width 2 (d_y = dₓ = 2).</summary>
    /// <param name="h">H ≥ 1.</param>
    /// <returns>The degree.</returns>
    public static int ReducedLossDegree(int h)
    {
        var names = new VariableNames();
        var factors = Enumerable.Range(1, h + 1).Select(j => SymbolicMatrix.Fresh(names, $"W{j}", $"W_{j}", 2, 2)).ToArray();
        var product = factors[0];
        for (int j = 1; j < factors.Length; j++)
        {
            product = factors[j] * product;
        }

        var sigma = SymbolicMatrix.Constant(new Rational[,] { { 3, 0 }, { 0, 1 } });
        var residual = sigma - product;
        return SymbolicMatrix.FrobeniusInner(residual, residual).Scale(new Rational(1, 2)).Degree;
    }

    /// <summary>lcc (5) entry-wise at (d_y, d₁, dₓ) ∈ {(1, 1, 2), (2, 2, 3), (2, 3, 4)}: ½‖[S_Y | 0] − C[A | B]‖²_F =
    /// ½‖S_Y − CA‖²_F + ½‖CB‖²_F (with <paramref name="dropCb"/> the last term is left out: negative control).</summary>
    /// <param name="dropCb">Whether to drop ½‖CB‖²_F.</param>
    /// <returns>The derivation.</returns>
    public static Derivation BlockLoss(bool dropCb)
    {
        var steps = new List<DerivationStep>();
        bool proved = true;
        foreach (var (dy, d1, dx) in new[] { (1, 1, 2), (2, 2, 3), (2, 3, 4) })
        {
            var names = new VariableNames();
            var s = SymbolicMatrix.Fresh(names, "s", "s", dy, 1);
            var sy = SymbolicMatrix.Build(dy, dy, (i, j) => i == j ? s[i, 0] : Polynomial.Zero);
            var sigma = SymbolicMatrix.Build(dy, dx, (i, j) => i == j ? s[i, 0] : Polynomial.Zero);
            var a = SymbolicMatrix.Fresh(names, "A", "A", d1, dy);
            var b = SymbolicMatrix.Fresh(names, "B", "B", d1, dx - dy);
            var c = SymbolicMatrix.Fresh(names, "C", "C", dy, d1);
            var w1 = SymbolicMatrix.Build(d1, dx, (i, j) => j < dy ? a[i, j] : b[i, j - dy]);
            var r = sigma - (c * w1);
            var lhs = SymbolicMatrix.FrobeniusInner(r, r).Scale(new Rational(1, 2));
            var m = sy - (c * a);
            var cb = c * b;
            var rhs = SymbolicMatrix.FrobeniusInner(m, m).Scale(new Rational(1, 2));
            if (!dropCb)
            {
                rhs += SymbolicMatrix.FrobeniusInner(cb, cb).Scale(new Rational(1, 2));
            }

            proved &= LccOutcomes.AddEntrywiseStep(steps, lhs, rhs, names, string.Create(CultureInfo.InvariantCulture, $"(d_y, d₁, dₓ) = ({dy}, {d1}, {dx}): both sides expanded over ℚ in the entries of S_Y (diagonal), A, B, C"));
        }

        return new Derivation(
            "Block form (5) of the reduced loss for H = 1",
            @"\tfrac12\|\Sigma_Y - \bar W_2\bar W_1\|_F^2 = \tfrac12\|S_Y - CA\|_F^2 + \tfrac12\|CB\|_F^2",
            "1/2 |Sigma_Y - W2 W1|_F^2 = 1/2 |S_Y - C A|_F^2 + 1/2 |C B|_F^2",
            ProofScope.EntrywiseGivenDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// Δ_Ξ (first order) or H_Ξ (second order) of lcc Section 3.2 for all dimensions: the product-rule derivative of
    /// L(A, B, C) = ½tr(MᵀM) + ½tr((CB)ᵀCB) in the direction (a, b, c) equals the printed Δ_Ξ; half the second directional
    /// derivative equals the printed H_Ξ, and L(Ξ + ξ) − L(Ξ) − Δ_Ξ(ξ) − H_Ξ(ξ) has only terms of degree ≥ 3 in ξ.
    /// </summary>
    /// <param name="secondOrder">Whether to check H_Ξ (otherwise Δ_Ξ).</param>
    /// <param name="hessianHalf">The coefficient of the squared norms in H_Ξ (printed ½; a test passes 1).</param>
    /// <param name="secondTraceSign">The sign of tr(BᵀCᵀ(Cb + cB)) in Δ_Ξ (printed +1; the negative control −1).</param>
    /// <returns>The derivation.</returns>
    public static Derivation BlockExpansion(bool secondOrder, Rational hessianHalf, int secondTraceSign = 1)
    {
        var free = new FreeDerivationBuilder(BlockShapes());
        var l = free.Combination((new Rational(1, 2), "tr((S - C*A)'*(S - C*A))"), (new Rational(1, 2), "tr((C*B)'*(C*B))"));
        free.Note("canonical-form", "L(A, B, C) = ½‖S_Y − CA‖²_F + ½‖CB‖²_F expanded", l);
        var directions = new Dictionary<string, string>(StringComparer.Ordinal) { ["A"] = "a", ["B"] = "b", ["C"] = "c" };
        var delta = free.Combination((-1, "tr((S - C*A)'*(C*a + c*A))"), (secondTraceSign, "tr(B'*C'*(C*b + c*B))"));
        var hessian = free.Combination((-1, "tr((S - C*A)'*c*a)"), (hessianHalf, "tr((C*a + c*A)'*(C*a + c*A))"), (1, "tr(B'*C'*c*b)"), (hessianHalf, "tr((C*b + c*B)'*(C*b + c*B))"));
        var first = l.Derivative(directions);
        free.Compare("the first directional derivative equals Δ_Ξ(ξ) = −tr(Mᵀ(Ca + cA)) + tr(BᵀCᵀ(Cb + cB))", first, delta);
        if (secondOrder)
        {
            var second = first.Derivative(directions);
            free.Compare("the second directional derivative equals 2H_Ξ(ξ) (the ε² coefficient of L(Ξ + εξ) is H_Ξ)", second, hessian + hessian);
        }

        var shifted = Shift(free, l, directions);
        var remainder = secondOrder ? shifted - l - delta - hessian : shifted - l - delta;
        int minimum = MinimumDegree(remainder, directions.Values);
        bool ok = minimum >= (secondOrder ? 3 : 2);
        var steps = free.Steps.ToList();
        steps.Add(new DerivationStep(
            ok ? "degree-count" : "degree-count (mismatch)",
            string.Create(CultureInfo.InvariantCulture, $"L(Ξ + ξ) − L(Ξ) − Δ_Ξ(ξ){(secondOrder ? " − H_Ξ(ξ)" : string.Empty)} has least degree {minimum} in (a, b, c), so it is O(‖ξ‖^{(secondOrder ? 3 : 2)})"),
            string.Empty,
            string.Empty));
        return new Derivation(
            secondOrder ? "Second-order term H_Ξ of lcc Section 3.2" : "Differential Δ_Ξ of lcc Section 3.2",
            secondOrder
                ? @"H_\Xi(\xi) = -\operatorname{tr}(M^Tca) + \tfrac12\|Ca + cA\|_F^2 + \operatorname{tr}(B^TC^Tcb) + \tfrac12\|Cb + cB\|_F^2"
                : @"\Delta_\Xi(\xi) = -\operatorname{tr}(M^T(Ca + cA)) + \operatorname{tr}(B^TC^T(Cb + cB))",
            secondOrder ? "H(xi) = -tr(M^T c a) + 1/2|Ca + cA|^2 + tr(B^T C^T c b) + 1/2|Cb + cB|^2" : "Delta(xi) = -tr(M^T(Ca + cA)) + tr(B^T C^T (Cb + cB))",
            ProofScope.AllDimensions,
            free.Proved && ok,
            steps);
    }

    /// <summary>The three gradients of (6) for all dimensions (with <paramref name="withCbbTerm"/> false the −CBBᵀ term is
    /// left out of −∇_C L: negative control).</summary>
    /// <param name="withCbbTerm">Whether −∇_C L includes −CBBᵀ.</param>
    /// <returns>The derivation.</returns>
    public static Derivation BlockGradients(bool withCbbTerm)
    {
        var free = new FreeDerivationBuilder(BlockShapes());
        var l = free.Combination((new Rational(1, 2), "tr((S - C*A)'*(S - C*A))"), (new Rational(1, 2), "tr((C*B)'*(C*B))"));
        free.Compare("−∇_A L = CᵀM", CanonicalForm.FromTerms([]) - l.Gradient("A"), free.Form("C'*(S - C*A)"));
        free.Compare("−∇_B L = −CᵀCB", CanonicalForm.FromTerms([]) - l.Gradient("B"), free.Form("-(C'*C*B)"));
        free.Compare(withCbbTerm ? "−∇_C L = MAᵀ − CBBᵀ" : "−∇_C L = MAᵀ", CanonicalForm.FromTerms([]) - l.Gradient("C"), free.Form(withCbbTerm ? "(S - C*A)*A' - C*B*B'" : "(S - C*A)*A'"));
        return free.ToDerivation(
            "Gradients (6) of the block loss (5)",
            @"-\nabla_A L = C^TM,\quad -\nabla_B L = -C^TCB,\quad -\nabla_C L = MA^T - CBB^T",
            "-grad_A L = C^T M, -grad_B L = -C^T C B, -grad_C L = M A^T - C B B^T",
            ProofScope.AllDimensions);
    }

    private static CheckResult CriticalEquationDegrees()
    {
        var names = new VariableNames();
        const int dy = 2, d1 = 3, dx = 4, r = 1;
        var s = SymbolicMatrix.Fresh(names, "s", "s", dy, 1);
        var sy = SymbolicMatrix.Build(dy, dy, (i, j) => i == j ? s[i, 0] : Polynomial.Zero);
        var a = SymbolicMatrix.Fresh(names, "A", "A", d1, dy);
        var b = SymbolicMatrix.Fresh(names, "B", "B", d1, dx - dy);
        var c = SymbolicMatrix.Fresh(names, "C", "C", dy, d1);
        var sixDegrees = new[]
        {
            MaxDegree((c.Transpose() * sy) - (c.Transpose() * c * a)),
            MaxDegree(c * b),
            MaxDegree((a * sy) - (a * a.Transpose() * c.Transpose())),
        };
        var aBar = SymbolicMatrix.Fresh(names, "Ab", "\\bar A", d1, r);
        var cBar = SymbolicMatrix.Fresh(names, "Cb", "\\bar C", r, d1);
        var dY = SymbolicMatrix.Build(r, r, (i, j) => i == j ? s[0, 0] : Polynomial.Zero);
        var eightDegrees = new[] { MaxDegree((cBar * aBar) - dY), MaxDegree(cBar * b) };
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"(d_y, d₁, dₓ) = ({dy}, {d1}, {dx}), entries of S_Y symbolic: the equations of (6) CᵀS_Y − CᵀCA, CB, AS_Y − AAᵀCᵀ have degrees {sixDegrees[0]}, {sixDegrees[1]}, {sixDegrees[2]} in the entries of (A, B, C) and S_Y: max {sixDegrees.Max()} = 3"),
            string.Create(CultureInfo.InvariantCulture, $"r = {r}: the equations of (8) C̄Ā − D_Y, C̄B have degrees {eightDegrees[0]}, {eightDegrees[1]} (quadrics)"),
            "Reading: Crit(L) is the zero set of the cubic system (6); for a fixed index set (8) cuts the same stratum by quadrics. The degree 'three' of the printed sentence is that of (6).",
        };
        return sixDegrees.Max() == 3
            ? ExactCheck.Proved("entry-wise expansion at (d_y, d₁, dₓ, r) = (2, 3, 4, 1)", lines, "expand", "total-degree")
            : LccOutcomes.Counterexample(
            lines[0], lines[0], "the critical equations do not have degree three");
    }

    private static int MaxDegree(SymbolicMatrix m)
    {
        int d = -1;
        for (int i = 0; i < m.Rows; i++)
        {
            for (int j = 0; j < m.Columns; j++)
            {
                d = Math.Max(d, m[i, j].Degree);
            }
        }

        return d;
    }
}
