using DeepLinear.Checks.ClaimFiles.Expressions;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.FSharp.Core;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Expressions;

public class ExpressionEvaluatorTests
{
    private static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(100)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(4242UL, 3UL), FSharpOption<int>.None)));

    private static Gen<Matrix<double>> Matrices(int rows, int columns)
        => Gen.Choose(-1000, 1000).ArrayOf(rows * columns).Select(v => Matrix<double>.Build.Dense(rows, columns, (i, j) => v[(i * columns) + j] / 97.0));

    private static Arbitrary<(Matrix<double> A, Matrix<double> B)> SquarePairs()
        => Gen.Choose(1, 5).SelectMany(n => Matrices(n, n).SelectMany(a => Matrices(n, n), (a, b) => (a, b)), (_, ab) => ab).ToArbitrary();

    private static double Scalar(string text, Matrix<double> a, Matrix<double> b)
        => ExpressionEvaluator.AsScalar(ExpressionEvaluator.Evaluate(ExpressionParser.Parse(text), Scope(a, b)), new NameExpr("result"));

    private static Matrix<double> MatrixValue(string text, Matrix<double> a, Matrix<double> b)
        => ExpressionEvaluator.Evaluate(ExpressionParser.Parse(text), Scope(a, b)).Matrix;

    private static EvaluationScope Scope(Matrix<double> a, Matrix<double> b)
    {
        var scope = new EvaluationScope();
        scope.Set("A", ExpressionValue.OfMatrix(a));
        scope.Set("B", ExpressionValue.OfMatrix(b));
        return scope;
    }

    private static bool Close(double x, double y) => Math.Abs(x - y) <= 1e-9 * (1 + Math.Max(Math.Abs(x), Math.Abs(y)));

    private static bool Close(Matrix<double> x, Matrix<double> y) => (x - y).FrobeniusNorm() <= 1e-9 * (1 + Math.Max(x.FrobeniusNorm(), y.FrobeniusNorm()));

    [Fact]
    public void Evaluate_NormsTraceDeterminant_AgreeWithMathNet()
        => Check.One(Deterministic, Prop.ForAll(SquarePairs(), p =>
            Close(Scalar("norm(A)", p.A, p.B), p.A.L2Norm())
            && Close(Scalar("normF(A + B)", p.A, p.B), (p.A + p.B).FrobeniusNorm())
            && Close(Scalar("tr(A B')", p.A, p.B), (p.A * p.B.Transpose()).Trace())
            && Close(Scalar("det(2*A)", p.A, p.B), (2 * p.A).Determinant())
            && Close(Scalar("smax(A)", p.A, p.B), p.A.Svd(false).S[0])
            && Close(Scalar("smin(A)", p.A, p.B), p.A.Svd(false).S[^1])
            && Close(Scalar("lmax(A + A')", p.A, p.B), (p.A + p.A.Transpose()).Evd().EigenValues.Max(z => z.Real))));

    [Fact]
    public void Evaluate_ProductsPowersTransposes_AgreeWithMathNet()
        => Check.One(Deterministic, Prop.ForAll(SquarePairs(), p =>
            Close(MatrixValue("(A*B)^T - 3 A^2", p.A, p.B), (p.A * p.B).Transpose() - (3 * p.A * p.A))
            && Close(MatrixValue("A^0 + I", p.A, p.B), 2 * Matrix<double>.Build.DenseIdentity(p.A.RowCount))
            && Close(MatrixValue("B' A / 4", p.A, p.B), p.B.Transpose() * p.A / 4)));

    [Fact]
    public void Evaluate_NegativeControl_FrobeniusIsNotSpectral()
    {
        var error = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(SquarePairs(), p =>
            Close(Scalar("norm(A)", p.A, p.B), p.A.FrobeniusNorm()))));
        Assert.Contains("Falsifiable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EigDiagRectangularIdentity_AgreeWithMathNet()
        => Check.One(Deterministic, Prop.ForAll(SquarePairs(), p =>
        {
            var symmetric = p.A + p.A.Transpose();
            var descending = symmetric.Evd().EigenValues.Select(z => z.Real).OrderByDescending(x => x).ToArray();
            int n = p.A.RowCount;
            return Enumerable.Range(1, n).All(k => Close(Scalar($"eig(A + A', {k})", p.A, p.B), descending[k - 1]))
                && Close(MatrixValue("diag(diagonal(A))", p.A, p.B), Matrix<double>.Build.DenseOfDiagonalVector(p.A.Diagonal()))
                && Close(MatrixValue($"A * I({n}, {n + 1})", p.A, p.B), p.A.Append(Matrix<double>.Build.Dense(n, 1)));
        }));

    [Fact]
    public void Evaluate_NegativeControl_EigIsNotAscending()
    {
        var error = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(SquarePairs(), p =>
            Close(Scalar("eig(A + A', 1)", p.A, p.B), (p.A + p.A.Transpose()).Evd().EigenValues.Min(z => z.Real)))));
        Assert.Contains("Falsifiable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RangesAndDeepNetworkFunctions_FollowTheirDefinitions()
    {
        var w1 = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 0, 1 }, { 1, 0 } });
        var w2 = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0, 1 } });
        var scope = new EvaluationScope();
        scope.Set("W", ExpressionValue.OfTuple([w1, w2]));
        scope.Set("N", ExpressionValue.OfScalar(2));
        double Eval(string text) => ExpressionEvaluator.AsScalar(ExpressionEvaluator.Evaluate(ExpressionParser.Parse(text), scope), new NameExpr("r"));
        Assert.Equal(w1.FrobeniusNorm() * w1.FrobeniusNorm() + (w2.FrobeniusNorm() * w2.FrobeniusNorm()), Eval("sum(j in 1..N: normF(W[j])^2)"), 12);
        Assert.True(Close(ExpressionEvaluator.Evaluate(ExpressionParser.Parse("prod(W)"), scope).Matrix, w2 * w1));
        Assert.True(Close(ExpressionEvaluator.Evaluate(ExpressionParser.Parse("prod(j in 1..N: W[j])"), scope).Matrix, w2 * w1));
        double imbalance = ((w2.Transpose() * w2) - (w1 * w1.Transpose())).L2Norm();
        Assert.Equal(imbalance, Eval("balancedness(W)"), 10);
        Assert.Equal(3, Eval("width(W, 1)"));
        Assert.True(ExpressionEvaluator.EvaluateCondition(ExpressionParser.Parse("forall j in 1..N: rank(W[j]) >= 1"), scope));
        Assert.False(ExpressionEvaluator.EvaluateCondition(ExpressionParser.Parse("forall j in 1..N: rows(W[j]) == 3"), scope));
    }

    [Fact]
    public void Evaluate_LossAndGradient_MatchTheirClosedForms()
    {
        var w1 = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 0, 1 } });
        var w2 = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0 }, { 1, 1 } });
        var x = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0, 2 }, { 0, 1, 1 } });
        var y = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1, 0 }, { 0, 2, 1 } });
        var scope = new EvaluationScope();
        scope.Set("W", ExpressionValue.OfTuple([w1, w2]));
        scope.Set("X", ExpressionValue.OfMatrix(x));
        scope.Set("Y", ExpressionValue.OfMatrix(y));
        var residual = (w2 * w1 * x) - y;
        double loss = 0.5 * residual.FrobeniusNorm() * residual.FrobeniusNorm();
        Assert.Equal(loss, ExpressionEvaluator.Evaluate(ExpressionParser.Parse("L(W)"), scope).Scalar, 10);
        Assert.True(Close(ExpressionEvaluator.Evaluate(ExpressionParser.Parse("grad(W, 1)"), scope).Matrix, w2.Transpose() * residual * x.Transpose()));
        Assert.True(Close(ExpressionEvaluator.Evaluate(ExpressionParser.Parse("grad(W, 2, X, Y)"), scope).Matrix, residual * x.Transpose() * w1.Transpose()));
    }

    [Fact]
    public void Evaluate_TupleOfMatrices_IsTheNetworkOfItsFactors()
    {
        var v = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 0, 1 }, { 3, 1 } });
        var u = Matrix<double>.Build.DenseOfArray(new double[,] { { 2, 0 }, { 1, 1 } });
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1, 0 }, { 0, 2, 1 } });
        var scope = new EvaluationScope();
        scope.Set("U", ExpressionValue.OfMatrix(u));
        scope.Set("V", ExpressionValue.OfMatrix(v));
        scope.Set("M", ExpressionValue.OfMatrix(m));
        var swap = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 1 }, { 1, 0 } });
        scope.Set("P", ExpressionValue.OfMatrix(swap));
        var residual = (u * v.Transpose()) - m;
        Assert.Equal(2, ExpressionEvaluator.Evaluate(ExpressionParser.Parse("depth(tuple(V', U))"), scope).Scalar);
        Assert.True(Close(ExpressionEvaluator.Evaluate(ExpressionParser.Parse("prod(tuple(V', U))"), scope).Matrix, u * v.Transpose()));
        Assert.Equal(0.5 * residual.FrobeniusNorm() * residual.FrobeniusNorm(), ExpressionEvaluator.Evaluate(ExpressionParser.Parse("L(tuple(V', U), I(3), M)"), scope).Scalar, 10);
        Assert.True(Close(ExpressionEvaluator.Evaluate(ExpressionParser.Parse("grad(tuple(V', U), 2, I(3), M)"), scope).Matrix, residual * v));

        // The first argument is the first layer: prod(tuple(U, P)) = PU; negative control: it is not UP.
        Assert.True(Close(ExpressionEvaluator.Evaluate(ExpressionParser.Parse("prod(tuple(U, P))"), scope).Matrix, swap * u));
        Assert.False(Close(ExpressionEvaluator.Evaluate(ExpressionParser.Parse("prod(tuple(U, P))"), scope).Matrix, u * swap));
    }

    [Fact]
    public void Evaluate_LossWithResidualSmallNextToY_KeepsRelativePrecision()
    {
        // Y = WX + εE with ‖Y‖_F ≈ 1e4 and ε = 1e-6: the loss ½ε²‖E‖²_F ≈ 1e-12 is far below the round-off of ‖Y‖²_F ≈ 1e8.
        var r = new System.Random(5);
        var x = Matrix<double>.Build.Dense(3, 8, (_, _) => 1e3 * (r.NextDouble() - 0.5));
        var w = Matrix<double>.Build.Dense(2, 3, (_, _) => 10 * (r.NextDouble() - 0.5));
        var e = Matrix<double>.Build.Dense(2, 8, (_, _) => r.NextDouble() - 0.5);
        var y = (w * x) + (1e-6 * e);
        double exact = 0.5 * Math.Pow(1e-6 * e.FrobeniusNorm(), 2);
        var scope = new EvaluationScope();
        scope.Set("W", ExpressionValue.OfTuple([w]));
        scope.Set("X", ExpressionValue.OfMatrix(x));
        scope.Set("Y", ExpressionValue.OfMatrix(y));
        double evaluated = ExpressionEvaluator.Evaluate(ExpressionParser.Parse("L(W)"), scope).Scalar;
        Assert.True(Math.Abs(evaluated - exact) <= 1e-6 * exact, $"L(W) = {evaluated}, exact {exact}");

        // Negative control: the covariance form ½‖WS − Q‖²_F + const is off by more than 1e-8 relative on this instance.
        double covarianceForm = new DeepLinear.Numeric.Data.RegressionData(x, y).Loss(w);
        Assert.True(Math.Abs(covarianceForm - exact) > 1e-8 * exact, $"covariance form {covarianceForm}, exact {exact}");
    }

    [Theory]
    [InlineData("A * C", "multiplies a 2×3 matrix by a 2×3 matrix; the inner sizes 3 and 2 differ")]
    [InlineData("A + A'", "adds a 2×3 matrix and a 3×2 matrix; a sum needs equal shapes")]
    [InlineData("tr(A)", "needs a square matrix, but the argument is 2×3")]
    [InlineData("A + I", "adds I to a 2×3 matrix; I is square")]
    [InlineData("norm(Z)", "the name 'Z' (position 5) is not defined")]
    [InlineData("A[1]", "only tuples W = (W1, …, WN) can be indexed")]
    [InlineData("sv(A, 3)", "asks for singular value 3, outside 1..2")]
    [InlineData("A^2", "only square matrices have powers")]
    [InlineData("gaussian(2, 2)", "allowed only in over:")]
    [InlineData("lmax(A*C')", "needs a symmetric matrix")]
    [InlineData("eig(A*C', 1)", "needs a symmetric matrix")]
    [InlineData("eig(A*A', 3)", "asks for eigenvalue 3, outside 1..2")]
    [InlineData("I(0, 2)", "needs sizes r, c ≥ 1")]
    [InlineData("norm(A, A)", "has 2 arguments; norm takes 1")]
    [InlineData("A <= 1", "is a 2×3 matrix, but a scalar is required")]
    [InlineData("tuple(A, A)", "has factors that do not chain")]
    public void Evaluate_IllTyped_ThrowsNamingTheRule(string text, string rule)
    {
        var scope = new EvaluationScope();
        scope.Set("A", ExpressionValue.OfMatrix(Matrix<double>.Build.Dense(2, 3, (i, j) => i + (2 * j) + 1)));
        scope.Set("C", ExpressionValue.OfMatrix(Matrix<double>.Build.Dense(2, 3, (i, j) => i - j)));
        var error = Assert.Throws<ExpressionException>(() => ExpressionEvaluator.Evaluate(ExpressionParser.Parse(text), scope));
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }
}
