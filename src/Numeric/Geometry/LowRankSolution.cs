using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Geometry;

/// <summary>
/// A minimizer of <c>L¹(W) = ½‖Y − WX‖_F²</c> over matrices of rank ≤ k and its optimal value.
/// </summary>
/// <param name="Minimizer"><c>W*_k = Q_k(XXᵀ)^{−1/2}</c> (a fresh matrix owned by the caller).</param>
/// <param name="Loss"><c>L¹(W*_k) = c + ½Σ_{i&gt;k} σ_i(Q)²</c>.</param>
/// <param name="RankBound">The requested bound k.</param>
/// <param name="Rank">The rank of the minimizer, <c>min(k, rank Q)</c>.</param>
/// <param name="SingularValuesOfQ">All singular values of Q in decreasing order.</param>
public sealed record LowRankSolution(Matrix<double> Minimizer, double Loss, int RankBound, int Rank, IReadOnlyList<double> SingularValuesOfQ);
