using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.DepthGeneric;

/// <content>
/// The identity steps of the Hessian bound in the proof of nrt Proposition 3.3 (the grouping before Cauchy–Schwarz, the
/// expansion of ∇L¹, the regroupings of the double sums and the exponent bookkeeping after (3.16)), and the negative
/// controls that every run of <see cref="Hessian"/> must reject.
/// </content>
public static partial class DepthGenericHessian
{
    /// <summary>The printed mixed term ⟨L^N(W⃗), P_{i,j}⟩, read as the scalar L^N times tr P_{i,j} (negative control).</summary>
    internal static FreeExpr PrintedBlock(HessianBlockKind kind, HessianBlockSymbols s)
    {
        var (qi, qj, mixed) = QAndP(kind, s);
        FreeExpr block = new FreeTrace(qi.T * qj);
        if (mixed is null)
        {
            return block;
        }

        var r = (s.Product(kind) * s.X) - s.Y;
        return block + (new FreeScale(new Rational(1, 2), new FreeTrace(r.T * r)) * new FreeTrace(mixed));
    }

    /// <summary>The corrected block with the middle segment and the lower direction swapped in P_{i,j} (negative control).</summary>
    internal static FreeExpr SwappedSegmentBlock(HessianBlockKind kind, HessianBlockSymbols s)
    {
        var (qi, qj, _) = QAndP(kind, s);
        FreeExpr block = new FreeTrace(qi.T * qj);
        return kind switch
        {
            HessianBlockKind.Diagonal => block,
            HessianBlockKind.LowerUpper => block + new FreeTrace(s.OuterGradient(kind).T * (s.S * s.Gamma * s.Delta * s.M * s.P)),
            _ => block + new FreeTrace(s.OuterGradient(kind).T * (s.S * s.Delta * s.Gamma * s.M * s.P)),
        };
    }

    /// <summary>
    /// Runs a block proof against a claimed formula and says whether it was rejected: not proved, or ill-typed
    /// (<see cref="ShapeException"/>), with symbolic sizes and with all sizes equal.
    /// </summary>
    internal static (bool Rejected, string How) Reject(HessianBlockKind kind, Func<HessianBlockKind, HessianBlockSymbols, FreeExpr> claimed)
    {
        var how = new List<string>();
        bool rejected = true;
        foreach (bool square in new[] { false, true })
        {
            string sizes = square ? "all sizes equal" : "symbolic sizes";
            try
            {
                var scratch = new List<DerivationStep>();
                bool proved = Block(scratch, kind, claimed, "the mutated formula", square, new HashSet<string>(StringComparer.Ordinal));
                rejected &= !proved;
                var failed = scratch.FirstOrDefault(x => x.Rule.EndsWith("(mismatch)", StringComparison.Ordinal));
                how.Add(proved ? sizes + ": PROVED" : sizes + ": refuted at '" + failed?.Rule + "'");
            }
            catch (ShapeException e)
            {
                how.Add(sizes + ": shape error (" + e.Message + ")");
            }
        }

        return (rejected, string.Join("; ", how));
    }

    private static bool NegativeControls(List<DerivationStep> steps, IReadOnlySet<string> cases)
    {
        var (printedRejected, printedHow) = Reject(HessianBlockKind.UpperLower, PrintedBlock);
        steps.Add(new DerivationStep(
            printedRejected ? "negative control: printed ⟨L^N(W⃗), P_{i,j}⟩ rejected" : "negative control: printed ⟨L^N(W⃗), P_{i,j}⟩ NOT rejected",
            "the mixed block as printed, ⟨Q_i, Q_j⟩ + ⟨L^N(W⃗), P_{i,j}⟩ with the scalar L^N read as L^N·tr P_{i,j}: " + printedHow,
            string.Empty,
            string.Empty));
        var (swappedRejected, swappedHow) = Reject(HessianBlockKind.LowerUpper, SwappedSegmentBlock);
        steps.Add(new DerivationStep(
            swappedRejected ? "negative control: swapped segment order rejected" : "negative control: swapped segment order NOT rejected",
            "P_{i,j} = S_{j+1,N}Γ_jΔ_iS_{i+1,j−1}S_{1,i−1} (middle segment and Δ_i swapped): " + swappedHow,
            string.Empty,
            string.Empty));
        string dropped = Classify(4, 2, 3); // i < j, the empty middle segment j = i + 1, neither first nor last layer
        var fewer = cases.Where(c => c != dropped).ToHashSet(StringComparer.Ordinal);
        string? uncovered = FirstUncovered(fewer, 6);
        steps.Add(new DerivationStep(
            uncovered is not null ? "negative control: dropped boundary case rejected" : "negative control: dropped boundary case NOT rejected",
            "the proof without the boundary case " + dropped + " (j = i + 1, empty middle segment) does not cover " + (uncovered ?? "— every pair is still covered"),
            string.Empty,
            string.Empty));
        return printedRejected && swappedRejected && uncovered is not null;
    }

