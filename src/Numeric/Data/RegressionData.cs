using System.Globalization;
using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Data;

/// <summary>
/// Regression data <c>X ∈ ℝ^{d_x×m}</c>, <c>Y ∈ ℝ^{d_y×m}</c> reduced once to the m-free quantities every iteration
/// needs, so that the loss <c>L¹(W) = ½‖Y − WX‖_F²</c> (nrt §2, trbw (3)) and its gradient
/// <c>∇L¹(W) = WXXᵀ − YXᵀ</c> (nrt (3.1)) cost nothing in m.
/// </summary>
/// <remarks>
/// <para>
/// With <c>S = (XXᵀ)^{1/2}</c> and <c>Q = YXᵀS⁺</c> (pseudo-inverse, so rank-deficient X works: <c>QS = YXᵀ</c>
/// because range(XYᵀ) ⊆ range(X) = range(S)),
/// <c>L¹(W) = ½‖WS − Q‖_F² + c</c> with <c>c = ½(‖Y‖_F² − ‖Q‖_F²) = min_W L¹(W) ≥ 0</c>.
/// When XXᵀ is invertible, Q is the matrix <c>YXᵀ(XXᵀ)^{−1/2}</c> of nrt (2.6) and trbw Appendix A.
/// </para>
/// <para>
/// Accuracy: the form has no cancellation between ‖Y‖² and 2tr(WXYᵀ), so it stays accurate as the loss → 0. When
/// the data matrices are given, c is computed as the residual <c>½‖Y − W*X‖_F²</c> of the least-squares solution
/// <c>W* = YXᵀ(XXᵀ)⁺</c> (one O(d_y·d_x·m) pass at construction), not as the difference ½(‖Y‖² − ‖Q‖²), so a
/// realizable target (c = 0) gives c ≈ 0 to working precision instead of ≈ 1e-16·‖Y‖². <see cref="FromCovariances"/>
/// has only the covariances and uses the difference (clamped at 0).
/// </para>
/// <para>
/// Rank rule: an eigenvalue λ of XXᵀ counts as zero when <c>λ ≤ 10·d_x·ε·λ_max</c> (ε the double-precision unit
/// roundoff 2⁻⁵²), the rounding level of a computed Gram matrix. Immutable: matrix properties return copies.
/// </para>
/// </remarks>
public sealed class RegressionData
{
    private const double RankToleranceFactor = 10 * 2.220446049250313e-16;

    private readonly Matrix<double> _xxT;
    private readonly Matrix<double> _yxT;
    private readonly Matrix<double> _s;
    private readonly Matrix<double> _sPlus;
    private readonly Matrix<double> _q;
    private readonly double _sNorm;
    private readonly double _qNorm;
    private readonly double[]? _xRows;
    private readonly double[]? _yRows;

    /// <summary>Precomputes the m-free reduction of <paramref name="x"/>, <paramref name="y"/>.</summary>
    /// <param name="x">The inputs <c>X ∈ ℝ^{d_x×m}</c>, one sample per column, finite, m ≥ 1.</param>
    /// <param name="y">The targets <c>Y ∈ ℝ^{d_y×m}</c>, finite, the same m.</param>
    /// <exception cref="NumericArgumentException">A non-finite entry, or different column counts.</exception>
    public RegressionData(Matrix<double> x, Matrix<double> y)
    {
        Require.FiniteMatrix(x, nameof(x));
        Require.FiniteMatrix(y, nameof(y));
        if (x.ColumnCount != y.ColumnCount)
        {
            throw new NumericArgumentException(nameof(y), $"a {Require.Shape(y)} matrix while X is {Require.Shape(x)}", "X and Y must have the same number m of columns (samples)");
        }

        Require.Positive(x.ColumnCount, "x (column count m)");
        double yNorm = y.FrobeniusNorm();
        _xxT = Symmetrize(x.TransposeAndMultiply(x));
        _yxT = y.TransposeAndMultiply(x);
        YNormSquared = yNorm * yNorm;
        SampleCount = x.ColumnCount;
        (_s, _sPlus, InputCovarianceMinEigenvalue, XSpectralNormSquared, InputCovarianceRank) = Roots(_xxT);
        _q = _yxT * _sPlus;

        // c = ½‖Y − W*X‖² with W* = YXᵀ(XXᵀ)⁺ = Q S⁺: a residual, accurate even when c is tiny.
        var residual = y - (_q * _sPlus * x);
        double r = residual.FrobeniusNorm();
        Constant = 0.5 * r * r;
        (_sNorm, _qNorm) = (_s.FrobeniusNorm(), _q.FrobeniusNorm());
        _xRows = x.ToRowMajorArray();
        _yRows = y.ToRowMajorArray();
    }

