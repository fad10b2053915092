using System.Globalization;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Losses;
using DeepLinear.Numeric.Model;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Proving;
using DeepLinear.Symbolic.Scalars;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using static DeepLinear.Checks.Papers.Acgh.AcghCheckSupport;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>Section 2–3.1 and Appendix A of acgh: the whitened loss (1)–(5), Definitions 1–2, Claim 1 and the running
/// text around them.</summary>
public static class WhitenedLossAndMarginChecks
{
    internal static void Register(Dictionary<string, Func<CheckContext, CheckResult>> checks)
    {
        Add(checks, "acgh/eq1", ctx => WhitenedLossIdentity(ctx));
        Add(checks, "acgh/text11", _ => AppendixAIdentities("acgh/text11", AppendixAClaims));
        Add(checks, "acgh/eq2", ctx => LossDefinitions(ctx, "acgh/eq2"));
        Add(checks, "acgh/eq3", ctx => LossDefinitions(ctx, "acgh/eq3"));
        Add(checks, "acgh/eq5", ctx => LossDefinitions(ctx, "acgh/eq5"));
        Add(checks, "acgh/text1", ctx => LossDefinitions(ctx, "acgh/text1"));
        Add(checks, "acgh/text12", ctx => LossDefinitions(ctx, "acgh/text12"));
        Add(checks, "acgh/eq4", ctx => UpdateAsPrinted(ctx));
        Add(checks, "acgh/def1", ctx => BalancednessPredicate(ctx, "acgh/def1"));
        Add(checks, "acgh/text3", _ => ResidualBalanced());
        Add(checks, "acgh/def2", ctx => MarginPredicate(ctx, "acgh/def2"));
        Add(checks, "acgh/eq6", ctx => MarginPredicate(ctx, "acgh/eq6"));
        Add(checks, "acgh/text4", ctx => MarginForcesFullRank(ctx));
        Add(checks, "acgh/claim1", ctx => ClaimOne(ctx));
        Add(checks, "acgh/claim1#proof", ctx => WeylChain(ctx));
        Add(checks, "acgh/text5", ctx => ResidualMargin(ctx));
        Add(checks, "acgh/text6", ctx => BottleneckHasNoMargin(ctx));
        Add(checks, "acgh/text8", _ => LinearGradientProof("acgh/text8", Rational.One));
        Add(checks, "acgh/text9", _ => LinearGradientProof("acgh/text9", Rational.One));
    }

    /// <summary>The Appendix-A identities, public for the tests (times 2m; Λ_xx = XXᵀ/m, Λ_yx = YXᵀ/m, Λ_yy = YYᵀ/m written with m·L = …).</summary>
    public static readonly string[] AppendixAClaims =
    [
        "tr((W*X - Y)*(W*X - Y)') == tr(W*X*X'*W') - tr(W*X*Y') - tr(W*X*Y') + tr(Y*Y')",
        "tr(W*X*Y') == tr(W*(Y*X')')",
        "tr(W*W') - tr(W*L') - tr(W*L') + tr(K) == tr((W - L)*(W - L)') - tr(L*L') + tr(K)",
    ];

    /// <summary>
    /// Proves each identity with the dimension-free prover (shapes W = p×q, X = q×m, Y = p×m, L = p×q, K = p×p); the
    /// first two are the first lines of Appendix A multiplied by 2m, the third its completion of the square with
    /// Λ_xx = I (L = Λ_yx, K = Λ_yy). Public so that tests can pass a mutated identity (negative control).
    /// </summary>
    /// <param name="claimId">The claim id.</param>
    /// <param name="identities">The identities.</param>
    /// <returns>Proved when every identity is proved; otherwise the first non-proof.</returns>
    public static CheckResult AppendixAIdentities(string claimId, IReadOnlyList<string> identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        string[] shapes = ["W=pxq", "X=qxm", "Y=pxm", "L=pxq", "K=pxp"];
        var steps = new List<string>();
        int count = 0;
        foreach (var identity in identities)
        {
            var outcome = ProverService.Prove(identity, [], shapes);
            if (outcome.Verdict != ProveVerdict.Proved)
            {
                return SymbolicProof.FromProver(claimId, outcome);
            }

            count += outcome.Steps.Count;
            steps.Add(identity + "  [proved for all dimensions: " + outcome.Steps.Count.ToString(CultureInfo.InvariantCulture) + " steps]");
        }

        steps.Add("dividing the first by 2m and substituting Λ_xx = XXᵀ/m = I, Λ_yx = YXᵀ/m, Λ_yy = YYᵀ/m gives (1) with c = −½Tr(Λ_yxΛ_yxᵀ) + ½Tr(Λ_yy)");
        return ExactScoped("all dimensions (noncommutative canonical form)", steps, "canonical-form", "trace cyclicity", "transpose");
    }

