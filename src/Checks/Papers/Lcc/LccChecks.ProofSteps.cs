using System.Globalization;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Scalars;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Checks.Papers.Lcc;

/// <content>
/// The inequalities of the proofs of Proposition 1 and Remark 1 and (9), at points (W̄₁, W̄₂) drawn by FsCheck from
/// seeded generators (sizes d_y ≤ d₁ ≤ dₓ ≤ 4, scales 10⁻³–10², degenerate cases: W̄₂ = 0, rank-deficient W̄₁, tiny
/// singular values, strongly unbalanced layers), each with a Nelder–Mead tightness search; and the exact witnesses
/// against the printed third line of the chain, the cited trace bound, λ_min(W̄₁ᵀW̄₁) = 0 and the inclusion-principle step.
/// </content>
public static partial class LccChecks
{
    private static Dictionary<string, Func<CheckContext, CheckResult>> ProofStepChecks() => new(StringComparer.Ordinal)
    {
        ["lcc/prop1#proof-chain-ineq"] = _ => ExactCheck.Counterexample(
            "lcc/prop1#proof-chain-ineq",
            "d_y = d₁ = dₓ = 1, Σ_Y = 1, W̄₁ = 1, W̄₂ = 0: C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ = −1, λ_max(C⁰) = −1",
            @"\Sigma_Y = 1,\ \bar W_1 = 1,\ \bar W_2 = 0,\ C^0 = -1",
            "the second line equals 4·0 − 4·0 = 0, the printed third line equals 0 − (1⁴ + 0)/1 − 0 + (−1)(1 + 0) = −2, and 0 ≤ −2 is false: −tr(W̄₁W̄₁ᵀC⁰) ≤ λ_max(C⁰)‖W̄₁‖²_F fails when C⁰ has a dominant negative part; with ‖C⁰‖₂ in place of λ_max(C⁰) the line holds (lcc/prop1#proof-chain-ineq~fixed)"),
        ["lcc/prop1#proof-chain-ineq~fixed"] = ctx => ChainInequality(ctx, printedLambdaMax: false),
        ["lcc/prop1#proof-trace-bound"] = _ => ExactCheck.Counterexample(
            "lcc/prop1#proof-trace-bound",
            "A = (1) ∈ ℝ^{1×1}, B = (−1) (symmetric)",
            @"A = (1),\ B = (-1)",
            "|tr AAᵀB| = 1 but λ_max(B)·tr AAᵀ = −1, and 1 ≤ −1 is false; the bound holds with max|λ(B)| = ‖B‖₂ (or without the absolute value for B ⪰ 0)"),
        ["lcc/prop1#proof-cs"] = ctx => CauchySchwarz(ctx, traceOfIdentity: true),
        ["lcc/prop1#proof-logistic"] = ctx => LogisticBound(ctx, 0),
        ["lcc/remark1#proof-w1"] = _ => ExactCheck.Counterexample(
            "lcc/remark1#proof-w1",
            "d_y = d₁ = dₓ = 1 (Assumption 1 with d₁ = dₓ), W̄₁ = (1)",
            @"d_1 = d_x = 1,\ \bar W_1 = (1)",
            "λ_min(W̄₁ᵀW̄₁) = 1 ≠ 0: W̄₁ᵀW̄₁ ∈ ℝ^{dₓ×dₓ} has rank ≤ d₁, so λ_min = 0 only when d₁ < dₓ (harmless for (9): a nonnegative term is dropped)"),
        ["lcc/remark1#proof-interlacing"] = _ => ExactCheck.Counterexample(
            "lcc/remark1#proof-interlacing",
            "d_y = 1, d₁ = 2, W̄₂ = (1, 1): W̄₂₁ = (1), W̄₂W̄₂ᵀ = (2)",
            @"\bar W_2 = (1\ 1),\ \bar W_{21} = (1)",
            "λ_min(W̄₂₁ᵀW̄₂₁) = 1 but λ_{d_y}(W̄₂W̄₂ᵀ) = 2 (its only eigenvalue, for either ordering), so λ_min(W̄₂₁ᵀW̄₂₁) ≥ λ_{d_y}(W̄₂W̄₂ᵀ) is false: W̄₂W̄₂ᵀ = W̄₂₁W̄₂₁ᵀ + W̄₂₂W̄₂₂ᵀ ⪰ W̄₂₁W̄₂₁ᵀ gives the reverse inequality; the end result holds by Weyl (lcc/remark1#proof-weyl)"),
        ["lcc/remark1#proof-weyl"] = ctx => WeylStep(ctx, ascending: false),
        ["lcc/eq9"] = ctx => PrintedShape(
            "lcc/eq9", LccFree.OneHidden(), "tr((Sig - W2*W1)'*(Sig - W2*W1)*W1'*W1 + W2*W2'*(Sig - W2*W1)*(Sig - W2*W1)')",
            "d_y = 1, dₓ = 2 (any dₓ ≠ d_y)", "M̄ᵀM̄W̄₁ᵀW̄₁ ∈ ℝ^{dₓ×dₓ} and W̄₂W̄₂ᵀM̄M̄ᵀ ∈ ℝ^{d_y×d_y} are added inside one trace; meant is tr(M̄ᵀM̄W̄₁ᵀW̄₁) + tr(W̄₂W̄₂ᵀM̄M̄ᵀ) (lcc/eq9~fixed)",
            () => NinthInequality(ctx)),
        ["lcc/eq9~fixed"] = ctx => NinthInequality(ctx),
    };

