using System.Globalization;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Geometry;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// The product-matrix flow of trbw (6): <c>Ẇ = −A_{W,N}(∇L¹(W))</c>, integrated directly by RK4 with a rank-k
/// retraction (truncated SVD) after each step, so the iterate stays on the manifold of rank-≤k matrices (trbw Thm 4).
/// The stages evaluate the field on ℳ_k (<see cref="Field(Matrix{double}, RegressionData, int, int)"/>), which keeps the
/// fourth order of RK4 at rank-deficient W.
/// </summary>
public static class ProductFlow
{
    /// <summary>
    /// Integrates from <paramref name="w0"/> (first retracted to rank ≤ <paramref name="rank"/>) to
    /// <paramref name="endTime"/> with RK4 steps of size <paramref name="step"/>, recording every
    /// <paramref name="recordStride"/> steps and at the end. A non-finite step stops the run with
    /// <see cref="StopReason.Diverged"/> (the result holds the last finite iterate).
    /// </summary>
    /// <exception cref="NumericArgumentException">A non-finite or wrongly shaped <paramref name="w0"/>, or a non-positive
    /// depth, rank, end time, step or stride.</exception>
    public static ProductFlowResult Run(Matrix<double> w0, RegressionData data, int depth, int rank, double endTime, double step, int recordStride = 1, CancellationToken cancellationToken = default)
    {
        Require.FiniteMatrix(w0, nameof(w0));
        ArgumentNullException.ThrowIfNull(data);
        Require.Shape(w0, data.OutputDimension, data.InputDimension, nameof(w0));
        Require.Positive(depth, nameof(depth));
        Require.Positive(rank, nameof(rank));
        Require.Positive(endTime, nameof(endTime));
        Require.Positive(step, nameof(step));
        Require.Positive(recordStride, nameof(recordStride));
        var w = Retract(w0, rank);
        var times = new List<double>();
        var losses = new List<double>();
        var ranks = new List<int>();
        int steps = (int)Math.Ceiling((endTime / step) - 1e-9);
        double t = 0;
        for (int s = 0; s <= steps; s++)
        {
            if (s % recordStride == 0 || s == steps)
            {
                times.Add(t);
                losses.Add(data.Loss(w));
                ranks.Add(Diagnostics.MatrixDiagnostics.NumericalRank(w));
            }

            if (s == steps)
            {
                break;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                return new ProductFlowResult(w, times, losses, ranks, StopReason.Cancelled);
            }

            double h = Math.Min(step, endTime - t);
            var k1 = Field(w, data, depth, rank);
            var k2 = Field(w + (h / 2 * k1), data, depth, rank);
            var k3 = Field(w + (h / 2 * k2), data, depth, rank);
            var k4 = Field(w + (h * k3), data, depth, rank);
            var next = w + (h / 6 * (k1 + (2 * k2) + (2 * k3) + k4));
            if (next.Enumerate().Any(x => !double.IsFinite(x)))
            {
                return new ProductFlowResult(w, times, losses, ranks, StopReason.Diverged);
            }

            w = Retract(next, rank);
            t += h;
        }

        return new ProductFlowResult(w, times, losses, ranks, StopReason.IterationBudget);
    }

    /// <summary>The vector field <c>−A_{W,N}(∇L¹(W))</c>.</summary>
    public static Matrix<double> Field(Matrix<double> w, RegressionData data, int depth)
    {
        if (w.Enumerate().Any(x => !double.IsFinite(x)))
        {
            return Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount, double.NaN);
        }

        return -new ProductOperator(w, depth).Apply(data.Gradient(w));
    }

    /// <summary>
    /// The vector field <c>−A_{W,N}(∇L¹(W))</c> of the flow on ℳ_k: W is read as its best rank-k approximation (singular
    /// values beyond the k-th count as 0, <see cref="ProductOperator(Matrix{double}, int, int)"/>). Off the manifold (the
    /// RK4 stage points, whose normal component is O(h²)) this field is smooth, whereas the threshold-rank field of
    /// <see cref="Field(Matrix{double}, RegressionData, int)"/> sees the O(h²) singular values and is only Lipschitz there
    /// (e.g. <c>(WWᵀ)^{1/2}</c> for N = 2), which lowers the order of RK4 from 4 to about 2 at rank-deficient W.
    /// </summary>
    public static Matrix<double> Field(Matrix<double> w, RegressionData data, int depth, int rank)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(data);
        if (w.Enumerate().Any(x => !double.IsFinite(x)))
        {
            return Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount, double.NaN);
        }

        return -new ProductOperator(w, depth, Math.Min(rank, Math.Min(w.RowCount, w.ColumnCount))).Apply(data.Gradient(w));
    }

    /// <summary>The best rank-≤k approximation (truncated SVD).</summary>
    public static Matrix<double> Retract(Matrix<double> w, int rank)
    {
        var svd = w.Svd(computeVectors: true);
        var result = Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount);
        for (int i = 0; i < Math.Min(rank, svd.S.Count); i++)
        {
            result += svd.S[i] * svd.U.Column(i).ToColumnMatrix() * svd.VT.Row(i).ToRowMatrix();
        }

        return result;
    }

    /// <summary>Describes the run for reports.</summary>
    public static string Describe(int depth, int rank, double step) =>
        string.Create(CultureInfo.InvariantCulture, $"product flow Ẇ = −A_(W,{depth})(∇L¹(W)), RK4 step {step:G3}, rank-{rank} retraction");
}
