using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using FsCheck.Fluent;
using FsCheck;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// lcc's loss (1) and its reduction (2) to the singular-value coordinates: entry-wise symbolic proofs ((1) against the
/// per-sample sum of squared errors; (2) with every datum symbolic — S_X, Σ_Y, the component YV_X², all weights — in
/// fixed exact rational orthogonal frames, Cayley transforms of integer skew matrices), each cross-checked on seeded
/// Gaussian instances by the numeric engine.
/// </summary>
public static class LossReductionChecks
{
    /// <summary>(1): the loss is ½Σᵢ‖yᵢ − W_{H+1}⋯W₁xᵢ‖² (entry-wise proof, numeric cross-check).</summary>
    /// <remarks>Negative control <c>mutation: half-sum</c>: the per-sample sum with an extra factor ½ (refuted numerically).</remarks>
    [ClaimCheck("loss-is-half-the-per-sample-squared-error", Parameters = ["mutation"])]
    internal static CheckResult LossDefinitionChecked(CheckContext context)
    {
        if (context.Argument("mutation", "none") == "half-sum")
        {
            return LossDefinition(context, 0.5);
        }

        var proof = LossDefinitionProof();
        var numeric = LossDefinition(context, 1);
        return proof.Proved && numeric.Verdict == Evidence.Verdict.Verified
            ? SymbolicProof.FromDerivation(proof, "; the numeric engine's m-free loss agrees on " + ((Evidence.NumericEvidence)numeric.Evidence).InstancesTried.ToString(CultureInfo.InvariantCulture) + " Gaussian instances")
            : proof.Proved ? numeric : SymbolicProof.FromDerivation(proof);
    }

    /// <summary>(2): ℒ(W) = ½‖Σ_Y − W̄_{H+1}⋯W̄₁‖²_F + ½‖YV_X²‖²_F (entry-wise proof, numeric cross-check).</summary>
    /// <remarks>Negative control <c>mutation: drop-sx</c>: W̄₁ = W₁U_XV_Y without S_X (refuted numerically).</remarks>
    [ClaimCheck("loss-reduces-to-the-singular-value-residual", Parameters = ["mutation"])]
    internal static CheckResult ReductionChecked(CheckContext context)
    {
        if (context.Argument("mutation", "none") == "drop-sx")
        {
            return ReductionIdentity(context, dropSx: true);
        }

        var proof = ReductionProof(dropSx: false);
        var numeric = ReductionIdentity(context, dropSx: false);
        return proof.Proved && numeric.Verdict == Evidence.Verdict.Verified
            ? SymbolicProof.FromDerivation(proof, " and fixed rational orthogonal frames; random frames (MathNet SVDs) agree numerically on " + ((Evidence.NumericEvidence)numeric.Evidence).InstancesTried.ToString(CultureInfo.InvariantCulture) + " instances")
            : proof.Proved ? numeric : SymbolicProof.FromDerivation(proof);
    }

    /// <summary>
    /// (1) entry-wise: the engine's symbolic loss ½‖W_{H+1}⋯W₁X − Y‖²_F (<see cref="DeepLinearSymbols.Loss"/>) equals the
    /// per-sample mean squared error ½Σᵢ‖yᵢ − W_{H+1}⋯W₁xᵢ‖² with Ŷ applied column by column, all entries symbolic.
    /// </summary>
    /// <returns>The derivation.</returns>
    public static Derivation LossDefinitionProof()
    {
        var steps = new List<DerivationStep>();
        bool proved = true;
        foreach (var (dims, m) in new[] { (new[] { 2, 2, 1 }, 3), (new[] { 3, 2, 2 }, 3), (new[] { 2, 2, 2, 1 }, 2) })
        {
            var s = new DeepLinearSymbols(dims, m, symbolicData: true);
            var perSample = Polynomial.Zero;
            for (int i = 0; i < m; i++)
            {
                int col = i;
                SymbolicMatrix h = SymbolicMatrix.Build(dims[0], 1, (k, _) => s.X[k, col]);
                foreach (var w in s.Factors)
                {
                    h = w * h;
                }

                var r = SymbolicMatrix.Build(dims[^1], 1, (k, _) => s.Y[k, col]) - h;
                perSample += SymbolicMatrix.FrobeniusInner(r, r).Scale(new Rational(1, 2));
            }

            proved &= LccOutcomes.AddEntrywiseStep(steps, s.Loss, perSample, s.Names, string.Create(CultureInfo.InvariantCulture, $"widths ({string.Join(", ", dims)}), m = {m}: ½‖Y − W_{{H+1}}⋯W₁X‖²_F against ½Σᵢ‖yᵢ − W_{{H+1}}(⋯(W₁xᵢ))‖², X, Y, Wⱼ symbolic"));
        }

        return new Derivation(
            "The loss (1) is the per-sample squared error with factor ½",
            @"\mathcal L(W) = \tfrac12\|Y - W_{H+1}\cdots W_1X\|_F^2 = \tfrac12\sum_{i=1}^m\|y_i - W_{H+1}\cdots W_1x_i\|^2",
            "L(W) = 1/2 |Y - W_{H+1}...W_1 X|_F^2 = 1/2 sum_i |y_i - W x_i|^2",
            ProofScope.EntrywiseGivenDimensions,
            proved,
            steps);
    }

