using DeepLinear.Numeric.Geometry;
using DeepLinear.Symbolic.DepthGeneric;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Trbw.TrbwInstances;
using static DeepLinear.Checks.Papers.Trbw.TrbwAppendixChecks;

namespace DeepLinear.Checks.Papers.Trbw;

/// <content>
/// Section 2 of trbw: the shape of the product (1). The rank constraint (text1), the column form of the loss (2),
/// L^N = L¹(W_N⋯W₁) (text2#identity), the minimum of L^N against the rank-r minimum of L¹ (text2#minimum) and the
/// gradients ∇L¹ (text3) and ∇_{Wⱼ}L^N (eq5) are declarative, in catalog/trbw.yaml.
/// </content>
public static partial class TrbwChecks
{
    private static CheckResult ProductShape()
    {
        // Exact index arithmetic: W_j ⋯ W_1 ∈ ℝ^{d_j×d_0} by induction (base j = 1; step: W_{j+1} ∈ ℝ^{d_{j+1}×d_j} times
        // a d_j×d_0 matrix is defined and d_{j+1}×d_0).
        return ExactCheck.Proved(
            "all depths N ≥ 1 and all widths",
            [
                "base: W₁ ∈ ℝ^{d₁×d₀}",
                "step: if Wⱼ⋯W₁ ∈ ℝ^{dⱼ×d₀} then Wⱼ₊₁(Wⱼ⋯W₁) multiplies (dⱼ₊₁×dⱼ)·(dⱼ×d₀): inner dimensions agree, result dⱼ₊₁×d₀",
                "hence W = W_N⋯W₁ ∈ ℝ^{d_N×d₀} = ℝ^{d_y×dₓ} is defined for every N and every choice of widths",
            ],
            "induction on j", "shape rule of the matrix product");
    }
}
