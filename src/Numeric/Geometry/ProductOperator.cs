using System.Globalization;
using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Geometry;

/// <summary>
/// The operator <c>A_{W,N}(Z) = Σ_{j=1}^N (WWᵀ)^{(N−j)/N} Z (WᵀW)^{(j−1)/N}</c> of nrt (2.5) and trbw (7): along the
/// gradient flow of balanced factors the product obeys <c>Ẇ = −A_{W,N}(∇L¹(W))</c> (trbw (6)). It is self-adjoint,
/// its image is the tangent space <c>T_W(ℳ_k)</c> of the manifold of rank-k matrices (k = rank W) and it is positive
/// definite there, which makes <c>g_W(Z₁, Z₂) = ⟨Ā_{W,N}^{−1}(Z₁), Z₂⟩_F</c> a Riemannian metric (trbw Theorem 3, (8)).
/// </summary>
/// <remarks>
/// <para>
/// Correct for rank-deficient W: with the full singular value decomposition <c>W = UΣVᵀ</c> (U ∈ O(d_N), V ∈ O(d₀),
/// σ_a = 0 beyond the rank k), <c>(WWᵀ)^p = U diag(σ_a^{2p}) Uᵀ</c> and <c>(WᵀW)^p = V diag(σ_b^{2p}) Vᵀ</c> with
/// <c>0⁰ = 1</c> (exponent 0 is the identity) — the symmetric eigendecompositions of WWᵀ and WᵀW, read off one SVD.
/// Hence A acts entrywise in that basis: <c>Uᵀ A(Z) V = K ∘ (UᵀZV)</c> with
/// <c>K_{ab} = Σ_{j=1}^N σ_a^{2(N−j)/N} σ_b^{2(j−1)/N}</c>. For N ≥ 2, <c>K_{ab} &gt; 0</c> exactly when a ≤ k or b ≤ k,
/// which are the tangent coordinates; the normal block (a, b &gt; k) is mapped to 0.
/// </para>
/// <para>
/// Singular values <c>σ ≤ relativeTolerance·σ_max</c> count as 0 (default 1e-10). Immutable: the SVD and K are
/// computed once at construction; every member returns fresh matrices.
/// </para>
/// </remarks>
public sealed class ProductOperator
{
    /// <summary>The default relative tolerance below which a singular value of W counts as zero.</summary>
    public const double DefaultRelativeTolerance = 1e-6;

    private readonly Matrix<double> _u;
    private readonly Matrix<double> _v;
    private readonly Matrix<double> _weights;

    /// <summary>Creates <c>A_{W,N}</c> for the end-to-end matrix <paramref name="w"/> and depth <paramref name="depth"/>.</summary>
    /// <param name="w">The end-to-end matrix <c>W ∈ ℝ^{d_N×d₀}</c>, finite.</param>
    /// <param name="depth">N ≥ 1 (N = 1 gives the identity operator).</param>
    /// <param name="relativeTolerance">Singular values ≤ this times σ_max are zero; finite, ≥ 0.</param>
    /// <exception cref="NumericArgumentException">A non-finite entry, N ≤ 0, or a bad tolerance.</exception>
    public ProductOperator(Matrix<double> w, int depth, double relativeTolerance = DefaultRelativeTolerance)
        : this(w, depth, relativeTolerance, null)
    {
    }

    /// <summary>
    /// Creates <c>A_{W,N}</c> on the manifold ℳ_k for a known rank k: the singular values of W beyond the k-th are
    /// treated as 0 (W is read as its best rank-k approximation, as after a rank-k retraction).
    /// </summary>
    /// <param name="w">The end-to-end matrix <c>W ∈ ℝ^{d_N×d₀}</c>, finite.</param>
    /// <param name="depth">N ≥ 1.</param>
    /// <param name="rank">k with 0 ≤ k ≤ min(d_N, d₀).</param>
    /// <exception cref="NumericArgumentException">A non-finite entry, N ≤ 0, or k out of range.</exception>
    public ProductOperator(Matrix<double> w, int depth, int rank)
        : this(w, depth, 0, Require.InRange(rank, 0, Math.Min(Require.FiniteMatrix(w, nameof(w)).RowCount, w.ColumnCount), nameof(rank)))
    {
    }