    /// <summary>A rational orthogonal matrix: the Cayley transform (I − K)(I + K)⁻¹ of the skew matrix K = (kᵢⱼ − kⱼᵢ).</summary>
    private static RationalMatrix Cayley(int n, int salt)
    {
        var k = RationalMatrix.Build(n, n, (i, j) => i == j ? Rational.Zero : i < j ? (Rational)(((i + (2 * j) + salt) % 3) - 1) : -(Rational)(((j + (2 * i) + salt) % 3) - 1));
        var id = RationalMatrix.Identity(n, Rational.One);
        return ExactLinearAlgebra.Minus(id, k) * ExactLinearAlgebra.Inverse(id + k);
    }

    /// <summary>
    /// (2) entry-wise: with X = U_X[S_X | 0]V_Xᵀ and Y = U_YΣ_YV_YᵀV_X¹ᵀ + Y₂V_X²ᵀ (so YV_X¹ = U_YΣ_YV_Yᵀ is the SVD of Ȳ) for
    /// symbolic diagonal S_X, Σ_Y, symbolic Y₂ and weights, and fixed rational orthogonal frames, ℒ(W) equals
    /// ½‖Σ_Y − W̄_{H+1}⋯W̄₁‖²_F + ½‖YV_X²‖²_F with W̄_{H+1} = U_YᵀW_{H+1}, W̄₁ = W₁U_XS_XV_Y (with <paramref name="dropSx"/>,
    /// W̄₁ = W₁U_XV_Y: negative control, not proved).
    /// </summary>
    /// <param name="dropSx">Whether to leave S_X out of W̄₁.</param>
    /// <returns>The derivation.</returns>
    public static Derivation ReductionProof(bool dropSx)
    {
        var steps = new List<DerivationStep>();
        bool proved = true;
        foreach (var (widths, m) in new[] { (new[] { 2, 2, 1 }, 3), (new[] { 3, 2, 2 }, 4), (new[] { 2, 2, 2, 1 }, 3) })
        {
            int dx = widths[0], dy = widths[^1], depth = widths.Length - 1;
            var names = new VariableNames();
            var w = Enumerable.Range(1, depth).Select(j => SymbolicMatrix.Fresh(names, $"W{j}", $"W_{j}", widths[j], widths[j - 1])).ToArray();
            var sx = SymbolicMatrix.Fresh(names, "sx", "s^X", dx, 1);
            var sy = SymbolicMatrix.Fresh(names, "sy", "s^Y", dy, 1);
            var y2 = SymbolicMatrix.Fresh(names, "Y2", "Y_2", dy, m - dx);
            var frames = new[] { Cayley(dx, 0), Cayley(m, 1), Cayley(dy, 2), Cayley(dx, 1) };
            bool orthogonal = frames.All(q => ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Minus(q.Transpose() * q, RationalMatrix.Identity(q.Rows, Rational.One))));
            proved &= orthogonal;
            steps.Add(new DerivationStep(
                orthogonal ? "exact-arithmetic" : "exact-arithmetic (mismatch)",
                string.Create(CultureInfo.InvariantCulture, $"the frames U_X = {frames[0]}, V_X = {frames[1]}, U_Y = {frames[2]}, V_Y = {frames[3]} satisfy QᵀQ = I exactly: {orthogonal}"),
                string.Empty,
                string.Empty));
            var ux = Sym(Cayley(dx, 0));
            var vx = Sym(Cayley(m, 1));
            var uy = Sym(Cayley(dy, 2));
            var vy = Sym(Cayley(dx, 1));
            var vx1 = SymbolicMatrix.Build(m, dx, (i, j) => vx[i, j]);
            var vx2 = SymbolicMatrix.Build(m, m - dx, (i, j) => vx[i, dx + j]);
            var sxDiag = SymbolicMatrix.Build(dx, dx, (i, j) => i == j ? sx[i, 0] : Polynomial.Zero);
            var sigmaX = SymbolicMatrix.Build(dx, m, (i, j) => i == j ? sx[i, 0] : Polynomial.Zero);
            var sigmaY = SymbolicMatrix.Build(dy, dx, (i, j) => i == j ? sy[i, 0] : Polynomial.Zero);
            var x = ux * sigmaX * vx.Transpose();
            var y = (uy * sigmaY * vy.Transpose() * vx1.Transpose()) + (y2 * vx2.Transpose());
            var product = w[0];
            for (int j = 1; j < depth; j++)
            {
                product = w[j] * product;
            }

            var r = y - (product * x);
            var full = SymbolicMatrix.FrobeniusInner(r, r).Scale(new Rational(1, 2));
            var bars = w.ToArray();
            bars[^1] = uy.Transpose() * bars[^1];
            bars[0] = dropSx ? w[0] * ux * vy : w[0] * ux * sxDiag * vy;
            var productBar = bars[0];
            for (int j = 1; j < depth; j++)
            {
                productBar = bars[j] * productBar;
            }

            var rb = sigmaY - productBar;
            var rest = y * vx2;
            var reduced = SymbolicMatrix.FrobeniusInner(rb, rb).Scale(new Rational(1, 2)) + SymbolicMatrix.FrobeniusInner(rest, rest).Scale(new Rational(1, 2));
            proved &= LccOutcomes.AddEntrywiseStep(steps, full, reduced, names, string.Create(CultureInfo.InvariantCulture, $"H = {depth - 1}, widths ({string.Join(", ", widths)}), m = {m}; S_X, Σ_Y, Y₂, Wⱼ symbolic, U_X, V_X, U_Y, V_Y rational orthogonal (Cayley): ℒ(W) against L(W̄) + ½‖YV_X²‖²_F"));
        }

