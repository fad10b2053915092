namespace DeepLinear.Numeric.Derivatives;

/// <summary>
/// The result of estimating <c>‖∇²L^N(W)‖_{F→F}</c> (the largest |eigenvalue| of the Hessian) by Lanczos iteration.
/// </summary>
/// <param name="Value">The estimate: the Ritz value of largest modulus (a lower bound up to rounding).</param>
/// <param name="ResidualBound">
/// <c>β_k·|e_kᵀy|</c> for the chosen Ritz pair: the Hessian has an eigenvalue within this distance of ±<see cref="Value"/>.
/// </param>
/// <param name="Iterations">Lanczos steps taken (Hessian-vector products).</param>
/// <param name="Converged">True when <see cref="ResidualBound"/> ≤ tolerance·<see cref="Value"/>, or the Krylov space
/// became invariant (then the value is exact up to rounding).</param>
public sealed record HessianNormEstimate(double Value, double ResidualBound, int Iterations, bool Converged);
