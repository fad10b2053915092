using System.Globalization;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Derivatives;

/// <summary>
/// Second derivatives of <c>L^N(W₁,…,W_N) = ½‖Y − W_N⋯W₁X‖_F²</c>: the exact Hessian-vector product, the Hessian
/// quadratic form (also in the form printed in nrt §3.1, proof of Proposition 3.3), the full Hessian of small
/// networks with its eigenvalues and inertia, and the operator norm <c>‖∇²L^N‖_{F→F}</c> that nrt bounds by B_δ (2.9).
/// </summary>
/// <remarks>
/// Parameters are vectorized layer 1 first, each factor in column-major order (MathNet's storage order); see
/// <see cref="Flatten"/>. Every member is m-free: the data enter only through XXᵀ and YXᵀ.
/// </remarks>
public static class DeepLinearHessian
{
    /// <summary>The largest parameter count <c>Σ_j d_jd_{j−1}</c> for which <see cref="FullMatrix"/> builds the Hessian.</summary>
    public const int MaxFullParameters = 2000;

    /// <summary>The Hessian-vector product <c>∇²L^N(W)[Δ]</c>, one matrix per layer (index j − 1 for layer j).</summary>
    /// <param name="network">The point <c>(W₁,…,W_N)</c>.</param>
    /// <param name="data">The reduced data.</param>
    /// <param name="direction"><c>Δ = (Δ₁,…,Δ_N)</c>, Δ_j of the shape of W_j, finite.</param>
    /// <exception cref="NumericArgumentException">Shapes that do not match, or a non-finite entry.</exception>
    public static Matrix<double>[] HessianVectorProduct(DeepLinearNetwork network, RegressionData data, IReadOnlyList<Matrix<double>> direction)
    {
        DeepLinearGradient.CheckShapes(network, data);
        CheckDirection(network, direction);
        return new HessianContext(network, data).Apply(direction);
    }

    /// <summary><c>∇²L^N(W)(Δ, Δ) = ⟨Δ, ∇²L^N(W)Δ⟩</c> from the Hessian-vector product.</summary>
    /// <exception cref="NumericArgumentException">Shapes that do not match, or a non-finite entry.</exception>
    public static double QuadraticForm(DeepLinearNetwork network, RegressionData data, IReadOnlyList<Matrix<double>> direction)
    {
        var h = HessianVectorProduct(network, data, direction);
        double s = 0;
        for (int j = 0; j < h.Length; j++)
        {
            s += Inner(direction[j], h[j]);
        }

        return s;
    }