    private ProductOperator(Matrix<double> w, int depth, double relativeTolerance, int? rank)
    {
        Require.FiniteMatrix(w, nameof(w));
        Require.Positive(depth, nameof(depth));
        Require.NonNegative(relativeTolerance, nameof(relativeTolerance));
        Depth = depth;
        Rows = w.RowCount;
        Columns = w.ColumnCount;
        var svd = w.Svd(computeVectors: true);
        _u = svd.U;
        _v = svd.VT.Transpose();
        double max = svd.S.Count > 0 ? svd.S[0] : 0;
        int numerical = svd.S.Count(x => x > relativeTolerance * max && x > 0);
        Rank = rank is { } k ? Math.Min(k, numerical) : numerical;
        var sigma = svd.S.ToArray();
        double Sigma(int i) => i < Rank ? sigma[i] : 0;
        _weights = Matrix<double>.Build.Dense(Rows, Columns, (a, b) =>
        {
            double sum = 0;
            for (int j = 1; j <= depth; j++)
            {
                sum += Pow0(Sigma(a), 2.0 * (depth - j) / depth) * Pow0(Sigma(b), 2.0 * (j - 1) / depth);
            }

            return sum;
        });
    }

    /// <summary>The depth N.</summary>
    public int Depth { get; }

    /// <summary>The row count d_N of W.</summary>
    public int Rows { get; }

    /// <summary>The column count d₀ of W.</summary>
    public int Columns { get; }

    /// <summary>The numerical rank k of W (the manifold ℳ_k on which the operator lives).</summary>
    public int Rank { get; }

    /// <summary><c>A_{W,N}(Z)</c> for any <c>Z ∈ ℝ^{d_N×d₀}</c> (nrt (2.5), trbw (7)).</summary>
    /// <exception cref="NumericArgumentException">Wrong shape or a non-finite entry.</exception>
    public Matrix<double> Apply(Matrix<double> z)
    {
        CheckArgument(z, nameof(z));
        return FromBasis(ToBasis(z).PointwiseMultiply(_weights));
    }

    /// <summary>
    /// The orthogonal projection of Z onto the tangent space <c>T_W(ℳ_k)</c>:
    /// <c>P(Z) = U_kU_kᵀZ + ZV_kV_kᵀ − U_kU_kᵀZV_kV_kᵀ</c> (U_k, V_k the leading k singular vectors).
    /// </summary>
    /// <exception cref="NumericArgumentException">Wrong shape or a non-finite entry.</exception>
    public Matrix<double> ProjectToTangentSpace(Matrix<double> z)
    {
        CheckArgument(z, nameof(z));
        var t = ToBasis(z);
        for (int a = Rank; a < Rows; a++)
        {
            for (int b = Rank; b < Columns; b++)
            {
                t[a, b] = 0;
            }
        }

        return FromBasis(t);
    }

    /// <summary>
    /// Solves <c>A_{W,N}(X) = Z</c> for X in the tangent space (trbw Theorem 3: Ā_{W,N} is invertible on <c>T_W(ℳ_k)</c>):
    /// divides the tangent coordinates of <c>UᵀZV</c> by <c>K_{ab}</c>.
    /// </summary>
    /// <param name="z">A tangent vector <c>Z ∈ T_W(ℳ_k)</c> (its normal part must be ≤ 1e-8·‖Z‖_F).</param>
    /// <exception cref="NumericArgumentException">Z not tangent, wrong shape, or a non-finite entry.</exception>
    public Matrix<double> SolveOnTangentSpace(Matrix<double> z) => Solve(z, nameof(z));

