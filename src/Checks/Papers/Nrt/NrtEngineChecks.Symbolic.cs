using System.Globalization;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;
using static DeepLinear.Checks.Papers.Nrt.NrtSampling;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>
/// Exact proofs: the gradients (3.1) (depth 1, all dimensions) and (3.2) (all depths), the flow invariant (2.3) with
/// the range j = 1, …, N−1 (all depths), the one-step change of the invariant in Step 2 of Proposition 3.3 (all
/// depths), the Hessian blocks and quadratic form of §3.2 (all depths, <see cref="DepthGenericHessian"/>; the per-depth
/// <see cref="HessianBlocks"/> at N ≤ 4 keeps its negative control without Xᵀ), the loss display of §2
/// (entry-wise), the rescaling invariance of the product, shape checks of the corrected domains, and the rational
/// identities behind (2.8), (5.1) and (5.3).
/// </content>
public static partial class NrtEngineChecks
{
    private const int HessianProofDepth = 4;

    private static string Wn(int j) => "W" + j.ToString(CultureInfo.InvariantCulture);

    /// <summary>Free symbols W₁…W_N (dⱼ×dⱼ₋₁), X (d₀×m), Y (d_N×m) and the canonical L^N = ½tr(RᵀR).</summary>
    private static (ShapeEnvironment Env, FreeExpr[] W, CanonicalForm Loss) FreeNetwork(int depth)
    {
        var env = new ShapeEnvironment();
        var w = new FreeExpr[depth];
        for (int j = 1; j <= depth; j++)
        {
            env = env.Declare(Wn(j), "d" + j, "d" + (j - 1)).Declare("E" + j, "d" + j, "d" + (j - 1));
            w[j - 1] = FreeExpr.Sym(Wn(j));
        }

        env = env.Declare("X", "d0", "m").Declare("Y", "d" + depth, "m");
        var r = (Chain(w, []) * FreeExpr.Sym("X")) - FreeExpr.Sym("Y");
        return (env, w, CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r.T * r)), env));
    }

    /// <summary>W_N⋯W₁ with Eⱼ in place of Wⱼ for the listed layers.</summary>
    private static FreeExpr Chain(FreeExpr[] w, int[] replaced)
    {
        FreeExpr p = replaced.Contains(1) ? FreeExpr.Sym("E1") : w[0];
        for (int k = 2; k <= w.Length; k++)
        {
            p = (replaced.Contains(k) ? FreeExpr.Sym("E" + k.ToString(CultureInfo.InvariantCulture)) : w[k - 1]) * p;
        }

        return p;
    }

    /// <summary>
    /// The diagonal (<paramref name="mixed"/> false) or mixed Hessian blocks of §3.2 at depths 1…<paramref name="maxDepth"/>:
    /// the second derivative of L^N in the directions Eᵢ (and Eⱼ) equals ‖Qᵢ‖²_F, resp. ⟨Qᵢ, Qⱼ⟩ + ⟨G, P_{i,j}⟩ with
    /// G = <paramref name="residualTimesXt"/> (true: (WX − Y)Xᵀ = ∇L¹(W); false: WX − Y without Xᵀ, the negative control
    /// whose shapes only fit when m = d₀ and which must fail).
    /// </summary>
    /// <param name="mixed">Mixed blocks (text15~fixed) or diagonal blocks (text14).</param>
    /// <param name="maxDepth">Largest depth.</param>
    /// <param name="residualTimesXt">Whether the residual carries the factor Xᵀ (the corrected formula).</param>
    /// <returns>The derivation.</returns>
    public static Derivation HessianBlocks(bool mixed, int maxDepth = HessianProofDepth, bool residualTimesXt = true)
    {
        var steps = new List<DerivationStep>();
        bool proved = true;
        for (int n = mixed ? 2 : 1; n <= maxDepth; n++)
        {
            var (env, w, loss) = FreeNetwork(n);
            if (!residualTimesXt)
            {
                env = env.Declare("X", "d0", "d0").Declare("Y", "d" + n, "d0");
                var r0 = (Chain(w, []) * FreeExpr.Sym("X")) - FreeExpr.Sym("Y");
                loss = CanonicalForm.Of(new FreeScale(new Rational(1, 2), new FreeTrace(r0.T * r0)), env);
            }

            var x = FreeExpr.Sym("X");
            var g = residualTimesXt ? ((Chain(w, []) * x) - FreeExpr.Sym("Y")) * x.T : (Chain(w, []) * x) - FreeExpr.Sym("Y");
            for (int i = 1; i <= n; i++)
            {
                for (int j = mixed ? 1 : i; j <= (mixed ? n : i); j++)
                {
                    if (mixed && i == j)
                    {
                        continue;
                    }

                    var second = loss.Derivative(new Dictionary<string, string> { [Wn(i)] = "E" + i }).Derivative(new Dictionary<string, string> { [Wn(j)] = "E" + j });
                    var qi = Chain(w, [i]) * x;
                    var qj = Chain(w, [j]) * x;
                    FreeExpr formula = new FreeTrace(qi.T * qj);
                    if (mixed)
                    {
                        formula += new FreeTrace(g.T * Chain(w, [i, j]));
                    }

                    var difference = second - CanonicalForm.Of(formula, env);
                    proved &= difference.IsZero;
                    steps.Add(new DerivationStep(
                        difference.IsZero ? "canonical-form" : "refutation",
                        string.Create(CultureInfo.InvariantCulture, $"N = {n}, i = {i}{(mixed ? ", j = " + j.ToString(CultureInfo.InvariantCulture) : string.Empty)}: ∂²L^N in the directions E_{i}{(mixed ? ", E_" + j.ToString(CultureInfo.InvariantCulture) : string.Empty)} minus the formula = {difference}"),
                        difference.ToLatex(),
                        difference.ToString()));
                }
            }
        }

        return new Derivation(
            mixed ? "Mixed Hessian blocks of L^N (nrt §3.2, corrected)" : "Diagonal Hessian blocks of L^N (nrt §3.2)",
            mixed ? @"\langle \Delta_i, \partial^2_{W_iW_j} L^N \Delta_j\rangle = \langle Q_i, Q_j\rangle + \langle WXX^T - YX^T, P_{i,j}\rangle" : @"\langle \Delta_i, \partial^2_{W_i} L^N \Delta_i\rangle = \|Q_i\|_F^2",
            mixed ? "<D_i, d2L/dWi dWj D_j> = <Q_i,Q_j> + <W X X^T - Y X^T, P_ij>" : "<D_i, d2L/dWi^2 D_i> = ||Q_i||_F^2",
            ProofScope.AllDimensions,
            proved,
            steps);
    }

    /// <summary>
    /// The rational identity behind the step-size constants: with D = 4L + (1−α)δB and σ = 4L/D (σ = <paramref name="sigmaNumeratorFactor"/>·L/(…)
    /// for the negative control), 2(1−σ)/B = 2(1−α)δ/D and σ(1−α)δ/(2L) = 2(1−α)δ/D, by cross-multiplication
    /// (denominators B·D and 2L·D are positive) and canonical polynomial forms over ℚ[L, α, δ, B].
    /// </summary>
    /// <param name="sigmaNumeratorFactor">4 for Theorem 2.4 (the printed σ); anything else is a negative control.</param>
    /// <param name="alphaZero">Substitute α = 0 ((5.3)).</param>
    /// <returns>Whether both identities hold, and the proof steps.</returns>
    public static (bool Proved, IReadOnlyList<string> Steps) StepSizeSigmaIdentity(int sigmaNumeratorFactor = 4, bool alphaZero = false)
    {
        var l = Polynomial.Variable(0);
        var a = alphaZero ? Polynomial.Zero : Polynomial.Variable(1);
        var d = Polynomial.Variable(2);
        var b = Polynomial.Variable(3);
        var one = Polynomial.One;
        var k = Polynomial.Constant(sigmaNumeratorFactor);
        var denominator = (k * l) + ((one - a) * d * b);
        // σ = kL/D. (i) 2(1−σ)/B = 2(1−α)δ/D  ⟺ 2(D − kL)·D = 2(1−α)δ·B·D  ⟺ 2(D − kL) − 2(1−α)δB = 0.
        var first = (Polynomial.Constant(2) * (denominator - (k * l))) - (Polynomial.Constant(2) * (one - a) * d * b);
        // (ii) σ(1−α)δ/(2L) = 2(1−α)δ/D  ⟺ kL(1−α)δ·D = 2(1−α)δ·2L·D  ⟺ kL(1−α)δ − 4L(1−α)δ = 0.
        var second = (k * l * (one - a) * d) - (Polynomial.Constant(4) * l * (one - a) * d);
        var steps = new List<string>
        {
            "σ = " + sigmaNumeratorFactor.ToString(CultureInfo.InvariantCulture) + "L/D with D = 4L + (1−α)δB" + (alphaZero ? " at α = 0" : string.Empty) + " (L, δ, B > 0, α ∈ [0, 1), so D > 0)",
            "first term: 2(1−σ)/B = 2(1−α)δ/D ⟺ 2(D − σD) − 2(1−α)δB = 0 after multiplying by B·D > 0; canonical form: " + (first.IsZero ? "0" : first.ToText()),
            "second term: σ(1−α)δ/(2L) = 2(1−α)δ/D ⟺ σD(1−α)δ − 4L(1−α)δ = 0 after multiplying by 2L·D > 0; canonical form: " + (second.IsZero ? "0" : second.ToText()),
            "hence min{2(1−σ)/B_δ, σ(1−α)δ/(2L^N(W⃗(0)))} = 2(1−α)δ/(4L^N(W⃗(0)) + (1−α)δB_δ)",
        };
        return (first.IsZero && second.IsZero, steps);
    }

    private static CheckResult ExactOrRefuted(string id, bool proved, IReadOnlyList<string> steps, string scope, params string[] rules) =>
        proved
            ? ExactCheck.Proved(scope, steps, rules)
            : ExactCheck.Counterexample(id, "symbolic parameters", "symbolic parameters", string.Join("; ", steps));

    private static CheckResult LossDisplay()
    {
        var steps = new List<string>();
        bool proved = true;
        foreach (var dims in new[] { new[] { 2, 2 }, [2, 1, 2], [1, 2, 2, 1] })
        {
            var s = new DeepLinearSymbols(dims, 2, symbolicData: true);
            var residual = s.Y - (s.Product * s.X);
            var columnSum = Polynomial.Zero;
            for (int i = 0; i < s.Samples; i++)
            {
                for (int r = 0; r < residual.Rows; r++)
                {
                    columnSum += residual[r, i] * residual[r, i];
                }
            }

            var half = new Rational(1, 2);
            var outcome = EntrywiseIdentity.Check(SymbolicMatrix.Build(1, 1, (_, _) => columnSum.Scale(half)), SymbolicMatrix.Build(1, 1, (_, _) => s.Loss), s.Names);
            proved &= outcome.Proved;
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"widths {W(dims)}, m = 2: ½Σᵢ‖yᵢ − W_N⋯W₁xᵢ‖² − ½‖Y − W_N⋯W₁X‖²_F = {(outcome.Proved ? "0 (canonical polynomial form)" : outcome.Message)}"));
        }

        steps.Add("the last equality is the definition L¹(W) = ½‖Y − WX‖²_F at W = W_N⋯W₁");
        return ExactOrRefuted("nrt/text1", proved, steps, "entry-wise, widths (2,2), (2,1,2), (1,2,2,1), m = 2, symbolic data", "canonical-form", "definition");
    }

    /// <summary>Shape inference steps of one exact shape check: each expression must have the expected shape.</summary>
    private sealed class ShapeProof
    {
        public List<string> Steps { get; } = [];

        public bool Proved { get; private set; } = true;

        public void Expect(string what, FreeExpr e, ShapeEnvironment env, string rows, string columns)
        {
            try
            {
                var shape = ShapeChecker.Infer(e, env);
                bool ok = shape.ToString() == FreeShape.Matrix(rows, columns).ToString();
                Proved &= ok;
                Steps.Add($"{what}: {e} has shape {shape}{(ok ? string.Empty : " (expected " + rows + "×" + columns + ")")}");
            }
            catch (ShapeException ex)
            {
                Proved = false;
                Steps.Add($"{what}: shape error {ex.Message}");
            }
        }

        public void Fact(bool holds, string step)
        {
            Proved &= holds;
            Steps.Add(step);
        }

        public CheckResult Result(string id) => ExactOrRefuted(id, Proved, Steps, "shape check, all dimensions", "shape-inference");
    }

    /// <summary>With Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁} the residual W_N⋯W₁X − Y is defined and d_N×m for N = 1…6 (nrt/text11~fixed).</summary>
    private static CheckResult FactorSpacesTypeCheck()
    {
        var proof = new ShapeProof();
        for (int n = 1; n <= 6; n++)
        {
            var (env, w, _) = FreeNetwork(n);
            proof.Expect(string.Create(CultureInfo.InvariantCulture, $"N = {n}, Wⱼ ∈ ℝ^{{dⱼ×dⱼ₋₁}}"), Chain(w, []) * FreeExpr.Sym("X") - FreeExpr.Sym("Y"), env, "d" + n.ToString(CultureInfo.InvariantCulture), "m");
        }

        return proof.Result("nrt/text11~fixed");
    }

    /// <summary>𝒜_W maps ℝ^{d_y×dₓ} linearly into itself: the shapes of its terms and their linearity (nrt/text5~fixed).</summary>
    private static CheckResult OperatorDomainTypeCheck()
    {
        var proof = new ShapeProof();
        var env = new ShapeEnvironment().Declare("A", "dy", "dy").Declare("B", "dx", "dx").Declare("Z", "dy", "dx").Declare("Z2", "dy", "dx").Declare("W", "dy", "dx").DeclareScalar("a").DeclareScalar("b");
        var (a, bb, z, z2) = (FreeExpr.Sym("A"), FreeExpr.Sym("B"), FreeExpr.Sym("Z"), FreeExpr.Sym("Z2"));
        proof.Expect("WWᵀ, the base of (WWᵀ)^{(N−j)/N} =: A", FreeExpr.Sym("W") * FreeExpr.Sym("W").T, env, "dy", "dy");
        proof.Expect("WᵀW, the base of (WᵀW)^{(j−1)/N} =: B", FreeExpr.Sym("W").T * FreeExpr.Sym("W"), env, "dx", "dx");
        proof.Expect("a term A·Z·B of 𝒜_W(Z), Z ∈ ℝ^{d_y×dₓ}", a * z * bb, env, "dy", "dx");
        var lin = CanonicalForm.Of(a * ((FreeExpr.Sym("a") * z) + (FreeExpr.Sym("b") * z2)) * bb, env) - CanonicalForm.Of((FreeExpr.Sym("a") * (a * z * bb)) + (FreeExpr.Sym("b") * (a * z2 * bb)), env);
        proof.Fact(lin.IsZero, "linearity of each term: A(aZ + bZ₂)B − (aAZB + bAZ₂B) = " + (lin.IsZero ? "0 (canonical form)" : lin.ToString()) + "; so 𝒜_W : ℝ^{d_y×dₓ} → ℝ^{d_y×dₓ} is linear");
        return proof.Result("nrt/text5~fixed");
    }

    /// <summary>With W ∈ ℝ^{d_y×dₓ} every expression of Lemma 3.1 and its proof is defined (nrt/lemma3.1#shape~fixed).</summary>
    private static CheckResult LemmaDomainTypeCheck()
    {
        var proof = new ShapeProof();
        var env = new ShapeEnvironment().Declare("W", "dy", "dx").Declare("X", "dx", "m").Declare("Y", "dy", "m").Declare("G", "dx", "dx");
        var (w, x, y) = (FreeExpr.Sym("W"), FreeExpr.Sym("X"), FreeExpr.Sym("Y"));
        proof.Expect("Y − WX with W ∈ ℝ^{d_y×dₓ}", y - (w * x), env, "dy", "m");
        proof.Expect("WXXᵀ(XXᵀ)⁻¹ with G = (XXᵀ)⁻¹ ∈ ℝ^{dₓ×dₓ}", w * x * x.T * FreeExpr.Sym("G"), env, "dy", "dx");
        proof.Expect("∇L¹(W) = WXXᵀ − YXᵀ", (w * x * x.T) - (y * x.T), env, "dy", "dx");
        return proof.Result("nrt/lemma3.1#shape~fixed");
    }

    private static CheckResult RescalingInvariance()
    {
        var steps = new List<string>();
        bool proved = true;
        for (int n = 2; n <= 4; n++)
        {
            var (env, w, _) = FreeNetwork(n);
            env = env.DeclareScalar("a").DeclareScalar("b");
            for (int j = 1; j <= n; j++)
            {
                for (int l = 1; l <= n; l++)
                {
                    if (j == l)
                    {
                        continue;
                    }

                    var scaled = w.Select((f, k) => k + 1 == j ? FreeExpr.Sym("a") * f : k + 1 == l ? FreeExpr.Sym("b") * f : f).ToArray();
                    var diff = CanonicalForm.Of(Chain(scaled, []), env) - CanonicalForm.Of(FreeExpr.Sym("a") * FreeExpr.Sym("b") * Chain(w, []), env);
                    proved &= diff.IsZero;
                    if (!diff.IsZero || (j == 1 && l == n))
                    {
                        steps.Add(string.Create(CultureInfo.InvariantCulture, $"N = {n}, j = {j}, ℓ = {l}: W_N⋯(aWⱼ)⋯(bW_ℓ)⋯W₁ − ab·W_N⋯W₁ = {(diff.IsZero ? "0" : diff.ToString())}"));
                    }
                }
            }
        }

        steps.Add("all pairs j ≠ ℓ for N = 2…4 give 0 (canonical forms, all dimensions); with b = a⁻¹ the product is unchanged");
        steps.Add("‖aWⱼ‖ = a‖Wⱼ‖ → ∞ as a → ∞ (homogeneity of the norm) while the product stays fixed");
        return ExactOrRefuted("nrt/text12", proved, steps, "all dimensions, N = 2…4", "canonical-form", "norm-homogeneity");
    }

    private static CheckResult StepChangeWithTriangle()
    {
        var d = DepthGenericProofs.GradientStepChange();
        var steps = d.Steps.Append(new DerivationStep(
            "triangle-inequality",
            "‖A + η²(Gⱼ₊₁ᵀGⱼ₊₁ − GⱼGⱼᵀ)‖ ≤ ‖A‖ + η²(‖Gⱼ₊₁ᵀGⱼ₊₁‖ + ‖GⱼGⱼᵀ‖) and ‖GᵀG‖ = ‖GGᵀ‖ = ‖G‖² for the spectral norm (norm axioms), giving the printed inequality",
            @"\|A + \eta^2(G_{j+1}^TG_{j+1} - G_jG_j^T)\| \le \|A\| + \eta^2(\|G_{j+1}\|^2 + \|G_j\|^2)",
            "||A + eta^2 (G'G - GG')|| <= ||A|| + eta^2 (||G_{j+1}||^2 + ||G_j||^2)")).ToList();
        return SymbolicProof.FromDerivation(d with { Steps = steps });
    }

    private static IEnumerable<(string, Func<CheckContext, CheckResult>)> SymbolicChecks()
    {
        yield return ("nrt/eq3.1", _ => SymbolicProof.FromDerivation(FreeProofs.Gradient(1), " (L¹ is L^N at N = 1)"));
        yield return ("nrt/eq3.2", _ => SymbolicProof.FromDerivation(DepthGenericProofs.Gradient()));
        yield return ("nrt/eq2.3~fixed", _ => SymbolicProof.FromDerivation(DepthGenericProofs.FlowInvariant()));
        yield return ("nrt/prop3.3#proof-step2", _ => StepChangeWithTriangle());
        yield return ("nrt/text14", _ => SymbolicProof.FromDerivation(DepthGenericHessian.DiagonalBlocks()));
        yield return ("nrt/text15~fixed", _ => SymbolicProof.FromDerivation(DepthGenericHessian.MixedBlocks()));
        yield return ("nrt/text16", _ => SymbolicProof.FromDerivation(DepthGenericHessian.Hessian()));
        yield return ("nrt/text1", _ => LossDisplay());
        yield return ("nrt/text11~fixed", _ => FactorSpacesTypeCheck());
        yield return ("nrt/text5~fixed", _ => OperatorDomainTypeCheck());
        yield return ("nrt/lemma3.1#shape~fixed", _ => LemmaDomainTypeCheck());
        yield return ("nrt/text12", _ => RescalingInvariance());
        yield return ("nrt/thm2.4#sigma", _ =>
        {
            var (proved, steps) = StepSizeSigmaIdentity();
            return ExactOrRefuted("nrt/thm2.4#sigma", proved, steps, "exact rational-function identity over ℚ(L, α, δ, B)", "cross-multiplication", "canonical-form");
        });
        yield return ("nrt/eq5.3", _ =>
        {
            var (proved, steps) = StepSizeSigmaIdentity(alphaZero: true);
            var all = steps.Append("at α = 0 the common value 2δ/(4L + δB_δ) is the right-hand side of (5.1), so a₁ = a₂ = 2(1−σ)/B_δ meets (5.1) and (5.2) with (5.3) has η_k ≤ a₁ for every γ ≥ 0").ToList();
            return ExactOrRefuted("nrt/eq5.3", proved, all, "exact rational-function identity over ℚ(L, δ, B)", "cross-multiplication", "canonical-form");
        });
        yield return ("nrt/eq5.1", _ =>
        {
            var l = Polynomial.Variable(0);
            var a = Polynomial.Variable(1);
            var d = Polynomial.Variable(2);
            var b = Polynomial.Variable(3);
            var zero = new Dictionary<int, Polynomial> { [1] = Polynomial.Zero };
            var num = (Polynomial.Constant(2) * (Polynomial.One - a) * d).Substitute(zero) - (Polynomial.Constant(2) * d);
            var den = ((Polynomial.Constant(4) * l) + ((Polynomial.One - a) * d * b)).Substitute(zero) - ((Polynomial.Constant(4) * l) + (d * b));
            return ExactOrRefuted(
                "nrt/eq5.1",
                num.IsZero && den.IsZero,
                ["substitute α = 0 in (2.8): numerator 2(1−α)δ − 2δ = " + (num.IsZero ? "0" : num.ToText()), "denominator 4L + (1−α)δB_δ − (4L + δB_δ) = " + (den.IsZero ? "0" : den.ToText()), "so (5.1) is (2.8) for a balanced start (α = 0)"],
                "exact polynomial substitution over ℚ[L, α, δ, B]",
                "substitution",
                "canonical-form");
        });
    }
}
