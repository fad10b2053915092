using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Data;

/// <summary>
/// Regression data <c>X ∈ ℝ^{d_x×m}</c>, <c>Y ∈ ℝ^{d_y×m}</c> reduced once to the m-free quantities every iteration
/// needs, so the loss <c>L¹(W) = ½‖Y − WX‖_F²</c> and its gradient <c>∇L¹(W) = WXXᵀ − YXᵀ</c> cost nothing in m.
/// </summary>
/// <remarks>
/// With <c>S = (XXᵀ)^{1/2}</c> and <c>Q = YXᵀS⁺</c> (pseudo-inverse, so rank-deficient X works: <c>QS = YXᵀ</c> because
/// range(XYᵀ) ⊆ range(X) = range(S)), <c>L¹(W) = ½‖WS − Q‖_F² + c</c> with <c>c = ½(‖Y‖_F² − ‖Q‖_F²) ≥ 0</c>.
/// The form stays accurate as the loss → 0 (no cancellation between ‖Y‖² and 2tr(WXYᵀ)).
/// Immutable: accessors return copies.
/// </remarks>
public sealed class RegressionData
{
    private readonly Matrix<double> _xxT;
    private readonly Matrix<double> _yxT;
    private readonly Matrix<double> _s;
    private readonly Matrix<double> _q;
    private readonly double _minEigenvalue;
    private readonly double _xSpectralNormSquared;

    /// <summary>Precomputes the m-free reduction of <paramref name="x"/>, <paramref name="y"/>.</summary>
    /// <exception cref="NumericArgumentException">Non-finite entries or different column counts.</exception>
    public RegressionData(Matrix<double> x, Matrix<double> y)
        : this(Validate(x, y), x.ColumnCount)
    {
    }

    private RegressionData((Matrix<double> XxT, Matrix<double> YxT, double YNormSquared) reduced, int sampleCount)
        : this(reduced.XxT, reduced.YxT, reduced.YNormSquared, sampleCount)
    {
    }

