namespace DeepLinear.Numeric.Derivatives;

/// <summary>
/// The inertia of a symmetric matrix with an absolute tolerance τ: the counts of eigenvalues λ &lt; −τ, |λ| ≤ τ and
/// λ &gt; τ. The three counts add up to the matrix size.
/// </summary>
/// <param name="Negative">Eigenvalues &lt; −Tolerance.</param>
/// <param name="Zero">Eigenvalues with |λ| ≤ Tolerance.</param>
/// <param name="Positive">Eigenvalues &gt; Tolerance.</param>
/// <param name="Tolerance">The absolute tolerance τ ≥ 0 used.</param>
public sealed record HessianInertia(int Negative, int Zero, int Positive, double Tolerance);