        return new Derivation(
            "The reduction (2) of the loss",
            @"\mathcal L(W) = \tfrac12\|\Sigma_Y - \bar W_{H+1}\cdots\bar W_1\|_F^2 + \tfrac12\|YV_X^2\|_F^2,\quad \bar W_{H+1} = U_Y^TW_{H+1},\ \bar W_1 = W_1U_XS_XV_Y",
            "L(W) = 1/2 |Sigma_Y - Wbar_{H+1}...Wbar_1|_F^2 + 1/2 |Y V_X^2|_F^2",
            ProofScope.EntrywiseGivenDimensions,
            proved,
            steps);
    }

    private static SymbolicMatrix Sym(RationalMatrix m) => SymbolicMatrix.Constant(ExactLinearAlgebra.Entries(m));

    /// <summary>
    /// lcc (1): the engine's loss (computed m-free from XXᵀ, YXᵀ, ‖Y‖²) equals ½Σᵢ‖yᵢ − W_{H+1}⋯W₁xᵢ‖² computed sample by
    /// sample, on seeded Gaussian instances (<see cref="Instances"/>). With <paramref name="normalization"/> the per-sample
    /// sum is multiplied by that factor (a test passes ½, a different normalisation, as negative control).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="normalization">Factor applied to the per-sample sum (1 for the printed (1)).</param>
    /// <returns>Verified, or refuted for a wrong normalisation.</returns>
    public static CheckResult LossDefinition(CheckContext context, double normalization) => Instances(context, string.Empty, (x, y, w) =>
    {
        var network = new DeepLinearNetwork(w);
        double engine = DeepLinearGradient.Loss(network, new Numeric.Data.RegressionData(x, y));
        var product = network.Product();
        double perSample = 0;
        for (int i = 0; i < x.ColumnCount; i++)
        {
            var r = y.Column(i) - (product * x.Column(i));
            perSample += r.DotProduct(r);
        }

        perSample *= 0.5 * normalization;
        return InstanceOutcome.Identity(engine - perSample, Math.Max(Math.Abs(engine), Math.Abs(perSample)));
    });

    /// <summary>
    /// lcc (2): with the SVDs X = U_XΣ_XV_Xᵀ and Ȳ = YV_X¹ = U_YΣ_YV_Yᵀ and W̄_{H+1} = U_YᵀW_{H+1},
    /// W̄₁ = W₁U_XS_XV_Y (W̄ᵢ = Wᵢ otherwise), ℒ(W) = ½‖Σ_Y − W̄_{H+1}⋯W̄₁‖²_F + ½‖YV_X²‖²_F, on seeded Gaussian
    /// instances (<see cref="Instances"/>). With <paramref name="dropSx"/> the factor S_X is left out of W̄₁ (negative control).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="dropSx">Whether to use the wrong change of variables W̄₁ = W₁U_XV_Y.</param>
    /// <returns>Verified, or refuted for the wrong change of variables.</returns>
    public static CheckResult ReductionIdentity(CheckContext context, bool dropSx) => Instances(context, "; both SVDs by MathNet", (x, y, w) =>
    {
        int m = x.ColumnCount, dx = x.RowCount, dy = y.RowCount;
        var svdX = x.Svd(computeVectors: true);
        var vX = svdX.VT.Transpose();
        var svdY = (y * vX.SubMatrix(0, m, 0, dx)).Svd(computeVectors: true);
        var sigmaY = Matrix<double>.Build.Dense(dy, dx, (i, j) => i == j ? svdY.S[i] : 0);
        var sX = Matrix<double>.Build.DiagonalOfDiagonalVector(svdX.S);
        var wBar = w.Select(f => f.Clone()).ToArray();
        wBar[^1] = svdY.U.Transpose() * wBar[^1];
        wBar[0] = dropSx ? w[0] * svdX.U * svdY.VT.Transpose() : w[0] * svdX.U * sX * svdY.VT.Transpose();
        double full = 0.5 * Math.Pow((y - (new DeepLinearNetwork(w).Product() * x)).FrobeniusNorm(), 2);
        double reduced = 0.5 * Math.Pow((sigmaY - new DeepLinearNetwork(wBar).Product()).FrobeniusNorm(), 2);
        double rest = m > dx ? 0.5 * Math.Pow((y * vX.SubMatrix(0, m, dx, m - dx)).FrobeniusNorm(), 2) : 0;
        return InstanceOutcome.Identity(full - (reduced + rest), Math.Max(full, reduced + rest));
    });

    /// <summary>An identity evaluated on seeded Gaussian instances: X ∈ ℝ^{dₓ×m}, Y ∈ ℝ^{d_y×m} and Wᵢ (N(0, 1)
    /// entries), H ∈ {1, 2, 3}, d_y ≤ dᵢ ≤ dₓ ≤ 4, m = dₓ + extra (extra ≤ 3); 60 instances (600 thorough).</summary>
    private static CheckResult Instances(CheckContext context, string familyNote, Func<Matrix<double>, Matrix<double>, Matrix<double>[], InstanceOutcome> evaluate)
    {
        ArgumentNullException.ThrowIfNull(context);
        var check = new InequalityCheck<(int H, int Dy, int Dx, int Extra, int Seed)>
        {
            ClaimId = "the lcc loss identity",
            Family = "Gaussian X ∈ ℝ^{dₓ×m}, Y, Wᵢ (scale 1), H ∈ {1, 2, 3}, d_y ≤ dᵢ ≤ dₓ ≤ 4, m = dₓ + extra (extra ≤ 3)" + familyNote,
            Generator = from h in Gen.Choose(1, 3)
                        from dy in Gen.Choose(1, 3)
                        from dx in Gen.Choose(dy, 4)
                        from extra in Gen.Choose(0, 3)
                        from seed in Gen.Choose(0, int.MaxValue - 1)
                        select (h, dy, dx, extra, seed),
            Evaluate = t =>
            {
                var random = RandomSource.For(t.Seed);
                var x = RandomMatrices.Gaussian(random, t.Dx, t.Dx + t.Extra);
                var y = RandomMatrices.Gaussian(random, t.Dy, t.Dx + t.Extra);
                var widths = new int[t.H + 2];
                widths[0] = t.Dx;
                widths[^1] = t.Dy;
                for (int i = 1; i <= t.H; i++)
                {
                    widths[i] = random.Next(t.Dy, t.Dx + 1);
                }

                return evaluate(x, y, NetworkFamilies.Gaussian(random, widths, 1));
            },
            Describe = t => string.Create(CultureInfo.InvariantCulture, $"H = {t.H}, d_y = {t.Dy}, dₓ = {t.Dx}, m = {t.Dx + t.Extra}, instance seed {t.Seed}"),
            Instances = 60,
            ThoroughInstances = 600,
        };
        return LccOutcomes.WithoutRerun(check.Run(context));
    }
}
