using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Losses;

/// <summary>
/// Asymmetric matrix factorization of dhl (8): <c>f(U, V) = ½‖UVᵀ − M*‖_F²</c> with <c>U ∈ ℝ^{d₁×r}</c>,
/// <c>V ∈ ℝ^{d₂×r}</c> and target <c>M* ∈ ℝ^{d₁×d₂}</c>; <c>∇_U f = (UVᵀ − M*)V</c>, <c>∇_V f = (UVᵀ − M*)ᵀU</c>, and the
/// gradient step of dhl (9). It is the two-layer linear network with inputs the unit vectors of ℝ^{d₂} (W₁ = Vᵀ, W₂ = U).
/// </summary>
/// <remarks>Immutable: the target is copied in.</remarks>
public sealed class AsymmetricFactorization
{
    private readonly Matrix<double> _target;

    /// <summary>Creates the loss for the target <paramref name="target"/> (copied).</summary>
    /// <exception cref="NumericArgumentException">A non-finite entry.</exception>
    public AsymmetricFactorization(Matrix<double> target)
    {
        _target = Require.FiniteMatrix(target, nameof(target)).Clone();
    }

    /// <summary>The target <c>M*</c> (a copy).</summary>
    public Matrix<double> Target => _target.Clone();

    /// <summary><c>f(U, V) = ½‖UVᵀ − M*‖_F²</c>.</summary>
    /// <exception cref="NumericArgumentException">Shapes that do not fit M*, or a non-finite entry.</exception>
    public double Value(Matrix<double> u, Matrix<double> v)
    {
        double f = Residual(u, v).FrobeniusNorm();
        return 0.5 * f * f;
    }

    /// <summary><c>(∇_U f, ∇_V f) = ((UVᵀ − M*)V, (UVᵀ − M*)ᵀU)</c>.</summary>
    /// <exception cref="NumericArgumentException">Shapes that do not fit M*, or a non-finite entry.</exception>
    public (Matrix<double> GradU, Matrix<double> GradV) Gradient(Matrix<double> u, Matrix<double> v)
    {
        var r = Residual(u, v);
        return (r * v, r.TransposeThisAndMultiply(u));
    }

    /// <summary>One step of dhl (9): <c>U ← U − η(UVᵀ − M*)V</c>, <c>V ← V − η(UVᵀ − M*)ᵀU</c>, both at the old point.</summary>
    /// <exception cref="NumericArgumentException">η ≤ 0 or not finite, or bad U, V.</exception>
    public (Matrix<double> U, Matrix<double> V) Step(Matrix<double> u, Matrix<double> v, double eta)
    {
        Require.Positive(eta, nameof(eta));
        var (gu, gv) = Gradient(u, v);
        return (u - (eta * gu), v - (eta * gv));
    }

    /// <summary>The balancedness defect <c>UᵀU − VᵀV ∈ ℝ^{r×r}</c> of dhl Lemma 3.1 (i) (conserved by the flow, Theorem 2.2).</summary>
    /// <exception cref="NumericArgumentException">Column counts differ, or a non-finite entry.</exception>
    public static Matrix<double> BalancednessDefect(Matrix<double> u, Matrix<double> v)
    {
        Require.FiniteMatrix(u, nameof(u));
        Require.FiniteMatrix(v, nameof(v));
        RequireSameRank(u, v);
        return u.TransposeThisAndMultiply(u) - v.TransposeThisAndMultiply(v);
    }

    private static void RequireSameRank(Matrix<double> u, Matrix<double> v)
    {
        if (u.ColumnCount != v.ColumnCount)
        {
            throw new NumericArgumentException(nameof(v), $"a {Require.Shape(v)} matrix while U is {Require.Shape(u)}", "U and V must have the same number r of columns");
        }
    }

    private Matrix<double> Residual(Matrix<double> u, Matrix<double> v)
    {
        Require.FiniteMatrix(u, nameof(u));
        Require.FiniteMatrix(v, nameof(v));
        RequireSameRank(u, v);
        if (u.RowCount != _target.RowCount)
        {
            throw new NumericArgumentException(nameof(u), $"a {Require.Shape(u)} matrix", $"U must have d₁ = {_target.RowCount} rows (M* is {Require.Shape(_target)})");
        }

        if (v.RowCount != _target.ColumnCount)
        {
            throw new NumericArgumentException(nameof(v), $"a {Require.Shape(v)} matrix", $"V must have d₂ = {_target.ColumnCount} rows (M* is {Require.Shape(_target)})");
        }

        return u.TransposeAndMultiply(v) - _target;
    }
}