    private RegressionData(Matrix<double> xxT, Matrix<double> yxT, double yNormSquared, int sampleCount)
    {
        _xxT = Symmetrize(xxT);
        _yxT = yxT;
        YNormSquared = yNormSquared;
        SampleCount = sampleCount;
        (_s, _sPlus, InputCovarianceMinEigenvalue, XSpectralNormSquared, InputCovarianceRank) = Roots(_xxT);
        _q = _yxT * _sPlus;
        double qNorm = _q.FrobeniusNorm();
        double difference = 0.5 * (yNormSquared - (qNorm * qNorm));
        if (difference < -1e-8 * Math.Max(1, yNormSquared))
        {
            throw new NumericArgumentException(
                nameof(yNormSquared),
                Require.Format(yNormSquared),
                $"must be at least ‖Q‖_F² = ‖YXᵀ(XXᵀ)^(−1/2)‖_F² = {Require.Format(qNorm * qNorm)} (Cauchy–Schwarz); the covariances are inconsistent");
        }

        Constant = Math.Max(0, difference);
        (_sNorm, _qNorm) = (_s.FrobeniusNorm(), qNorm);
    }

    /// <summary>
    /// Builds the reduction from <c>XXᵀ</c>, <c>YXᵀ</c>, <c>‖Y‖_F²</c> and m directly (no data matrices needed).
    /// </summary>
    /// <param name="xxT"><c>XXᵀ ∈ ℝ^{d_x×d_x}</c>: finite, symmetric (relative asymmetry ≤ 1e-10), positive semidefinite.</param>
    /// <param name="yxT"><c>YXᵀ ∈ ℝ^{d_y×d_x}</c>, finite.</param>
    /// <param name="yNormSquared"><c>‖Y‖_F² ≥ ‖Q‖_F²</c>, finite.</param>
    /// <param name="sampleCount">m ≥ 1 (recorded, not used by the loss).</param>
    /// <exception cref="NumericArgumentException">A rule above is broken.</exception>
    public static RegressionData FromCovariances(Matrix<double> xxT, Matrix<double> yxT, double yNormSquared, int sampleCount)
    {
        Require.FiniteMatrix(xxT, nameof(xxT));
        Require.FiniteMatrix(yxT, nameof(yxT));
        Require.Shape(xxT, xxT.RowCount, xxT.RowCount, nameof(xxT));
        Require.Shape(yxT, yxT.RowCount, xxT.RowCount, nameof(yxT));
        Require.NonNegative(yNormSquared, nameof(yNormSquared));
        Require.Positive(sampleCount, nameof(sampleCount));
        double scale = Math.Max(xxT.FrobeniusNorm(), double.Epsilon);
        double asymmetry = (xxT - xxT.Transpose()).FrobeniusNorm() / scale;
        if (asymmetry > 1e-10)
        {
            throw new NumericArgumentException(nameof(xxT), $"a matrix with relative asymmetry ‖A − Aᵀ‖_F/‖A‖_F = {Require.Format(asymmetry)}", "XXᵀ must be symmetric");
        }

        double minEigenvalue = xxT.Evd(Symmetricity.Symmetric).EigenValues.Min(v => v.Real);
        if (minEigenvalue < -1e-10 * scale)
        {
            throw new NumericArgumentException(nameof(xxT), $"a matrix with smallest eigenvalue {Require.Format(minEigenvalue)}", "XXᵀ must be positive semidefinite");
        }

        return new RegressionData(xxT.Clone(), yxT.Clone(), yNormSquared, sampleCount);
    }

    /// <summary>The input dimension <c>d_x</c>.</summary>
    public int InputDimension => _xxT.RowCount;

    /// <summary>The output dimension <c>d_y</c>.</summary>
    public int OutputDimension => _yxT.RowCount;

    /// <summary>The number of samples m ≥ 1.</summary>
    public int SampleCount { get; }

    /// <summary><c>XXᵀ ∈ ℝ^{d_x×d_x}</c> (a copy, exactly symmetric).</summary>
    public Matrix<double> InputCovariance => _xxT.Clone();

    /// <summary><c>YXᵀ ∈ ℝ^{d_y×d_x}</c> (a copy).</summary>
    public Matrix<double> CrossCovariance => _yxT.Clone();

    /// <summary><c>S = (XXᵀ)^{1/2}</c>, symmetric positive semidefinite (a copy).</summary>
    public Matrix<double> WhiteningRoot => _s.Clone();

