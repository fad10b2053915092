using System.Globalization;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Numeric.Bounds;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>
/// Lemma 3.1 ((3.3), (3.4) and the first display of its proof) and Remark 2.5(b)'s 2L^N(W⃗(0)) ≤ σ²_min(X)M² over
/// generated data (X, Y, W): W ∈ ℝ^{d_y×dₓ} (the corrected domain), dims ≤ 6, m ≥ dₓ, X with prescribed singular
/// values (condition numbers up to 10⁶), scales 10⁻³…10³, rank-deficient W, zero residual Y = WX, Y = 0, W = 0.
/// </content>
public static partial class NrtEngineChecks
{
    private const string DataFamily =
        "data (X, Y, W), W ∈ ℝ^{d_y×dₓ}, dₓ, d_y ∈ 1…6, m = dₓ…dₓ+6, X with log-spaced singular values (condition up to 1e6), "
        + "scales of X, Y, W in 10^{−3…3}; kinds: generic, rank-deficient W, Y = WX (zero residual), Y = 0, W = 0";

    /// <summary>Generated regression data with a candidate product W.</summary>
    internal sealed class DataCase
    {
        /// <summary>Builds the matrices from the parameters.</summary>
        public DataCase(int dx, int dy, int m, int kind, int conditionExponent, int xScale, int yScale, int wScale, int seed)
        {
            (Dx, Dy, M, Kind, ConditionExponent, XScale, YScale, WScale, Seed) = (dx, dy, m, kind, conditionExponent, xScale, yScale, wScale, seed);
            var r = Rng(seed);
            var s = Enumerable.Range(0, dx).Select(i => Math.Pow(10, xScale - (dx == 1 ? 0 : conditionExponent * (double)i / (dx - 1)))).ToArray();
            X = WithSingularValues(r, dx, m, s);
            var wm = Gaussian(r, dy, dx, Math.Pow(10, wScale) / Math.Sqrt(dx));
            if (kind == 1)
            {
                var u = Gaussian(r, dy, 1, 1);
                wm = u * u.Transpose() * wm;
            }

            Wm = kind == 4 ? Matrix<double>.Build.Dense(dy, dx) : wm;
            Y = kind switch
            {
                2 => Wm * X,
                3 => Matrix<double>.Build.Dense(dy, m),
                _ => Gaussian(r, dy, m, Math.Pow(10, yScale) / Math.Sqrt(m)),
            };
        }

        /// <summary>A case from given matrices (tightness search).</summary>
        public DataCase(Matrix<double> x, Matrix<double> y, Matrix<double> w)
        {
            (Dx, Dy, M) = (x.RowCount, y.RowCount, x.ColumnCount);
            (X, Y, Wm) = (x, y, w);
        }

        public int Dx { get; }

        public int Dy { get; }

        public int M { get; }

        public int Kind { get; }

        public int ConditionExponent { get; }

        public int XScale { get; }

        public int YScale { get; }

        public int WScale { get; }

        public int Seed { get; }

        public Matrix<double> X { get; }

        public Matrix<double> Y { get; }

        public Matrix<double> Wm { get; }

        /// <summary>½‖Y − WX‖²_F.</summary>
        public double Loss => 0.5 * Math.Pow((Y - (Wm * X)).FrobeniusNorm(), 2);

