using DeepLinear.Checks.ClaimFiles.Expressions;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.FSharp.Core;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Expressions;

/// <summary>
/// The linear-algebra functions checked against their defining properties (Eckart–Young, the Penrose conditions,
/// vec(ABC) = (Cᵀ ⊗ A)vec(B), the printed sum of trbw (7)) on random matrices, each with a negative control.
/// </summary>
public class ExpressionEvaluatorLinearAlgebraTests
{
    private static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(60)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(777UL, 5UL), FSharpOption<int>.None)));

    private static Gen<Matrix<double>> Matrices(int rows, int columns)
        => Gen.Choose(-1000, 1000).ArrayOf(rows * columns).Select(v => Matrix<double>.Build.Dense(rows, columns, (i, j) => v[(i * columns) + j] / 97.0));

    /// <summary>A random r×c matrix A, a c×p matrix B, and a rank 0 ≤ k ≤ min(r, c).</summary>
    private static Arbitrary<(Matrix<double> A, Matrix<double> B, int K)> Cases()
        => (from r in Gen.Choose(1, 5)
            from c in Gen.Choose(1, 5)
            from p in Gen.Choose(1, 4)
            from a in Matrices(r, c)
            from b in Matrices(c, p)
            from k in Gen.Choose(0, Math.Min(r, c))
            select (a, b, k)).ToArbitrary();

    private static ExpressionValue Value(string text, Matrix<double> a, Matrix<double> b, int k)
    {
        var scope = new EvaluationScope();
        scope.Set("A", ExpressionValue.OfMatrix(a));
        scope.Set("B", ExpressionValue.OfMatrix(b));
        scope.Set("k", ExpressionValue.OfScalar(k));
        return ExpressionEvaluator.Evaluate(ExpressionParser.Parse(text), scope);
    }

    private static Matrix<double> M(string text, (Matrix<double> A, Matrix<double> B, int K) p) => Value(text, p.A, p.B, p.K).Matrix;

    private static double S(string text, (Matrix<double> A, Matrix<double> B, int K) p)
        => ExpressionEvaluator.AsScalar(Value(text, p.A, p.B, p.K), new NameExpr("result"));

    private static bool Close(Matrix<double> x, Matrix<double> y)
        => x.RowCount == y.RowCount && x.ColumnCount == y.ColumnCount
           && (x - y).FrobeniusNorm() <= 1e-9 * (1 + Math.Max(x.FrobeniusNorm(), y.FrobeniusNorm()));

    private static bool Close(double x, double y) => Math.Abs(x - y) <= 1e-9 * (1 + Math.Max(Math.Abs(x), Math.Abs(y)));

    /// <summary>Eckart–Young: ‖A − trunc(A, k)‖²_F = Σ_{i>k} σᵢ², rank ≤ k, and no rank-≤k B·C does better.</summary>
    private static bool EckartYoung((Matrix<double> A, Matrix<double> B, int K) p, string truncation)
    {
        var sigma = p.A.Svd(false).S.ToArray();
        var t = M(truncation, p);
        double tail = sigma.Skip(p.K).Sum(s => s * s);
        var competitor = p.A.SubMatrix(0, p.A.RowCount, 0, Math.Min(p.K, p.A.ColumnCount)) * Matrix<double>.Build.Dense(Math.Min(p.K, p.A.ColumnCount), p.A.ColumnCount, (i, j) => i == j ? 1 : 0.5);
        double error = Math.Pow((p.A - t).FrobeniusNorm(), 2);
        return Close(error, tail)
               && t.Rank() <= p.K
               && error <= Math.Pow((p.A - competitor).FrobeniusNorm(), 2) + 1e-9;
    }

    [Fact]
    public void Trunc_RandomMatrices_IsTheEckartYoungMinimiser()
        => Check.One(Deterministic, Prop.ForAll(Cases(), p => EckartYoung(p, "trunc(A, k)")));

    [Fact]
    public void Trunc_NegativeControl_TopSingularValuesDroppedInsteadIsNotTheMinimiser()
    {
        // A − trunc(A, min − k) keeps the smallest singular values: its error is Σ of the largest, refuted.
        var error = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Cases(), p => EckartYoung(p, "A - trunc(A, min(rows(A), cols(A)) - k)"))));
        Assert.Contains("Falsifiable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjLProjR_RandomMatrices_AreTheProjectorsOfTrunc()
        => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
        {
            var pl = M("projL(A, k)", p);
            var pr = M("projR(A, k)", p);
            return Close(pl * pl, pl) && Close(pl, pl.Transpose()) && Close(pl.Trace(), p.K)
                   && Close(pr * pr, pr) && Close(pr.Trace(), p.K)
                   && Close(M("projL(A, k) * A * projR(A, k)", p), M("trunc(A, k)", p))
                   && Close(M("projL(A, k) * A", p), M("trunc(A, k)", p));
        }));

    [Fact]
    public void ProjL_NegativeControl_IsNotTheIdentityBelowFullRank()
    {
        var error = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
            Close(M("projL(A, k) * A", p), p.A))));
        Assert.Contains("Falsifiable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SvdPieces_RandomMatrices_ReassembleAndAreOrthogonal()
        => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
            Close(M("svdU(A) * svdS(A) * svdV(A)'", p), p.A)
            && Close(M("svdU(A)' * svdU(A)", p), Matrix<double>.Build.DenseIdentity(p.A.RowCount))
            && Close(M("svdV(A)' * svdV(A)", p), Matrix<double>.Build.DenseIdentity(p.A.ColumnCount))
            && Close(S("svdS(A)[1, 1]", p), p.A.Svd(false).S[0])));

    [Fact]
    public void Pinv_RandomMatrices_MeetsThePenroseConditions()
        => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
        {
            var low = M("trunc(A, k)", p);
            var scope = (low, p.B, p.K);
            var x = M("pinv(A)", scope);
            return Close(low * x * low, low) && Close(x * low * x, x)
                   && Close(low * x, (low * x).Transpose()) && Close(x * low, (x * low).Transpose());
        }));

    [Fact]
    public void Pinv_NegativeControl_TransposeIsNotThePseudoInverse()
    {
        var error = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
            Close(p.A * M("A'", p) * p.A, p.A))));
        Assert.Contains("Falsifiable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KronVec_RandomMatrices_MeetVecOfAProduct()
        => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
            Close(M("vec(A * B * B')", p), M("kron(B, A) * vec(B)", p))
            && Close(M("kron(A, B)", p), p.A.KroneckerProduct(p.B))
            && Close(M("vec(A)", p), Matrix<double>.Build.Dense(p.A.RowCount * p.A.ColumnCount, 1, p.A.ToColumnMajorArray()))));

    [Fact]
    public void KronVec_NegativeControl_RowStackingFails()
    {
        // vec of the transpose stacks rows: the identity must fail on some matrix.
        var error = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
            Close(M("vec((A * B * B')')", p), M("kron(B, A) * vec(B)", p)))));
        Assert.Contains("Falsifiable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColRowEntryDiag_RandomMatrices_AgreeWithMathNet()
        => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
        {
            int last = p.A.ColumnCount;
            int lastRow = p.A.RowCount;
            var scope = (p.A, p.B, last);
            return Close(M("col(A, k)", scope), p.A.SubMatrix(0, lastRow, last - 1, 1))
                   && Close(M("row(A, rows(A))", p), p.A.SubMatrix(lastRow - 1, 1, 0, last))
                   && Close(S("A[rows(A), cols(A)]", p), p.A[lastRow - 1, last - 1])
                   && Close(M("diag(col(A, 1))", p), Matrix<double>.Build.DenseOfDiagonalVector(p.A.Column(0)))
                   && Close(M("diagonal(diag(col(A, 1)))", p), p.A.SubMatrix(0, lastRow, 0, 1));
        }));

    /// <summary>trbw (7): 𝒜_{A,N}(Z) equals the printed sum Σⱼ(AAᵀ)^{(N−j)/N}Z(AᵀA)^{(j−1)/N} at matrices of every rank.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Endop_RandomMatricesOfEveryRank_IsThePrintedSum(int depth)
        => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
        {
            var low = M("trunc(A, k)", p);
            var z = p.A.SubMatrix(0, p.A.RowCount, 0, p.A.ColumnCount) + 1;
            var scope = new EvaluationScope();
            scope.Set("W", ExpressionValue.OfMatrix(low));
            scope.Set("Z", ExpressionValue.OfMatrix(z));
            scope.Set("N", ExpressionValue.OfScalar(depth));
            Matrix<double> Eval(string text) => ExpressionEvaluator.Evaluate(ExpressionParser.Parse(text), scope).Matrix;
            var printed = Eval("sum(j in 1..N: psdpow(W*W', (N-j)/N) * Z * psdpow(W'*W, (j-1)/N))");
            return Close(Eval("endop(W, N, Z)"), printed) && Close(Eval("endop(W, 1, Z)"), z);
        }));

    [Fact]
    public void Endop_NegativeControl_ShiftedExponentIsAnotherOperator()
    {
        var error = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Cases(), p =>
        {
            var scope = new EvaluationScope();
            scope.Set("W", ExpressionValue.OfMatrix(p.A));
            scope.Set("Z", ExpressionValue.OfMatrix(p.A + 1));
            scope.Set("N", ExpressionValue.OfScalar(3));
            Matrix<double> Eval(string text) => ExpressionEvaluator.Evaluate(ExpressionParser.Parse(text), scope).Matrix;
            return Close(Eval("endop(W, N, Z)"), Eval("sum(j in 1..N: psdpow(W*W', (N-j)/N) * Z * psdpow(W'*W, j/N))"));
        })));
        Assert.Contains("Falsifiable", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("floor(7/2)", 3)]
    [InlineData("ceil(7/2)", 4)]
    [InlineData("round(7/2)", 4)]
    [InlineData("round(-5/2)", -3)]
    [InlineData("floor(-1/2)", -1)]
    public void Rounding_Scalars_FollowsItsDefinition(string text, double expected)
        => Assert.Equal(expected, S(text, (Matrix<double>.Build.Dense(1, 1), Matrix<double>.Build.Dense(1, 1), 0)));

    [Theory]
    [InlineData("trunc(A, 3)", "asks for rank 3, outside 0..2")]
    [InlineData("projL(A, -1)", "asks for rank -1, outside 0..2")]
    [InlineData("col(A, 4)", "asks for column 4 of a 2×3 matrix, outside 1..3")]
    [InlineData("row(A, 0)", "asks for row 0 of a 2×3 matrix, outside 1..2")]
    [InlineData("A[3, 1]", "asks for entry (3, 1) of a 2×3 matrix")]
    [InlineData("diag(A)", "needs a vector (n×1 or 1×n) or scalars")]
    [InlineData("psdpow(A, 1/2)", "needs a square matrix")]
    [InlineData("psdpow(-I(2), 1/2)", "needs a positive semidefinite matrix")]
    [InlineData("endop(A, 2, A')", "Z must have the shape of A")]
    [InlineData("endop(A, 0, A)", "N ≥ 1 is required")]
    [InlineData("trunc(A, 1/2)", "must be an integer")]
    public void LinearAlgebra_BadArguments_ThrowNamingTheRule(string text, string rule)
    {
        var a = Matrix<double>.Build.Dense(2, 3, (i, j) => i + (2 * j) + 1);
        var error = Assert.Throws<ExpressionException>(() => Value(text, a, a, 0));
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }
}
