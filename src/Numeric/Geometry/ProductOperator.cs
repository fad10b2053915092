using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Geometry;

/// <summary>
/// The operator <c>A_{W,N}(Z) = Σ_{j=1}^N (WWᵀ)^{(N−j)/N} Z (WᵀW)^{(j−1)/N}</c> of nrt (2.5) and trbw (7): along the
/// gradient flow of balanced factors the product obeys <c>Ẇ = −A_{W,N}(∇L¹(W))</c>. Correct for rank-deficient W
/// (fractional powers by eigendecomposition, zero eigenvalues stay zero, exponent 0 is the identity).
/// </summary>
/// <remarks>Immutable: the powers of WWᵀ and WᵀW are computed once at construction.</remarks>
public sealed class ProductOperator
{
    private readonly Matrix<double>[] _left;
    private readonly Matrix<double>[] _right;

    /// <summary>Creates <c>A_{W,N}</c> for the end-to-end matrix <paramref name="w"/> and depth <paramref name="depth"/>.</summary>
    public ProductOperator(Matrix<double> w, int depth)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.Positive(depth, nameof(depth));
        Depth = depth;
        Rows = w.RowCount;
        Columns = w.ColumnCount;
        var wwT = w.TransposeAndMultiply(w);
        var wTw = w.TransposeThisAndMultiply(w);
        _left = new Matrix<double>[depth];
        _right = new Matrix<double>[depth];
        for (int j = 1; j <= depth; j++)
        {
            _left[j - 1] = MatrixDiagnostics.PsdPower(wwT, (double)(depth - j) / depth);
            _right[j - 1] = MatrixDiagnostics.PsdPower(wTw, (double)(j - 1) / depth);
        }
    }

    /// <summary>The depth N.</summary>
    public int Depth { get; }

    /// <summary>The row count d_N of W.</summary>
    public int Rows { get; }

    /// <summary>The column count d₀ of W.</summary>
    public int Columns { get; }

    /// <summary><c>A_{W,N}(Z)</c>.</summary>
    public Matrix<double> Apply(Matrix<double> z)
    {
        Require.FiniteMatrix(z, nameof(z));
        Require.Shape(z, Rows, Columns, nameof(z));
        var sum = Matrix<double>.Build.Dense(Rows, Columns);
        for (int j = 0; j < Depth; j++)
        {
            sum += _left[j] * z * _right[j];
        }

        return sum;
    }

    /// <summary>The Frobenius inner product <c>⟨X, Y⟩ = tr(XᵀY)</c>.</summary>
    public static double Inner(Matrix<double> x, Matrix<double> y) => x.PointwiseMultiply(y).Enumerate().Sum();

    /// <summary>
    /// The orthogonal projection onto the tangent space at W of the manifold of matrices of rank k = rank(W):
    /// <c>P(Z) = UUᵀZ + ZVVᵀ − UUᵀZVVᵀ</c> with U, V the leading k singular vectors (k by <paramref name="relativeTolerance"/>).
    /// </summary>
    public static Matrix<double> TangentProjection(Matrix<double> w, Matrix<double> z, double relativeTolerance = 1e-10)
    {
        var (u, v) = LeadingSingularVectors(w, relativeTolerance);
        var pu = u.TransposeAndMultiply(u);
        var pv = v.TransposeAndMultiply(v);
        return (pu * z) + (z * pv) - (pu * z * pv);
    }

    /// <summary>
    /// Solves <c>A_{W,N}(X) = Z</c> for X in the tangent space at W (Z in the tangent space; trbw Theorem 3): in the
    /// SVD basis W = UΣVᵀ (full U, V), A acts entrywise on UᵀZV with weights
    /// <c>Σ_j σ_a^{2(N−j)/N} σ_b^{2(j−1)/N}</c> (σ = 0 beyond the rank, 0⁰ = 1), which are positive on the tangent
    /// entries (a ≤ k or b ≤ k).
    /// </summary>
    public Matrix<double> SolveOnTangentSpace(Matrix<double> w, Matrix<double> z, double relativeTolerance = 1e-10)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.Shape(w, Rows, Columns, nameof(w));
        Require.Shape(z, Rows, Columns, nameof(z));
        var svd = w.Svd(computeVectors: true);
        var u = svd.U;
        var vt = svd.VT;
        var s = svd.S;
        double max = s.Count > 0 ? s[0] : 0;
        int k = s.Count(x => x > relativeTolerance * max && x > 0);
        var zt = u.TransposeThisAndMultiply(z) * vt.Transpose();
        var x = Matrix<double>.Build.Dense(Rows, Columns);
        for (int a = 0; a < Rows; a++)
        {
            for (int b = 0; b < Columns; b++)
            {
                if (a >= k && b >= k)
                {
                    continue; // normal space: not in the image
                }

                double sa = a < k ? s[a] : 0;
                double sb = b < k ? s[b] : 0;
                double weight = 0;
                for (int j = 1; j <= Depth; j++)
                {
                    weight += Pow0(sa, 2.0 * (Depth - j) / Depth) * Pow0(sb, 2.0 * (j - 1) / Depth);
                }

                x[a, b] = zt[a, b] / weight;
            }
        }

        return u * x * vt;
    }

    /// <summary>
    /// The Riemannian metric of trbw Theorem 3 on the tangent space at W: <c>g_W(X, Y) = ⟨A_{W,N}^{−1}(X), Y⟩</c>.
    /// </summary>
    public double Metric(Matrix<double> w, Matrix<double> x, Matrix<double> y) => Inner(SolveOnTangentSpace(w, x), y);

    private static double Pow0(double x, double p) => p == 0 ? 1 : (x == 0 ? 0 : Math.Pow(x, p));

    private static (Matrix<double> U, Matrix<double> V) LeadingSingularVectors(Matrix<double> w, double relativeTolerance)
    {
        Require.FiniteMatrix(w, nameof(w));
        var svd = w.Svd(computeVectors: true);
        double max = svd.S.Count > 0 ? svd.S[0] : 0;
        int k = svd.S.Count(x => x > relativeTolerance * max && x > 0);
        return (svd.U.SubMatrix(0, w.RowCount, 0, k), svd.VT.Transpose().SubMatrix(0, w.ColumnCount, 0, k));
    }
}
