namespace DeepLinear.Numeric.Derivatives;

/// <summary>
/// The inertia of a symmetric matrix: counts of eigenvalues below −tol, within [−tol, tol], and above tol.
/// </summary>
/// <param name="Negative">Eigenvalues &lt; −Tolerance.</param>
/// <param name="Zero">Eigenvalues with |λ| ≤ Tolerance.</param>
/// <param name="Positive">Eigenvalues &gt; Tolerance.</param>
/// <param name="Tolerance">The absolute tolerance used.</param>
public sealed record HessianInertia(int Negative, int Zero, int Positive, double Tolerance);