    private static bool BoundIdentities(List<DerivationStep> steps)
    {
        bool proved = true;

        // (i) The grouping before Cauchy–Schwarz, for the upper layer u carrying Δ_u (i > j in the paper; i < j is the same
        // with the names exchanged): ⟨G, P⟩ = tr(GᵀSΔ_uMΔ_lP) = ⟨(GᵀSΔ_u)ᵀ, MΔ_lP⟩, G = ∇L¹(W) = WXXᵀ − YXᵀ.
        var env = Env(squareSizes: false, HessianBlockKind.UpperLower);
        var s = Symbols(HessianBlockKind.UpperLower, new FreeSymbol(DeltaLower));
        var g = s.OuterGradient(HessianBlockKind.UpperLower);
        var left = g.T * s.S * s.Delta;
        var right = s.M * s.Gamma * s.P;
        var grouping = CanonicalForm.Of(new FreeTrace(g.T * (s.S * s.Delta * s.M * s.Gamma * s.P)), env) - CanonicalForm.Of(new FreeTrace(left.T.T * right), env);
        var w = s.Product(HessianBlockKind.UpperLower);
        var expansion = CanonicalForm.Of(g, env) - CanonicalForm.Of((w * X * X.T) - (Y * X.T), env);
        proved &= grouping.IsZero && expansion.IsZero;
        steps.Add(new DerivationStep(
            "Proposition 3.3: grouping before Cauchy–Schwarz",
            "⟨A_ξXXᵀ − YXᵀ, P_{i,j}⟩ = tr((A_ξXXᵀ − YXᵀ)ᵀ·S_{i+1,N}Δ_i·S_{j+1,i−1}Δ_jS_{1,j−1}) = ⟨((A_ξXXᵀ − YXᵀ)ᵀS_{i+1,N}Δ_i)ᵀ, S_{j+1,i−1}Δ_jS_{1,j−1}⟩ for all N and i > j (i < j: names exchanged), and (WX − Y)Xᵀ = WXXᵀ − YXᵀ with W = S_{i+1,N}W_iS_{j+1,i−1}W_jS_{1,j−1}; canonical differences " + grouping + ", " + expansion
            + ". The inequalities that follow (Cauchy–Schwarz, ‖AB‖_F ≤ ‖A‖‖B‖_F) stay numeric checks (nrt/eq3.16)",
            @"\langle G, P_{i,j}\rangle = \left\langle (G^TS_{i+1,N}\Delta_i)^T,\ S_{j+1,i-1}\Delta_jS_{1,j-1}\right\rangle,\quad G = (WX-Y)X^T = WXX^T - YX^T",
            grouping + ", " + expansion));

        // (ii) Scalar identities in commuting variables (ℚ[N, a, b, z, t]).
        var n = Polynomial.Variable(0);
        var a = Polynomial.Variable(1);
        var b = Polynomial.Variable(2);
        var z = Polynomial.Variable(3);
        var t = Polynomial.Variable(4);
        var one = Polynomial.One;
        var two = Polynomial.Constant(2);
        var half = Polynomial.Constant(new Rational(1, 2));
        var square = ((z + t) * (z + t)) - ((z * z) + (two * z * t) + (t * t));
        proved &= square.IsZero;
        steps.Add(new DerivationStep(
            "Proposition 3.3: double sums as squares (induction)",
            "Σ_{i,j≤n+1}a_ia_j = Σ_{i,j≤n}a_ia_j + 2a_{n+1}Σ_{i≤n}a_i + a_{n+1}², so with z = Σ_{i≤n}a_i and t = a_{n+1} the step is (z + t)² − (z² + 2zt + t²) = " + Text(square)
            + ": Σ_{i,j}‖Q_i‖‖Q_j‖ = (Σ_i‖Q_i‖)² and Σ_{i,j}‖Δ_i‖_F‖Δ_j‖_F = (Σ_j‖Δ_j‖_F)²; Σ_{i≠j} = Σ_{i,j} − Σ_{i=j} ≤ Σ_{i,j} drops non-negative terms (an inequality)",
            @"\sum_{i,j=1}^N a_ia_j = \Big(\sum_{j=1}^N a_j\Big)^2",
            Text(square)));
        var qPart = (n - one) + (n - one) - ((two * n) - two);
        var mixedPart = n + (n - two) - ((two * n) - two);
        var kPart = ((n - two) * half) - ((n * half) - one);
        var kQ = (((two * n) - two) * half) - (n - one);
        proved &= qPart.IsZero && mixedPart.IsZero && kPart.IsZero && kQ.IsZero;
        steps.Add(new DerivationStep(
            "Proposition 3.3: exponents after substituting ‖A_ξ^k‖ ≤ (1 + 1/(2N))K_δ^{1/2}",
            "with c = (1 + 1/(2N))K_δ^{1/2}: ∏_{k≠i}·∏_{k≠j} gives c^{(N−1)+(N−1)}, ‖X‖²∏_k·∏_{k≠i,j} gives c^{N+(N−2)}, both c^{2N−2} = (1 + 1/(2N))^{2N−2}K_δ^{N−1}; ‖YXᵀ‖∏_{k≠i,j} gives (1 + 1/(2N))^{N−2}K_δ^{(N−2)/2} = …K_δ^{N/2−1}. Exponent identities in ℚ[N]: "
            + $"(N−1)+(N−1)−(2N−2) = {Text(qPart)}, N+(N−2)−(2N−2) = {Text(mixedPart)}, (N−2)/2−(N/2−1) = {Text(kPart)}, (2N−2)/2−(N−1) = {Text(kQ)}",
            @"c^{N-1}c^{N-1} = c^{N}c^{N-2} = \left(1+\tfrac1{2N}\right)^{2N-2}K_\delta^{N-1},\quad K_\delta^{\frac{N-2}{2}} = K_\delta^{\frac N2-1}",
            $"{Text(qPart)}, {Text(mixedPart)}, {Text(kPart)}, {Text(kQ)}"));
        var final = ((a * n) + ((a + b) * n)) - ((two * n * a) + (n * b));
        proved &= final.IsZero;
        steps.Add(new DerivationStep(
            "Proposition 3.3: regrouping into B_δ",
            "with a = eK_δ^{N−1}‖X‖², b = √eK_δ^{N/2−1}‖XYᵀ‖ and (Σ_j‖Δ_j‖_F)² ≤ N‖Δ⃗‖²_F (Cauchy–Schwarz, numeric in nrt/prop3.3#proof-constants): aN + (a + b)N − (2Na + Nb) = " + Text(final)
            + ", so the bound is [2eNK_δ^{N−1}‖X‖² + √eNK_δ^{N/2−1}‖XYᵀ‖]‖Δ⃗‖²_F = B_δ‖Δ⃗‖²_F; the inequalities (1 + 1/(2N))^{2N} ≤ e and the norm bounds stay numeric (nrt/prop3.3#proof-hessian-sum, nrt/text17)",
            @"aN + (a+b)N = 2eNK_\delta^{N-1}\|X\|^2 + \sqrt e\,NK_\delta^{N/2-1}\|XY^T\| = B_\delta",
            Text(final)));
        return proved;
    }

    private static string Text(Polynomial p) => p.IsZero ? "0" : p.ToText();
}
