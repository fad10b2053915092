using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Losses;

/// <summary>
/// Asymmetric matrix factorization of dhl (1): <c>f(U, V) = ½‖UVᵀ − M*‖_F²</c> with U ∈ ℝ^{d₁×r}, V ∈ ℝ^{d₂×r};
/// <c>∇_U f = (UVᵀ − M*)V</c>, <c>∇_V f = (UVᵀ − M*)ᵀU</c>, and the gradient step of dhl (9).
/// </summary>
public static class AsymmetricFactorization
{
    /// <summary><c>f(U, V)</c>.</summary>
    public static double Value(Matrix<double> u, Matrix<double> v, Matrix<double> target)
    {
        var r = Residual(u, v, target);
        double f = r.FrobeniusNorm();
        return 0.5 * f * f;
    }

    /// <summary><c>(∇_U f, ∇_V f)</c>.</summary>
    public static (Matrix<double> GradU, Matrix<double> GradV) Gradient(Matrix<double> u, Matrix<double> v, Matrix<double> target)
    {
        var r = Residual(u, v, target);
        return (r * v, r.TransposeThisAndMultiply(u));
    }

    /// <summary>One step of dhl (9): <c>U ← U − η(UVᵀ − M*)V</c>, <c>V ← V − η(UVᵀ − M*)ᵀU</c> (both at the old point).</summary>
    public static (Matrix<double> U, Matrix<double> V) Step(Matrix<double> u, Matrix<double> v, Matrix<double> target, double eta)
    {
        Require.Positive(eta, nameof(eta));
        var (gu, gv) = Gradient(u, v, target);
        return (u - (eta * gu), v - (eta * gv));
    }

    private static Matrix<double> Residual(Matrix<double> u, Matrix<double> v, Matrix<double> target)
    {
        Require.FiniteMatrix(u, nameof(u));
        Require.FiniteMatrix(v, nameof(v));
        Require.FiniteMatrix(target, nameof(target));
        if (u.ColumnCount != v.ColumnCount)
        {
            throw new NumericArgumentException(nameof(v), $"a {Require.Shape(v)} matrix while U is {Require.Shape(u)}", "U and V must have the same number r of columns");
        }

        Require.Shape(target, u.RowCount, v.RowCount, nameof(target));
        return u.TransposeAndMultiply(v) - target;
    }
}
