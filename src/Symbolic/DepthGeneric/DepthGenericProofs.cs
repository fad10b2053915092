using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.DepthGeneric;

/// <summary>
/// Proofs for an arbitrary depth N, an arbitrary layer index j and all dimensions at once (mode <c>all-depths</c>).
/// <para>
/// The network enters only through prefix products <c>P_j = W_j⋯W₁</c> and suffix products <c>S_j = W_N⋯W_j</c>, with the
/// rules <c>P_j = W_jP_{j−1}</c>, <c>S_j = S_{j+1}W_j</c>, <c>P₀ = I</c>, <c>S_{N+1} = I</c>. Hence for every j the product is
/// <c>W = W_N⋯W₁ = S_{j+1}W_jP_{j−1}</c>, and <c>S_{j+1}</c>, <c>P_{j−1}</c> do not contain <c>W_j</c>. Each proof is a
/// canonical-form identity (<see cref="CanonicalForm"/>) in opaque matrix symbols standing for
/// <c>S_{j+2}, S_{j+1}, W_{j+1}, W_j, P_{j−1}</c> with symbolic sizes, so it holds for every N, every j and all dimensions;
/// the boundary cases j = 1 and j = N (resp. j = N − 1) are the substitutions <c>P₀ = I</c>, <c>S_{N+1} = I</c> and are
/// proved as separate steps.
/// </para>
/// <para>Main results: <see cref="Gradient"/> (nrt (3.2)), <see cref="FlowInvariant"/> (nrt (2.3), lcc Lemma 1),
/// <see cref="GradientStepChange"/> (acgh proof of Lemma 2, eq. (35); dhl Claim B.1).</para>
/// </summary>
public static class DepthGenericProofs
{
    // Symbol names and their meaning (sizes: W_k ∈ ℝ^{d_k×d_{k−1}}, X ∈ ℝ^{d₀×m}, Y ∈ ℝ^{d_N×m}).
    private const string SuffixNext = "S";  // S_{j+1} ∈ ℝ^{d_N×d_j}
    private const string SuffixNext2 = "T"; // S_{j+2} ∈ ℝ^{d_N×d_{j+1}}
    private const string Layer = "A";       // W_j ∈ ℝ^{d_j×d_{j−1}}
    private const string LayerNext = "B";   // W_{j+1} ∈ ℝ^{d_{j+1}×d_j}
    private const string Prefix = "P";      // P_{j−1} ∈ ℝ^{d_{j−1}×d₀}
    private const string Prefix2 = "Q";     // P_{j−2} ∈ ℝ^{d_{j−2}×d₀}
    private const string LayerPrev = "C";   // W_{j−1} ∈ ℝ^{d_{j−1}×d_{j−2}}

    private static readonly FreeExpr S = new FreeSymbol(SuffixNext);
    private static readonly FreeExpr T = new FreeSymbol(SuffixNext2);
    private static readonly FreeExpr A = new FreeSymbol(Layer);
    private static readonly FreeExpr B = new FreeSymbol(LayerNext);
    private static readonly FreeExpr P = new FreeSymbol(Prefix);
    private static readonly FreeExpr Q = new FreeSymbol(Prefix2);
    private static readonly FreeExpr C = new FreeSymbol(LayerPrev);
    private static readonly FreeExpr G = new FreeSymbol("G"); // ∇L¹(W) = (WX − Y)Xᵀ: one matrix shared by all layers
    private static readonly FreeExpr X = new FreeSymbol("X");
    private static readonly FreeExpr Y = new FreeSymbol("Y");
    private static readonly FreeExpr Eta = new FreeSymbol("eta");