    private RegressionData(Matrix<double> xxT, Matrix<double> yxT, double yNormSquared, int sampleCount)
    {
        _xxT = xxT;
        _yxT = yxT;
        SampleCount = sampleCount;
        var evd = xxT.Evd(Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues.Select(v => Math.Max(0, v.Real)).ToArray();
        double max = eigenvalues.Length == 0 ? 0 : eigenvalues.Max();
        _minEigenvalue = eigenvalues.Length == 0 ? 0 : eigenvalues.Min();
        _xSpectralNormSquared = max;
        double tolerance = Math.Max(max, 1) * xxT.RowCount * 1e-14;
        InputCovarianceIsFullRank = _minEigenvalue > tolerance;
        var v = evd.EigenVectors;
        var sqrt = Vector<double>.Build.Dense(eigenvalues.Length, i => Math.Sqrt(eigenvalues[i]));
        var invSqrt = Vector<double>.Build.Dense(eigenvalues.Length, i => eigenvalues[i] > tolerance ? 1 / Math.Sqrt(eigenvalues[i]) : 0);
        _s = v * Matrix<double>.Build.DenseOfDiagonalVector(sqrt) * v.Transpose();
        _s = (_s + _s.Transpose()) * 0.5;
        var sPlus = v * Matrix<double>.Build.DenseOfDiagonalVector(invSqrt) * v.Transpose();
        _q = yxT * sPlus;
        double qNorm = _q.FrobeniusNorm();
        Constant = Math.Max(0, 0.5 * (yNormSquared - (qNorm * qNorm)));
        YNormSquared = yNormSquared;
    }

    /// <summary>
    /// Builds the reduction from <c>XXᵀ</c>, <c>YXᵀ</c>, <c>‖Y‖_F²</c> and m directly (no data matrices needed).
    /// </summary>
    public static RegressionData FromCovariances(Matrix<double> xxT, Matrix<double> yxT, double yNormSquared, int sampleCount)
    {
        Require.FiniteMatrix(xxT, nameof(xxT));
        Require.FiniteMatrix(yxT, nameof(yxT));
        Require.Shape(xxT, xxT.RowCount, xxT.RowCount, nameof(xxT));
        Require.Shape(yxT, yxT.RowCount, xxT.RowCount, nameof(yxT));
        Require.NonNegative(yNormSquared, nameof(yNormSquared));
        Require.Positive(sampleCount, nameof(sampleCount));
        return new RegressionData(xxT.Clone(), yxT.Clone(), yNormSquared, sampleCount);
    }

    /// <summary>The input dimension <c>d_x</c>.</summary>
    public int InputDimension => _xxT.RowCount;

    /// <summary>The output dimension <c>d_y</c>.</summary>
    public int OutputDimension => _yxT.RowCount;

    /// <summary>The number of samples m.</summary>
    public int SampleCount { get; }

    /// <summary><c>XXᵀ</c> (a copy).</summary>
    public Matrix<double> InputCovariance => _xxT.Clone();

    /// <summary><c>YXᵀ</c> (a copy).</summary>
    public Matrix<double> CrossCovariance => _yxT.Clone();

    /// <summary><c>S = (XXᵀ)^{1/2}</c> (a copy).</summary>
    public Matrix<double> WhiteningRoot => _s.Clone();

    /// <summary><c>Q = YXᵀS⁺</c> (a copy); equals <c>YXᵀ(XXᵀ)^{−1/2}</c> when XXᵀ is invertible.</summary>
    public Matrix<double> WhitenedTarget => _q.Clone();

    /// <summary><c>c = ½(‖Y‖_F² − ‖Q‖_F²)</c>, the part of the loss no W can remove (the minimum of L¹).</summary>
    public double Constant { get; }

    /// <summary><c>‖Y‖_F²</c>.</summary>
    public double YNormSquared { get; }

    /// <summary>True when XXᵀ has full rank (smallest eigenvalue above a relative tolerance of 1e-14·d_x).</summary>
    public bool InputCovarianceIsFullRank { get; }

    /// <summary>The smallest eigenvalue of XXᵀ, i.e. σ_min(X)² when d_x ≤ m.</summary>
    public double InputCovarianceMinEigenvalue => _minEigenvalue;

    /// <summary><c>‖X‖² = λ_max(XXᵀ)</c>, the squared spectral norm of X.</summary>
    public double XSpectralNormSquared => _xSpectralNormSquared;

    internal Matrix<double> InputCovarianceView => _xxT;

    internal Matrix<double> CrossCovarianceView => _yxT;

    internal Matrix<double> WhiteningRootView => _s;

    internal Matrix<double> WhitenedTargetView => _q;

    /// <summary><c>L¹(W) = ½‖WS − Q‖_F² + c</c> (equal to ½‖Y − WX‖_F²).</summary>
    public double Loss(Matrix<double> w)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.Shape(w, OutputDimension, InputDimension, nameof(w));
        var r = (w * _s) - _q;
        double f = r.FrobeniusNorm();
        return (0.5 * f * f) + Constant;
    }

    /// <summary><c>∇L¹(W) = WXXᵀ − YXᵀ</c>.</summary>
    public Matrix<double> Gradient(Matrix<double> w)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.Shape(w, OutputDimension, InputDimension, nameof(w));
        return (w * _xxT) - _yxT;
    }

    private static (Matrix<double> XxT, Matrix<double> YxT, double YNormSquared) Validate(Matrix<double> x, Matrix<double> y)
    {
        Require.FiniteMatrix(x, nameof(x));
        Require.FiniteMatrix(y, nameof(y));
        if (x.ColumnCount != y.ColumnCount)
        {
            throw new NumericArgumentException(nameof(y), $"a {Require.Shape(y)} matrix while X is {Require.Shape(x)}", "X and Y must have the same number m of columns (samples)");
        }

        double yNorm = y.FrobeniusNorm();
        return (x.TransposeAndMultiply(x), y.TransposeAndMultiply(x), yNorm * yNorm);
    }
}