    /// <summary>An instance of the proof inequalities: sizes and the entries [diag of S_Y (d_y), W̄₁ (d₁·dₓ), W̄₂ (d_y·d₁)].</summary>
    /// <param name="Dy">d_y.</param>
    /// <param name="D1">d₁.</param>
    /// <param name="Dx">dₓ.</param>
    /// <param name="Values">The entries.</param>
    /// <param name="Kind">How the instance was made (for the witness text).</param>
    internal sealed record ProofPoint(int Dy, int D1, int Dx, double[] Values, string Kind)
    {
        /// <summary>Σ_Y = [diag(|s|) | 0].</summary>
        public Matrix<double> Sigma => Matrix<double>.Build.Dense(Dy, Dx, (i, j) => i == j ? Math.Abs(Values[i]) : 0);

        /// <summary>W̄₁ ∈ ℝ^{d₁×dₓ}.</summary>
        public Matrix<double> W1 => Matrix<double>.Build.Dense(D1, Dx, (i, j) => Values[Dy + (i * Dx) + j]);

        /// <summary>W̄₂ ∈ ℝ^{d_y×d₁}.</summary>
        public Matrix<double> W2 => Matrix<double>.Build.Dense(Dy, D1, (i, j) => Values[Dy + (D1 * Dx) + (i * D1) + j]);

        /// <summary>The witness text.</summary>
        public string Describe() => string.Create(
            CultureInfo.InvariantCulture,
            $"{Kind}; (d_y, d₁, dₓ) = ({Dy}, {D1}, {Dx}); Σ_Y = {Sigma.ToMatrixString()}; W̄₁ = {W1.ToMatrixString()}; W̄₂ = {W2.ToMatrixString()}").Replace("\n", " ", StringComparison.Ordinal);
    }

    private static Gen<ProofPoint> ProofPoints() =>
        from dy in Gen.Choose(1, 3)
        from d1 in Gen.Choose(dy, 4)
        from dx in Gen.Choose(d1, 4)
        from kind in Gen.Choose(0, 5)
        from e1 in Gen.Choose(-3, 2)
        from e2 in Gen.Choose(-3, 2)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select MakeProofPoint(dy, d1, dx, kind, e1, e2, seed);

