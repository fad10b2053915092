namespace DeepLinear.Numeric.Bounds;

/// <summary>
/// The named quantities of nrt Theorem 2.4 for one data set and initialization, and the resulting step-size bound.
/// </summary>
/// <param name="InitialLoss"><c>L^N(W(0)) = ½‖Y − W_N(0)⋯W₁(0)X‖_F²</c>.</param>
/// <param name="YNorm"><c>‖Y‖</c> (spectral).</param>
/// <param name="SigmaMinX"><c>σ_min(X)</c>.</param>
/// <param name="XNorm"><c>‖X‖</c> (spectral).</param>
/// <param name="XYTransposeNorm"><c>‖XYᵀ‖</c> (spectral).</param>
/// <param name="M">M of (2.11).</param>
/// <param name="Delta">δ used (Remark 2.5(b): <c>M^{2/N}/N³</c> unless given).</param>
/// <param name="Alpha">α ∈ [0, 1): the initialization has balancedness constant αδ.</param>
/// <param name="K">K_δ of (2.10).</param>
/// <param name="B">B_δ of (2.9).</param>
/// <param name="Eta">The right-hand side of (2.8) (for α = 0 that of (5.1), equal to a₁ = a₂ of (5.3)).</param>
public sealed record NrtStepSizeQuantities(
    double InitialLoss,
    double YNorm,
    double SigmaMinX,
    double XNorm,
    double XYTransposeNorm,
    double M,
    double Delta,
    double Alpha,
    double K,
    double B,
    double Eta);
