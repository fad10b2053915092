using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Derivatives;

/// <summary>
/// Second derivatives of <c>L^N</c>: the exact Hessian-vector product, the Hessian quadratic form in the form printed in
/// nrt §3.1 (proof of Proposition 3.3), the full Hessian of small networks with eigenvalues and inertia, and the operator
/// norm <c>‖∇²L^N‖_{F→F}</c> by power iteration on Hessian-vector products.
/// </summary>
/// <remarks>
/// With prefix products <c>P_k = W_k⋯W₁</c>, suffix products <c>S_k = W_N⋯W_k</c>, G = ∇L¹(W) = WXXᵀ − YXᵀ and a
/// direction Δ = (Δ₁,…,Δ_N), the directional derivatives obey the product rule: <c>Ṗ_k = Δ_kP_{k−1} + W_kṖ_{k−1}</c>,
/// <c>Ṡ_k = Ṡ_{k+1}W_k + S_{k+1}Δ_k</c>, <c>Ġ = Ẇ XXᵀ</c>, and
/// <c>(∇²L^N Δ)_j = Ṡ_{j+1}ᵀGP_{j−1}ᵀ + S_{j+1}ᵀĠP_{j−1}ᵀ + S_{j+1}ᵀGṖ_{j−1}ᵀ</c>.
/// Parameters are vectorized layer 1 first, each factor column-major (MathNet's storage order).
/// </remarks>
public static class DeepLinearHessian
{
    /// <summary>The largest parameter count for which <see cref="FullMatrix"/> builds the Hessian.</summary>
    public const int MaxFullParameters = 2500;

    /// <summary>The Hessian-vector product <c>∇²L^N(W)[Δ]</c>, one matrix per layer.</summary>
    public static Matrix<double>[] HessianVectorProduct(DeepLinearNetwork network, RegressionData data, IReadOnlyList<Matrix<double>> direction)
    {
        DeepLinearGradient.CheckShapes(network, data);
        CheckDirection(network, direction);
        int n = network.Depth;
        var w = network.FactorsView;
        var prefix = new Matrix<double>[n + 1];
        var dPrefix = new Matrix<double>[n + 1];
        prefix[0] = Matrix<double>.Build.DenseIdentity(network.Dimensions.Width(0));
        dPrefix[0] = Matrix<double>.Build.Dense(network.Dimensions.Width(0), network.Dimensions.Width(0));
        for (int k = 1; k <= n; k++)
        {
            prefix[k] = w[k - 1] * prefix[k - 1];
            dPrefix[k] = (direction[k - 1] * prefix[k - 1]) + (w[k - 1] * dPrefix[k - 1]);
        }

        var suffix = new Matrix<double>[n + 2];
        var dSuffix = new Matrix<double>[n + 2];
        suffix[n + 1] = Matrix<double>.Build.DenseIdentity(network.Dimensions.Width(n));
        dSuffix[n + 1] = Matrix<double>.Build.Dense(network.Dimensions.Width(n), network.Dimensions.Width(n));
        for (int k = n; k >= 1; k--)
        {
            suffix[k] = suffix[k + 1] * w[k - 1];
            dSuffix[k] = (dSuffix[k + 1] * w[k - 1]) + (suffix[k + 1] * direction[k - 1]);
        }

        var g = data.Gradient(prefix[n]);
        var dG = dPrefix[n] * data.InputCovarianceView;
        var result = new Matrix<double>[n];
        for (int j = 1; j <= n; j++)
        {
            result[j - 1] = (dSuffix[j + 1].TransposeThisAndMultiply(g) * prefix[j - 1].Transpose())
                + (suffix[j + 1].TransposeThisAndMultiply(dG) * prefix[j - 1].Transpose())
                + (suffix[j + 1].TransposeThisAndMultiply(g) * dPrefix[j - 1].Transpose());
        }

        return result;
    }

    /// <summary><c>⟨Δ, ∇²L^N(W)Δ⟩</c> from the Hessian-vector product.</summary>
    public static double QuadraticForm(DeepLinearNetwork network, RegressionData data, IReadOnlyList<Matrix<double>> direction)
    {
        var h = HessianVectorProduct(network, data, direction);
        double s = 0;
        for (int j = 0; j < h.Length; j++)
        {
            s += direction[j].PointwiseMultiply(h[j]).Enumerate().Sum();
        }

        return s;
    }

    /// <summary>
    /// The quadratic form exactly as printed in nrt §3.1: <c>Σ_i ‖Q_i‖_F² + Σ_{i≠j} ⟨Q_i, Q_j⟩ + Σ_{i≠j} ⟨WXXᵀ − YXᵀ, P_{i,j}⟩</c>
    /// with <c>Q_i = W_N⋯W_{i+1}Δ_iW_{i−1}⋯W₁X</c> (computed m-free as <c>‖Σ_i Q_i‖² = tr(D XXᵀ Dᵀ)</c>,
    /// <c>D = Σ_i W_N⋯Δ_i⋯W₁</c>) and <c>P_{i,j}</c> the product with Δ_i and Δ_j in place of W_i and W_j.
    /// </summary>
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

