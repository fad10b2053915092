using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.DepthGeneric;

/// <summary>
/// Proofs for an arbitrary depth N and layer index j, with all dimensions symbolic. The network enters only through
/// prefix products <c>P_j = W_j⋯W₁</c> and suffix products <c>S_j = W_N⋯W_j</c>, with the rules
/// <c>P_j = W_jP_{j−1}</c>, <c>S_j = S_{j+1}W_j</c>, <c>P₀ = I</c>, <c>S_{N+1} = I</c>; hence <c>W = S_{j+1}W_jP_{j−1}</c> for every j, and
/// <c>S_{j+1}</c>, <c>P_{j−1}</c> do not depend on <c>W_j</c>. Each proof is a canonical-form identity in the opaque symbols
/// <c>S_{j+1}, W_j, P_{j−1}, …</c>, so it holds for every N, every j and all dimensions; the boundary cases j = 1 and
/// j = N are the substitutions <c>P₀ = I</c>, <c>S_{N+1} = I</c> and are checked as well.
/// </summary>
public static class DepthGenericProofs
{
    private static readonly FreeExpr S = new FreeSymbol("S"); // S_{j+1}
    private static readonly FreeExpr T = new FreeSymbol("T"); // S_{j+2}
    private static readonly FreeExpr A = new FreeSymbol("A"); // W_j
    private static readonly FreeExpr B = new FreeSymbol("B"); // W_{j+1}
    private static readonly FreeExpr P = new FreeSymbol("P"); // P_{j−1}
    private static readonly FreeExpr G = new FreeSymbol("G"); // ∇L¹(W), the same matrix for every layer
    private static readonly FreeExpr X = new FreeSymbol("X");
    private static readonly FreeExpr Y = new FreeSymbol("Y");
    private static readonly FreeExpr Eta = new FreeSymbol("eta");

    private static ShapeEnvironment Env() => new ShapeEnvironment()
        .Declare("S", "dN", "dj").Declare("T", "dN", "dj1").Declare("A", "dj", "djm1").Declare("B", "dj1", "dj")
        .Declare("P", "djm1", "d0").Declare("G", "dN", "d0").Declare("X", "d0", "m").Declare("Y", "dN", "m").DeclareScalar("eta");

