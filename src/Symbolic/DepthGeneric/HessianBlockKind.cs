namespace DeepLinear.Symbolic.DepthGeneric;

/// <summary>
/// The three kinds of block <c>H_{ij}(Δᵢ, Γⱼ) = ⟨Δᵢ, ∂_{Wⱼ}(∇_{Wᵢ}L^N)[Γⱼ]⟩</c> of the Hessian of <c>L^N</c>: the layer
/// pair (i, j) is either one layer (i = j) or a lower layer l and an upper layer u with the middle segment
/// <c>S_{l+1,u−1}</c> between them.
/// </summary>
public enum HessianBlockKind
{
    /// <summary>i = j.</summary>
    Diagonal,

    /// <summary>i &lt; j: Δ sits on the lower layer l = i, Γ on the upper layer u = j.</summary>
    LowerUpper,

    /// <summary>i &gt; j: Δ sits on the upper layer u = i, Γ on the lower layer l = j.</summary>
    UpperLower,
}