    /// <summary>
    /// nrt (3.2) for all N and j: <c>∇_{W_j}L^N = W_{j+1}ᵀ⋯W_Nᵀ ∇L¹(W) W₁ᵀ⋯W_{j−1}ᵀ = S_{j+1}ᵀ(WX − Y)XᵀP_{j−1}ᵀ</c> for
    /// <c>L^N = ½‖W_N⋯W₁X − Y‖²_F</c>. Proof: write <c>W = S_{j+1}W_jP_{j−1}</c>, take the directional derivative of
    /// <c>½tr((S_{j+1}W_jP_{j−1}X − Y)ᵀ(S_{j+1}W_jP_{j−1}X − Y))</c> in the direction <c>E_j</c> and rotate every trace so
    /// that <c>E_j</c> comes last (<c>tr(ME) ↦ ∇ = Mᵀ</c>); then unfold <c>S_{j+1}ᵀ</c>, <c>P_{j−1}ᵀ</c> by induction.
    /// </summary>
    /// <returns>The derivation; <see cref="Derivation.Proved"/> is true and the scope is all depths and dimensions.</returns>
    public static Derivation Gradient() => GradientAgainst(S.T * ((S * A * P * X) - Y) * X.T * P.T, "S_{j+1}ᵀ(WX − Y)XᵀP_{j−1}ᵀ");

    /// <summary>
    /// The flow invariant, nrt (2.3): <c>d/dt(W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) = 0</c> along the gradient flow
    /// <c>Ẇ_k = −∇_{W_k}L^N = −S_{k+1}ᵀGP_{k−1}ᵀ</c> (<c>G = ∇L¹(W)</c>), for every N and 1 ≤ j &lt; N. The gradients of layers
    /// j and j + 1 are written with shared symbols by the rules <c>S_{j+1} = S_{j+2}W_{j+1}</c> and <c>P_j = W_jP_{j−1}</c>;
    /// G is an arbitrary matrix, so the identity holds for any loss of the product (not only the square loss).
    /// </summary>
    /// <returns>The derivation; <see cref="Derivation.Proved"/> is true and the scope is all depths and dimensions.</returns>
    public static Derivation FlowInvariant() => FlowInvariantWith(LayerGradient(), LayerNextGradient(), "Ẇ_j = −(S_{j+2}W_{j+1})ᵀGP_{j−1}ᵀ, Ẇ_{j+1} = −S_{j+2}ᵀG(W_jP_{j−1})ᵀ");

    /// <summary>
    /// The exact change of the invariant under one gradient-descent step <c>W_k⁺ = W_k − ηG_k</c>,
    /// <c>G_k = S_{k+1}ᵀGP_{k−1}ᵀ</c>: <c>(W⁺_{j+1})ᵀW⁺_{j+1} − W⁺_j(W⁺_j)ᵀ − (W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) = η²(G_{j+1}ᵀG_{j+1} − G_jG_jᵀ)</c>
    /// for every N and 1 ≤ j &lt; N (acgh proof of Lemma 2, eq. (35); dhl Claim B.1): the terms linear in η cancel exactly as
    /// in <see cref="FlowInvariant"/>. η is a commuting scalar symbol.
    /// </summary>
    /// <returns>The derivation; <see cref="Derivation.Proved"/> is true and the scope is all depths and dimensions.</returns>
    public static Derivation GradientStepChange()
    {
        var gj = LayerGradient();
        var gj1 = LayerNextGradient();
        return GradientStepChangeAgainst(Eta * Eta * ((gj1.T * gj1) - (gj * gj.T)), "η²(G_{j+1}ᵀG_{j+1} − G_jG_jᵀ)");
    }