        double first = (d * data.InputCovarianceView).PointwiseMultiply(d).Enumerate().Sum();
        var g = data.Gradient(network.Product());
        double second = 0;
        for (int i = 1; i <= n; i++)
        {
            for (int j = 1; j <= n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                int ii = i;
                int jj = j;
                second += g.PointwiseMultiply(Product(k => k == ii ? direction[k - 1] : k == jj ? direction[k - 1] : w[k - 1])).Enumerate().Sum();
            }
        }

        return first + second;
    }

    /// <summary>The full Hessian (parameter count P ≤ <see cref="MaxFullParameters"/>), symmetrized.</summary>
    public static Matrix<double> FullMatrix(DeepLinearNetwork network, RegressionData data)
    {
        DeepLinearGradient.CheckShapes(network, data);
        int p = network.Dimensions.ParameterCount;
        if (p > MaxFullParameters)
        {
            throw new NumericArgumentException(nameof(network), $"a network with {p} parameters", $"the full Hessian is built for at most {MaxFullParameters} parameters; use HessianVectorProduct or OperatorNorm");
        }

        var h = Matrix<double>.Build.Dense(p, p);
        for (int col = 0; col < p; col++)
        {
            var e = new double[p];
            e[col] = 1;
            var hv = Flatten(HessianVectorProduct(network, data, Unflatten(network.Dimensions, e)));
            h.SetColumn(col, hv);
        }

        return (h + h.Transpose()) * 0.5;
    }

    /// <summary>The eigenvalues of the full Hessian in increasing order.</summary>
    public static double[] Eigenvalues(DeepLinearNetwork network, RegressionData data) =>
        FullMatrix(network, data).Evd(Symmetricity.Symmetric).EigenValues.Select(v => v.Real).OrderBy(v => v).ToArray();

    /// <summary>The inertia of the Hessian with absolute tolerance <paramref name="tolerance"/>.</summary>
    public static HessianInertia Inertia(DeepLinearNetwork network, RegressionData data, double tolerance)
    {
        Require.NonNegative(tolerance, nameof(tolerance));
        var ev = Eigenvalues(network, data);
        return new HessianInertia(ev.Count(v => v < -tolerance), ev.Count(v => Math.Abs(v) <= tolerance), ev.Count(v => v > tolerance), tolerance);
    }

    /// <summary>
    /// <c>‖∇²L^N(W)‖_{F→F}</c> (largest |eigenvalue|) by power iteration on Hessian-vector products from a seeded start;
    /// stops when the estimate changes by less than <paramref name="relativeTolerance"/> or after
    /// <paramref name="maxIterations"/>.
    /// </summary>
    public static double OperatorNorm(DeepLinearNetwork network, RegressionData data, int seed, double relativeTolerance = 1e-9, int maxIterations = 2000)
    {
        DeepLinearGradient.CheckShapes(network, data);
        Require.Positive(relativeTolerance, nameof(relativeTolerance));
        Require.Positive(maxIterations, nameof(maxIterations));
        var random = new Random(seed);
        int p = network.Dimensions.ParameterCount;
        var v = Vector<double>.Build.Dense(p, _ => random.NextDouble() - 0.5);
        v /= v.L2Norm();
        double estimate = 0;
        for (int it = 0; it < maxIterations; it++)
        {
            // Power iteration on H² converges to the largest |λ| even when ±λ are both present.
            var hv = Vector<double>.Build.DenseOfArray(Flatten(HessianVectorProduct(network, data, Unflatten(network.Dimensions, v.ToArray()))));
            var h2v = Vector<double>.Build.DenseOfArray(Flatten(HessianVectorProduct(network, data, Unflatten(network.Dimensions, hv.ToArray()))));
            double norm = h2v.L2Norm();
            if (norm == 0)
            {
                return 0;
            }

            double next = Math.Sqrt(norm);
            v = h2v / norm;
            if (Math.Abs(next - estimate) <= relativeTolerance * next)
            {
                return next;
            }

            estimate = next;
        }

        return estimate;
    }

    /// <summary>Stacks the matrices column-major, layer 1 first.</summary>
    public static double[] Flatten(IReadOnlyList<Matrix<double>> matrices) => matrices.SelectMany(m => m.ToColumnMajorArray()).ToArray();

    /// <summary>Splits a parameter vector into factor-shaped matrices (inverse of <see cref="Flatten"/>).</summary>
    public static Matrix<double>[] Unflatten(LayerDimensions dimensions, double[] values)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        if (values.Length != dimensions.ParameterCount)
        {
            throw new NumericArgumentException(nameof(values), $"a vector of length {values.Length}", $"must have {dimensions.ParameterCount} entries");
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

    private static void CheckDirection(DeepLinearNetwork network, IReadOnlyList<Matrix<double>> direction)
    {
        ArgumentNullException.ThrowIfNull(direction);
        if (direction.Count != network.Depth)
        {
            throw new NumericArgumentException(nameof(direction), $"{direction.Count} matrices", $"must have one matrix per layer (N = {network.Depth})");
        }

        for (int j = 1; j <= network.Depth; j++)
        {
            Require.FiniteMatrix(direction[j - 1], $"direction[{j - 1}]");
            Require.Shape(direction[j - 1], network.Dimensions.Width(j), network.Dimensions.Width(j - 1), $"direction[{j - 1}]");
        }
    }
}