    private static ProofPoint MakeProofPoint(int dy, int d1, int dx, int kind, int e1, int e2, int seed)
    {
        var random = new Random(seed);
        double s1 = Math.Pow(10, e1), s2 = Math.Pow(10, e2);
        var values = new double[dy + (d1 * dx) + (dy * d1)];
        for (int i = 0; i < dy; i++)
        {
            values[i] = 0.2 + (3 * random.NextDouble());
        }

        for (int i = dy; i < values.Length; i++)
        {
            values[i] = LccNumeric.Normal(random) * (i < dy + (d1 * dx) ? s1 : s2);
        }

        string name = "Gaussian layers, scales 10^" + e1.ToString(CultureInfo.InvariantCulture) + ", 10^" + e2.ToString(CultureInfo.InvariantCulture);
        switch (kind)
        {
            case 1: // W̄₂ = 0
                Array.Clear(values, dy + (d1 * dx), dy * d1);
                name += ", W̄₂ = 0";
                break;
            case 2: // rank-one W̄₁
                {
                    var u = Enumerable.Range(0, d1).Select(_ => LccNumeric.Normal(random)).ToArray();
                    var v = Enumerable.Range(0, dx).Select(_ => LccNumeric.Normal(random) * s1).ToArray();
                    for (int i = 0; i < d1; i++)
                    {
                        for (int j = 0; j < dx; j++)
                        {
                            values[dy + (i * dx) + j] = u[i] * v[j];
                        }
                    }

                    name += ", rank-one W̄₁";
                    break;
                }

            case 3: // tiny last row of W̄₁ (a tiny singular value)
                for (int j = 0; j < dx; j++)
                {
                    values[dy + ((d1 - 1) * dx) + j] *= 1e-6;
                }

                name += ", tiny singular value of W̄₁";
                break;
            case 4: // W̄₁ = 0
                Array.Clear(values, dy, d1 * dx);
                name += ", W̄₁ = 0";
                break;
        }

        return new ProofPoint(dy, d1, dx, values, name);
    }

    private static IEnumerable<ProofPoint> ShrinkProofPoint(ProofPoint p)
    {
        if (p.Dx > p.D1)
        {
            var values = new double[p.Dy + (p.D1 * (p.Dx - 1)) + (p.Dy * p.D1)];
            Array.Copy(p.Values, values, p.Dy);
            for (int i = 0; i < p.D1; i++)
            {
                for (int j = 0; j < p.Dx - 1; j++)
                {
                    values[p.Dy + (i * (p.Dx - 1)) + j] = p.Values[p.Dy + (i * p.Dx) + j];
                }
            }

            Array.Copy(p.Values, p.Dy + (p.D1 * p.Dx), values, p.Dy + (p.D1 * (p.Dx - 1)), p.Dy * p.D1);
            yield return p with { Dx = p.Dx - 1, Values = values, Kind = p.Kind + " (shrunk)" };
        }

        for (int i = p.Dy; i < p.Values.Length; i++)
        {
            if (p.Values[i] != Math.Round(p.Values[i]))
            {
                var rounded = (double[])p.Values.Clone();
                rounded[i] = Math.Round(rounded[i]);
                yield return p with { Values = rounded };
            }
        }
    }

    private static TightnessSpec<ProofPoint> ProofTightness() => new()
    {
        Dimension = 2 + 6 + 4,
        FromParameters = v => new ProofPoint(2, 2, 3, v, "tightness search"),
    };

    private static double Fro2(Matrix<double> m)
    {
        double f = m.FrobeniusNorm();
        return f * f;
    }