    /// <summary>
    /// The quadratic form exactly as printed in nrt §3.1:
    /// <c>Σ_i ‖Q_i‖_F² + Σ_{i≠j} ⟨Q_i, Q_j⟩ + Σ_{i≠j} ⟨WXXᵀ − YXᵀ, P_{i,j}⟩</c> with
    /// <c>Q_i = W_N⋯W_{i+1}Δ_iW_{i−1}⋯W₁X</c> and <c>P_{i,j}</c> the product with Δ_i and Δ_j in place of W_i and W_j.
    /// </summary>
    /// <remarks>
    /// The first two sums are <c>‖Σ_i Q_i‖_F² = tr(D XXᵀ Dᵀ)</c> with <c>D = Σ_i W_N⋯Δ_i⋯W₁</c>, computed m-free. In the
    /// printed line for the mixed second derivative the residual appears as "⟨L^N(W), P_{i,j}⟩"; the final display uses
    /// <c>A_ξXXᵀ − YXᵀ</c>, i.e. ∇L¹, which is what is implemented (the self-check compares it with the Hessian).
    /// Cost O(N²) chain products: meant for checking, not for loops.
    /// </remarks>
    public static double QuadraticFormAsPrinted(DeepLinearNetwork network, RegressionData data, IReadOnlyList<Matrix<double>> direction)
    {
        DeepLinearGradient.CheckShapes(network, data);
        CheckDirection(network, direction);
        int n = network.Depth;
        var w = network.FactorsView;
        Matrix<double> Product(Func<int, Matrix<double>> factor)
        {
            var p = factor(1);
            for (int k = 2; k <= n; k++)
            {
                p = factor(k) * p;
            }

            return p;
        }

        var d = Matrix<double>.Build.Dense(network.Dimensions.OutputWidth, network.Dimensions.InputWidth);
        for (int i = 1; i <= n; i++)
        {
            int ii = i;
            d += Product(k => k == ii ? direction[k - 1] : w[k - 1]);
        }

        double first = Inner(d * data.InputCovarianceView, d);
        var g = data.Gradient(network.Product());
        double second = 0;
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= n; j++)
            {
                if (i != j)
                {
                    int ii = i;
                    int jj = j;
                    second += Inner(g, Product(k => k == ii || k == jj ? direction[k - 1] : w[k - 1]));
                }
            }
        }

        return first + second;
    }

    /// <summary>
    /// The full Hessian <c>∇²L^N(W) ∈ ℝ^{P×P}</c>, P = parameter count ≤ <see cref="MaxFullParameters"/>, in the
    /// vectorization of <see cref="Flatten"/>, built column by column from Hessian-vector products and symmetrized.
    /// </summary>
    /// <exception cref="NumericArgumentException">More than <see cref="MaxFullParameters"/> parameters, or shapes that do not match.</exception>
    public static Matrix<double> FullMatrix(DeepLinearNetwork network, RegressionData data)
    {
        DeepLinearGradient.CheckShapes(network, data);
        int p = network.Dimensions.ParameterCount;
        if (p > MaxFullParameters)
        {
            throw new NumericArgumentException(
                nameof(network),
                $"a network with widths {network.Dimensions} and {p.ToString(CultureInfo.InvariantCulture)} parameters",
                $"the full Hessian is built for at most {MaxFullParameters.ToString(CultureInfo.InvariantCulture)} parameters; use HessianVectorProduct or OperatorNorm");
        }

        var context = new HessianContext(network, data);
        var h = Matrix<double>.Build.Dense(p, p);
        var e = new double[p];
        for (int col = 0; col < p; col++)
        {
            e[col] = 1;
            h.SetColumn(col, context.Apply(e));
            e[col] = 0;
        }

        return (h + h.Transpose()) * 0.5;
    }

    /// <summary>The eigenvalues of the full Hessian in increasing order (P ≤ <see cref="MaxFullParameters"/>).</summary>
    public static double[] Eigenvalues(DeepLinearNetwork network, RegressionData data) =>
        SymmetricEigenvalues(FullMatrix(network, data));

    /// <summary>
    /// The inertia of the Hessian: counts of eigenvalues below −τ, within [−τ, τ] and above τ for the absolute
    /// tolerance τ = <paramref name="tolerance"/> (P ≤ <see cref="MaxFullParameters"/>).
    /// </summary>
    /// <exception cref="NumericArgumentException">τ negative or not finite.</exception>
    public static HessianInertia Inertia(DeepLinearNetwork network, RegressionData data, double tolerance)
    {
        Require.NonNegative(tolerance, nameof(tolerance));
        return InertiaOf(Eigenvalues(network, data), tolerance);
    }

    /// <summary>The inertia of given eigenvalues with absolute tolerance τ.</summary>
    public static HessianInertia InertiaOf(IReadOnlyList<double> eigenvalues, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        Require.NonNegative(tolerance, nameof(tolerance));
        int negative = 0, zero = 0, positive = 0;
        foreach (double v in eigenvalues)
        {
            Require.Finite(v, nameof(eigenvalues));
            if (v < -tolerance)
            {
                negative++;
            }
            else if (v > tolerance)
            {
                positive++;
            }
            else
            {
                zero++;
            }
        }

        return new HessianInertia(negative, zero, positive, tolerance);
    }

    /// <summary>
    /// <c>‖∇²L^N(W)‖_{F→F}</c>, the largest |eigenvalue| of the Hessian (the quantity nrt bounds by B_δ in (2.9)), by
    /// Lanczos iteration on Hessian-vector products; see <see cref="OperatorNormEstimate"/>.
    /// </summary>
    public static double OperatorNorm(DeepLinearNetwork network, RegressionData data, int seed, double relativeTolerance = 1e-10, int maxIterations = 200) =>
        OperatorNormEstimate(network, data, seed, relativeTolerance, maxIterations).Value;

    /// <summary>
    /// Estimates <c>‖∇²L^N(W)‖_{F→F}</c> by the Lanczos method with full reorthogonalization from a seeded random
    /// start: after k steps the Ritz value θ of largest modulus of the tridiagonal <c>T_k</c> is returned together with
    /// its residual bound <c>β_k|e_kᵀy|</c> (an eigenvalue of the Hessian lies within it). Stops when the bound is
    /// ≤ <paramref name="relativeTolerance"/>·|θ|, when the Krylov space is invariant, or after
    /// <paramref name="maxIterations"/> steps (Converged = false).
    /// </summary>
    /// <param name="network">The point.</param>
    /// <param name="data">The reduced data.</param>
    /// <param name="seed">Seed of the start vector (same seed ⇒ same result).</param>
    /// <param name="relativeTolerance">Relative residual tolerance, finite and &gt; 0.</param>
    /// <param name="maxIterations">Largest Krylov dimension, ≥ 1 (memory: that many parameter vectors).</param>
    public static HessianNormEstimate OperatorNormEstimate(DeepLinearNetwork network, RegressionData data, int seed, double relativeTolerance = 1e-10, int maxIterations = 200)
    {
        DeepLinearGradient.CheckShapes(network, data);
        Require.Positive(relativeTolerance, nameof(relativeTolerance));
        Require.Positive(maxIterations, nameof(maxIterations));
        var context = new HessianContext(network, data);
        int p = network.Dimensions.ParameterCount;
        int limit = Math.Min(p, maxIterations);
        var random = new Random(seed);
        var basis = new List<Vector<double>>();
        var alpha = new List<double>();
        var beta = new List<double>();
        var v = Vector<double>.Build.Dense(p, _ => random.NextDouble() - 0.5);
        v /= v.L2Norm();
        double theta = 0;
        double residual = double.PositiveInfinity;
        for (int k = 1; k <= limit; k++)
        {
            basis.Add(v);
            var w = Vector<double>.Build.DenseOfArray(context.Apply(v.AsArray() ?? v.ToArray()));
            double a = v.DotProduct(w);
            alpha.Add(a);

            // Full reorthogonalization (twice is enough): keeps the Ritz values free of spurious copies.
            for (int pass = 0; pass < 2; pass++)
            {
                foreach (var q in basis)
                {
                    w -= q.DotProduct(w) * q;
                }
            }

            double b = w.L2Norm();
            (theta, double lastComponent) = ExtremeRitzPair(alpha, beta);
            residual = b * Math.Abs(lastComponent);
            double scale = Math.Max(Math.Abs(theta), double.Epsilon);
            if (b <= 1e-14 * Math.Max(1, scale) || k == p)
            {
                return new HessianNormEstimate(Math.Abs(theta), residual, k, true);
            }

            if (residual <= relativeTolerance * scale)
            {
                return new HessianNormEstimate(Math.Abs(theta), residual, k, true);
            }

            beta.Add(b);
            v = w / b;
        }

        return new HessianNormEstimate(Math.Abs(theta), residual, limit, false);
    }

    /// <summary>Stacks the matrices column-major, layer 1 first (the vectorization of the full Hessian).</summary>
    public static double[] Flatten(IReadOnlyList<Matrix<double>> matrices)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        int total = 0;
        foreach (var m in matrices)
        {
            total += m.RowCount * m.ColumnCount;
        }

        var result = new double[total];
        int offset = 0;
        foreach (var m in matrices)
        {
            var values = m.AsColumnMajorArray() ?? m.ToColumnMajorArray();
            values.CopyTo(result, offset);
            offset += values.Length;
        }

        return result;
    }

    /// <summary>Splits a parameter vector into factor-shaped matrices (inverse of <see cref="Flatten"/>).</summary>
    /// <exception cref="NumericArgumentException">The vector length is not the parameter count.</exception>
    public static Matrix<double>[] Unflatten(LayerDimensions dimensions, double[] values)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != dimensions.ParameterCount)
        {
            throw new NumericArgumentException(nameof(values), $"a vector of length {values.Length.ToString(CultureInfo.InvariantCulture)}", $"must have Σ_j d_jd_(j−1) = {dimensions.ParameterCount.ToString(CultureInfo.InvariantCulture)} entries for widths {dimensions}");
        }

        var result = new Matrix<double>[dimensions.Depth];
        int offset = 0;
        for (int j = 1; j <= dimensions.Depth; j++)
        {
            int r = dimensions.Width(j);
            int c = dimensions.Width(j - 1);
            result[j - 1] = Matrix<double>.Build.Dense(r, c, values.AsSpan(offset, r * c).ToArray());
            offset += r * c;
        }

        return result;
    }

    internal static double[] SymmetricEigenvalues(Matrix<double> symmetric) =>
        symmetric.Evd(Symmetricity.Symmetric).EigenValues.Select(v => v.Real).OrderBy(v => v).ToArray();

    private static double Inner(Matrix<double> a, Matrix<double> b)
    {
        var x = a.AsColumnMajorArray() ?? a.ToColumnMajorArray();
        var y = b.AsColumnMajorArray() ?? b.ToColumnMajorArray();
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }

        return s;
    }

    // The Ritz value of largest modulus of the Lanczos tridiagonal T_k (diagonal α, off-diagonal β) and the last
    // component of its unit eigenvector.
    private static (double Theta, double LastComponent) ExtremeRitzPair(List<double> alpha, List<double> beta)
    {
        int k = alpha.Count;
        var t = Matrix<double>.Build.Dense(k, k);
        for (int i = 0; i < k; i++)
        {
            t[i, i] = alpha[i];
            if (i + 1 < k)
            {
                t[i, i + 1] = beta[i];
                t[i + 1, i] = beta[i];
            }
        }

        var evd = t.Evd(Symmetricity.Symmetric);
        int best = 0;
        for (int i = 1; i < k; i++)
        {
            if (Math.Abs(evd.EigenValues[i].Real) > Math.Abs(evd.EigenValues[best].Real))
            {
                best = i;
            }
        }

        return (evd.EigenValues[best].Real, evd.EigenVectors[k - 1, best]);
    }

    private static void CheckDirection(DeepLinearNetwork network, IReadOnlyList<Matrix<double>> direction)
    {
        ArgumentNullException.ThrowIfNull(direction);
        if (direction.Count != network.Depth)
        {
            throw new NumericArgumentException(nameof(direction), $"{direction.Count.ToString(CultureInfo.InvariantCulture)} matrices", $"must have one matrix per layer (N = {network.Depth.ToString(CultureInfo.InvariantCulture)})");
        }

        for (int j = 1; j <= network.Depth; j++)
        {
            Require.FiniteMatrix(direction[j - 1], $"direction[{j - 1}] (Δ_{j})");
            Require.Shape(direction[j - 1], network.Dimensions.Width(j), network.Dimensions.Width(j - 1), $"direction[{j - 1}] (Δ_{j})");
        }
    }
}