    /// <summary>
    /// The Riemannian metric of trbw Theorem 3, (8): <c>g_W(Z₁, Z₂) = ⟨Ā_{W,N}^{−1}(Z₁), Z₂⟩_F</c> for tangent Z₁, Z₂.
    /// In the SVD basis it equals <c>Σ_{a≤k or b≤k} (UᵀZ₁V)_{ab}(UᵀZ₂V)_{ab} / K_{ab}</c>, symmetric and positive definite.
    /// </summary>
    /// <exception cref="NumericArgumentException">Z₁ or Z₂ not tangent, wrong shape, or a non-finite entry.</exception>
    public double Metric(Matrix<double> z1, Matrix<double> z2)
    {
        var x = Solve(z1, nameof(z1));
        CheckArgument(z2, nameof(z2));
        RequireTangent(ToBasis(z2), z2, nameof(z2));
        return Inner(x, z2);
    }

    private Matrix<double> Solve(Matrix<double> z, string argument)
    {
        CheckArgument(z, argument);
        var t = ToBasis(z);
        RequireTangent(t, z, argument);
        var x = Matrix<double>.Build.Dense(Rows, Columns);
        for (int a = 0; a < Rows; a++)
        {
            for (int b = 0; b < Columns; b++)
            {
                if (a < Rank || b < Rank)
                {
                    x[a, b] = t[a, b] / _weights[a, b];
                }
            }
        }

        return FromBasis(x);
    }

    /// <summary>The Frobenius inner product <c>⟨X, Y⟩ = tr(XᵀY)</c>.</summary>
    /// <exception cref="NumericArgumentException">Shapes differ.</exception>
    public static double Inner(Matrix<double> x, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Require.Shape(y, x.RowCount, x.ColumnCount, nameof(y));
        var a = x.AsColumnMajorArray() ?? x.ToColumnMajorArray();
        var b = y.AsColumnMajorArray() ?? y.ToColumnMajorArray();
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    /// <summary>
    /// The orthogonal projection onto the tangent space at W of the manifold of matrices of rank k = rank(W):
    /// <c>P(Z) = UUᵀZ + ZVVᵀ − UUᵀZVVᵀ</c> with U, V the leading k singular vectors (k by <paramref name="relativeTolerance"/>).
    /// </summary>
    public static Matrix<double> TangentProjection(Matrix<double> w, Matrix<double> z, double relativeTolerance = DefaultRelativeTolerance) =>
        new ProductOperator(w, 1, relativeTolerance).ProjectToTangentSpace(z);

    private static double Pow0(double x, double p) => p == 0 ? 1 : (x == 0 ? 0 : Math.Pow(x, p));

    private Matrix<double> ToBasis(Matrix<double> z) => _u.TransposeThisAndMultiply(z) * _v;

    private Matrix<double> FromBasis(Matrix<double> t) => _u * t.TransposeAndMultiply(_v);

    private void CheckArgument(Matrix<double> z, string argument)
    {
        Require.FiniteMatrix(z, argument);
        Require.Shape(z, Rows, Columns, argument);
    }

    private void RequireTangent(Matrix<double> basisCoordinates, Matrix<double> z, string argument)
    {
        double normal = 0;
        for (int a = Rank; a < Rows; a++)
        {
            for (int b = Rank; b < Columns; b++)
            {
                normal += basisCoordinates[a, b] * basisCoordinates[a, b];
            }
        }

        normal = Math.Sqrt(normal);
        double norm = z.FrobeniusNorm();
        if (normal > 1e-8 * norm)
        {
            throw new NumericArgumentException(
                argument,
                $"a matrix with normal component ‖(I − UUᵀ)Z(I − VVᵀ)‖_F = {Require.Format(normal)} (‖Z‖_F = {Require.Format(norm)})",
                $"must lie in the tangent space T_W(ℳ_{Rank.ToString(CultureInfo.InvariantCulture)}) of the rank-{Rank.ToString(CultureInfo.InvariantCulture)} manifold (trbw Theorem 3); project it first");
        }
    }
}
