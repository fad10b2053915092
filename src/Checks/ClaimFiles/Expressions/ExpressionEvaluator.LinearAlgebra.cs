using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Geometry;

namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <content>
/// The linear-algebra functions of the language: the singular value decomposition and what is built from it — the best
/// rank-r approximation (Eckart–Young), the projectors onto the top-r left and right singular spaces, the pseudo-inverse
/// and fractional powers of positive semidefinite matrices — entries, rows and columns, the Kronecker product, vec and
/// diag, the operator 𝒜_{W,N} of trbw (7) / nrt (2.5), the narrowest width r = min{d₀, …, d_N} of a tuple (trbw Section 2),
/// and integer rounding.
/// </content>
public static partial class ExpressionEvaluator
{
    // Implementation note: singular vectors come from MathNet's full SVD (W = UΣVᵀ, σ₁ ≥ σ₂ ≥ …). The singular
    // vectors are unique only up to sign and, for repeated singular values, up to rotation; trunc, projL and projR are
    // nevertheless well defined whenever σ_r > σ_{r+1} (the Eckart–Young minimiser is then unique), and the evaluator
    // does not test that gap: a claim about trunc at a repeated σ_r reads one of the minimisers.
    private static ExpressionValue LinearAlgebra(CallExpr c, List<ExpressionValue> args)
    {
        switch (c.Function)
        {
            case "floor":
            case "ceil":
            case "round":
                Arity(c, 1);
                double x = AsScalar(args[0], c.Arguments[0]);
                return ExpressionValue.OfScalar(c.Function switch
                {
                    "floor" => Math.Floor(x),
                    "ceil" => Math.Ceiling(x),
                    _ => Math.Round(x, MidpointRounding.AwayFromZero),
                });
            case "trunc":
            case "projL":
            case "projR":
                Arity(c, 2);
                return TopSingularSpace(c, MatrixArgument(args[0], c, 0), args[1]);
            case "svdU":
            case "svdS":
            case "svdV":
                Arity(c, 1);
                return SvdPiece(c.Function, MatrixArgument(args[0], c, 0));
            case "col":
            case "row":
                Arity(c, 2);
                return Slice(c, MatrixArgument(args[0], c, 0), args[1]);
            case "pinv":
                Arity(c, 1);
                return ExpressionValue.OfMatrix(PseudoInverse(MatrixArgument(args[0], c, 0)));
            case "kron":
                Arity(c, 2);
                return ExpressionValue.OfMatrix(AsMatrix(args[0], c, 0).KroneckerProduct(AsMatrix(args[1], c, 1)));
            case "vec":
                Arity(c, 1);
                var a = AsMatrix(args[0], c, 0);
                return ExpressionValue.OfMatrix(Matrix<double>.Build.Dense(a.RowCount * a.ColumnCount, 1, a.ToColumnMajorArray()));
            case "diag":
                return Diagonal(c, args);
            case "diagonal":
                Arity(c, 1);
                var d = MatrixArgument(args[0], c, 0);
                return ExpressionValue.OfMatrix(Matrix<double>.Build.Dense(Math.Min(d.RowCount, d.ColumnCount), 1, d.Diagonal().ToArray()));
            case "minwidth":
                Arity(c, 1);
                var widths = TupleArgument(args[0], c, 0);
                return ExpressionValue.OfScalar(Math.Min(widths[0].ColumnCount, widths.Min(f => f.RowCount)));
            case "psdpow":
                Arity(c, 2);
                return ExpressionValue.OfMatrix(PsdPower(c, MatrixArgument(args[0], c, 0), AsScalar(args[1], c.Arguments[1])));
            default:
                return EndToEndOperator(c, args);
        }
    }

    private static Matrix<double> AsMatrix(ExpressionValue v, CallExpr c, int i) => v.Kind == ValueKind.Scalar
        ? Matrix<double>.Build.Dense(1, 1, v.Scalar)
        : MatrixArgument(v, c, i);