    /// <summary>
    /// The third line of the chain in the proof of Proposition 1 against the second: line 2 ≤ 4tr(W̄₁ᵀW̄₂ᵀΣ_Y) −
    /// (‖W̄₁‖⁴ + ‖W̄₂‖⁴)/d₁ − 2‖W̄₂W̄₁‖² + κ(‖W̄₁‖² + ‖W̄₂‖²) with κ = ‖C⁰‖₂ (the fixed version) or κ = λ_max(C⁰) (printed;
    /// used by tests as the negative control that must be refuted).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="printedLambdaMax">Whether to use the printed λ_max(C⁰).</param>
    /// <returns>Verified, or refuted.</returns>
    public static CheckResult ChainInequality(CheckContext context, bool printedLambdaMax)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new InequalityCheck<ProofPoint>
        {
            ClaimId = printedLambdaMax ? "lcc/prop1#proof-chain-ineq" : "lcc/prop1#proof-chain-ineq~fixed",
            Family = "points (W̄₁, W̄₂), d_y ≤ d₁ ≤ dₓ ≤ 4, layer scales 10⁻³–10², with W̄₂ = 0, W̄₁ = 0, rank-one W̄₁ and tiny singular values",
            Generator = ProofPoints(),
            Evaluate = p =>
            {
                var (w1, w2, sigma) = (p.W1, p.W2, p.Sigma);
                var c0 = (w2.Transpose() * w2) - (w1 * w1.Transpose());
                double n1 = Fro2(w1), n2 = Fro2(w2), t = (w1.Transpose() * w2.Transpose() * sigma).Trace();
                var g2 = w2.Transpose() * w2;
                var g1 = w1 * w1.Transpose();
                double line2 = (4 * t) - (g2 * (g2 - c0)).Trace() - (g1 * (g1 + c0)).Trace() - (2 * Fro2(w2 * w1));
                double kappa = printedLambdaMax ? LccNumeric.SymmetricEigenvalues(c0)[^1] : c0.L2Norm();

                // line 2 ≤ line 3 rearranged so both sides are nonnegative (the ratio is then meaningful):
                // (‖W̄₁‖⁴ + ‖W̄₂‖⁴)/d₁ + [line 2 − (4tr − 4‖W̄₂W̄₁‖²)] ≤ 2‖W̄₂W̄₁‖² + κ(‖W̄₁‖² + ‖W̄₂‖²); the bracket is the
                // literal line 2 minus its simplification (0 up to rounding).
                double residual = line2 - ((4 * t) - (4 * Fro2(w2 * w1)));
                return InstanceOutcome.Inequality((((n1 * n1) + (n2 * n2)) / p.D1) + residual, (2 * Fro2(w2 * w1)) + (kappa * (n1 + n2)));
            },
            Describe = p => p.Describe(),
            Shrink = ShrinkProofPoint,
            Tightness = ProofTightness(),
            RelativeTolerance = 1e-9,
            AbsoluteTolerance = 1e-12,
        }.Run(context);
    }

    /// <summary>(tr AAᵀ)² ≤ tr((AAᵀ)²)·tr I with I = I_{d₁} (or, with <paramref name="traceOfIdentity"/> false, with tr I
    /// replaced by 1: the negative control, which must be refuted), for A = W̄₁ and A = W̄₂ᵀ.</summary>
    /// <param name="context">The check context.</param>
    /// <param name="traceOfIdentity">Whether to use tr I = d₁ (as printed).</param>
    /// <returns>Verified, or refuted.</returns>
    public static CheckResult CauchySchwarz(CheckContext context, bool traceOfIdentity)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new InequalityCheck<ProofPoint>
        {
            ClaimId = "lcc/prop1#proof-cs",
            Family = "A = W̄₁ (d₁×dₓ) and A = W̄₂ᵀ (d₁×d_y) of the proof points; both inequalities, the worse counted",
            Generator = ProofPoints(),
            Evaluate = p =>
            {
                double worstLhs = 0, worstRhs = 1;
                foreach (var a in new[] { p.W1, p.W2.Transpose() })
                {
                    var g = a * a.Transpose();
                    double lhs = Math.Pow(g.Trace(), 2);
                    double rhs = Fro2(g) * (traceOfIdentity ? p.D1 : 1);
                    if (lhs - rhs > worstLhs - worstRhs || (worstLhs == 0 && worstRhs == 1))
                    {
                        (worstLhs, worstRhs) = (lhs, rhs);
                    }
                }

                return InstanceOutcome.Inequality(worstLhs, worstRhs);
            },
            Describe = p => p.Describe(),
            Shrink = ShrinkProofPoint,
            Tightness = ProofTightness(),
            AbsoluteTolerance = 1e-12,
        }.Run(context);
    }

    /// <summary>
    /// The logistic bound of the proof of Proposition 1 with explicit constants: dF/dt = 4tr(W̄₁ᵀW̄₂ᵀΣ_Y) − 4‖W̄₂W̄₁‖²_F
    /// ≤ c₁F − c₂F² with c₁ = 2σ_max(Σ_Y) + ‖C⁰‖₂ and c₂ = 1/(2d₁) (or the given <paramref name="c2Override"/> when
    /// positive: a test passes 1, which must be refuted).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="c2Override">0 for c₂ = 1/(2d₁); a positive value replaces c₂.</param>
    /// <returns>Verified, or refuted.</returns>
    public static CheckResult LogisticBound(CheckContext context, double c2Override)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new InequalityCheck<ProofPoint>
        {
            ClaimId = "lcc/prop1#proof-logistic",
            Family = "proof points; dF/dt from (4) (lcc/prop1#proof-ddt, proved) against c₁F − c₂F², c₁ = 2σ_max(Σ_Y) + ‖C⁰‖₂, c₂ = 1/(2d₁)",
            Generator = ProofPoints(),
            Evaluate = p =>
            {
                var (w1, w2, sigma) = (p.W1, p.W2, p.Sigma);
                var c0 = (w2.Transpose() * w2) - (w1 * w1.Transpose());
                double f = Fro2(w1) + Fro2(w2);
                double dfdt = (4 * (w1.Transpose() * w2.Transpose() * sigma).Trace()) - (4 * Fro2(w2 * w1));
                double c1 = (2 * sigma.L2Norm()) + c0.L2Norm();
                double c2 = c2Override > 0 ? c2Override : 1.0 / (2 * p.D1);
                // dF/dt ≤ c₁F − c₂F² rearranged: 4tr(W̄₁ᵀW̄₂ᵀΣ_Y) + c₂F² ≤ c₁F + 4‖W̄₂W̄₁‖²_F.
                return InstanceOutcome.Inequality(dfdt + (4 * Fro2(w2 * w1)) + (c2 * f * f), (c1 * f) + (4 * Fro2(w2 * w1)));
            },
            Describe = p => p.Describe(),
            Shrink = ShrinkProofPoint,
            Tightness = ProofTightness(),
            AbsoluteTolerance = 1e-12,
        }.Run(context);
    }

    /// <summary>λ_min(W̄₂W̄₂ᵀ) ≥ λ_{d_y}(C⁰) with the d_y-th largest eigenvalue (or, with <paramref name="ascending"/>, the
    /// d_y-th smallest: the negative control, refuted when d₁ = d_y).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="ascending">Whether to order the eigenvalues of C⁰ increasingly.</param>
    /// <returns>Verified, or refuted.</returns>
    public static CheckResult WeylStep(CheckContext context, bool ascending)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new InequalityCheck<ProofPoint>
        {
            ClaimId = "lcc/remark1#proof-weyl",
            Family = "proof points; C⁰ = W̄₂ᵀW̄₂ − W̄₁W̄₁ᵀ",
            Generator = ProofPoints(),
            Evaluate = p =>
            {
                var (w1, w2) = (p.W1, p.W2);
                var c0 = (w2.Transpose() * w2) - (w1 * w1.Transpose());
                var eig = LccNumeric.SymmetricEigenvalues(c0);
                double lambda = ascending ? eig[p.Dy - 1] : eig[eig.Length - p.Dy];
                double lhs = LccNumeric.SymmetricEigenvalues(w2 * w2.Transpose())[0];
                return InstanceOutcome.Inequality(lambda, lhs);
            },
            Describe = p => p.Describe(),
            Shrink = ShrinkProofPoint,
            Tightness = ProofTightness(),
            AbsoluteTolerance = 1e-12,
        }.Run(context);
    }

    /// <summary>(9): the equality is proved symbolically (all dimensions); the inequality
    /// −2tr(M̄ᵀM̄W̄₁ᵀW̄₁ + W̄₂W̄₂ᵀM̄M̄ᵀ) ≤ −2c₀‖M̄‖²_F, c₀ = λ_min(W̄₁ᵀW̄₁) + λ_min(W̄₂W̄₂ᵀ), is checked at proof points.</summary>
    private static CheckResult NinthInequality(CheckContext context)
    {
        var proof = NinthEquality(sign: -2);
        if (!proof.Proved)
        {
            return CheckResult.Inconclusive("symbolic", new Evidence.InconclusiveEvidence("the equality of (9) was not proved by canonical forms", proof.ToText(), 0));
        }

        return new InequalityCheck<ProofPoint>
        {
            ClaimId = "lcc/eq9~fixed",
            Family = "proof points; the equality d‖M̄‖²_F/dt = −2tr(M̄ᵀM̄W̄₁ᵀW̄₁) − 2tr(W̄₂W̄₂ᵀM̄M̄ᵀ) along (4) is proved for all dimensions (canonical form); the inequality 2c₀‖M̄‖² ≤ 2tr(M̄ᵀM̄W̄₁ᵀW̄₁) + 2tr(W̄₂W̄₂ᵀM̄M̄ᵀ) is checked here",
            Generator = ProofPoints(),
            Evaluate = p =>
            {
                var (w1, w2, sigma) = (p.W1, p.W2, p.Sigma);
                var m = sigma - (w2 * w1);
                double lhs = -2 * ((m.Transpose() * m * w1.Transpose() * w1).Trace() + (w2 * w2.Transpose() * m * m.Transpose()).Trace());
                double c0 = LccNumeric.SymmetricEigenvalues(w1.Transpose() * w1)[0] + LccNumeric.SymmetricEigenvalues(w2 * w2.Transpose())[0];
                // −2tr(…) ≤ −2c₀‖M̄‖² rearranged with nonnegative sides: 2c₀‖M̄‖² ≤ −lhs.
                return InstanceOutcome.Inequality(2 * c0 * Fro2(m), -lhs);
            },
            Describe = p => p.Describe(),
            Shrink = ShrinkProofPoint,
            Tightness = ProofTightness(),
            AbsoluteTolerance = 1e-12,
        }.Run(context);
    }

    /// <summary>The equality of (9) along (4), H = 1, for all dimensions: d tr(M̄ᵀM̄)/dt = sign·tr(M̄ᵀM̄W̄₁ᵀW̄₁ + W̄₂W̄₂ᵀM̄M̄ᵀ)
    /// (printed sign −2; tests pass +2).</summary>
    /// <param name="sign">The printed factor.</param>
    /// <returns>The derivation.</returns>
    public static Derivation NinthEquality(int sign)
    {
        var free = new LccFree(LccFree.OneHidden());
        var derivative = free.TimeDerivative(free.Form("tr((Sig - W2*W1)'*(Sig - W2*W1))"), OneHiddenFlow());
        free.Compare(
            string.Create(CultureInfo.InvariantCulture, $"d tr(M̄ᵀM̄)/dt along (4) equals {sign}·tr(M̄ᵀM̄W̄₁ᵀW̄₁ + W̄₂W̄₂ᵀM̄M̄ᵀ)"),
            derivative,
            free.Combination((sign, "tr((Sig - W2*W1)'*(Sig - W2*W1)*W1'*W1)"), (sign, "tr(W2*W2'*(Sig - W2*W1)*(Sig - W2*W1)')")));
        return free.ToDerivation(
            "Equality of (9), read as a sum of two traces",
            @"\frac{d\|\bar M\|_F^2}{dt} = -2\operatorname{tr}(\bar M^T\bar M\bar W_1^T\bar W_1 + \bar W_2\bar W_2^T\bar M\bar M^T)",
            "d|M|^2/dt = -2 tr(M^T M W1^T W1 + W2 W2^T M M^T)",
            ProofScope.AllDimensions);
    }
}
