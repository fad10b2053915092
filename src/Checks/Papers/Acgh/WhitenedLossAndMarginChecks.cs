using DeepLinear.Numeric.Losses;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Acgh.AcghCheckSupport;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>Section 2–3.1 and Appendix A of acgh: the whitened loss (1)–(5), Definitions 1–2, Claim 1 and the running
/// text around them.</summary>
public static class WhitenedLossAndMarginChecks
{
    /// <summary>(4): one step of the engine's gradient descent against Wⱼ − η·∂L^N/∂Wⱼ by finite differences.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("engine-descent-step-matches-update-four")]
    internal static CheckResult EngineStepMatchesUpdate(CheckContext context) => UpdateAsPrinted(context);

    /// <summary>Definition 1: the engine's balancedness constant and predicate against the printed definition.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("engine-balancedness-matches-definition")]
    internal static CheckResult EngineBalancedness(CheckContext context) => BalancednessPredicate(context);

    /// <summary>dL¹/dW = W − Φ and ‖∇L¹‖²_F = 2L¹, exactly; <c>norm-equals-loss: 1</c> claims ‖∇L¹‖²_F = L¹ instead (the
    /// negative control).</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("linear-loss-gradient-is-residual", Parameters = ["norm-equals-loss"])]
    internal static CheckResult LinearLossGradient(CheckContext context) =>
        LinearGradientProof(context.ClaimId, Variant(context, "norm-equals-loss", 0) != 0 ? new Rational(1, 2) : Rational.One);

    private static CheckResult UpdateAsPrinted(CheckContext context)
    {
        var check = new InequalityCheck<Draw>
        {
            ClaimId = context.ClaimId,
            Family = "one step of the engine's gradient descent (GradientDescent.Run, 1 iteration) against Wⱼ − η·∂L^N/∂Wⱼ with "
                + "the partial derivatives by central finite differences; N ∈ [1, 4], widths ∈ [1, 3], η ∈ 10^[−3, −1]",
            Generator = DrawGen(9),
            Evaluate = d =>
            {
                int n = d.Int(0, 1, 4);
                var widths = Enumerable.Range(0, n + 1).Select(j => d.Int(1 + j, 1, 3)).ToArray();
                var rng = RandomSource.For(d.Seed(6));
                double eta = d.LogUniform(7, -3, -1);
                var w = Enumerable.Range(1, n).Select(j => RandomMatrices.Gaussian(rng, widths[j], widths[j - 1], 0.8)).ToArray();
                var phi = RandomMatrices.Gaussian(rng, widths[n], widths[0]);
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

    private static CheckResult BalancednessPredicate(CheckContext context)
    {
        var check = new InequalityCheck<Draw>
        {
            ClaimId = context.ClaimId,
            Family = "engine predicate Balancedness.IsDeltaBalanced / FrobeniusPerPair against the printed max_j ‖W_{j+1}ᵀW_{j+1} − WⱼWⱼᵀ‖_F ≤ δ "
                + "on Gaussian, Procedure-1 (0-balanced) and perturbed networks, N ∈ [1, 5], widths ∈ [1, 4], δ at and around the imbalance",
            Generator = DrawGen(10),
            Evaluate = d =>
            {
                int n = d.Int(0, 1, 5);
                var widths = Enumerable.Range(0, n + 1).Select(j => d.Int(1 + j, 1, 4)).ToArray();
                var rng = RandomSource.For(d.Seed(7));
                int kind = d.Int(8, 0, 2);
                var dims = new LayerDimensions(widths);
                DeepLinearNetwork net = kind == 0 || dims.Widths.Skip(1).Take(n - 1).Any(x => x < Math.Min(widths[0], widths[n]))
                    ? Initializations.Gaussian(dims, 1, d.Seed(7))
                    : Initializations.BalancedFor(RandomMatrices.Gaussian(rng, widths[n], widths[0]), dims);
                var w = net.Factors();
                if (kind == 2)
                {
                    w = w.Select(f => f + RandomMatrices.Gaussian(rng, f.RowCount, f.ColumnCount, 1e-3)).ToArray();
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
