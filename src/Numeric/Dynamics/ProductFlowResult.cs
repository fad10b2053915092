using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>The outcome of a <see cref="ProductFlow"/> run: the final product and, per recorded step, time, L¹ and rank.</summary>
/// <param name="Final">The final matrix W (rank ≤ k; a copy owned by the caller).</param>
/// <param name="Times">Recorded times.</param>
/// <param name="Losses">L¹(W) = ½‖Y − WX‖_F² at the recorded times.</param>
/// <param name="Ranks">Numerical rank of W at the recorded times.</param>
/// <param name="Reason">Why it stopped.</param>
public sealed record ProductFlowResult(Matrix<double> Final, IReadOnlyList<double> Times, IReadOnlyList<double> Losses, IReadOnlyList<int> Ranks, StopReason Reason);