    /// <summary>
    /// acgh (1) on whitened data: (1/(2m))‖WX − Y‖²_F = ½‖W − Λ_yx‖²_F + c with c = −½Tr(Λ_yxΛ_yxᵀ) + ½Tr(Λ_yy).
    /// Public so that tests can run the negative control with non-whitened X (must be refuted).
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="whitened">Whether X is whitened (X = √m·Q, QQᵀ = I); false draws X Gaussian.</param>
    /// <returns>The result.</returns>
    public static CheckResult WhitenedLossIdentity(CheckContext context, bool whitened = true)
    {
        var check = new InequalityCheck<Draw>
        {
            ClaimId = "acgh/eq1",
            Family = whitened ? "whitened data X = √m·Q (QQᵀ = I), d_x, d_y ∈ [1, 4], m ∈ [d_x, 12], W, Y Gaussian of scale 10^[−2, 2]" : "non-whitened Gaussian X (negative control)",
            Generator = DrawGen(6),
            Evaluate = d =>
            {
                int dx = d.Int(0, 1, 4), dy = d.Int(1, 1, 4), m = d.Int(2, dx, 12);
                var rng = Rng(d.Seed(3));
                double scale = d.LogUniform(4, -2, 2);
                Matrix<double> x = whitened ? Math.Sqrt(m) * Orthogonal(m, rng).SubMatrix(0, dx, 0, m) : Gaussian(dx, m, rng);
                var y = Gaussian(dy, m, rng, scale);
                var w = Gaussian(dy, dx, rng, scale);
                double r = (w * x - y).FrobeniusNorm();
                double raw = r * r / (2 * m);
                var lyx = y.TransposeAndMultiply(x) / m;
                var lyy = y.TransposeAndMultiply(y) / m;
                double c = (-0.5 * lyx.TransposeAndMultiply(lyx).Trace()) + (0.5 * lyy.Trace());
                double q = (w - lyx).FrobeniusNorm();
                double whitenedForm = (0.5 * q * q) + c;
                return InstanceOutcome.Identity(raw - whitenedForm, raw + Math.Abs(c), 1e-10);
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 60,
        };
        return check.Run(context);
    }

    private static CheckResult LossDefinitions(CheckContext context, string claimId)
    {
        var check = new InequalityCheck<Draw>
        {
            ClaimId = claimId,
            Family = "random networks N ∈ [1, 5], widths ∈ [1, 4], entries of scale 10^[−1, 1]; engine L^N (WhitenedLoss, the "
                + "regression reduction with XXᵀ = I, YXᵀ = Φ) against ½‖W_N⋯W₁ − Φ‖²_F with the product formed right to left",
            Generator = DrawGen(10),
            Evaluate = d =>
            {
                int n = d.Int(0, 1, 5);
                var widths = Enumerable.Range(0, n + 1).Select(j => d.Int(1 + j, 1, 4)).ToArray();
                var rng = Rng(d.Seed(7));
                double scale = d.LogUniform(8, -1, 1);
                var w = Enumerable.Range(1, n).Select(j => Gaussian(widths[j], widths[j - 1], rng, scale)).ToArray();
                var phi = Gaussian(widths[n], widths[0], rng);
                var product = Matrix<double>.Build.DenseIdentity(widths[0]);
                foreach (var f in w)
                {
                    product = f * product;
                }

                double r = (product - phi).FrobeniusNorm();
                double printed = 0.5 * r * r;
                var net = new DeepLinearNetwork(w);
                double engine = new WhitenedLoss(phi).Value(net);
                double l1 = new WhitenedLoss(phi).Value(net.Product());
                var data = RegressionData.FromCovariances(Matrix<double>.Build.DenseIdentity(widths[0]), phi, phi.FrobeniusNorm() * phi.FrobeniusNorm(), 1);
                double regression = data.Loss(net.Product());
                double residual = Math.Max(Math.Abs(engine - printed), Math.Max(Math.Abs(l1 - printed), Math.Abs(regression - printed)));
                return InstanceOutcome.Identity(residual, printed, 1e-10);
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 60,
        };
        return check.Run(context);
    }

    private static CheckResult UpdateAsPrinted(CheckContext context)
    {
        var check = new InequalityCheck<Draw>
        {
            ClaimId = "acgh/eq4",
            Family = "one step of the engine's gradient descent (GradientDescent.Run, 1 iteration) against Wⱼ − η·∂L^N/∂Wⱼ with "
                + "the partial derivatives by central finite differences; N ∈ [1, 4], widths ∈ [1, 3], η ∈ 10^[−3, −1]",
            Generator = DrawGen(9),
            Evaluate = d =>
            {
                int n = d.Int(0, 1, 4);
                var widths = Enumerable.Range(0, n + 1).Select(j => d.Int(1 + j, 1, 3)).ToArray();
                var rng = Rng(d.Seed(6));
                double eta = d.LogUniform(7, -3, -1);
                var w = Enumerable.Range(1, n).Select(j => Gaussian(widths[j], widths[j - 1], rng, 0.8)).ToArray();
                var phi = Gaussian(widths[n], widths[0], rng);
                var data = RegressionData.FromCovariances(Matrix<double>.Build.DenseIdentity(widths[0]), phi, phi.FrobeniusNorm() * phi.FrobeniusNorm(), 1);
                var run = GradientDescent.Run(new DeepLinearNetwork(w), data, new GradientDescentOptions(1, StepSchedule.Constant(eta), Metrics: TrajectoryMetrics.None));
                var loss = new WhitenedLoss(phi);
                double worst = 0, size = 0;
                for (int j = 0; j < n; j++)
                {
                    for (int r = 0; r < w[j].RowCount; r++)
                    {
                        for (int c = 0; c < w[j].ColumnCount; c++)
                        {
                            const double h = 1e-5;
                            var plus = w.Select(f => f.Clone()).ToArray();
                            var minus = w.Select(f => f.Clone()).ToArray();
                            plus[j][r, c] += h;
                            minus[j][r, c] -= h;
                            double derivative = (loss.Value(new DeepLinearNetwork(plus)) - loss.Value(new DeepLinearNetwork(minus))) / (2 * h);
                            double expected = w[j][r, c] - (eta * derivative);
                            worst = Math.Max(worst, Math.Abs(run.Final.Factor(j + 1)[r, c] - expected));
                            size = Math.Max(size, Math.Abs(expected));
                        }
                    }
                }

                return InstanceOutcome.Identity(worst, size, 1e-7);
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 30,
        };
        return check.Run(context);
    }

    internal static CheckResult BalancednessPredicate(CheckContext context, string claimId)
    {
        var check = new InequalityCheck<Draw>
        {
            ClaimId = claimId,
            Family = "engine predicate Balancedness.IsDeltaBalanced / FrobeniusPerPair against the printed max_j ‖W_{j+1}ᵀW_{j+1} − WⱼWⱼᵀ‖_F ≤ δ "
                + "on Gaussian, Procedure-1 (0-balanced) and perturbed networks, N ∈ [1, 5], widths ∈ [1, 4], δ at and around the imbalance",
            Generator = DrawGen(10),
            Evaluate = d =>
            {
                int n = d.Int(0, 1, 5);
                var widths = Enumerable.Range(0, n + 1).Select(j => d.Int(1 + j, 1, 4)).ToArray();
                var rng = Rng(d.Seed(7));
                int kind = d.Int(8, 0, 2);
                var dims = new LayerDimensions(widths);
                DeepLinearNetwork net = kind == 0 || dims.Widths.Skip(1).Take(n - 1).Any(x => x < Math.Min(widths[0], widths[n]))
                    ? Initializations.Gaussian(dims, 1, d.Seed(7))
                    : Initializations.BalancedFor(Gaussian(widths[n], widths[0], rng), dims);
                var w = net.Factors();
                if (kind == 2)
                {
                    w = w.Select(f => f + Gaussian(f.RowCount, f.ColumnCount, rng, 1e-3)).ToArray();
                    net = new DeepLinearNetwork(w);
                }

                double printed = n > 1 ? ImbalanceFrobenius(w).Max() : 0;
                double engine = Balancedness.FrobeniusConstant(net);
                double delta = printed * d.Real(9, 0.5, 1.5);
                bool predicateMismatch = (printed <= delta) != Balancedness.IsDeltaBalanced(net, delta) && Math.Abs(printed - delta) > 1e-12 * (1 + printed);
                return InstanceOutcome.Identity(Math.Abs(engine - printed) + (predicateMismatch ? 1 : 0), printed, 1e-10);
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 60,
        };
        return check.Run(context);
    }

    private static CheckResult ResidualBalanced()
    {
        var steps = new List<string>();
        for (int d = 1; d <= 6; d++)
        {
            var i = SymbolicMatrix.Identity(d);
            var defect = (i.Transpose() * i) - (i * i.Transpose());
            if (!defect.IsZero)
            {
                return ExactCheck.Counterexample("acgh/text3", $"d = {d}", $"d = {d}", "IᵀI − IIᵀ ≠ 0");
            }

            steps.Add(string.Create(CultureInfo.InvariantCulture, $"d = {d}: I_dᵀI_d − I_dI_dᵀ = 0 exactly, so every pair of identity layers is 0-balanced"));
        }

        steps.Add("for general d: IᵀI = I = IIᵀ (identity law), hence ‖W_{j+1}ᵀW_{j+1} − WⱼWⱼᵀ‖_F = 0 ≤ δ for every δ ≥ 0");
        return ExactScoped("all d (identity law) with exact checks for d ≤ 6", steps, "transpose of identity", "identity law");
    }

    private static CheckResult MarginPredicate(CheckContext context, string claimId)
    {
        var check = new InequalityCheck<Draw>
        {
            ClaimId = claimId,
            Family = "σ_min in the footnote-1 convention (min{d, d'}-th largest singular value) and the margin σ_min(Φ) − ‖W − Φ‖_F of the "
                + "engine (MatrixDiagnostics.DeficiencyMargin / HasDeficiencyMargin) against the printed inequality (6); rectangular and "
                + "square Φ with singular values down to 10⁻⁶, c around the margin",
            Generator = DrawGen(8),
            Evaluate = d =>
            {
                int dn = d.Int(0, 1, 4), d0 = d.Int(1, 1, 4);
                var rng = Rng(d.Seed(2));
                int k = Math.Min(dn, d0);
                var values = Enumerable.Range(0, k).Select(i => d.LogUniform(3 + (i % 3), -6, 1)).ToArray();
                var phi = WithSingularValues(dn, d0, values, rng);
                var w = phi + Gaussian(dn, d0, rng, d.LogUniform(6, -3, 0));
                double sMin = values.Min();
                double viaGram = Math.Sqrt(Math.Max(0, (dn <= d0 ? phi.TransposeAndMultiply(phi) : phi.TransposeThisAndMultiply(phi)).Evd().EigenValues.Min(e => e.Real)));
                double margin = sMin - (w - phi).FrobeniusNorm();
                double engine = MatrixDiagnostics.DeficiencyMargin(w, phi);
                double c = Math.Abs(margin) * d.Real(7, 0.5, 1.5) + 1e-9;
                bool mismatch = ((w - phi).FrobeniusNorm() <= sMin - c) != MatrixDiagnostics.HasDeficiencyMargin(w, phi, c) && Math.Abs(margin - c) > 1e-9;
                double residual = Math.Abs(SigmaMin(phi) - sMin) + Math.Abs(engine - margin) + (mismatch ? 1 : 0) + Math.Abs(viaGram - sMin) * (sMin > 1e-4 ? 1 : 0);
                return InstanceOutcome.Identity(residual, 1 + values.Max(), 1e-9);
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 60,
        };
        return check.Run(context);
    }

    private static CheckResult MarginForcesFullRank(CheckContext context) =>
        new InequalityCheck<(Matrix<double> Phi, Matrix<double> W, string Text)>
        {
            ClaimId = "acgh/text4",
            Family = "Φ of rank ≤ min{d_N, d₀} (rank-deficient with probability ½), W = Φ + E, ‖E‖ ∈ 10^[−3, 0]; tested when W has a positive margin c",
            Generator = DrawGen(8).Select(d =>
            {
                int dn = d.Int(0, 1, 4), d0 = d.Int(1, 1, 4);
                var rng = Rng(d.Seed(2));
                int k = Math.Min(dn, d0);
                bool deficient = d.Int(3, 0, 1) == 1;
                var values = Enumerable.Range(0, k).Select(i => deficient && i == k - 1 ? 0 : d.Real(4, 0.2, 2) * (1 + i)).ToArray();
                var phi = WithSingularValues(dn, d0, values, rng);
                return (phi, phi + Gaussian(dn, d0, rng, d.LogUniform(5, -3, 0)), d.ToString());
            }),
            Evaluate = x => MarginOutcome(x.Phi, x.W),
            Describe = x => x.Text,
            Instances = 80,
            Tightness = new TightnessSpec<(Matrix<double> Phi, Matrix<double> W, string Text)>
            {
                // Φ ∈ ℝ^{2×2} free; W = Φ + t·σ_min(Φ)·E/‖E‖_F with t = logistic(p₈) ∈ (0, 1), so every point has a positive
                // margin (1 − t)σ_min(Φ) and the search explores the hypothesis set instead of rejecting its starts.
                Dimension = 9,
                FromParameters = p =>
                {
                    var phi = Matrix<double>.Build.Dense(2, 2, p[..4]);
                    var e = Matrix<double>.Build.Dense(2, 2, p[4..8]);
                    double t = 1 / (1 + Math.Exp(-p[8]));
                    double norm = e.FrobeniusNorm();
                    return (phi, norm > 0 ? phi + (e * (t * SigmaMin(phi) / norm)) : phi, "tightness");
                },
            },
        }.Run(context);

    private static InstanceOutcome MarginOutcome(Matrix<double> phi, Matrix<double> w)
    {
        double c = SigmaMin(phi) - (w - phi).FrobeniusNorm();
        return c > 0 ? InstanceOutcome.Inequality(c, SigmaMin(phi)) : InstanceOutcome.Rejected($"no positive margin (σ_min(Φ) − ‖W − Φ‖_F = {F(c)})");
    }

    /// <summary>One instance of Claim 1: Φ, W on the margin sphere ‖W − Φ‖_F = r, and W' with ‖W' − Φ‖_F = t·r.</summary>
    internal sealed record ClaimOneInstance(Matrix<double> Phi, double Radius, Matrix<double> WPrime, string Text);

    private static ClaimOneInstance ClaimOneOf(Draw d)
    {
        int dn = d.Int(0, 1, 4), d0 = d.Int(1, 1, 4);
        var rng = Rng(d.Seed(2));
        int k = Math.Min(dn, d0);
        var values = Enumerable.Range(0, k).Select(i => d.LogUniform(3 + (i % 2), -2, 1)).ToArray();
        var phi = WithSingularValues(dn, d0, values, rng);
        double r = d.Real(5, 0, 1) * SigmaMin(phi);
        var u = d.Int(6, 0, 1) == 0 ? Gaussian(dn, d0, rng) : -WithSingularValues(dn, d0, Enumerable.Range(0, k).Select(i => i == k - 1 ? 1.0 : 0).ToArray(), rng);
        double t = d.Int(7, 0, 2) == 0 ? 1 : d.Unit(7);
        var wPrime = phi + (t * r / u.FrobeniusNorm() * u);
        return new ClaimOneInstance(phi, r, wPrime, d.ToString());
    }

    private static InstanceOutcome ClaimOneOutcome(ClaimOneInstance x)
    {
        double c = SigmaMin(x.Phi) - x.Radius;
        if (!(c > 0))
        {
            return InstanceOutcome.Rejected("W has no positive margin");
        }

        if ((x.WPrime - x.Phi).FrobeniusNorm() > x.Radius * (1 + 1e-12))
        {
            return InstanceOutcome.Rejected("‖W' − Φ‖_F > ‖W − Φ‖_F");
        }

        return InstanceOutcome.Inequality(c, SigmaMin(x.WPrime));
    }

    /// <summary>Claim 1 with a tightness search; public for the negative control <paramref name="claimFactor"/> &gt; 1
    /// (σ_min(W') ≥ factor·c), which must be refuted.</summary>
    /// <param name="context">The context.</param>
    /// <param name="claimFactor">1 as printed.</param>
    /// <returns>The result.</returns>
    public static CheckResult ClaimOne(CheckContext context, double claimFactor = 1) =>
        new InequalityCheck<ClaimOneInstance>
        {
            ClaimId = "acgh/claim1",
            Family = "Φ ∈ ℝ^{d_N×d₀} (d ≤ 4) with singular values in 10^[−2, 1], W on the sphere ‖W − Φ‖_F = r < σ_min(Φ) (margin c = σ_min(Φ) − r), "
                + "W' = Φ + t·r·U/‖U‖_F with t ∈ [0, 1] (a third on the boundary), U Gaussian or −(the σ_min direction of Φ)",
            Generator = DrawGen(8).Select(ClaimOneOf),
            Evaluate = x => Strengthened(ClaimOneOutcome(x), claimFactor),
            Describe = x => x.Text,
            Instances = 100,
            Tightness = new TightnessSpec<ClaimOneInstance>
            {
                Dimension = 9,
                FromParameters = p =>
                {
                    var phi = Matrix<double>.Build.Dense(2, 2, [p[0], p[1], p[2], p[3]]);
                    var u = Matrix<double>.Build.Dense(2, 2, [p[4], p[5], p[6], p[7]]);
                    double r = SigmaMin(phi) / (1 + Math.Exp(-p[8]));
                    return new ClaimOneInstance(phi, r, phi + (r / Math.Max(u.FrobeniusNorm(), 1e-300) * u), "tightness");
                },
            },
        }.Run(context);

    private static CheckResult WeylChain(CheckContext context) =>
        new InequalityCheck<(Matrix<double> A, Matrix<double> B, string Text)>
        {
            ClaimId = "acgh/claim1#proof",
            Family = "rectangular A, B (≤ 4×4, entries of scale 10^[−2, 1], A near rank-deficient half the time): "
                + "σ_min(A + B) ≥ σ_min(A) − σ_max(B) ≥ σ_min(A) − ‖B‖_F",
            Generator = DrawGen(6).Select(d =>
            {
                int r = d.Int(0, 1, 4), c = d.Int(1, 1, 4);
                var rng = Rng(d.Seed(2));
                var a = d.Int(3, 0, 1) == 0 ? Gaussian(r, c, rng) : WithSingularValues(r, c, Enumerable.Range(0, Math.Min(r, c)).Select(i => i == 0 ? 1e-3 : 1.0 + i).ToArray(), rng);
                return (a, Gaussian(r, c, rng, d.LogUniform(4, -2, 1)), d.ToString());
            }),
            Evaluate = x =>
            {
                double lhs = SigmaMin(x.A) - Spectral(x.B);
                return InstanceOutcome.Inequality(Math.Max(lhs, SigmaMin(x.A) - x.B.FrobeniusNorm()), SigmaMin(x.A + x.B));
            },
            Describe = x => x.Text,
            Instances = 100,
            Tightness = new TightnessSpec<(Matrix<double> A, Matrix<double> B, string Text)>
            {
                Dimension = 8,
                FromParameters = p => (Matrix<double>.Build.Dense(2, 2, [p[0], p[1], p[2], p[3]]), Matrix<double>.Build.Dense(2, 2, [p[4], p[5], p[6], p[7]]), "tightness"),
            },
        }.Run(context);

    /// <summary>
    /// acgh Section 3.2.1: for a residual network (Wⱼ(0) = I) and ‖Φ − I‖_F = ρ &lt; ½, W(0) = I has a positive deficiency
    /// margin σ_min(Φ) − ρ ≥ 1 − 2ρ &gt; 0 (and the start is 0-balanced, acgh/text3). Public for the negative control:
    /// with <paramref name="rhoMax"/> above ½ the claim "positive margin" must be refuted (Φ = I − ρe₁e₁ᵀ).
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="rhoMax">The largest ρ drawn (the claim's range is ρ &lt; ½).</param>
    /// <returns>The result.</returns>
    public static CheckResult ResidualMargin(CheckContext context, double rhoMax = 0.5) =>
        new InequalityCheck<Draw>
        {
            ClaimId = "acgh/text5",
            Family = string.Create(CultureInfo.InvariantCulture, $"Φ = I_d + ρU/‖U‖_F, d ∈ [1, 5], ρ ∈ [0, {rhoMax}) (half of U Gaussian, half −e₁e₁ᵀ, the worst direction)"),
            Generator = DrawGen(5),
            Evaluate = d =>
            {
                int n = d.Int(0, 1, 5);
                var rng = Rng(d.Seed(1));
                double rho = rhoMax * d.Unit(2);
                var u = d.Int(3, 0, 1) == 0 ? Gaussian(n, n, rng) : -Matrix<double>.Build.Dense(n, n, (i, j) => i == 0 && j == 0 ? 1 : 0);
                var phi = Matrix<double>.Build.DenseIdentity(n) + (rho / u.FrobeniusNorm() * u);
                double margin = SigmaMin(phi) - (Matrix<double>.Build.DenseIdentity(n) - phi).FrobeniusNorm();
                return InstanceOutcome.Inequality(1e-300 - margin, 0);
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 80,
        }.Run(context);

    private static CheckResult BottleneckHasNoMargin(CheckContext context) =>
        new InequalityCheck<Draw>
        {
            ClaimId = "acgh/text6",
            Family = "networks with a bottleneck dᵢ < min{d₀, d_N} (N ∈ [2, 4], d₀, d_N ∈ [2, 4]), Gaussian factors and the Eckart–Young "
                + "optimum of rank dᵢ; claim: σ_min(Φ) ≤ ‖W_{1:N} − Φ‖_F, i.e. no positive margin",
            Generator = DrawGen(10),
            Evaluate = d =>
            {
                int n = d.Int(0, 2, 4), d0 = d.Int(1, 2, 4), dn = d.Int(2, 2, 4);
                int k = Math.Min(d0, dn);
                var widths = new int[n + 1];
                widths[0] = d0;
                widths[n] = dn;
                int bottleneck = d.Int(3, 1, n - 1);
                for (int j = 1; j < n; j++)
                {
                    widths[j] = j == bottleneck ? d.Int(4, 1, k - 1) : d.Int(5, 1, 4);
                }

                var rng = Rng(d.Seed(6));
                var phi = Gaussian(dn, d0, rng);
                Matrix<double> product;
                if (d.Int(7, 0, 1) == 0)
                {
                    var w = Enumerable.Range(1, n).Select(j => Gaussian(widths[j], widths[j - 1], rng)).ToArray();
                    product = Partial(w, n, 1);
                }
                else
                {
                    var svd = phi.Svd(true);
                    int r = widths.Skip(1).Take(n - 1).Min();
                    product = Matrix<double>.Build.Dense(dn, d0);
                    for (int i = 0; i < r; i++)
                    {
                        product += svd.S[i] * svd.U.Column(i).ToColumnMatrix() * svd.VT.Row(i).ToRowMatrix();
                    }
                }

                return InstanceOutcome.Inequality(SigmaMin(phi), (product - phi).FrobeniusNorm());
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 80,
        }.Run(context) is var result && result.Verdict == Evidence.Verdict.Verified ? BottleneckTightness(context, result) : result;

    /// <summary>The tightness search of acgh/text6 on N = 2, d = (2, 1, 2) (W₁ ∈ ℝ^{1×2}, W₂ ∈ ℝ^{2×1}, Φ ∈ ℝ^{2×2}): the largest
    /// σ_min(Φ)/‖W₂W₁ − Φ‖_F found (1 at the Eckart–Young optimum); reported by re-running the check with the search attached.</summary>
    private static CheckResult BottleneckTightness(CheckContext context, CheckResult verified)
    {
        var evidence = (Evidence.NumericEvidence)verified.Evidence;
        var tightness = TightnessSearch.Run(
            new TightnessSpec<double[]> { Dimension = 8, FromParameters = p => p },
            p =>
            {
                var w1 = Matrix<double>.Build.Dense(1, 2, p[..2]);
                var w2 = Matrix<double>.Build.Dense(2, 1, p[2..4]);
                var phi = Matrix<double>.Build.Dense(2, 2, p[4..]);
                return InstanceOutcome.Inequality(SigmaMin(phi), (w2 * w1 - phi).FrobeniusNorm());
            },
            context,
            context.DeriveSeed(ulong.MaxValue - 1));
        return CheckResult.Verified(verified.Scope, evidence with { Tightness = tightness });
    }

    /// <summary>
    /// Footnote 3 and the proof of Theorem 1: dL¹/dW = W − Φ (entry-wise gradient of ½‖W − Φ‖²_F for 2×3 symbols), it
    /// vanishes exactly at W = Φ, and ‖dL¹/dW‖²_F = 2L¹(W). Public for the negative control: <paramref name="factor"/> ≠ 1
    /// claims ‖∇‖²_F = 2·factor·L¹ (factor ½ is the wrong "‖∇‖² = L¹"), which must be refuted.
    /// </summary>
    /// <param name="claimId">The claim id.</param>
    /// <param name="factor">1 for the printed identity.</param>
    /// <returns>Proved, or refuted with an exact witness.</returns>
    public static CheckResult LinearGradientProof(string claimId, Rational factor)
    {
        var names = new VariableNames();
        var w = SymbolicMatrix.Fresh(names, "W", "W", 2, 3);
        var phi = SymbolicMatrix.Fresh(names, "Φ", @"\Phi", 2, 3);
        var r = w - phi;
        var loss = SymbolicMatrix.FrobeniusInner(r, r).Scale(new Rational(1, 2));
        var gradient = EntrywiseCalculus.Gradient(loss, w);
        var first = EntrywiseIdentity.Check(gradient, r, names);
        if (!first.Proved)
        {
            return ExactCheck.Counterexample(claimId, first.Message, first.Message, "dL¹/dW ≠ W − Φ");
        }

        var normSquared = SymbolicMatrix.FrobeniusInner(gradient, gradient);
        var twice = loss.Scale(new Rational(2, 1) * factor);
        var lhs = SymbolicMatrix.Build(1, 1, (_, _) => normSquared);
        var rhs = SymbolicMatrix.Build(1, 1, (_, _) => twice);
        var second = EntrywiseIdentity.Check(lhs, rhs, names);
        if (!second.Proved)
        {
            string witness = second.Witness is null ? second.Message : string.Join(", ", second.Witness.Select(kv => kv.Key + " = " + kv.Value));
            return ExactCheck.Counterexample(claimId, witness, witness, $"‖∇L¹‖²_F = {second.LeftValue} ≠ {second.RightValue} = 2·{factor}·L¹ at the witness");
        }

        return ExactScoped(
            "entry-wise for 2×3 symbols (the same computation entry by entry holds for every size)",
            [
                "L¹(W) = ½Σ_{ik}(W_{ik} − Φ_{ik})² expanded as a polynomial in 12 variables",
                "∂L¹/∂W_{ik} = W_{ik} − Φ_{ik} for every entry (canonical forms equal): dL¹/dW = W − Φ",
                "hence dL¹/dW = 0 ⇔ W = Φ, the unique global minimum (footnote 3)",
                "‖W − Φ‖²_F = 2·L¹(W) (canonical forms equal)",
            ],
            "entry-wise differentiation", "canonical polynomial form");
    }
}