    /// <summary>
    /// trunc(A, r) = U_rΣ_rV_rᵀ, the best rank-r approximation in every unitarily invariant norm (Eckart–Young–Mirsky);
    /// projL(A, r) = U_rU_rᵀ and projR(A, r) = V_rV_rᵀ, the orthogonal projectors onto the span of the top r left / right
    /// singular vectors. 0 ≤ r ≤ min(rows, cols); r = 0 gives the zero matrix.
    /// </summary>
    private static ExpressionValue TopSingularSpace(CallExpr c, Matrix<double> m, ExpressionValue rankValue)
    {
        int r = Integer(rankValue, c.Arguments[1], $"the rank r of {c.Function}(A, r)");
        int available = Math.Min(m.RowCount, m.ColumnCount);
        if (r < 0 || r > available)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"asks for rank {r}, outside 0..{available} (= min of the sizes of a {m.RowCount}×{m.ColumnCount} matrix)"));
        }

        var svd = m.Svd(computeVectors: true);
        var u = svd.U.SubMatrix(0, m.RowCount, 0, r);
        var v = svd.VT.SubMatrix(0, r, 0, m.ColumnCount).Transpose();
        return c.Function switch
        {
            "projL" => ExpressionValue.OfMatrix(u * u.Transpose()),
            "projR" => ExpressionValue.OfMatrix(v * v.Transpose()),
            _ => ExpressionValue.OfMatrix(u * Matrix<double>.Build.DenseOfDiagonalArray(svd.S.Take(r).ToArray()) * v.Transpose()),
        };
    }

    /// <summary>The full SVD A = UΣVᵀ: svdU(A) ∈ O(rows), svdS(A) the rows×cols diagonal Σ (σ decreasing), svdV(A) ∈ O(cols).</summary>
    private static ExpressionValue SvdPiece(string piece, Matrix<double> m)
    {
        var svd = m.Svd(computeVectors: true);
        return piece switch
        {
            "svdU" => ExpressionValue.OfMatrix(svd.U),
            "svdV" => ExpressionValue.OfMatrix(svd.VT.Transpose()),
            _ => ExpressionValue.OfMatrix(Matrix<double>.Build.Dense(m.RowCount, m.ColumnCount, (i, j) => i == j ? svd.S[i] : 0)),
        };
    }

    private static ExpressionValue Slice(CallExpr c, Matrix<double> m, ExpressionValue indexValue)
    {
        bool column = c.Function == "col";
        int count = column ? m.ColumnCount : m.RowCount;
        int k = Integer(indexValue, c.Arguments[1], $"the {(column ? "column" : "row")} index of {c.Function}(A, k)");
        if (k < 1 || k > count)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"asks for {(column ? "column" : "row")} {k} of a {m.RowCount}×{m.ColumnCount} matrix, outside 1..{count}"));
        }

        return ExpressionValue.OfMatrix(column ? m.SubMatrix(0, m.RowCount, k - 1, 1) : m.SubMatrix(k - 1, 1, 0, m.ColumnCount));
    }

    private static ExpressionValue Entry(ExpressionValue target, EvaluationScope scope, IndexExpr at)
    {
        if (target.Kind != ValueKind.Matrix)
        {
            throw Fail(at, $"takes entry [i, j] of a {target.DescribeShape()}; only matrices have entries");
        }

        var m = target.Matrix;
        int i = Integer(Evaluate(at.Index, scope), at.Index, "a row index");
        int j = Integer(Evaluate(at.Column!, scope), at.Column!, "a column index");
        if (i < 1 || i > m.RowCount || j < 1 || j > m.ColumnCount)
        {
            throw Fail(at, string.Create(CultureInfo.InvariantCulture, $"asks for entry ({i}, {j}) of a {m.RowCount}×{m.ColumnCount} matrix, outside 1..{m.RowCount} × 1..{m.ColumnCount}"));
        }

        return ExpressionValue.OfScalar(m[i - 1, j - 1]);
    }

    /// <summary>The Moore–Penrose pseudo-inverse A⁺ = VΣ⁺Uᵀ; singular values ≤ 10⁻¹²·σ₁·max(rows, cols) count as zero.</summary>
    private static Matrix<double> PseudoInverse(Matrix<double> m)
    {
        var svd = m.Svd(computeVectors: true);
        double largest = svd.S.Count > 0 ? svd.S[0] : 0;
        double cutoff = 1e-12 * largest * Math.Max(m.RowCount, m.ColumnCount);
        var inverted = Matrix<double>.Build.Dense(m.ColumnCount, m.RowCount, (i, j) => i == j && i < svd.S.Count && svd.S[i] > cutoff ? 1 / svd.S[i] : 0);
        return svd.VT.Transpose() * inverted * svd.U.Transpose();
    }

    /// <summary>diag(v) for a column or row vector v (or scalars x₁, …, x_n): the n×n diagonal matrix.</summary>
    private static ExpressionValue Diagonal(CallExpr c, List<ExpressionValue> args)
    {
        double[] entries;
        if (args.Count == 1 && args[0].Kind == ValueKind.Matrix)
        {
            var v = args[0].Matrix;
            if (v.RowCount != 1 && v.ColumnCount != 1)
            {
                throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"needs a vector (n×1 or 1×n) or scalars, but the argument is {v.RowCount}×{v.ColumnCount}; the diagonal of a matrix is diagonal(A)"));
            }

            entries = v.ToColumnMajorArray();
        }
        else if (args.Count >= 1)
        {
            entries = args.Select((a, i) => AsScalar(a, c.Arguments[i])).ToArray();
        }
        else
        {
            throw Fail(c, "needs a vector or at least one scalar");
        }

        return ExpressionValue.OfMatrix(Matrix<double>.Build.DenseOfDiagonalArray(entries));
    }

    /// <summary>psdpow(A, p) = A^p for symmetric positive semidefinite A (eigenvalues ≤ 10⁻¹²·λ_max are 0, 0⁰ = 1, a negative p inverts on the range only).</summary>
    private static Matrix<double> PsdPower(CallExpr c, Matrix<double> m, double exponent)
    {
        Square(m, c);
        double asymmetry = (m - m.Transpose()).FrobeniusNorm();
        if (asymmetry > SymmetryTolerance * (1 + m.FrobeniusNorm()))
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"needs a symmetric positive semidefinite matrix, but ‖A − Aᵀ‖_F = {asymmetry:G3}"));
        }

        var eigenvalues = m.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).ToArray();
        double smallest = eigenvalues.DefaultIfEmpty(0).Min();
        double scale = eigenvalues.Select(Math.Abs).DefaultIfEmpty(0).Max();
        if (smallest < -SymmetryTolerance * (1 + scale))
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"needs a positive semidefinite matrix, but its smallest eigenvalue is {smallest:G3}"));
        }

        return MatrixDiagnostics.PsdPower(m, exponent);
    }

    /// <summary>
    /// endop(A, N, Z) = 𝒜_{A,N}(Z) = Σ_{j=1}^N (AAᵀ)^{(N−j)/N} Z (AᵀA)^{(j−1)/N} (trbw (7), nrt (2.5); 0⁰ = 1), computed in the
    /// SVD basis of A by <see cref="ProductOperator"/> with singular values ≤ 10⁻⁶·σ₁ read as 0; endop(A, N, Z, k) reads A
    /// as its best rank-k approximation (A on 𝓜_k). endop(W, Z) for a tuple W is 𝒜_{W_N⋯W₁, N}(Z). endopinv takes the same
    /// arguments and returns Ā⁻¹(Z), the inverse of 𝒜 restricted to the tangent space T_A𝓜_k (trbw Theorem 3, (8)); Z must
    /// be tangent (its normal part at most 10⁻⁸‖Z‖_F).
    /// </summary>
    private static ExpressionValue EndToEndOperator(CallExpr c, List<ExpressionValue> args)
    {
        Matrix<double> a;
        int depth;
        Matrix<double> z;
        int? rank = null;
        if (args.Count == 2 && args[0].Kind == ValueKind.Tuple)
        {
            var network = Network(args[0], c, 0);
            (a, depth, z) = (network.Product(), network.Depth, MatrixArgument(args[1], c, 1));
        }
        else if (args.Count is 3 or 4)
        {
            a = MatrixArgument(args[0], c, 0);
            depth = Integer(args[1], c.Arguments[1], "the depth N of endop(A, N, Z)");
            z = MatrixArgument(args[2], c, 2);
            if (args.Count == 4)
            {
                rank = Integer(args[3], c.Arguments[3], "the rank k of endop(A, N, Z, k)");
            }
        }
        else
        {
            throw Fail(c, "takes (A, N, Z), (A, N, Z, k) or (W, Z) for a tuple W");
        }

        if (depth < 1)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"has depth N = {depth}; N ≥ 1 is required"));
        }

        if (z.RowCount != a.RowCount || z.ColumnCount != a.ColumnCount)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"applies 𝒜 at a {a.RowCount}×{a.ColumnCount} matrix to a {z.RowCount}×{z.ColumnCount} matrix; Z must have the shape of A"));
        }

        try
        {
            var op = rank is int k ? new ProductOperator(a, depth, k) : new ProductOperator(a, depth);
            return ExpressionValue.OfMatrix(c.Function == "endopinv" ? op.SolveOnTangentSpace(z) : op.Apply(z));
        }
        catch (NumericArgumentException e)
        {
            throw Fail(c, e.Message);
        }
    }
}