    /// <summary><c>S⁺ = ((XXᵀ)^{1/2})⁺</c>, equal to <c>(XXᵀ)^{−1/2}</c> when XXᵀ is invertible (a copy).</summary>
    public Matrix<double> WhiteningRootPseudoInverse => _sPlus.Clone();

    /// <summary><c>Q = YXᵀS⁺ ∈ ℝ^{d_y×d_x}</c> (a copy); equals <c>YXᵀ(XXᵀ)^{−1/2}</c> of nrt (2.6) when XXᵀ is invertible.</summary>
    public Matrix<double> WhitenedTarget => _q.Clone();

    /// <summary><c>c = ½(‖Y‖_F² − ‖Q‖_F²) ≥ 0</c>, the minimum of L¹ over all W (the part no W can remove).</summary>
    public double Constant { get; }

    /// <summary><c>‖Y‖_F²</c>.</summary>
    public double YNormSquared { get; }

    /// <summary>The numerical rank of XXᵀ (eigenvalues above <c>10·d_x·ε·λ_max</c>).</summary>
    public int InputCovarianceRank { get; }

    /// <summary>True when XXᵀ has full rank d_x under the rank rule of the remarks.</summary>
    public bool InputCovarianceIsFullRank => InputCovarianceRank == InputDimension;

    /// <summary>The smallest eigenvalue of XXᵀ (clamped at 0), i.e. <c>σ_min(X)²</c> when d_x ≤ m.</summary>
    public double InputCovarianceMinEigenvalue { get; }

    /// <summary><c>‖X‖² = λ_max(XXᵀ)</c>, the squared spectral norm of X.</summary>
    public double XSpectralNormSquared { get; }

    internal Matrix<double> InputCovarianceView => _xxT;

    internal Matrix<double> CrossCovarianceView => _yxT;

    internal Matrix<double> WhiteningRootView => _s;

    internal Matrix<double> WhiteningRootPseudoInverseView => _sPlus;

    internal Matrix<double> WhitenedTargetView => _q;

    /// <summary>
    /// <c>L¹(W) = ½‖Y − WX‖_F²</c>: the m-free form <c>½‖WS − Q‖_F² + c</c> when it is accurate to
    /// <see cref="MFreeRelativeTolerance"/>, otherwise (a small residual, when the data were given) the residual form
    /// with compensated arithmetic.
    /// </summary>
    /// <remarks>
    /// Implementation note: the residual R = WS − Q is a difference of two matrices of norm about ‖Q‖, each rounded to
    /// about u·(‖W‖‖S‖ + ‖Q‖) (u = 2⁻⁵³, S and Q themselves rounded), so ½‖R‖² carries a relative error of about
    /// 2u(‖W‖_F‖S‖_F + ‖Q‖_F)/‖R‖_F, which grows without bound as the residual shrinks (10⁻⁸ at ‖R‖/‖Q‖ ≈ 10⁻⁸).
    /// When that estimate exceeds the tolerance, every residual entry Y_ik − Σ_j W_ij X_jk is evaluated by the Dot2
    /// algorithm of Ogita, Rump and Oishi (2005) — error-free products by fused multiply-add and error-free sums,
    /// as accurate as in twice the working precision — and the squares are summed with Neumaier's compensated sum:
    /// the loss is then accurate to a few units of roundoff unless ‖R‖ is below about u‖Y‖ itself. That costs
    /// O(d_y·d_x·m) instead of O(d_y·d_x²) and is taken only near a minimum; <see cref="Workspace.DescentWorkspace.Loss"/>
    /// keeps the m-free form (allocation-free, for descent).
    /// </remarks>
    /// <param name="w">The end-to-end matrix <c>W ∈ ℝ^{d_y×d_x}</c>, finite.</param>
    /// <exception cref="NumericArgumentException">Wrong shape or a non-finite entry.</exception>
    public double Loss(Matrix<double> w)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.Shape(w, OutputDimension, InputDimension, nameof(w));
        var r = (w * _s) - _q;
        double f = r.FrobeniusNorm();
        double estimate = 2 * UnitRoundoff * ((w.FrobeniusNorm() * _sNorm) + _qNorm) / f;
        if (_xRows is not null && !(estimate <= MFreeRelativeTolerance))
        {
            return CompensatedResidualLoss(w);
        }