    /// <summary>nrt (3.2) for all N, j: <c>∇_{W_j}L^N = S_{j+1}ᵀ(WX − Y)XᵀP_{j−1}ᵀ</c> with <c>W = S_{j+1}W_jP_{j−1}</c>.</summary>
    public static Derivation Gradient()
    {
        var env = Env();
        var steps = new List<DerivationStep> { Decomposition() };
        var w = S * A * P;
        var r = (w * X) - Y;
        var loss = CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r.T * r)), env);
        steps.Add(new DerivationStep("canonical-form", "expand L^N = ½ tr((S_{j+1}W_jP_{j−1}X − Y)ᵀ(S_{j+1}W_jP_{j−1}X − Y))", loss.ToLatex(), loss.ToString()));
        var gradient = loss.Gradient("A");
        steps.Add(new DerivationStep("trace-cyclicity", "directional derivative in W_j, rotated so the direction is last: tr(M E) ↦ Mᵀ", gradient.ToLatex(), gradient.ToString()));
        var closed = CanonicalForm.Of(S.T * ((w * X) - Y) * X.T * P.T, env);
        bool proved = Compare(steps, gradient, closed, "nrt (3.2): S_{j+1}ᵀ(WX − Y)XᵀP_{j−1}ᵀ");
        proved &= Boundary(steps, gradient, closed, "P", env, "j = 1: P₀ = I");
        proved &= Boundary(steps, gradient, closed, "S", env, "j = N: S_{N+1} = I");
        return new Derivation(
            "Gradient formula nrt (3.2) for all depths",
            @"\nabla_{W_j}L^N = W_{j+1}^T\cdots W_N^T\,(WX - Y)X^T\,W_1^T\cdots W_{j-1}^T = S_{j+1}^T (WX-Y)X^T P_{j-1}^T",
            "grad_{W_j} L^N = S_{j+1}^T (W X - Y) X^T P_{j-1}^T for all N, j",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// <c>d/dt(W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) = 0</c> along <c>Ẇ_k = −S_{k+1}ᵀGP_{k−1}ᵀ</c>, using <c>S_{j+1} = S_{j+2}W_{j+1}</c> and
    /// <c>P_j = W_jP_{j−1}</c>, for every N and 1 ≤ j &lt; N.
    /// </summary>
    public static Derivation FlowInvariant()
    {
        var env = Env();
        var steps = new List<DerivationStep> { Decomposition(), Rules() };
        var (gj, gj1) = Gradients(env);
        var invariant = CanonicalForm.Of((B.T * B) - (A * A.T), env);
        var derivative = invariant.Derivative(new Dictionary<string, string> { ["A"] = "Adot", ["B"] = "Bdot" })
            .Substitute(new Dictionary<string, CanonicalForm> { ["Adot"] = Negate(gj), ["Bdot"] = Negate(gj1) });
        steps.Add(new DerivationStep("product-rule", "d/dt(W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) with Ẇ_{j+1} = −G_{j+1}, Ẇ_j = −G_j, expanded", derivative.ToLatex(), derivative.ToString()));
        bool proved = Compare(steps, derivative, CanonicalForm.FromTerms([]), "0");
        proved &= Boundary(steps, derivative, CanonicalForm.FromTerms([]), "P", env, "j = 1: P₀ = I");
        proved &= Boundary(steps, derivative, CanonicalForm.FromTerms([]), "T", env, "j = N − 1: S_{N+1} = I");
        return new Derivation(
            "Flow invariant for all depths (nrt (2.3))",
            @"\frac{d}{dt}\left(W_{j+1}^TW_{j+1} - W_jW_j^T\right) = 0",
            "d/dt (W_{j+1}^T W_{j+1} - W_j W_j^T) = 0 for all N, j",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// One gradient-descent step <c>W_k⁺ = W_k − ηG_k</c> changes the invariant by exactly
    /// <c>η²(G_{j+1}ᵀG_{j+1} − G_jG_jᵀ)</c> (acgh Lemma 2, dhl Claim B.1), for every N and j.
    /// </summary>
    public static Derivation GradientStepChange()
    {
        var env = Env();
        var steps = new List<DerivationStep> { Decomposition(), Rules() };
        var (gjForm, gj1Form) = Gradients(env);
        var (gj, gj1) = GradientExpressions();
        var aPlus = A - (Eta * gj);
        var bPlus = B - (Eta * gj1);
        var change = CanonicalForm.Of(((bPlus.T * bPlus) - (aPlus * aPlus.T)) - ((B.T * B) - (A * A.T)), env);
        steps.Add(new DerivationStep("expand", "(W⁺_{j+1})ᵀW⁺_{j+1} − W⁺_j(W⁺_j)ᵀ − (W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) with W⁺ = W − ηG, expanded", change.ToLatex(), change.ToString()));
        var claimed = CanonicalForm.Of(Eta * Eta * ((gj1.T * gj1) - (gj * gj.T)), env);
        _ = gjForm;
        _ = gj1Form;
        bool proved = Compare(steps, change, claimed, "η²(G_{j+1}ᵀG_{j+1} − G_jG_jᵀ)");
        proved &= Boundary(steps, change, claimed, "P", env, "j = 1: P₀ = I");
        proved &= Boundary(steps, change, claimed, "T", env, "j = N − 1: S_{N+1} = I");
        return new Derivation(
            "Exact one-step change of the invariant under gradient descent, all depths",
            @"W_{j+1}^{+T}W_{j+1}^+ - W_j^+W_j^{+T} - \left(W_{j+1}^TW_{j+1} - W_jW_j^T\right) = \eta^2\left(G_{j+1}^TG_{j+1} - G_jG_j^T\right)",
            "change of W_{j+1}^T W_{j+1} - W_j W_j^T after one GD step = eta^2 (G_{j+1}^T G_{j+1} - G_j G_j^T)",
            ProofScope.AllDepthsAllDimensions,
            proved,
            steps);
    }

    private static (FreeExpr Gj, FreeExpr Gj1) GradientExpressions() =>
        ((T * B).T * G * P.T, T.T * G * (A * P).T);

    private static (CanonicalForm Gj, CanonicalForm Gj1) Gradients(ShapeEnvironment env)
    {
        var (gj, gj1) = GradientExpressions();
        return (CanonicalForm.Of(gj, env), CanonicalForm.Of(gj1, env));
    }

    private static CanonicalForm Negate(CanonicalForm f) => CanonicalForm.FromTerms([]) - f;

    private static DerivationStep Decomposition() => new(
        "rules: P_j = W_jP_{j−1}, S_j = S_{j+1}W_j, P₀ = I, S_{N+1} = I",
        "for every N and j the product factors as W = S_{j+1}W_jP_{j−1}; S_{j+1} and P_{j−1} do not contain W_j",
        @"W = W_N\cdots W_1 = S_{j+1}\,W_j\,P_{j-1}",
        "W = S_{j+1} W_j P_{j-1}");

    private static DerivationStep Rules() => new(
        "rules: S_{j+1} = S_{j+2}W_{j+1}, P_j = W_jP_{j−1}",
        "the gradients of layers j and j+1 written with the shared symbols: G_j = S_{j+1}ᵀGP_{j−1}ᵀ = (S_{j+2}W_{j+1})ᵀGP_{j−1}ᵀ and G_{j+1} = S_{j+2}ᵀGP_jᵀ = S_{j+2}ᵀG(W_jP_{j−1})ᵀ, G = ∇L¹(W)",
        @"G_j = (S_{j+2}W_{j+1})^T G P_{j-1}^T,\quad G_{j+1} = S_{j+2}^T G (W_jP_{j-1})^T",
        "G_j = (T B)^T G P^T, G_{j+1} = T^T G (A P)^T");

    private static bool Compare(List<DerivationStep> steps, CanonicalForm a, CanonicalForm b, string what)
    {
        var difference = a - b;
        steps.Add(new DerivationStep(
            difference.IsZero ? "canonical-form" : "canonical-form (mismatch)",
            difference.IsZero ? $"equal to {what}: the canonical difference is 0" : $"differs from {what}: canonical difference {difference}",
            difference.ToLatex(),
            difference.ToString()));
        return difference.IsZero;
    }

    private static bool Boundary(List<DerivationStep> steps, CanonicalForm a, CanonicalForm b, string symbol, ShapeEnvironment env, string name)
    {
        var identity = new Dictionary<string, CanonicalForm> { [symbol] = CanonicalForm.Of(new FreeIdentity(), env) };
        var difference = a.Substitute(identity) - b.Substitute(identity);
        steps.Add(new DerivationStep("boundary: " + name, $"substitute {name} in both sides and compare", difference.ToLatex(), difference.ToString()));
        return difference.IsZero;
    }
}