    /// <summary>The gradient proof against a claimed closed form in S (= S_{j+1}), A (= W_j), P (= P_{j−1}), X, Y (tests use it for mutated formulas).</summary>
    internal static Derivation GradientAgainst(FreeExpr claimed, string claimedText)
    {
        var env = Env();
        var steps = new List<DerivationStep> { Decomposition() };
        var w = S * A * P;
        var r = (w * X) - Y;
        var loss = CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r.T * r)), env);
        steps.Add(new DerivationStep("canonical-form", "expand L^N = ½ tr((S_{j+1}W_jP_{j−1}X − Y)ᵀ(S_{j+1}W_jP_{j−1}X − Y))", loss.ToLatex(), loss.ToString()));
        var directional = loss.Derivative(new Dictionary<string, string> { [Layer] = "E" });
        steps.Add(new DerivationStep("directional-derivative", "differentiate in the direction E_j of W_j (product rule inside the trace; S_{j+1}, P_{j−1} are constant in W_j)", directional.ToLatex(), directional.ToString()));
        var gradient = loss.Gradient(Layer);
        steps.Add(new DerivationStep("trace-cyclicity", "rotate each trace so that E_j is last and read off the gradient: tr(M E) ↦ Mᵀ, tr(M Eᵀ) ↦ M", gradient.ToLatex(), gradient.ToString()));
        var closed = CanonicalForm.Of(claimed, env);
        bool proved = Compare(steps, gradient, closed, claimedText);
        proved &= Boundary(steps, gradient, closed, [Prefix], env, "j = 1: P₀ = I");
        proved &= Boundary(steps, gradient, closed, [SuffixNext], env, "j = N: S_{N+1} = I");
        proved &= Boundary(steps, gradient, closed, [Prefix, SuffixNext], env, "N = 1: P₀ = S₂ = I");
        proved &= Unfolding(steps, env);
        return new Derivation(
            "Gradient formula nrt (3.2) for all depths",
            @"\nabla_{W_j}L^N = W_{j+1}^T\cdots W_N^T\,(WX - Y)X^T\,W_1^T\cdots W_{j-1}^T = S_{j+1}^T (WX-Y)X^T P_{j-1}^T",
            "grad_{W_j} L^N = S_{j+1}^T (W X - Y) X^T P_{j-1}^T for all N, j",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    /// <summary>The flow-invariant proof with given velocities −Ẇ_j (in T, B, G, P) and −Ẇ_{j+1} (in T, G, A, P).</summary>
    internal static Derivation FlowInvariantWith(FreeExpr layerGradient, FreeExpr layerNextGradient, string velocityText)
    {
        var env = Env();
        var steps = new List<DerivationStep> { Decomposition(), Rules(velocityText) };
        var zero = CanonicalForm.FromTerms([]);
        var invariant = CanonicalForm.Of((B.T * B) - (A * A.T), env);
        var derivative = invariant.Derivative(new Dictionary<string, string> { [Layer] = "Adot", [LayerNext] = "Bdot" });
        steps.Add(new DerivationStep("product-rule", "d/dt(W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) = Ẇ_{j+1}ᵀW_{j+1} + W_{j+1}ᵀẆ_{j+1} − Ẇ_jW_jᵀ − W_jẆ_jᵀ", derivative.ToLatex(), derivative.ToString()));
        var substituted = derivative.Substitute(new Dictionary<string, CanonicalForm>
        {
            ["Adot"] = zero - CanonicalForm.Of(layerGradient, env),
            ["Bdot"] = zero - CanonicalForm.Of(layerNextGradient, env),
        });
        steps.Add(new DerivationStep("substitute", "insert the gradient-flow velocities and expand", substituted.ToLatex(), substituted.ToString()));
        bool proved = Compare(steps, substituted, zero, "0");
        proved &= Boundary(steps, substituted, zero, [Prefix], env, "j = 1: P₀ = I");
        proved &= Boundary(steps, substituted, zero, [SuffixNext2], env, "j = N − 1: S_{N+1} = I");
        proved &= Boundary(steps, substituted, zero, [Prefix, SuffixNext2], env, "N = 2, j = 1: P₀ = S₃ = I");
        return new Derivation(
            "Flow invariant for all depths (nrt (2.3))",
            @"\frac{d}{dt}\left(W_{j+1}^TW_{j+1} - W_jW_j^T\right) = 0",
            "d/dt (W_{j+1}^T W_{j+1} - W_j W_j^T) = 0 for all N, j",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    /// <summary>The one-step change proof against a claimed change (in eta, T, B, A, G, P).</summary>
    internal static Derivation GradientStepChangeAgainst(FreeExpr claimedChange, string claimedText)
    {
        var env = Env();
        var gj = LayerGradient();
        var gj1 = LayerNextGradient();
        var steps = new List<DerivationStep> { Decomposition(), Rules("G_j = (S_{j+2}W_{j+1})ᵀGP_{j−1}ᵀ, G_{j+1} = S_{j+2}ᵀG(W_jP_{j−1})ᵀ, both at the current iterate") };
        var aPlus = A - (Eta * gj);
        var bPlus = B - (Eta * gj1);
        var change = CanonicalForm.Of(((bPlus.T * bPlus) - (aPlus * aPlus.T)) - ((B.T * B) - (A * A.T)), env);
        steps.Add(new DerivationStep("expand", "(W⁺_{j+1})ᵀW⁺_{j+1} − W⁺_j(W⁺_j)ᵀ − (W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) with W⁺_k = W_k − ηG_k, expanded (the η¹ terms cancel)", change.ToLatex(), change.ToString()));
        var claimed = CanonicalForm.Of(claimedChange, env);
        bool proved = Compare(steps, change, claimed, claimedText);
        proved &= Boundary(steps, change, claimed, [Prefix], env, "j = 1: P₀ = I");
        proved &= Boundary(steps, change, claimed, [SuffixNext2], env, "j = N − 1: S_{N+1} = I");
        proved &= Boundary(steps, change, claimed, [Prefix, SuffixNext2], env, "N = 2, j = 1: P₀ = S₃ = I");
        return new Derivation(
            "Exact one-step change of the invariant under gradient descent, all depths (acgh Lemma 2 proof (35), dhl Claim B.1)",
            @"W_{j+1}^{+T}W_{j+1}^+ - W_j^+W_j^{+T} - \left(W_{j+1}^TW_{j+1} - W_jW_j^T\right) = \eta^2\left(G_{j+1}^TG_{j+1} - G_jG_j^T\right)",
            "change of W_{j+1}^T W_{j+1} - W_j W_j^T after one GD step = eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T)",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    /// <summary>G_j = S_{j+1}ᵀGP_{j−1}ᵀ with S_{j+1} = S_{j+2}W_{j+1}.</summary>
    internal static FreeExpr LayerGradient() => (T * B).T * G * P.T;

    /// <summary>G_{j+1} = S_{j+2}ᵀGP_jᵀ with P_j = W_jP_{j−1}.</summary>
    internal static FreeExpr LayerNextGradient() => T.T * G * (A * P).T;

    private static ShapeEnvironment Env() => new ShapeEnvironment()
        .Declare(SuffixNext, "dN", "dj").Declare(SuffixNext2, "dN", "dj1").Declare(Layer, "dj", "djm1").Declare(LayerNext, "dj1", "dj")
        .Declare(Prefix, "djm1", "d0").Declare(Prefix2, "djm2", "d0").Declare(LayerPrev, "djm1", "djm2")
        .Declare("G", "dN", "d0").Declare("X", "d0", "m").Declare("Y", "dN", "m").Declare("E", "dj", "djm1").DeclareScalar("eta");

    private static DerivationStep Decomposition() => new(
        "rules: P_j = W_jP_{j−1}, S_j = S_{j+1}W_j, P₀ = I, S_{N+1} = I",
        "for every N and j the product factors as W = S_{j+1}W_jP_{j−1} (symbols S = S_{j+1}, T = S_{j+2}, A = W_j, B = W_{j+1}, P = P_{j−1}, G = ∇L¹(W)); S_{j+1} and P_{j−1} do not contain W_j",
        @"W = W_N\cdots W_1 = S_{j+1}\,W_j\,P_{j-1}",
        "W = S*A*P");

    private static DerivationStep Rules(string what) => new(
        "rules: S_{j+1} = S_{j+2}W_{j+1}, P_j = W_jP_{j−1}",
        "the gradients of layers j and j + 1 with shared symbols: " + what,
        @"G_j = (S_{j+2}W_{j+1})^T G P_{j-1}^T,\quad G_{j+1} = S_{j+2}^T G (W_jP_{j-1})^T",
        "G_j = (T*B)'*G*P', G_{j+1} = T'*G*(A*P)'");

    // Induction on N − j (resp. j): S_{j+1}ᵀ = (S_{j+2}W_{j+1})ᵀ = W_{j+1}ᵀS_{j+2}ᵀ with S_{N+1}ᵀ = I gives
    // S_{j+1}ᵀ = W_{j+1}ᵀ⋯W_Nᵀ; P_{j−1}ᵀ = (W_{j−1}P_{j−2})ᵀ = P_{j−2}ᵀW_{j−1}ᵀ with P₀ᵀ = I gives P_{j−1}ᵀ = W₁ᵀ⋯W_{j−1}ᵀ.
    private static bool Unfolding(List<DerivationStep> steps, ShapeEnvironment env)
    {
        var suffix = CanonicalForm.Of((T * B).T, env) - CanonicalForm.Of(B.T * T.T, env);
        var prefix = CanonicalForm.Of((C * Q).T, env) - CanonicalForm.Of(Q.T * C.T, env);
        var baseCase = CanonicalForm.Of(new FreeIdentity().T, env) - CanonicalForm.Of(new FreeIdentity(), env);
        bool ok = suffix.IsZero && prefix.IsZero && baseCase.IsZero;
        steps.Add(new DerivationStep(
            "induction: transpose of a product",
            "S_{j+1}ᵀ = (S_{j+2}W_{j+1})ᵀ = W_{j+1}ᵀS_{j+2}ᵀ and P_{j−1}ᵀ = (W_{j−1}P_{j−2})ᵀ = P_{j−2}ᵀW_{j−1}ᵀ (canonical differences 0), with Iᵀ = I at S_{N+1} and P₀; by induction S_{j+1}ᵀ = W_{j+1}ᵀ⋯W_Nᵀ and P_{j−1}ᵀ = W₁ᵀ⋯W_{j−1}ᵀ, which is the printed form of (3.2)",
            @"S_{j+1}^T = W_{j+1}^T S_{j+2}^T = W_{j+1}^T\cdots W_N^T,\quad P_{j-1}^T = P_{j-2}^T W_{j-1}^T = W_1^T\cdots W_{j-1}^T",
            ok ? "0, 0, 0" : $"{suffix}, {prefix}, {baseCase}"));
        return ok;
    }

    private static bool Compare(List<DerivationStep> steps, CanonicalForm a, CanonicalForm b, string what)
    {
        var difference = a - b;
        steps.Add(new DerivationStep(
            difference.IsZero ? "canonical-form" : "canonical-form (mismatch)",
            difference.IsZero ? $"equal to {what}: the canonical difference is 0" : $"differs from {what}: the canonical difference is not 0",
            difference.ToLatex(),
            difference.ToString()));
        return difference.IsZero;
    }

    private static bool Boundary(List<DerivationStep> steps, CanonicalForm a, CanonicalForm b, string[] symbols, ShapeEnvironment env, string name)
    {
        var identity = CanonicalForm.Of(new FreeIdentity(), env);
        var substitution = symbols.ToDictionary(s => s, _ => identity);
        var difference = a.Substitute(substitution) - b.Substitute(substitution);
        steps.Add(new DerivationStep(
            "boundary: " + name,
            difference.IsZero ? $"substitute {name} in both sides: the canonical difference is 0" : $"substitute {name} in both sides: the canonical difference is not 0",
            difference.ToLatex(),
            difference.ToString()));
        return difference.IsZero;
    }
}