        public DataCase With(int? dx = null, int? dy = null, int? m = null) =>
            new(dx ?? Dx, dy ?? Dy, Math.Max(m ?? M, dx ?? Dx), Kind, ConditionExponent, XScale, YScale, WScale, Seed);

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"dₓ = {Dx}, d_y = {Dy}, m = {M}, kind {Kind}, cond 1e{ConditionExponent}, scales X 1e{XScale}, Y 1e{YScale}, W 1e{WScale}, seed {Seed}");
    }

    internal static Gen<DataCase> DataGen =>
        from dx in Gen.Choose(1, 6)
        from dy in Gen.Choose(1, 6)
        from extra in Gen.Choose(0, 6)
        from kind in Gen.Choose(0, 4)
        from cond in Gen.Choose(0, 6)
        from xs in Gen.Choose(-3, 3)
        from ys in Gen.Choose(-3, 3)
        from ws in Gen.Choose(-3, 3)
        from seed in Gen.Choose(0, int.MaxValue)
        select new DataCase(dx, dy, dx + extra, kind, cond, xs, ys, ws, seed);

    private static IEnumerable<DataCase> ShrinkData(DataCase c)
    {
        if (c.Dx > 1)
        {
            yield return c.With(dx: c.Dx - 1);
        }

        if (c.Dy > 1)
        {
            yield return c.With(dy: c.Dy - 1);
        }

        if (c.M > c.Dx)
        {
            yield return c.With(m: c.M - 1);
        }
    }

    /// <summary>Tightness parameterization: dₓ = d_y = 2, m = 3 from 6 + 6 + 4 entries.</summary>
    private static DataCase DataFromEntries(double[] p) => new(
        Matrix<double>.Build.Dense(2, 3, (a, b) => p[(3 * a) + b]),
        Matrix<double>.Build.Dense(2, 3, (a, b) => p[6 + (3 * a) + b]),
        Matrix<double>.Build.Dense(2, 2, (a, b) => p[12 + (2 * a) + b]));

    private static CheckResult DataCheck(CheckContext context, string id, string claim, Func<DataCase, InstanceOutcome> evaluate) =>
        new InequalityCheck<DataCase>
        {
            ClaimId = id,
            Family = DataFamily + "; claim " + claim,
            Generator = DataGen,
            Evaluate = evaluate,
            Describe = c => c.ToString(),
            Shrink = ShrinkData,
            Instances = 150,
            ThoroughInstances = 2000,
            RelativeTolerance = 1e-9,
            Tightness = new TightnessSpec<DataCase> { Dimension = 16, FromParameters = DataFromEntries, Restarts = 2, MaxEvaluations = 150 },
        }.Run(context);

    /// <summary>
    /// The quantities of Lemma 3.1 for one instance, with a switch for the negative control of (3.3): σ_max(X) in place
    /// of σ_min(X) (must be violated).
    /// </summary>
    /// <param name="x">X with XXᵀ of full rank (else rejected).</param>
    /// <param name="y">Y.</param>
    /// <param name="w">W ∈ ℝ^{d_y×dₓ}.</param>
    /// <param name="useSigmaMax">Negative control: divide by σ_max(X).</param>
    /// <returns>The outcome of ‖W‖ ≤ (‖Y − WX‖ + ‖Y‖)/σ(X).</returns>
    public static InstanceOutcome ProductNormFirstInequality(Matrix<double> x, Matrix<double> y, Matrix<double> w, bool useSigmaMax = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(w);
        var sv = x.Svd(computeVectors: false).S;
        double smin = x.RowCount <= x.ColumnCount ? sv[x.RowCount - 1] : 0;
        if (!(smin > 1e-12 * sv[0]))
        {
            return InstanceOutcome.Rejected($"XXᵀ is not of full rank (σ_min(X) = {F(smin)})");
        }

        double denominator = useSigmaMax ? sv[0] : smin;
        return InstanceOutcome.Inequality(Norm(w), (Norm(y - (w * x)) + Norm(y)) / denominator);
    }

    private static InstanceOutcome LemmaFirst(DataCase c) => ProductNormFirstInequality(c.X, c.Y, c.Wm);

    private static InstanceOutcome FullRank(DataCase c, Func<double, InstanceOutcome> then)
    {
        var sv = c.X.Svd(computeVectors: false).S;
        double smin = c.X.RowCount <= c.X.ColumnCount ? sv[c.X.RowCount - 1] : 0;
        return smin > 1e-12 * sv[0] ? then(smin) : InstanceOutcome.Rejected($"XXᵀ is not of full rank (σ_min(X) = {F(smin)})");
    }

    private static InstanceOutcome LemmaSecond(DataCase c) => FullRank(c, smin =>
        InstanceOutcome.Inequality((Norm(c.Y - (c.Wm * c.X)) + Norm(c.Y)) / smin, NrtBounds.ProductNormBound(c.Loss, Norm(c.Y), smin)));

    private static InstanceOutcome LemmaFourth(DataCase c) =>
        InstanceOutcome.Inequality(Norm(((c.Wm * c.X) - c.Y).TransposeAndMultiply(c.X)), Norm((c.Wm * c.X) - c.Y) * Norm(c.X));

    private static InstanceOutcome LemmaFifth(DataCase c) =>
        InstanceOutcome.Inequality(Norm((c.Wm * c.X) - c.Y) * Norm(c.X), NrtBounds.OuterGradientNormBound(c.Loss, Norm(c.X)));

    private static IEnumerable<(string, Func<CheckContext, CheckResult>)> ProductBoundChecks()
    {
        yield return ("nrt/lemma3.1#1", ctx => DataCheck(ctx, "nrt/lemma3.1#1", "‖W‖ ≤ (‖Y − WX‖ + ‖Y‖)σ_min⁻¹(X)", LemmaFirst));
        yield return ("nrt/lemma3.1#2", ctx => DataCheck(ctx, "nrt/lemma3.1#2", "(‖Y − WX‖ + ‖Y‖)σ_min⁻¹(X) ≤ (√(2L¹(W)) + ‖Y‖)σ_min⁻¹(X)", LemmaSecond));
        yield return ("nrt/eq3.3", ctx => DataCheck(ctx, "nrt/eq3.3", "both inequalities of (3.3) on the same instance", c => Worst(LemmaFirst(c), LemmaSecond(c))));
        yield return ("nrt/lemma3.1#4", ctx => DataCheck(ctx, "nrt/lemma3.1#4", "‖∇L¹(W)‖ = ‖(WX − Y)Xᵀ‖ (= WXXᵀ − YXᵀ by (3.1), evaluated in the factored form to avoid cancellation) ≤ ‖WX − Y‖‖X‖", LemmaFourth));
        yield return ("nrt/lemma3.1#5", ctx => DataCheck(ctx, "nrt/lemma3.1#5", "‖WX − Y‖‖X‖ ≤ √(2L¹(W))‖X‖", LemmaFifth));
        yield return ("nrt/eq3.4", ctx => DataCheck(ctx, "nrt/eq3.4", "both inequalities of (3.4) on the same instance", c => Worst(LemmaFourth(c), LemmaFifth(c))));
        yield return ("nrt/lemma3.1#proof-first", ctx => DataCheck(ctx, "nrt/lemma3.1#proof-first", "W = WXXᵀ(XXᵀ)⁻¹ (1e-9 relative to ‖W‖ times cond(XXᵀ)·1e-6 allowance), ‖Xᵀ(XXᵀ)⁻¹‖ = σ_min⁻¹(X), ‖W‖ ≤ ‖WX‖‖Xᵀ(XXᵀ)⁻¹‖ ≤ (‖Y − WX‖ + ‖Y‖)σ_min⁻¹(X)", c => FullRank(c, smin =>
        {
            var gram = c.X.TransposeAndMultiply(c.X);
            var inv = gram.Inverse();
            double cond = Math.Pow(Norm(c.X) / smin, 2);
            var back = c.Wm * gram * inv;
            double pinvNorm = Norm(c.X.Transpose() * inv);
            double nw = Norm(c.Wm), nwx = Norm(c.Wm * c.X);
            return Worst(
                InstanceOutcome.Identity((back - c.Wm).L2Norm() / Math.Max(1, cond * 1e-6), nw),
                Same(pinvNorm, 1 / smin, 1e-9 * Math.Max(1, cond * 1e-6)),
                InstanceOutcome.Inequality(nw, nwx * pinvNorm * (1 + (1e-12 * cond))),
                InstanceOutcome.Inequality(nwx * pinvNorm, (Norm(c.Y - (c.Wm * c.X)) + Norm(c.Y)) / smin * (1 + (1e-12 * cond))));
        })));
        yield return ("nrt/remark2.5#b-loss", ctx => DataCheck(ctx, "nrt/remark2.5#b-loss", "2L^N(W⃗(0)) ≤ σ²_min(X)M² with M = (√(2L) + ‖Y‖)/σ_min(X) and W = W_N(0)⋯W₁(0) (equality iff Y = 0)", c => FullRank(c, smin =>
        {
            double m = NrtStepSizeBound.M(c.Loss, Norm(c.Y), smin);
            return InstanceOutcome.Inequality(2 * c.Loss, smin * smin * m * m);
        })));
        yield return ("nrt/eq2.11~fixed", ctx => DataCheck(ctx, "nrt/eq2.11~fixed", "√(2L^N(W⃗(0))) = ‖Y − W_N(0)⋯W₁(0)X‖_F, so both forms of M agree (1e-12 relative); engine's M against the second form", c => FullRank(c, smin =>
        {
            double engine = NrtStepSizeBound.M(c.Loss, Norm(c.Y), smin);
            double second = ((c.Y - (c.Wm * c.X)).FrobeniusNorm() + Norm(c.Y)) / smin;
            return Worst(Same(Math.Sqrt(2 * c.Loss), (c.Y - (c.Wm * c.X)).FrobeniusNorm(), 1e-12), Same(engine, second, 1e-12));
        })));
    }
}