        return (0.5 * f * f) + Constant;
    }

    /// <summary>The relative error the m-free form of <see cref="Loss"/> may have before the residual form is used.</summary>
    public const double MFreeRelativeTolerance = 1e-12;

    /// <summary>The m-free form <c>½‖WS − Q‖_F² + c</c> alone (for tests: the negative control of the precision of
    /// <see cref="Loss"/> for small residuals).</summary>
    internal double MFreeLoss(Matrix<double> w)
    {
        var r = (w * _s) - _q;
        double f = r.FrobeniusNorm();
        return (0.5 * f * f) + Constant;
    }

    /// <summary><c>∇L¹(W) = WXXᵀ − YXᵀ</c> (nrt (3.1)).</summary>
    /// <param name="w">The end-to-end matrix <c>W ∈ ℝ^{d_y×d_x}</c>, finite.</param>
    /// <exception cref="NumericArgumentException">Wrong shape or a non-finite entry.</exception>
    public Matrix<double> Gradient(Matrix<double> w)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.Shape(w, OutputDimension, InputDimension, nameof(w));
        return (w * _xxT) - _yxT;
    }

    /// <summary>
    /// Throws unless XXᵀ has full rank: the rule of nrt Theorem 2.4, Lemma 3.1 and (2.6), which need <c>(XXᵀ)^{−1}</c>.
    /// </summary>
    /// <param name="argument">The argument name to report.</param>
    /// <param name="purpose">What needs the full rank (becomes part of the rule).</param>
    public void RequireFullRank(string argument, string purpose)
    {
        if (!InputCovarianceIsFullRank)
        {
            throw new NumericArgumentException(
                argument,
                $"data whose XXᵀ ({InputDimension.ToString(CultureInfo.InvariantCulture)}×{InputDimension.ToString(CultureInfo.InvariantCulture)}) has rank {InputCovarianceRank.ToString(CultureInfo.InvariantCulture)} (λ_min = {Require.Format(InputCovarianceMinEigenvalue)})",
                $"{purpose} needs XXᵀ of full rank");
        }
    }

    private static Matrix<double> Symmetrize(Matrix<double> m) => (m + m.Transpose()) * 0.5;

    private const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>½Σ_ik (Y_ik − Σ_j W_ij X_jk)², each residual by Dot2 (error-free transformations), the squares by
    /// Neumaier's compensated sum (see the remarks of <see cref="Loss"/>).</summary>
    private double CompensatedResidualLoss(Matrix<double> w)
    {
        var x = _xRows!;
        var y = _yRows!;
        var wRows = w.ToRowMajorArray();
        int dx = InputDimension;
        int m = SampleCount;
        double sum = 0;
        double sumError = 0;
        for (int i = 0; i < OutputDimension; i++)
        {
            for (int k = 0; k < m; k++)
            {
                double p = y[(i * m) + k];
                double s = 0;
                for (int j = 0; j < dx; j++)
                {
                    double h = -wRows[(i * dx) + j] * x[(j * m) + k];
                    double hError = Math.FusedMultiplyAdd(-wRows[(i * dx) + j], x[(j * m) + k], -h);
                    double t = p + h;
                    double z = t - p;
                    s += ((p - (t - z)) + (h - z)) + hError;
                    p = t;
                }

                double e = p + s;
                double square = e * e;
                double next = sum + square;
                sumError += Math.Abs(sum) >= square ? (sum - next) + square : (square - next) + sum;
                sum = next;
            }
        }

        return 0.5 * (sum + sumError);
    }

    // Implementation note: one symmetric eigendecomposition XXᵀ = VΛVᵀ gives S = VΛ^{1/2}Vᵀ and S⁺ = V(Λ⁺)^{1/2}Vᵀ;
    // eigenvalues at or below the rank tolerance are treated as exact zeros in both (tiny negatives from rounding too).
    private static (Matrix<double> S, Matrix<double> SPlus, double Min, double Max, int Rank) Roots(Matrix<double> xxT)
    {
        var evd = xxT.Evd(Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues.Select(v => Math.Max(0, v.Real)).ToArray();
        double max = eigenvalues.Max();
        double min = eigenvalues.Min();
        double tolerance = RankToleranceFactor * xxT.RowCount * max;
        int rank = eigenvalues.Count(v => v > tolerance && v > 0);
        var v = evd.EigenVectors;
        var sqrt = Vector<double>.Build.Dense(eigenvalues.Length, i => eigenvalues[i] > tolerance ? Math.Sqrt(eigenvalues[i]) : 0);
        var invSqrt = Vector<double>.Build.Dense(eigenvalues.Length, i => eigenvalues[i] > tolerance && eigenvalues[i] > 0 ? 1 / Math.Sqrt(eigenvalues[i]) : 0);
        var s = Symmetrize(v * Matrix<double>.Build.DenseOfDiagonalVector(sqrt) * v.Transpose());
        var sPlus = Symmetrize(v * Matrix<double>.Build.DenseOfDiagonalVector(invSqrt) * v.Transpose());
        return (s, sPlus, min, max, rank);
    }
}
